import { isValidIsoDate } from "@/lib/format";
import { MAX_QUERY_LENGTH } from "@/lib/search";
import { normalizeTransmittal } from "@/lib/domain";
import { resolveRecipient, resolveSystem, type VocabularyIndex } from "./vocabulary";

/**
 * Timeline filters live in the URL query string, so every view is a link. This module is
 * the one place that turns a query string into typed filters and back. It runs on the
 * server (to render) and in the browser (to update the URL as filters change), and it
 * never throws: unknown or malformed values are dropped, and the caller redirects to the
 * canonical query string.
 *
 *   ?q=lockheed&country=CA&country=NL&system=m142-himars&category=rocket-artillery&year=2025
 *   &from=2025-01-01&to=2025-06-30&transmittal=25-34&emergency=1&changed=1&challenged=1&sort=newest&page=2
 *
 * `transmittal` takes any printed spelling (`25–034`) and keeps the canonical one. `emergency=1`
 * keeps the sales whose review was waived by an emergency determination; `changed=1` those with
 * later reports (§36(b)(5)(C) enhancements, cost increases, corrections); `challenged=1` those a
 * joint resolution of disapproval was aimed at (seeds/resolutions/).
 *
 * `q` is full-text search (lib/search/query.ts). With a search the results are ranked by
 * relevance unless `sort=newest`; without one they are always newest first, so `sort` is
 * dropped.
 */

export type Sort = "relevance" | "newest";

export type Filters = {
  /** Search text: trimmed, whitespace collapsed, at most MAX_QUERY_LENGTH characters. */
  q: string | null;
  countries: string[];
  systems: string[];
  categories: string[];
  year: number | null;
  from: string | null;
  to: string | null;
  /** Canonical transmittal numbers (lib/domain/transmittal.ts). */
  transmittals: string[];
  /** Only sales whose congressional review was waived by an emergency determination. */
  emergency: boolean;
  /** Only sales with later changes (reports on them, corrections). */
  changed: boolean;
  /** Only sales challenged in Congress: a joint resolution of disapproval aimed at them. */
  challenged: boolean;
  /** "relevance" only with a search. */
  sort: Sort;
  page: number;
};

export type RawQuery = URLSearchParams | Record<string, string | string[] | undefined>;

export const EMPTY_FILTERS: Filters = {
  q: null,
  countries: [],
  systems: [],
  categories: [],
  year: null,
  from: null,
  to: null,
  transmittals: [],
  emergency: false,
  changed: false,
  challenged: false,
  sort: "newest",
  page: 1,
};

/** A yes/no filter is on with `1` (what its checkbox sends); `true`, `yes` and `on` are read as `1`. */
function flagOf(raw: RawQuery, key: string): boolean {
  const v = firstOf(raw, key)?.toLowerCase();
  return v === "1" || v === "true" || v === "yes" || v === "on";
}

const MAX_VALUES = 50;
const MAX_VALUE_LENGTH = 200;
const MIN_YEAR = 1950;
const MAX_YEAR = 2100;
const MAX_PAGE = 100_000;

function valuesOf(raw: RawQuery, key: string): string[] {
  const values = raw instanceof URLSearchParams ? raw.getAll(key) : [raw[key] ?? []].flat();
  return values
    .slice(0, MAX_VALUES)
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0 && v.length <= MAX_VALUE_LENGTH);
}

function firstOf(raw: RawQuery, key: string): string | null {
  return valuesOf(raw, key)[0] ?? null;
}

/**
 * The search text, as typed but tidied: control characters dropped, whitespace collapsed,
 * cut to MAX_QUERY_LENGTH (at a word boundary when there is one). Commas are kept: unlike
 * the other keys, `q` is not a list.
 */
export function normalizeQuery(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  let q = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").replace(/\s+/g, " ").trim();
  if (q.length > MAX_QUERY_LENGTH) {
    const cut = q.slice(0, MAX_QUERY_LENGTH + 1);
    const space = cut.lastIndexOf(" ");
    q = (space > MAX_QUERY_LENGTH / 2 ? cut.slice(0, space) : cut.slice(0, MAX_QUERY_LENGTH)).trim();
  }
  return q || null;
}

