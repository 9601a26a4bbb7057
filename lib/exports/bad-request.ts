import type { ParamError } from "@/lib/filters";

/** 400 as plain text, for the CSV export and the feed (the API answers JSON). */
export function badRequestText(error: ParamError): Response {
  return new Response(`Bad request: parameter "${error.parameter}": ${error.message}\n`, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
