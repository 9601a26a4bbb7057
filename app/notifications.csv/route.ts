import type { NextRequest } from "next/server";
import { badRequestText } from "@/lib/exports";
import { loadCsv } from "@/lib/views";

/** GET /notifications.csv: every notification of a view (not one page), for spreadsheets. */
export async function GET(request: NextRequest) {
  const csv = await loadCsv(request.nextUrl.searchParams);
  if ("badRequest" in csv) return badRequestText(csv.badRequest);
  return new Response(csv.data.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="fms-notifications.csv"',
      "X-Total-Count": String(csv.data.total),
    },
  });
}
