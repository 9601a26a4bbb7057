import type { NextRequest } from "next/server";
import { badRequestText, OVERVIEW_TABLES, overviewTablesCsv, readTablesQuery } from "@/lib/exports";
import { todayInWashington } from "@/lib/format";
import { getFiscalYearsOverview } from "@/lib/queries";
import { siteUrl } from "@/lib/site";

/** GET /years/tables.csv[?table=fiscal-years|administrations]: the tables of /years, one row per fiscal year and administration. */
export async function GET(request: NextRequest) {
  const query = readTablesQuery(request.nextUrl.searchParams, OVERVIEW_TABLES);
  if (!query.ok) return badRequestText(query.error);
  const overview = await getFiscalYearsOverview(todayInWashington());
  return new Response(overviewTablesCsv(overview, siteUrl(), query.table), {
    headers: { "Content-Type": "text/csv; charset=utf-8; header=present", "Content-Disposition": 'attachment; filename="fms-fiscal-years.csv"' },
  });
}
