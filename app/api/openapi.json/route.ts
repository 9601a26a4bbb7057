import type { NextRequest } from "next/server";
import { unknownParameters } from "@/lib/filters";
import { badRequestJson, openApiDocument } from "@/lib/exports";

/** GET /api/openapi.json: the OpenAPI 3.1 description of the API, the CSV, the feed and the dataset's files (docs/api.md renders it). */
export function GET(request: NextRequest) {
  const unknown = unknownParameters(request.nextUrl.searchParams, []);
  if (unknown) return badRequestJson(unknown);
  return Response.json(openApiDocument(), { headers: { "Access-Control-Allow-Origin": "*" } });
}
