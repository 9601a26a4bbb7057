import { isValidIsoDate } from "@/lib/format";
import { MAX_QUERY_LENGTH } from "@/lib/search";
import { inYearRange, listItems, normalizeQuery, parseFilters } from "./filters";
import { FILTER_KEYS, FILTERS, FLAG_OFF, FLAG_ON, MAX_PAGE, MAX_YEAR, MIN_YEAR, type FilterEntry, type FilterKind, type Filters } from "./table";
import type { VocabularyIndex } from "./vocabulary";

/**
 * Strict reading of the query string for the JSON API, the CSV export and the Atom feed.
 * Pages normalise a bad URL (they redirect to the nearest canonical view); a program or a
 * feed reader would silently get the wrong data that way, so these answer 400 naming the
 * parameter instead. A valid query means exactly what it means on the timeline: the
 * filters come from the same parseFilters(), and the parameters, and what each accepts,
 * from the same table (FILTERS in table.ts).
 */

/** The parameters the CSV export and the feed take: every filter's but the page's. */
export const FILTER_PARAMS: readonly string[] = FILTER_KEYS.filter((key) => FILTERS[key].kind !== "page").map((key) => FILTERS[key].param);
/** The JSON API's: the filters, the page and its size. */
export const API_PARAMS: readonly string[] = [...FILTER_PARAMS, FILTERS.page.param, "pageSize"];

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export type ParamError = { parameter: string; value: string | null; message: string };

export type ExportQuery = { filters: Filters; pageSize: number };

export type ValidationResult = { ok: true; query: ExportQuery } | { ok: false; error: ParamError };

/**
 * The order the checks run in, kind by kind (within a kind, the table's order), so that of
 * several problems the same one is always named: the values of lists first, then yes/no
 * filters, years, dates, whether `from` comes after `to`, the search, the order and the page.
 */
const CHECKS: (FilterKind | "range")[] = ["list", "flag", "year", "date", "range", "search", "sort", "page"];

/** Yes/no filters: `1` (or true, yes, on) turns them on; `0` (false, no, off) or nothing leaves them off. */
const FLAG_SPELLINGS = [...FLAG_ON, ...FLAG_OFF];

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
  const problem = (parameter: string, value: string | null, message: string): ParamError => ({ parameter, value, message });
  const fail = (error: ParamError): ValidationResult => ({ ok: false, error });
  const repeatable = new Set<string>(FILTER_KEYS.filter((key) => FILTERS[key].kind === "list").map((key) => FILTERS[key].param));

  const unknown = unknownParameters(params, allowed);
  if (unknown) return { ok: false, error: unknown };
  for (const key of new Set(params.keys())) {
    if (!repeatable.has(key) && params.getAll(key).length > 1) return fail(problem(key, params.get(key), `"${key}" may be given only once.`));
  }
  // Empty values (an untouched form field) mean "not given", as on the timeline.
  const values = (key: string) =>
    params
      .getAll(key)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
  const single = (key: string) => values(key)[0] ?? null;
  const q = normalizeQuery(params.get(FILTERS.q.param));

  /** What is wrong with one filter's value, if anything. */
  function check(entry: FilterEntry): ParamError | null {
    const { param } = entry;
    const v = single(param);
    switch (entry.kind) {
      case "list":
        for (const { value, resolved } of listItems(params.getAll(param), (given) => entry.resolve(given, index))) if (!resolved) return problem(param, value, entry.unknown(value));
        return null;
      case "flag":
        return v !== null && !FLAG_SPELLINGS.includes(v.toLowerCase()) ? problem(param, v, `"${param}" must be 1 (or 0).`) : null;
      case "year":
        return v !== null && !(/^\d{4}$/.test(v) && inYearRange(v)) ? problem(param, v, `"${param}" must be a four-digit year between ${MIN_YEAR} and ${MAX_YEAR}.`) : null;
      case "date":
        return v !== null && !(isValidIsoDate(v) && inYearRange(v)) ? problem(param, v, `"${param}" must be a calendar date, YYYY-MM-DD, between ${MIN_YEAR} and ${MAX_YEAR}.`) : null;
      case "search": {
        // The timeline cuts a long search short; a program is told instead.
        const raw = params.get(param);
        return raw !== null && raw.replace(/\s+/g, " ").trim().length > MAX_QUERY_LENGTH ? problem(param, `${raw.slice(0, 40)}…`, `"${param}" must be at most ${MAX_QUERY_LENGTH} characters.`) : null;
      }
      case "sort":
        if (v !== null && v !== "relevance" && v !== "newest") return problem(param, v, `"${param}" must be "relevance" or "newest".`);
        return v === "relevance" && !q ? problem(param, v, `"${param}=relevance" needs a search ("${FILTERS.q.param}").`) : null;
      case "page":
        return integer(param, 1, MAX_PAGE);
    }
  }

  /** A whole number within bounds, or nothing given. */
  function integer(key: string, min: number, max: number): ParamError | null {
    const v = single(key);
    return v !== null && (!/^\d{1,7}$/.test(v) || Number(v) < min || Number(v) > max) ? problem(key, v, `"${key}" must be a whole number from ${min} to ${max}.`) : null;
  }

  for (const step of CHECKS) {
    if (step === "range") {
      const from = single(FILTERS.from.param);
      const to = single(FILTERS.to.param);
      if (from && to && from > to) return fail(problem(FILTERS.from.param, from, `"${FILTERS.from.param}" (${from}) is after "${FILTERS.to.param}" (${to}).`));
      continue;
    }
    for (const key of FILTER_KEYS) {
      const entry = FILTERS[key];
      const error = entry.kind === step ? check(entry) : null;
      if (error) return fail(error);
    }
  }
  const pageSize = integer("pageSize", 1, MAX_PAGE_SIZE);
  if (pageSize) return fail(pageSize);

  return { ok: true, query: { filters: parseFilters(params, index), pageSize: Number(single("pageSize") ?? DEFAULT_PAGE_SIZE) } };
}
