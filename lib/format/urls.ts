/**
 * The one place the site's addresses are spelled: internal links (a deal, a recipient, a system,
 * a kept document) and which outside links may be rendered as links at all.
 */

/** A deal page: `/deals/2025-10-01-canada-m142-himars`. Slugs are lower-case words and digits, so they need no escaping. */
export function dealHref(slug: string): string {
  return `/deals/${slug}`;
}

/** A deal page's absolute URL, for the exports and link previews. */
export function dealUrl(slug: string, origin: URL): string {
  return new URL(dealHref(slug), origin).href;
}

/** Recipient codes are canonical in uppercase (`/countries/CA`). */
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

/** Only http(s) links are ever rendered as links; anything else (javascript:, data:) is text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
