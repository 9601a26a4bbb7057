import type { NextRequest } from "next/server";
import { tablesResponse } from "@/lib/exports";
import { loadCongressTables } from "@/lib/views";

/** GET /congress/tables.json: the resolutions of disapproval, their votes and the sales they are aimed at (400 for a bad parameter). */
export async function GET(request: NextRequest) {
  return tablesResponse(await loadCongressTables("json", request.nextUrl.searchParams), "json");
}
