import type { NextRequest } from "next/server";
import { tablesResponse } from "@/lib/exports";
import { loadSystemTables, NOT_FOUND } from "@/lib/views";

/** GET /systems/<slug>/tables.json[?table=fiscal-years|recipients|quantities]: a system's page's tables (404 for no such system, 400 for a bad parameter). */
export async function GET(request: NextRequest, context: { params: Promise<{ slug: string }> }) {
  return tablesResponse(await loadSystemTables((await context.params).slug, "json", request.nextUrl.searchParams), "json", NOT_FOUND.system);
}
