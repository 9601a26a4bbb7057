import { EMPTY_FILTERS, parseFilters, serializeFilters, type Filters, type RawQuery } from "./filters";
import type { VocabularyIndex } from "./vocabulary";

/**
 * The recipients map's view in the URL: the timeline's range and category filters, parsed and
 * written by lib/filters/filters.ts, and nothing else (`/countries?category=combat-aircraft&year=2024`).
 * Every other key is dropped, so each view has one canonical URL. Held as a whole Filters
 * value, so the same SQL (lib/queries/notification-sql.ts) and timeline links serve it.
 */
export function parseMapFilters(raw: RawQuery, index: VocabularyIndex): Filters {
  const { categories, year, from, to } = parseFilters(raw, index);
  return { ...EMPTY_FILTERS, categories, year, from, to };
}

/** The map view's canonical query string (countriesHref in lib/format makes it a link): its range and categories only. */
export function mapQuery(filters: Filters): string {
  return serializeFilters({ ...EMPTY_FILTERS, categories: filters.categories, year: filters.year, from: filters.from, to: filters.to });
}

/** Whether the view ends before the record does: a year, or a `to` date. */
export function isBounded(filters: Filters): boolean {
  return filters.year !== null || filters.to !== null;
}
