import type { NextRequest } from "next/server";
import { getNotificationsForExport, readExportQuery } from "@/lib/queries";
import { badRequestText, CSV_HEADER, csvRecord, toCsv } from "@/lib/exports";
import { siteUrl } from "@/lib/site";

/** Far above the record's size; a bound so one request cannot build an unbounded file. */
const MAX_ROWS = 10_000;

/** GET /notifications.csv: every notification of a view (not one page), for spreadsheets. */
export async function GET(request: NextRequest) {
  const result = await readExportQuery(request.nextUrl.searchParams);
  if (!result.ok) return badRequestText(result.error);
  const { total, notifications } = await getNotificationsForExport(result.query.filters, 0, MAX_ROWS);
  const origin = siteUrl();
  return new Response(toCsv(CSV_HEADER, notifications.map((n) => csvRecord(n, origin))), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="fms-notifications.csv"',
      "X-Total-Count": String(total),
    },
  });
}
