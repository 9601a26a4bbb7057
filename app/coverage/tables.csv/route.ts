import type { NextRequest } from "next/server";
import { tablesResponse } from "@/lib/exports";
import { loadCoverageTables } from "@/lib/views";

/** GET /coverage/tables.csv: what the record holds by fiscal year, and the transmittal numbers held and missing (400 for a bad parameter). */
export async function GET(request: NextRequest) {
  return tablesResponse(await loadCoverageTables("csv", request.nextUrl.searchParams), "csv");
}
