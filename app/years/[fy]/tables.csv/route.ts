import type { NextRequest } from "next/server";
import { tablesResponse } from "@/lib/exports";
import { loadYearTables } from "@/lib/views";

/** GET /years/<FY>/tables.csv[?table=…]: one fiscal year's tables, a row per figure (404 for a year that is not one, 400 for a bad parameter). */
export async function GET(request: NextRequest, context: { params: Promise<{ fy: string }> }) {
  return tablesResponse(await loadYearTables((await context.params).fy, "csv", request.nextUrl.searchParams), "csv");
}
