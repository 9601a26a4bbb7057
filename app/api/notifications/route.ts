import type { NextRequest } from "next/server";
import { loadApiPage } from "@/lib/views";

/** GET /api/notifications: the timeline's notifications as JSON, paginated (docs/architecture.md, "Exports and feeds"). */
export async function GET(request: NextRequest) {
  const page = await loadApiPage(request.nextUrl.searchParams, request.nextUrl);
  if ("badRequest" in page) return Response.json({ error: { status: 400, ...page.badRequest } }, { status: 400 });
  return Response.json(page.data, { headers: { "Access-Control-Allow-Origin": "*" } });
}
