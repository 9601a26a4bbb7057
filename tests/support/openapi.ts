import { z } from "zod";

/**
 * Checking a value against a schema of the OpenAPI description, as a client would: the schema
 * is read from the document itself by zod's JSON Schema reader (z.fromJSONSchema), which
 * resolves local `#/$defs/…` references, so the document's `#/components/schemas/…` ones are
 * rewritten to those first. tests/project/openapi.test.ts shows it refusing what breaks a schema.
 */

type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };
type Operation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };

/** The problems of `value` against `schema` (a schema of `doc`, or a `$ref` to one), as "path: message"; none when it conforms. */
export function schemaProblems(doc: unknown, schema: unknown, value: unknown): string[] {
  const { components } = doc as Doc;
  const rewrite = (v: unknown) => JSON.parse(JSON.stringify(v).replaceAll('"#/components/schemas/', '"#/$defs/')) as Record<string, unknown>;
  const zod = z.fromJSONSchema({ ...rewrite(schema), $defs: rewrite(components.schemas) } as Parameters<typeof z.fromJSONSchema>[0]);
  const result = zod.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
}

/** The schema the description gives a response, or null when it documents none for that status and type. */
export function responseSchema(doc: unknown, path: string, method: string, status: number, contentType: string): unknown {
  const op = (doc as Doc).paths[path]?.[method];
  const media = op?.responses[String(status)]?.content?.[contentType.split(";")[0]!.trim()];
  return media?.schema ?? null;
}

/** Whether the description documents this status and content type for the operation (a body-less status has no type). */
export function isDocumented(doc: unknown, path: string, method: string, status: number, contentType: string | null): boolean {
  const response = (doc as Doc).paths[path]?.[method]?.responses[String(status)];
  if (!response) return false;
  if (!contentType) return !response.content;
  return contentType.split(";")[0]!.trim() in (response.content ?? {});
}
