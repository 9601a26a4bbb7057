import type { NextRequest } from "next/server";
import { getNotificationsForExport, readExportQuery } from "@/lib/queries";
import { API_PARAMS } from "@/lib/filters";
import { apiPage } from "@/lib/exports";
import { siteUrl } from "@/lib/site";

/** GET /api/notifications: the timeline's notifications as JSON, paginated (docs/architecture.md, "Exports and feeds"). */
export async function GET(request: NextRequest) {
  const result = await readExportQuery(request.nextUrl.searchParams, API_PARAMS);
  if (!result.ok) return Response.json({ error: { status: 400, ...result.error } }, { status: 400 });
  const { filters, pageSize } = result.query;
  const { total, notifications } = await getNotificationsForExport(filters, (filters.page - 1) * pageSize, pageSize);
  return Response.json(apiPage(notifications, total, filters.page, pageSize, request.nextUrl, siteUrl()), {
    headers: { "Access-Control-Allow-Origin": "*" },
  });
}
