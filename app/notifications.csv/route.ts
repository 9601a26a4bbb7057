import type { NextRequest } from "next/server";
import { readExportQuery, streamNotificationsForExport } from "@/lib/queries";
import { badRequestText, CSV_HEADER, csvRecord, csvStream, type CsvValue } from "@/lib/exports";
import { siteUrl } from "@/lib/site";

/** Far above the record's size; a bound so one request cannot build an unbounded file. */
const MAX_ROWS = 10_000;

/**
 * GET /notifications.csv: every notification of a view (not one page), for spreadsheets,
 * streamed a page of rows at a time so that memory stays bounded whatever the view holds.
 */
export async function GET(request: NextRequest) {
  const result = await readExportQuery(request.nextUrl.searchParams);
  if (!result.ok) return badRequestText(result.error);
  const pages = streamNotificationsForExport(result.query.filters, MAX_ROWS);
  // The first page is read before answering: it carries the total, and a failure is still a clean 500.
  const first = await pages.next();
  const total = first.done ? 0 : first.value.total;
  const origin = siteUrl();
  async function* rows(): AsyncGenerator<CsvValue[][]> {
    if (!first.done) yield first.value.notifications.map((n) => csvRecord(n, origin));
    for await (const page of pages) yield page.notifications.map((n) => csvRecord(n, origin));
  }
  return new Response(csvStream(CSV_HEADER, rows()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="fms-notifications.csv"',
      "X-Total-Count": String(total),
    },
  });
}
