import type { NextRequest } from "next/server";
import { badRequestJson } from "@/lib/exports";
import { loadOpenApi } from "@/lib/views";

/** GET /api/openapi.json: the OpenAPI 3.1 description of the API, the CSV, the feed and the dataset's files (docs/api.md renders it). */
export function GET(request: NextRequest) {
  const description = loadOpenApi(request.nextUrl.searchParams);
  if ("badRequest" in description) return badRequestJson(description.badRequest);
  return Response.json(description.data, { headers: { "Access-Control-Allow-Origin": "*" } });
}
