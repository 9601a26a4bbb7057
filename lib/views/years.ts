import type { Metadata } from "next";
import { fiscalYearsTo, parseFiscalYear, type FiscalYearsOverview, type FiscalYearTally } from "@/lib/domain";
import { OVERVIEW_TABLES, overviewTablesCsv, overviewTablesJson, readTablesQuery, YEAR_TABLES, yearTablesCsv, yearTablesJson } from "@/lib/exports";
import { fiscalYearHref, formatUsdCompact, PAGE_HREF, plural, todayInWashington } from "@/lib/format";
import { getFiscalYearsOverview, getFiscalYearTally } from "@/lib/queries";
import { pageMetadata, siteUrl } from "@/lib/site";
import type { Export } from "./exports";
import type { View } from "./view";

/** /years: every fiscal year from FY2008 to today's, side by side, and by administration. */
export async function loadYears(): Promise<{ data: FiscalYearsOverview }> {
  return { data: await getFiscalYearsOverview(todayInWashington()) };
}

export const yearsMetadata: Metadata = pageMetadata({
  title: "Fiscal years: U.S. arms sales notified to Congress, year by year",
  description:
    "Every fiscal year from FY2008 side by side: how many Foreign Military Sales notifications, their estimated value, emergency and challenged sales, and the same by administration.",
  path: PAGE_HREF.years,
});

export type FiscalYearData = { tally: FiscalYearTally; today: string; first: number; last: number };

/** A year's tally by its URL segment: `2025`; `FY2025` redirects there; anything else, or a year outside FY2008 to today's, is not found. */
async function tallyOf(segment: string) {
  const parsed = parseFiscalYear(segment);
  const today = todayInWashington();
  const tally = parsed ? await getFiscalYearTally(parsed.fiscalYear, today) : null;
  return tally ? { tally, canonical: parsed!.canonical, today } : null;
}

/** `/years/2025`: one fiscal year's tally. */
export async function loadFiscalYear(segment: string): Promise<View<FiscalYearData>> {
  const found = await tallyOf(segment);
  if (!found) return { notFound: true };
  if (!found.canonical) return { redirect: fiscalYearHref(found.tally.span.fiscalYear), permanent: true };
  const years = fiscalYearsTo(found.today);
  return { data: { tally: found.tally, today: found.today, first: years[0]!, last: years.at(-1)! } };
}

export async function fiscalYearMetadata(segment: string): Promise<Metadata> {
  const tally = (await tallyOf(segment))?.tally;
  if (!tally) return { title: "Fiscal year not found" };
  const fy = tally.span.fiscalYear;
  return pageMetadata({
    title: `Fiscal year ${fy}: U.S. arms sales notified to Congress`,
    description: tally.tally.count
      ? `${plural(tally.tally.count, "Foreign Military Sales notification", "Foreign Military Sales notifications")} in FY${fy}, worth ${formatUsdCompact(tally.tally.valueUsd)} in estimated value (a ceiling, not a contract), by recipient, region, system, month and contractor.`
      : `Foreign Military Sales notified to Congress in FY${fy}: what the record holds.`,
    path: fiscalYearHref(fy),
  });
}

export type TablesFile = { body: string; contentType: "csv" | "json"; filename: string };

/**
 * `/years/tables.csv|json` (the overview, `segment` null) and `/years/<FY>/tables.csv|json`: the
 * tables as a file, a 400 for a parameter it cannot honour, not found for a year that is not one.
 */
export async function loadYearTables(segment: string | null, format: "csv" | "json", params: URLSearchParams): Promise<Export<TablesFile> | { notFound: true }> {
  const origin = siteUrl();
  const file = (body: string, name: string): { data: TablesFile } => ({ data: { body, contentType: format, filename: `${name}.${format}` } });
  if (segment === null) {
    const query = readTablesQuery(params, OVERVIEW_TABLES);
    if (!query.ok) return { badRequest: query.error };
    const overview = await getFiscalYearsOverview(todayInWashington());
    return file(format === "csv" ? overviewTablesCsv(overview, origin, query.table) : JSON.stringify(overviewTablesJson(overview, origin, query.table)), "fms-fiscal-years");
  }
  const found = await tallyOf(segment);
  if (!found?.canonical) return { notFound: true };
  const query = readTablesQuery(params, YEAR_TABLES);
  if (!query.ok) return { badRequest: query.error };
  const { tally } = found;
  return file(format === "csv" ? yearTablesCsv(tally, origin, query.table) : JSON.stringify(yearTablesJson(tally, origin, query.table)), `fms-fy${tally.span.fiscalYear}`);
}
