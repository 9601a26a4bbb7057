import type { NextRequest } from "next/server";
import { tablesResponse } from "@/lib/exports";
import { loadSystemsTables } from "@/lib/views";

/** GET /systems/tables.json: every system, as /systems lists them (400 for a bad parameter). */
export async function GET(request: NextRequest) {
  return tablesResponse(await loadSystemsTables("json", request.nextUrl.searchParams), "json");
}
