/** The one place profile URLs are spelled. Recipient codes are canonical in uppercase (`/countries/CA`). */
export function countryHref(code: string): string {
  return `/countries/${encodeURIComponent(code.toUpperCase())}`;
}

export function systemHref(slug: string): string {
  return `/systems/${encodeURIComponent(slug)}`;
}

/** `seeds/documents/003_….txt` is served at `/documents/003_….txt`. */
export function documentHref(document: string): string {
  return `/documents/${document.split("/").pop()}`;
}
