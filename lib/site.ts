import type { Metadata } from "next";

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

/** What a page says about itself in its `<head>`: lib/views builds it, one call a page. */
export type PageMetadataInput = {
  /** The page's title, as link previews show it; the document title is `<title> · FMS Timeline` unless `documentTitle` says otherwise. */
  title: string;
  /** The `<title>` when it is not the layout's template around `title` (the timeline's front page names the site first). */
  documentTitle?: string | { absolute: string };
  description: string;
  /** The page's canonical address on the site (lib/format/urls.ts builds it). */
  path: string;
  type?: "website" | "article";
  /** An article's date, for link previews. */
  publishedTime?: string;
  /** The Twitter card, where the page names one of its own (the layout's is a bare `summary`). */
  twitter?: "summary" | "summary_large_image";
  /** The view's Atom feed, for feed readers that look for it in the page. */
  feed?: { url: string; title: string };
};

/** A page's metadata: canonical address, Open Graph and Twitter card from one description of the page. */
export function pageMetadata(page: PageMetadataInput): Metadata {
  const { title, description, path: url, type = "website" } = page;
  return {
    title: page.documentTitle ?? title,
    description,
    alternates: page.feed ? { canonical: url, types: { "application/atom+xml": [page.feed] } } : { canonical: url },
    openGraph: { ...OPEN_GRAPH_BASE, type, title, description, url, ...(page.publishedTime ? { publishedTime: page.publishedTime } : {}) },
    ...(page.twitter ? { twitter: { card: page.twitter, title, description } } : {}),
  };
}
