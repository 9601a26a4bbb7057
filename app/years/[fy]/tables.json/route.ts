import type { NextRequest } from "next/server";
import { readTablesQuery, YEAR_TABLES, yearTablesJson } from "@/lib/exports";
import { parseFiscalYear } from "@/lib/domain";
import { todayInWashington } from "@/lib/format";
import { getFiscalYearTally } from "@/lib/queries";
import { siteUrl } from "@/lib/site";

type Context = { params: Promise<{ fy: string }> };

/** GET /years/<FY>/tables.json[?table=…]: one fiscal year's tables as JSON. A year that is not one is a 404, a bad parameter a 400. */
export async function GET(request: NextRequest, context: Context) {
  const parsed = parseFiscalYear((await context.params).fy);
  const tally = parsed?.canonical ? await getFiscalYearTally(parsed.fiscalYear, todayInWashington()) : null;
  if (!tally) return Response.json({ error: { status: 404, message: "No such fiscal year in the record: FY2008 to the present one, written /years/2025/tables.json." } }, { status: 404 });
  const query = readTablesQuery(request.nextUrl.searchParams, YEAR_TABLES);
  if (!query.ok) return Response.json({ error: { status: 400, ...query.error } }, { status: 400 });
  return Response.json(yearTablesJson(tally, siteUrl(), query.table), { headers: { "Access-Control-Allow-Origin": "*" } });
}
