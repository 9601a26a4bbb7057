import "server-only";
import { filterVocabulary, getVocabulary } from "@/lib/data";
import { indexVocabulary } from "@/lib/filters";
import { validateExportQuery, type ParamError, type ValidationResult } from "./params";

/** Validates an export request's query string against the database's vocabulary. */
export async function readExportQuery(params: URLSearchParams, allowed?: readonly string[]): Promise<ValidationResult> {
  const index = indexVocabulary(filterVocabulary(await getVocabulary()));
  return validateExportQuery(params, index, allowed);
}

/** 400 as plain text, for the CSV export and the feed (the API answers JSON). */
export function badRequestText(error: ParamError): Response {
  return new Response(`Bad request: parameter "${error.parameter}": ${error.message}\n`, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
