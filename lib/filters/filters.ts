import { isValidIsoDate } from "@/lib/format";
import { MAX_QUERY_LENGTH } from "@/lib/search";
import { FILTER_KEYS, FILTERS, FLAG_ON, MAX_PAGE, MAX_YEAR, MIN_YEAR, type FilterEntry, type FilterKey, type FilterKind, type Filters, type ValueOfKind } from "./table";
import type { VocabularyIndex } from "./vocabulary";

/**
 * Timeline filters live in the URL query string, so every view is a link. This module is
 * the one place that turns a query string into typed filters and back, filter by filter as the
 * table says (FILTERS in table.ts: each filter's parameter and kind, in the canonical order). It
 * runs on the server (to render) and in the browser (to update the URL as filters change), and it
 * never throws: unknown or malformed values are dropped, and the caller redirects to the
 * canonical query string.
 *
 *   ?q=lockheed&country=CA&country=NL&system=m142-himars&category=rocket-artillery&year=2025
 *   &from=2025-01-01&to=2025-06-30&transmittal=25-34&emergency=1&changed=1&challenged=1&sort=newest&page=2
 *
 * What each filter means is said at its entry in the table. `q` is full-text search (lib/search/query.ts). With a search the results are ranked by
 * relevance unless `sort=newest`; without one they are always newest first, so `sort` is
 * dropped.
 */

export type RawQuery = URLSearchParams | Record<string, string | string[] | undefined>;

const EMPTY: { [K in FilterKind]: ValueOfKind<K> } = { search: null, list: [], year: null, date: null, flag: false, sort: "newest", page: 1 };

/** A filter's value when not in force (a list's is a new empty array each time). */
export function emptyValue<K extends FilterKey>(key: K): Filters[K] {
  const kind = FILTERS[key].kind;
  return (kind === "list" ? [] : EMPTY[kind]) as Filters[K];
}

/** No filter in force: the whole record, newest first, page 1. (Pure: a client bundle that does not use it drops it.) */
export const EMPTY_FILTERS: Filters = /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ FILTER_KEYS.map((key) => [key, emptyValue(key)])) as Filters;

/** Whether a filter's value selects anything: a list with values, a search, year or date given, a yes/no filter on. */
export function isInForce(value: Filters[FilterKey]): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== null && value !== false && value !== "";
}

/** How many filters are in force, a list counting each of its values: one chip each (describeFilters). */
export function countFilters(filters: Filters): number {
  let n = 0;
  for (const key of FILTER_KEYS) {
    const { kind } = FILTERS[key];
    const value = filters[key];
    if (kind === "list") n += (value as string[]).length;
    else if (kind !== "sort" && kind !== "page" && isInForce(value)) n++;
  }
  return n;
}

const MAX_VALUES = 50;
const MAX_VALUE_LENGTH = 200;

function valuesOf(raw: RawQuery, key: string, split = true): string[] {
  const values = raw instanceof URLSearchParams ? raw.getAll(key) : [raw[key] ?? []].flat();
  return values
    .slice(0, MAX_VALUES)
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => (split ? v.split(",") : [v]))
    .map((v) => v.trim())
    // A list's value is split later (listItems), its parts each a value: its cap is theirs together.
    .filter((v) => v.length > 0 && v.length <= (split ? MAX_VALUE_LENGTH : MAX_VALUE_LENGTH * MAX_VALUES));
}

/**
 * A list's values as given, each resolved: a value whole when it names something (a contractor
 * printed as "BAE Systems, Inc."), else each of its comma-separated parts (`country=CA,NL`).
 * Empty parts are "not given". The timeline and the exports' strict reader both read lists so.
 */
export function listItems(given: readonly string[], resolve: (value: string) => string | null): { value: string; resolved: string | null }[] {
  return given.flatMap((whole) => {
    const value = whole.trim();
    const resolved = value ? resolve(value) : null;
    if (resolved !== null) return [{ value, resolved }];
    return value
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "")
      .map((part) => ({ value: part, resolved: resolve(part) }));
  });
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

/** A year, or a date's year, within MIN_YEAR to MAX_YEAR. */
export const inYearRange = (text: string) => Number(text.slice(0, 4)) >= MIN_YEAR && Number(text.slice(0, 4)) <= MAX_YEAR;

/**
 * How parseFilters reads a list's values: resolved against the vocabulary (any name or spelling a
 * URL may give), or AS_GIVEN: kept as they are, for the filter panel in the browser, whose boxes
 * send canonical values and which does not hold the whole vocabulary (the server redirects
 * anything else to the canonical URL anyway). Never for a URL a user typed.
 */
export const AS_GIVEN = "as-given";
type ListReader = VocabularyIndex | typeof AS_GIVEN;

/** One filter's value from a query string, or its value when not in force: what each kind accepts (FILTERS in table.ts). */
function readValue(entry: FilterEntry, raw: RawQuery, index: ListReader): Filters[keyof Filters] {
  switch (entry.kind) {
    case "search":
      return normalizeQuery(rawFirst(raw, entry.param));
    case "list":
      return uniqueSorted(listItems(valuesOf(raw, entry.param, false), (v) => (v.length > MAX_VALUE_LENGTH ? null : index === AS_GIVEN ? v : entry.resolve(v, index))).flatMap((v) => v.resolved ?? []));
    case "year": {
      const v = firstOf(raw, entry.param);
      return v && /^\d{4}$/.test(v) && inYearRange(v) ? Number(v) : null;
    }
    case "date": {
      const v = firstOf(raw, entry.param);
      return v && isValidIsoDate(v) && inYearRange(v) ? v : null;
    }
    case "flag":
      return FLAG_ON.includes(firstOf(raw, entry.param)?.toLowerCase() ?? "");
    case "sort":
      return firstOf(raw, entry.param) === "newest" ? "newest" : "relevance";
    case "page": {
      const v = firstOf(raw, entry.param);
      return v && /^\d{1,6}$/.test(v) ? Math.min(Math.max(Number(v), 1), MAX_PAGE) : 1;
    }
  }
}

export function parseFilters(raw: RawQuery, index: ListReader): Filters {
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, readValue(FILTERS[key], raw, index)])) as Filters;
  // A reversed range is read as the range the user meant.
  if (filters.from && filters.to && filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from];
  // Without a search there is nothing to rank: newest first.
  if (!filters.q) filters.sort = "newest";
  return filters;
}

/** The canonical query string: the table's order, sorted values, defaults omitted. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  const q = normalizeQuery(filters.q);
  for (const key of FILTER_KEYS) {
    const { kind, param } = FILTERS[key];
    const value = filters[key];
    switch (kind) {
      case "search":
        if (q) params.set(param, q);
        break;
      case "list":
        for (const v of uniqueSorted(value as string[])) params.append(param, v);
        break;
      case "year":
      case "date":
        if (value) params.set(param, String(value));
        break;
      case "flag":
        if (value) params.set(param, "1");
        break;
      case "sort":
        // Relevance is the default with a search, and without one there is no order to choose.
        if (q && value === "newest") params.set(param, "newest");
        break;
      case "page":
        if ((value as number) > 1) params.set(param, String(value));
        break;
    }
  }
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
