import type { NextRequest } from "next/server";
import { tablesResponse } from "@/lib/exports";
import { loadYearTables } from "@/lib/views";

/** GET /years/tables.json[?table=fiscal-years|administrations]: the tables of /years as JSON. */
export async function GET(request: NextRequest) {
  return tablesResponse(await loadYearTables(null, "json", request.nextUrl.searchParams), "json");
}
