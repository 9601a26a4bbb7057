import type { JsonSchema } from "./fields";

/**
 * docs/api.md, written from the OpenAPI description (`npm run docs:api`): every address with its
 * parameters and responses, then every schema field by field. tests/project/openapi.test.ts
 * fails when the file and the description differ, so the docs cannot drift from the API.
 */

type Schema = JsonSchema & { $ref?: string; type?: string | string[]; enum?: unknown[]; items?: Schema; properties?: Record<string, Schema>; required?: string[] };

const HTTP_METHODS = ["get", "head", "post", "put", "patch", "delete"] as const;

/** A table cell: one line, pipes escaped. */
const cell = (text: unknown) => String(text ?? "").replaceAll("|", "\\|").replaceAll("\n", " ");

const refName = (ref: string) => ref.split("/").pop() ?? ref;

/** What a schema allows, in words: "whole number, 1 to 200 (default 50)", "one of: relevance, newest", "list of text". */
export function describeSchema(schema: Schema | undefined): string {
  if (!schema) return "";
  if (schema.$ref) return `[${refName(schema.$ref)}](#${refName(schema.$ref).toLowerCase()})`;
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nullable = types.includes("null");
  const type = types.find((t) => t !== "null");
  let text: string;
  if (schema.enum) text = `one of: ${schema.enum.filter((v) => v !== null).map((v) => `\`${String(v)}\``).join(", ")}`;
  else if (type === "array") text = `list of ${describeSchema(schema.items) || "values"}`;
  else if (type === "integer") text = "whole number";
  else if (type === "boolean") text = "true/false";
  else if (type === "object") text = "object";
  else if (schema.format === "date") text = "date (YYYY-MM-DD)";
  else if (schema.format === "date-time") text = "date and time (ISO 8601)";
  else if (schema.format === "uri") text = "URL";
  else text = type === "string" ? "text" : (type ?? "any");
  const bounds: string[] = [];
  if (typeof schema.minimum === "number" && typeof schema.maximum === "number") bounds.push(`${schema.minimum} to ${schema.maximum}`);
  else if (typeof schema.minimum === "number") bounds.push(`at least ${schema.minimum}`);
  if (typeof schema.maxLength === "number") bounds.push(`at most ${schema.maxLength} characters`);
  if (typeof schema.pattern === "string") bounds.push(`matching \`${schema.pattern}\``);
  if (schema.default !== undefined) bounds.push(`default ${String(schema.default)}`);
  return `${text}${bounds.length ? `, ${bounds.join(", ")}` : ""}${nullable ? ", or null" : ""}`;
}

/** Every field of an object schema, nested ones by path (`systems[].category.slug`). */
function fieldRows(schema: Schema, prefix = ""): string[] {
  const rows: string[] = [];
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    rows.push(`| \`${path}\` | ${cell(describeSchema(child))} | ${cell(child.description)} |`);
    const types = Array.isArray(child.type) ? child.type : [child.type];
    if (types.includes("object") && child.properties) rows.push(...fieldRows(child, `${path}.`));
    if (types.includes("array") && child.items?.properties) rows.push(...fieldRows(child.items, `${path}[].`));
  }
  return rows;
}

function parameterRow(p: Schema): string {
  return `| \`${String(p.name)}\` | ${String(p.in)} | ${cell(describeSchema(p.schema as Schema))} | ${cell(p.description)} |`;
}

export function openApiMarkdown(doc: JsonSchema): string {
  const info = doc.info as { title: string; version: string; summary: string; description: string };
  const components = doc.components as { parameters: Record<string, Schema>; schemas: Record<string, Schema> };
  const out: string[] = [
    "# API",
    "",
    "<!-- Written by `npm run docs:api` from the OpenAPI description (lib/exports/openapi.ts, served at /api/openapi.json). Do not edit: tests/project/openapi.test.ts fails when the two differ. -->",
    "",
    `${info.summary} The machine-readable description is \`/api/openapi.json\` (OpenAPI ${String(doc.openapi)}, version ${info.version}); this page is written from it.`,
    "",
    info.description,
    "",
  ];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Schema>>)) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as (Schema & { summary?: string; description?: string; parameters?: Schema[]; responses: Record<string, Schema> }) | undefined;
      if (!op) continue;
      out.push(`## ${method.toUpperCase()} ${path}`, "", `${op.summary}.${op.description ? ` ${op.description}` : ""}`, "");
      // Shared parameters are described once, under Parameters; one an address has alone, here.
      const shared = (op.parameters ?? []).filter((p) => p.$ref).map((p) => refName(p.$ref!));
      const own = (op.parameters ?? []).filter((p) => !p.$ref);
      if (shared.length > 0) out.push(`Parameters (see [Parameters](#parameters)): ${shared.map((name) => `\`${name}\``).join(", ")}.`, "");
      if (own.length > 0) {
        out.push("| parameter | in | allowed values | what it does |", "|---|---|---|---|");
        for (const p of own) out.push(parameterRow(p));
        out.push("");
      }
      out.push("| status | type | body | meaning |", "|---|---|---|---|");
      for (const [status, response] of Object.entries(op.responses)) {
        const content = Object.entries((response.content ?? {}) as Record<string, { schema?: Schema }>);
        if (content.length === 0) out.push(`| ${status} | | | ${cell(response.description)} |`);
        for (const [type, media] of content) out.push(`| ${status} | \`${type}\` | ${cell(describeSchema(media.schema))} | ${cell(response.description)} |`);
      }
      out.push("");
    }
  }
  out.push("## Parameters", "", "The filters are the timeline's: a valid query means exactly what it means on the timeline.", "");
  out.push("| parameter | in | allowed values | what it does |", "|---|---|---|---|");
  for (const p of Object.values(components.parameters)) out.push(parameterRow(p));
  out.push("", "## Schemas", "");
  for (const [name, schema] of Object.entries(components.schemas)) {
    out.push(`### ${name}`, "");
    if (schema.description) out.push(String(schema.description), "");
    out.push("| field | type | what it is |", "|---|---|---|", ...fieldRows(schema), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
