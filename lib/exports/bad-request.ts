import type { ParamError } from "@/lib/filters";

/** 400 as plain text, for the CSV export, the feed and the dataset's files (the API answers JSON). */
export function badRequestText(error: ParamError): Response {
  return new Response(`Bad request: parameter "${error.parameter}": ${error.message}\n`, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** 400 as JSON, the API's error shape (the OpenAPI description's Error): `{"error": {"status": 400, "parameter", "value", "message"}}`. */
export function badRequestJson(error: ParamError): Response {
  return Response.json({ error: { status: 400, ...error } }, { status: 400, headers: { "Access-Control-Allow-Origin": "*" } });
}
