import type { NextRequest } from "next/server";
import { tablesResponse } from "@/lib/exports";
import { loadCountryTables, NOT_FOUND } from "@/lib/views";

/** GET /countries/<CODE>/tables.json[?table=fiscal-years|systems|notifications]: a recipient's page's tables (404 for no such recipient, 400 for a bad parameter). */
export async function GET(request: NextRequest, context: { params: Promise<{ code: string }> }) {
  return tablesResponse(await loadCountryTables((await context.params).code, "json", request.nextUrl.searchParams), "json", NOT_FOUND.recipient);
}
