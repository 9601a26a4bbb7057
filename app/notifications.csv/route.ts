import type { NextRequest } from "next/server";
import { badRequestText } from "@/lib/exports";
import { LENGTH_HEADER } from "@/lib/server/content-length.mjs";
import { loadCsv } from "@/lib/views";

/**
 * GET /notifications.csv: every notification of a view (not one page), for spreadsheets,
 * streamed (the whole record from the dataset's file on disk, with its length; any other view a
 * page of rows at a time from the database) so that memory stays bounded whatever the view holds.
 */
export async function GET(request: NextRequest) {
  const csv = await loadCsv(request.nextUrl.searchParams);
  if ("badRequest" in csv) return badRequestText(csv.badRequest);
  return new Response(csv.data.body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="fms-notifications.csv"',
      "X-Total-Count": String(csv.data.total),
      ...(csv.data.bytes !== null ? { [LENGTH_HEADER]: String(csv.data.bytes) } : {}),
    },
  });
}
