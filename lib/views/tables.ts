import { ARCHIVE_FROM } from "@/lib/domain";
import {
  congressTables,
  countriesTables,
  countryTables,
  coverageTables,
  pageTablesCsv,
  pageTablesJson,
  readTablesQuery,
  systemsTables,
  systemTables,
  tableNames,
  type PageTables,
} from "@/lib/exports";
import { EMPTY_FILTERS, mapQuery, MAP_PARAMS, serializeFilters } from "@/lib/filters";
import { countriesHref, formatLongDate, timelineHref } from "@/lib/format";
import { getRecipientMap, readExportQuery } from "@/lib/queries";
import { siteUrl } from "@/lib/site";
import { loadCongress } from "./congress";
import { loadCountry } from "./country";
import { loadCoverage } from "./coverage";
import type { Export } from "./exports";
import { loadSystem } from "./system";
import { loadSystems } from "./systems";
import type { TablesFile } from "./years";

/**
 * Every page's tables as CSV and JSON (docs/architecture.md, "Every table as a file"), as the
 * fiscal years' are: `/countries/CA/tables.csv`, `/systems/m142-himars/tables.json`, … Each
 * loader reads what its page's loader gives the page, so the file holds what the page shows;
 * `?table=` keeps one table, anything else is a 400, and a recipient or system that is not one
 * (or is not written as its canonical code or slug) is not found.
 */

export type TablesFormat = "csv" | "json";
export type TablesExport = Export<TablesFile> | { notFound: true };

export const NOT_FOUND = {
  recipient: "No such recipient in the record: give its code as /countries lists it (/countries/CA/tables.csv).",
  system: "No such system in the record: give its slug as /systems lists it (/systems/m142-himars/tables.csv).",
} as const;

const EARLIER = `Before ${formatLongDate(ARCHIVE_FROM)} (examples, not charted)`;

/** The file of `tables` (already loaded), or the 400 for a `table` it does not have. */
export function tablesFile(tables: PageTables, format: TablesFormat, params: URLSearchParams, name: string): Export<TablesFile> {
  const query = readTablesQuery(params, tableNames(tables));
  if (!query.ok) return { badRequest: query.error };
  const body = format === "csv" ? pageTablesCsv(tables, query.table) : JSON.stringify(pageTablesJson(tables, query.table));
  return { data: { body, contentType: format, filename: `${name}.${format}` } };
}

/** `/countries/<CODE>/tables.csv|json`: a recipient's page's tables. */
export async function loadCountryTables(code: string, format: TablesFormat, params: URLSearchParams): Promise<TablesExport> {
  const view = await loadCountry(code);
  if (!("data" in view)) return { notFound: true };
  const { profile, history, strip, timelineHref: timeline } = view.data;
  const countries = [profile.recipient.code];
  const link = (slug: string) => timelineHref(serializeFilters({ ...EMPTY_FILTERS, countries, systems: [slug] }));
  const tables = countryTables({ profile, history, timelineHref: timeline, earlierLabel: EARLIER, link }, strip?.entries ?? null, siteUrl());
  return tablesFile(tables, format, params, `fms-recipient-${profile.recipient.code.toLowerCase()}`);
}

/** `/systems/<slug>/tables.csv|json`: a system's page's tables. */
export async function loadSystemTables(slug: string, format: TablesFormat, params: URLSearchParams): Promise<TablesExport> {
  const view = await loadSystem(slug);
  if (!("data" in view)) return { notFound: true };
  const { profile, history, timelineHref: timeline } = view.data;
  const systems = [profile.system.slug];
  const link = (code: string) => timelineHref(serializeFilters({ ...EMPTY_FILTERS, countries: [code], systems }));
  return tablesFile(systemTables({ profile, history, timelineHref: timeline, earlierLabel: EARLIER, link }, siteUrl()), format, params, `fms-system-${profile.system.slug}`);
}

/**
 * `/countries/tables.csv|json`: the table under the recipients map, for the map's view: its
 * parameters (`year`, `from`, `to`, `category`), read strictly (a 400 for anything else).
 */
export async function loadCountriesTables(format: TablesFormat, params: URLSearchParams): Promise<Export<TablesFile>> {
  const read = await readExportQuery(params, MAP_PARAMS);
  if (!read.ok) return { badRequest: read.error };
  const { filters } = read.query;
  const { map } = await getRecipientMap(filters);
  const query = mapQuery(filters);
  const view = { query, page: countriesHref(query), timeline: timelineHref(serializeFilters(filters)) };
  return tablesFile(countriesTables(map.recipients, view, siteUrl()), format, new URLSearchParams(), "fms-recipients");
}

/** `/systems/tables.csv|json`: every system, as the index lists them. */
export async function loadSystemsTables(format: TablesFormat, params: URLSearchParams): Promise<Export<TablesFile>> {
  return tablesFile(systemsTables((await loadSystems()).data, siteUrl()), format, params, "fms-systems");
}

/** `/congress/tables.csv|json`: the resolutions of disapproval, their votes and the sales they are aimed at. */
export async function loadCongressTables(format: TablesFormat, params: URLSearchParams): Promise<Export<TablesFile>> {
  return tablesFile(congressTables((await loadCongress()).data.resolutions, siteUrl()), format, params, "fms-congress");
}

/** `/coverage/tables.csv|json`: what the record holds by fiscal year, and the transmittal numbers held and missing. */
export async function loadCoverageTables(format: TablesFormat, params: URLSearchParams): Promise<Export<TablesFile>> {
  return tablesFile(coverageTables((await loadCoverage()).data), format, params, "fms-coverage");
}
