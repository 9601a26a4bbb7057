import type { NextRequest } from "next/server";
import { badRequestText, readTablesQuery, YEAR_TABLES, yearTablesCsv } from "@/lib/exports";
import { parseFiscalYear } from "@/lib/domain";
import { todayInWashington } from "@/lib/format";
import { getFiscalYearTally } from "@/lib/queries";
import { siteUrl } from "@/lib/site";

type Context = { params: Promise<{ fy: string }> };

/** GET /years/<FY>/tables.csv[?table=…]: one fiscal year's tables, a row per figure. A year that is not one (or outside FY2008 to today's) is a 404. */
export async function GET(request: NextRequest, context: Context) {
  const parsed = parseFiscalYear((await context.params).fy);
  const tally = parsed?.canonical ? await getFiscalYearTally(parsed.fiscalYear, todayInWashington()) : null;
  if (!tally) return new Response("Not found: no such fiscal year in the record (FY2008 to the present one, written /years/2025/tables.csv).\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const query = readTablesQuery(request.nextUrl.searchParams, YEAR_TABLES);
  if (!query.ok) return badRequestText(query.error);
  return new Response(yearTablesCsv(tally, siteUrl(), query.table), {
    headers: { "Content-Type": "text/csv; charset=utf-8; header=present", "Content-Disposition": `attachment; filename="fms-fy${tally.span.fiscalYear}.csv"` },
  });
}
