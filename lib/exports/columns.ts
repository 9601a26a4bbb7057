import type { CsvValue } from "./csv";

/**
 * A column of a published file, written once: its name, its type, what the data dictionary
 * says about it (/data), and how its value is read from a row. The file's header, its rows
 * and its dictionary all come from the same list, so they cannot disagree.
 */

/** What the data dictionary says about a column or field. */
export type ColumnDoc = {
  /** What the value is, in the field's own words. */
  meaning: string;
  /** Its unit, where it has one. */
  unit?: string;
  /** What an empty cell (or null, or an empty list) means; omitted where it is never empty. */
  empty?: string;
  /** Where it comes from: the paragraph of a notification, another official text, or the record itself. */
  origin: string;
};

/** The kinds of value a column holds, as the dictionary names them. */
export type ValueType = "text" | "whole number" | "true/false" | "date" | "date and time" | "URL" | "list" | "one of";

export type CsvColumn<Row, Context> = {
  name: string;
  type: ValueType;
  /** For a list: what separates its items in a cell. For "one of": the values. */
  separator?: string;
  values?: readonly string[];
  doc: ColumnDoc;
  value: (row: Row, context: Context) => CsvValue;
};

/** One line of the data dictionary: a column (CSV), a field (JSON, dotted path) or a table column (SQLite). */
export type DictionaryEntry = {
  name: string;
  /** The type as a reader sees it: "date (YYYY-MM-DD)", "list, separated by \"; \"", "one of: mde, other". */
  type: string;
} & ColumnDoc;

/** How the dictionary writes a value type. */
export function typeLabel(type: ValueType, options: { separator?: string; values?: readonly string[] } = {}): string {
  switch (type) {
    case "date":
      return "date (YYYY-MM-DD)";
    case "date and time":
      return "date and time (ISO 8601, UTC)";
    case "list":
      return options.separator === " " ? "list, separated by spaces" : `list, separated by "${options.separator ?? "; "}"`;
    case "one of":
      return `one of: ${(options.values ?? []).join(", ")}`;
    default:
      return type;
  }
}

export function csvHeaderOf<Row, Context>(columns: readonly CsvColumn<Row, Context>[]): string[] {
  return columns.map((c) => c.name);
}

export function csvValuesOf<Row, Context>(columns: readonly CsvColumn<Row, Context>[], row: Row, context: Context): CsvValue[] {
  return columns.map((c) => c.value(row, context));
}

export function csvDictionary<Row, Context>(columns: readonly CsvColumn<Row, Context>[]): DictionaryEntry[] {
  return columns.map((c) => ({ name: c.name, type: typeLabel(c.type, c), ...c.doc }));
}
