import type { NextRequest } from "next/server";
import { tablesResponse } from "@/lib/exports";
import { loadYearTables } from "@/lib/views";

/** GET /years/tables.csv[?table=fiscal-years|administrations]: the tables of /years, a row per fiscal year and administration. */
export async function GET(request: NextRequest) {
  return tablesResponse(await loadYearTables(null, "csv", request.nextUrl.searchParams), "csv");
}
