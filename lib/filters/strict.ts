import { isValidIsoDate } from "@/lib/format";
import { normalizeTransmittal } from "@/lib/domain";
import { MAX_QUERY_LENGTH } from "@/lib/search";
import { normalizeQuery, parseFilters, type Filters } from "./filters";
import { resolveRecipient, resolveSystem, type VocabularyIndex } from "./vocabulary";

/**
 * Strict reading of the query string for the JSON API, the CSV export and the Atom feed.
 * Pages normalise a bad URL (they redirect to the nearest canonical view); a program or a
 * feed reader would silently get the wrong data that way, so these answer 400 naming the
 * parameter instead. A valid query means exactly what it means on the timeline: the
 * filters come from the same parseFilters().
 */

export const FILTER_PARAMS = ["q", "country", "system", "category", "year", "from", "to", "transmittal", "emergency", "changed", "challenged", "sort"] as const;
export const API_PARAMS = [...FILTER_PARAMS, "page", "pageSize"] as const;

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
export const MAX_PAGE = 100_000;

export type ParamError = { parameter: string; value: string | null; message: string };

export type ExportQuery = { filters: Filters; pageSize: number };

export type ValidationResult = { ok: true; query: ExportQuery } | { ok: false; error: ParamError };

const REPEATABLE = new Set(["country", "system", "category", "transmittal"]);
/** Yes/no filters: `1` (or true, yes, on) turns them on; `0` (false, no, off) or nothing leaves them off. */
const FLAGS = ["emergency", "changed", "challenged"];

/**
 * The error for the parameters `allowed` does not name, all of them, with the allowed ones
 * (an address that takes none says so), or null when there are none.
 */
export function unknownParameters(params: URLSearchParams, allowed: readonly string[]): ParamError | null {
  const unknown = [...new Set(params.keys())].filter((key) => !allowed.includes(key));
  if (unknown.length === 0) return null;
  const names = unknown.map((key) => `"${key}"`).join(", ");
  const known = allowed.length > 0 ? `Allowed: ${allowed.join(", ")}.` : "This address takes no parameters.";
  return { parameter: unknown[0]!, value: params.get(unknown[0]!), message: `Unknown parameter${unknown.length === 1 ? "" : "s"} ${names}. ${known}` };
}

export function validateExportQuery(params: URLSearchParams, index: VocabularyIndex, allowed: readonly string[] = FILTER_PARAMS): ValidationResult {
  const fail = (parameter: string, value: string | null, message: string): ValidationResult => ({ ok: false, error: { parameter, value, message } });

  const unknown = unknownParameters(params, allowed);
  if (unknown) return { ok: false, error: unknown };
  for (const key of new Set(params.keys())) {
    if (!REPEATABLE.has(key) && params.getAll(key).length > 1) return fail(key, params.get(key), `"${key}" may be given only once.`);
  }
  // Empty values (an untouched form field) mean "not given", as on the timeline.
  const values = (key: string) =>
    params
      .getAll(key)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
  const single = (key: string) => values(key)[0] ?? null;

  for (const v of values("country")) {
    if (!resolveRecipient(v, index))
      return fail("country", v, `Unknown country "${v}": give an ISO 3166 code (CA) or a name (Canada).`);
  }
  for (const v of values("system")) {
    if (!resolveSystem(v, index)) return fail("system", v, `Unknown system "${v}": give a system slug (m142-himars) or any of its names (HIMARS).`);
  }
  for (const v of values("category")) {
    if (!index.categories.has(v.toLowerCase())) return fail("category", v, `Unknown category "${v}".`);
  }
  for (const v of values("transmittal")) {
    if (!normalizeTransmittal(v)) return fail("transmittal", v, `"${v}" is not a sale's transmittal number: give it like 25-34 (series, dash, number).`);
  }
  for (const key of FLAGS) {
    const v = single(key);
    if (v !== null && !/^(?:1|0|true|false|yes|no|on|off)$/i.test(v)) return fail(key, v, `"${key}" must be 1 (or 0).`);
  }
  const year = single("year");
  if (year !== null && !(/^\d{4}$/.test(year) && Number(year) >= 1950 && Number(year) <= 2100))
    return fail("year", year, `"year" must be a four-digit year between 1950 and 2100.`);
  for (const key of ["from", "to"]) {
    const v = single(key);
    if (v !== null && !(isValidIsoDate(v) && Number(v.slice(0, 4)) >= 1950 && Number(v.slice(0, 4)) <= 2100))
      return fail(key, v, `"${key}" must be a calendar date, YYYY-MM-DD, between 1950 and 2100.`);
  }
  const from = single("from");
  const to = single("to");
  if (from && to && from > to) return fail("from", from, `"from" (${from}) is after "to" (${to}).`);

  // The timeline cuts a long search short; a program is told instead.
  const rawQ = params.get("q");
  if (rawQ !== null && rawQ.replace(/\s+/g, " ").trim().length > MAX_QUERY_LENGTH)
    return fail("q", `${rawQ.slice(0, 40)}…`, `"q" must be at most ${MAX_QUERY_LENGTH} characters.`);
  const q = normalizeQuery(rawQ);
  const sort = single("sort");
  if (sort !== null && sort !== "relevance" && sort !== "newest") return fail("sort", sort, `"sort" must be "relevance" or "newest".`);
  if (sort === "relevance" && !q) return fail("sort", sort, `"sort=relevance" needs a search ("q").`);

  const integer = (key: string, min: number, max: number): number | ParamError | null => {
    const v = single(key);
    if (v === null) return null;
    if (!/^\d{1,7}$/.test(v) || Number(v) < min || Number(v) > max) return { parameter: key, value: v, message: `"${key}" must be a whole number from ${min} to ${max}.` };
    return Number(v);
  };
  const page = integer("page", 1, MAX_PAGE);
  if (page !== null && typeof page === "object") return { ok: false, error: page };
  const pageSize = integer("pageSize", 1, MAX_PAGE_SIZE);
  if (pageSize !== null && typeof pageSize === "object") return { ok: false, error: pageSize };

  return { ok: true, query: { filters: parseFilters(params, index), pageSize: pageSize ?? DEFAULT_PAGE_SIZE } };
}