function rawFirst(raw: RawQuery, key: string): string | null {
  const value = raw instanceof URLSearchParams ? raw.get(key) : [raw[key] ?? []].flat()[0];
  return typeof value === "string" ? value : null;
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

export function parseFilters(raw: RawQuery, index: VocabularyIndex): Filters {
  const countries = uniqueSorted(
    valuesOf(raw, "country").flatMap((v) => resolveRecipient(v, index) ?? []),
  );
  const systems = uniqueSorted(valuesOf(raw, "system").flatMap((v) => resolveSystem(v, index) ?? []));
  const categories = uniqueSorted(valuesOf(raw, "category").map((v) => v.toLowerCase()).filter((v) => index.categories.has(v)));

  const yearText = firstOf(raw, "year");
  const yearNumber = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const year = yearNumber !== null && yearNumber >= MIN_YEAR && yearNumber <= MAX_YEAR ? yearNumber : null;

  const date = (key: string) => {
    const v = firstOf(raw, key);
    return v && isValidIsoDate(v) && Number(v.slice(0, 4)) >= MIN_YEAR && Number(v.slice(0, 4)) <= MAX_YEAR ? v : null;
  };
  let from = date("from");
  let to = date("to");
  // A reversed range is read as the range the user meant.
  if (from && to && from > to) [from, to] = [to, from];

  const pageText = firstOf(raw, "page");
  const page = pageText && /^\d{1,6}$/.test(pageText) ? Math.min(Math.max(Number(pageText), 1), MAX_PAGE) : 1;

  const q = normalizeQuery(rawFirst(raw, "q"));
  const sort: Sort = q && firstOf(raw, "sort") !== "newest" ? "relevance" : "newest";
  const transmittals = uniqueSorted(valuesOf(raw, "transmittal").flatMap((v) => normalizeTransmittal(v) ?? []));

  return { q, countries, systems, categories, year, from, to, transmittals, emergency: flagOf(raw, "emergency"), changed: flagOf(raw, "changed"), challenged: flagOf(raw, "challenged"), sort, page };
}

/** The canonical query string: fixed key order, sorted values, defaults omitted. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  const q = normalizeQuery(filters.q);
  if (q) params.set("q", q);
  for (const c of uniqueSorted(filters.countries)) params.append("country", c);
  for (const s of uniqueSorted(filters.systems)) params.append("system", s);
  for (const c of uniqueSorted(filters.categories)) params.append("category", c);
  if (filters.year !== null) params.set("year", String(filters.year));
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  for (const t of uniqueSorted(filters.transmittals)) params.append("transmittal", t);
  if (filters.emergency) params.set("emergency", "1");
  if (filters.changed) params.set("changed", "1");
  if (filters.challenged) params.set("challenged", "1");
  if (q && filters.sort === "newest") params.set("sort", "newest");
  if (filters.page > 1) params.set("page", String(filters.page));
  return params.toString();
}

export function hasFilters(filters: Filters): boolean {
  return serializeFilters({ ...filters, page: 1 }) !== "";
}

/** The query string of a view without its page: what its CSV and JSON links carry (csvHref, apiHref in lib/format). */
export function exportQuery(filters: Filters): string {
  return serializeFilters({ ...filters, page: 1 });
}

/** The query string of a view's Atom feed (feedHref): always newest first, so neither sort nor page belongs in it. */
export function feedQuery(filters: Filters): string {
  return serializeFilters({ ...filters, sort: "relevance", page: 1 });
}

/** The same query string, as the server received it, for comparison with the canonical one. */
export function rawQueryString(raw: RawQuery): string {
  if (raw instanceof URLSearchParams) return raw.toString();
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of [value ?? []].flat()) params.append(key, v);
  }
  return params.toString();
}
