import type { NextRequest } from "next/server";
import { OVERVIEW_TABLES, overviewTablesJson, readTablesQuery } from "@/lib/exports";
import { todayInWashington } from "@/lib/format";
import { getFiscalYearsOverview } from "@/lib/queries";
import { siteUrl } from "@/lib/site";

/** GET /years/tables.json[?table=fiscal-years|administrations]: the tables of /years as JSON. */
export async function GET(request: NextRequest) {
  const query = readTablesQuery(request.nextUrl.searchParams, OVERVIEW_TABLES);
  if (!query.ok) return Response.json({ error: { status: 400, ...query.error } }, { status: 400 });
  const overview = await getFiscalYearsOverview(todayInWashington());
  return Response.json(overviewTablesJson(overview, siteUrl(), query.table), { headers: { "Access-Control-Allow-Origin": "*" } });
}
