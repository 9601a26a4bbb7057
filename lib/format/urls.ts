/**
 * The one place the site's addresses are spelled. A view with filters is a path and its
 * canonical query string, which lib/filters writes (serializeFilters, exportQuery, feedQuery,
 * mapQuery): this module builds the address around it and needs nothing else from lib/.
 * Outside links are only ever rendered as links when they are http(s) (safeHref).
 */

/** The pages that take no parameter (the header links each: tests/project/pages.test.ts checks it). */
export const PAGE_HREF = {
  timeline: "/",
  recipients: "/countries",
  systems: "/systems",
  contractors: "/contractors",
  years: "/years",
  congress: "/congress",
  coverage: "/coverage",
  data: "/data",
  changes: "/changes",
} as const;

/** A day's releases of the record: `/changes/2026-12-06`, or a later page of its list. */
export function changesReleaseHref(date: string, page = 1): string {
  return page > 1 ? `/changes/${date}?page=${page}` : `/changes/${date}`;
}

/** The Atom feed of the record's releases. */
export const CHANGES_FEED_HREF = "/changes.xml";

// The links client components build (a deal, a recipient, a system, a flag, the timeline) are
// arrow functions with their paths written out rather than read from PAGE_HREF: the rows of a page
// carry this module in their bundle, and this way it costs them no more than the few paths they
// use did when each component wrote its own.
const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/** The timeline of a view: `/`, or `/?country=CA&year=2025`. */
export const timelineHref = (query = ""): string => (query ? `/?${query}` : "/");

/**
 * How many systems a recipient's page lists: those with most notifications. A top recipient of the
 * whole archive has hundreds, which a phone would lay out and hydrate for nobody (issue 22); all of
 * them are a link away, at filterOptionsHref("system", "country=…"), with the same counts.
 */
export const SYSTEMS_SHOWN = 12;

/** Every option of one of the filter panel's lists (`param`: its URL parameter, `country`) for a view: `/filters/country?system=patriot`. */
export function filterOptionsHref(param: string, query = ""): string {
  return withQuery(`/filters/${param}`, query);
}

/** The recipients map of a view: `/countries`, or `/countries?year=2024`. */
export function countriesHref(query = ""): string {
  return withQuery("/countries", query);
}

/**
 * A long list that shows its first few and links to the rest (the filter panel's lists, the table
 * under the recipients map) shows whole when it is at most this many longer: a link to hide three
 * is no help.
 */
export const LIST_SLACK = 3;

/**
 * How many recipients the table under the map shows, largest value first. With the whole archive
 * the table runs to a hundred rows, which a phone styles and lays out before its first paint
 * (issue 22, docs/benchmark.md); every row is a link away, at allRecipientsHref, with the same view.
 */
export const RECIPIENTS_SHOWN = 20;

/** Every recipient of a view in one table: `/countries/all`, or `/countries/all?year=2024`. */
export function allRecipientsHref(query = ""): string {
  return withQuery("/countries/all", query);
}

/** A view's Atom feed. */
export function feedHref(query = ""): string {
  return withQuery("/feed.xml", query);
}

/** A view's notifications as a CSV file. */
export function csvHref(query = ""): string {
  return withQuery("/notifications.csv", query);
}

/** A view's notifications as JSON (the API). */
export function apiHref(query = ""): string {
  return withQuery("/api/notifications", query);
}

/** A file of the dataset (`/data/notifications.csv`), or the dataset's page with an anchor on it (`/data#dictionary`). */
export const dataHref = (file: string): string => (file.startsWith("#") ? `/data${file}` : `/data/${file}`);

/** The OpenAPI description of the exports and the API. */
export const OPENAPI_HREF = "/api/openapi.json";

/** A deal page: `/deals/2025-10-01-canada-m142-himars`. Slugs are lower-case words and digits, so they need no escaping. */
export const dealHref = (slug: string): string => `/deals/${slug}`;

/** A recipient's page. Codes are canonical in uppercase (`/countries/CA`). */
export const countryHref = (code: string): string => `/countries/${encodeURIComponent(code.toUpperCase())}`;

/** A system's page (`/systems/m142-himars`). */
export const systemHref = (slug: string): string => `/systems/${encodeURIComponent(slug)}`;

/** A contractor's page (`/contractors/rtx`). Slugs are lower-case words and digits. */
export const contractorHref = (slug: string): string => `/contractors/${encodeURIComponent(slug)}`;

/** A fiscal year's tally (`/years/2025`). */
export const fiscalYearHref = (fiscalYear: number): string => `/years/${fiscalYear}`;

/** The tables of /years (no fiscal year) or of one fiscal year's tally, as CSV or JSON: `/years/2025/tables.csv`. */
export function yearTablesHref(fiscalYear: number | null, format: "csv" | "json", query = ""): string {
  return withQuery(`/years${fiscalYear === null ? "" : `/${fiscalYear}`}/tables.${format}`, query);
}

/**
 * The tables of a page as CSV or JSON, beside the page: `/countries/CA/tables.csv`,
 * `/countries/tables.json?year=2024`, `/congress/tables.csv`.
 */
export function tablesHref(page: string, format: "csv" | "json", query = ""): string {
  return withQuery(`${page === "/" ? "" : page}/tables.${format}`, query);
}

/** `seeds/documents/003_….txt` is served at `/documents/003_….txt`. */
export function documentHref(document: string): string {
  return `/documents/${document.split("/").pop()}`;
}

/** A country's flag, an SVG the app serves (app/flags/[file]/route.ts). */
export const flagHref = (code: string): string => `/flags/${code}.svg`;

/** The world map's land, every shape as one SVG file (lib/map landSvg), drawn under each map's shaded recipients. */
export const MAP_LAND_HREF = "/map/land.svg";

/** Every recipient's shape by its code, one SVG file (lib/map shapesSvg): a map shades one with `<use href={mapShapeHref("PL")}>`. */
export const mapShapeHref = (code: string): string => `/map/shapes.svg#${code}`;

/** An address on the site as an absolute URL, for the exports, feeds and link previews. */
export function absoluteUrl(href: string, origin: URL): string {
  return new URL(href, origin).href;
}

/** A deal page's absolute URL. */
export function dealUrl(slug: string, origin: URL): string {
  return absoluteUrl(dealHref(slug), origin);
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
