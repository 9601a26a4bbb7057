import type { NextRequest } from "next/server";
import { tablesResponse } from "@/lib/exports";
import { loadCountriesTables } from "@/lib/views";

/** GET /countries/tables.json: the table under the recipients map, for the map's view (year, from, to, category) (400 for a bad parameter). */
export async function GET(request: NextRequest) {
  return tablesResponse(await loadCountriesTables("json", request.nextUrl.searchParams), "json");
}
