/**
 * The public origin used for canonical URLs and link previews. One variable, SITE_URL,
 * with a localhost default for a fresh clone.
 */
export function siteUrl(): URL {
  const raw = process.env.SITE_URL?.trim();
  if (raw) {
    try {
      const url = new URL(raw);
      if (url.protocol === "https:" || url.protocol === "http:") return new URL(url.origin);
    } catch {
      // fall through to the default
    }
  }
  return new URL(`http://localhost:${process.env.PORT || 3000}`);
}

export const SITE_NAME = "FMS Timeline";

/** Open Graph fields every page shares; a page's own `openGraph` replaces the layout's, so pages spread this in. */
export const OPEN_GRAPH_BASE = { siteName: SITE_NAME, locale: "en_US" } as const;
