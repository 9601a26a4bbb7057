import type { ColumnDoc, DictionaryEntry } from "./columns";

/**
 * The fields of a published JSON object, written once: the data dictionary (/data) and the
 * OpenAPI description's schema (/api/openapi.json) are both made from them.
 */

export type Scalar = {
  type: "string" | "integer" | "boolean";
  format?: "date" | "date-time" | "uri";
  enum?: readonly string[];
  pattern?: string;
  minimum?: number;
};

export type JsonField = {
  name: string;
  nullable?: boolean;
  /** Absent (rather than null) when empty: for formats of others' that have no null, such as CSL-JSON. */
  optional?: boolean;
  doc: ColumnDoc;
} & (
  | { scalar: Scalar }
  /** An object, with its fields. */
  | { fields: readonly JsonField[] }
  /** A list of values. */
  | { list: Scalar }
  /** A list of lists of values (CSL-JSON's date-parts). */
  | { lists: Scalar }
  /** A list of objects, each with these fields. */
  | { items: readonly JsonField[] }
);

/** A JSON Schema (the subset OpenAPI 3.1 descriptions here use). */
export type JsonSchema = { [keyword: string]: unknown };

function scalarSchema(s: Scalar): JsonSchema {
  return { type: s.type, ...(s.format && { format: s.format }), ...(s.enum && { enum: [...s.enum] }), ...(s.pattern && { pattern: s.pattern }), ...(s.minimum !== undefined && { minimum: s.minimum }) };
}

/** The JSON Schema of an object with `fields`: every field required (null where empty), no others. */
export function objectSchema(fields: readonly JsonField[], description?: string): JsonSchema {
  return {
    type: "object",
    ...(description && { description }),
    additionalProperties: false,
    required: fields.filter((f) => !f.optional).map((f) => f.name),
    properties: Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)])),
  };
}

function fieldSchema(f: JsonField): JsonSchema {
  let schema: JsonSchema;
  if ("scalar" in f) schema = scalarSchema(f.scalar);
  else if ("fields" in f) schema = objectSchema(f.fields);
  else if ("list" in f) schema = { type: "array", items: scalarSchema(f.list) };
  else if ("lists" in f) schema = { type: "array", items: { type: "array", items: scalarSchema(f.lists) } };
  else schema = { type: "array", items: objectSchema(f.items) };
  if (f.nullable) {
    // A null enum must list null too: the enum keyword is checked on its own.
    schema = { ...schema, type: [schema.type, "null"], ...(Array.isArray(schema.enum) && { enum: [...schema.enum, null] }) };
  }
  return { ...schema, description: f.doc.meaning };
}

function scalarLabel(s: Scalar): string {
  if (s.enum) return `one of: ${s.enum.join(", ")}`;
  if (s.format === "date") return "date (YYYY-MM-DD)";
  if (s.format === "date-time") return "date and time (ISO 8601, UTC)";
  if (s.format === "uri") return "URL";
  return { string: "text", integer: "whole number", boolean: "true/false" }[s.type];
}

/**
 * The dictionary's lines for `fields`, nested fields by their path: `recipient.code`,
 * `systems[].category.slug` (a list's items are `[]`).
 */
export function fieldDictionary(fields: readonly JsonField[], prefix = ""): DictionaryEntry[] {
  return fields.flatMap((f) => {
    const name = `${prefix}${f.name}`;
    const orNull = `${f.nullable ? ", or null" : ""}${f.optional ? ", or absent" : ""}`;
    if ("scalar" in f) return [{ name, type: `${scalarLabel(f.scalar)}${orNull}`, ...f.doc }];
    if ("list" in f) return [{ name, type: `list of ${scalarLabel(f.list)}`, ...f.doc }];
    if ("lists" in f) return [{ name, type: `list of lists of ${scalarLabel(f.lists)}`, ...f.doc }];
    if ("fields" in f) return [{ name, type: `object${orNull}`, ...f.doc }, ...fieldDictionary(f.fields, `${name}.`)];
    return [{ name, type: "list of objects", ...f.doc }, ...fieldDictionary(f.items, `${name}[].`)];
  });
}

/** Every path `fieldDictionary` names, as a set (for checking a real document against it). */
export function fieldPaths(fields: readonly JsonField[]): Set<string> {
  return new Set(fieldDictionary(fields).map((e) => e.name));
}

/**
 * Every key path an actual JSON value holds, written as the dictionary writes them: what a
 * test compares with `fieldPaths` to show a real file has exactly the documented fields.
 */
export function keyPaths(value: unknown, prefix = "", out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === "object") keyPaths(item, `${prefix}[]`, out);
    return out;
  }
  if (value === null || typeof value !== "object") return out;
  for (const [key, child] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    out.add(name);
    keyPaths(child, name, out);
  }
  return out;
}
