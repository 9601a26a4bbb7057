import { EMPTY_FILTERS, parseFilters, serializeFilters, type RawQuery } from "./filters";
import { FILTERS, type FilterKey, type Filters } from "./table";
import type { VocabularyIndex } from "./vocabulary";

/**
 * The recipients map's view in the URL: the timeline's range and category filters, parsed and
 * written by lib/filters/filters.ts, and nothing else (`/countries?category=combat-aircraft&year=2024`).
 * Every other key is dropped, so each view has one canonical URL. Held as a whole Filters
 * value, so the same SQL (lib/queries/notification-sql.ts) and timeline links serve it.
 */
export function parseMapFilters(raw: RawQuery, index: VocabularyIndex): Filters {
  return mapView(parseFilters(raw, index));
}

/** The map view's canonical query string (countriesHref in lib/format makes it a link): its range and categories only. */
export function mapQuery(filters: Filters): string {
  return serializeFilters(mapView(filters));
}

/** The filters the map's view keeps. */
const MAP_FILTERS = ["categories", "year", "from", "to"] as const satisfies readonly FilterKey[];

/** Their URL parameters: what the map's table export (/countries/tables.csv) takes. */
export const MAP_PARAMS: readonly string[] = MAP_FILTERS.map((key) => FILTERS[key].param);

function mapView(filters: Filters): Filters {
  return { ...EMPTY_FILTERS, ...Object.fromEntries(MAP_FILTERS.map((key) => [key, filters[key]])) };
}

/** Whether the view ends before the record does: a year, or a `to` date. */
export function isBounded(filters: Filters): boolean {
  return filters.year !== null || filters.to !== null;
}
