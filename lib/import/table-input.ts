import { isValidIsoDate } from "@/lib/format";
import { normalizeReportTransmittal, normalizeTransmittal } from "@/lib/domain";

/**
 * A table of notifications, one a row, as a compilation of the official releases publishes it:
 * JSON lines, or CSV with a header. Its columns are the compilation's own (TABLE_COLUMNS); a
 * column the importer does not know refuses the whole table, since a renamed column would
 * silently lose a fact. Each row is then checked on its own: a row with a malformed value is
 * refused, naming its line and field, and the other rows are not affected.
 */

export const TABLE_COLUMNS = ["date", "transmittal", "country", "system", "costUSD", "contractor", "contractorLocation", "sourceUrl", "addedAt", "description"] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
/** The columns every table must have (description is optional: older compilations lack it). */
export const REQUIRED_COLUMNS = ["date", "transmittal", "country", "system", "costUSD", "contractor", "contractorLocation", "sourceUrl", "addedAt"] as const satisfies readonly TableColumn[];

/** A row as the file gives it: its line number and each column's raw value. */
export type RawRow = { line: number; values: Partial<Record<TableColumn, unknown>> };

/** A row whose every value has the right form. */
export type TableRow = {
  line: number;
  date: string;
  /** Canonical ("26-13"), a report's letter-coded number as printed ("23-0R"), or null. */
  transmittal: string | null;
  /** As the row prints it, before canonical spelling: what corrections match on. */
  printedTransmittal: string | null;
  country: string;
  title: string;
  costUSD: number;
  contractor: string | null;
  contractorLocation: string | null;
  sourceUrl: string;
  description: string | null;
};

/** The whole table cannot be read: nothing of it is imported. */
export class TableError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "TableError";
  }
}

/** A row's problem: its line, the field, and what is wrong. */
export type RowProblem = { field: string; message: string };

/** Splits a CSV text into records (RFC 4180: quoted fields hold commas, doubled quotes and line breaks), each with the line it starts on. */
function parseCsv(file: string, text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === "") {
      quoted = true;
      any = true;
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
      any = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      if (any || cell !== "") records.push({ line: start, cells: [...cells, cell] });
      cells = [];
      cell = "";
      any = false;
      line++;
      start = line;
    } else {
      cell += ch;
      any = true;
    }
  }
  if (quoted) throw new TableError(file, `line ${start}: a quoted CSV field is never closed.`);
  if (any || cell !== "") records.push({ line: start, cells: [...cells, cell] });
  return records;
}

function checkColumns(file: string, columns: string[], where: string) {
  const unknown = columns.filter((c) => !(TABLE_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) {
    throw new TableError(
      file,
      `${where}: unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((c) => `"${c}"`).join(", ")}; a table has the columns ${TABLE_COLUMNS.join(", ")} (description optional). Nothing was imported.`,
    );
  }
}

/** Reads a table's text: JSON lines (a file whose first character is "{") or CSV with a header. */
export function readTable(file: string, text: string): RawRow[] {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trimStart().startsWith("{")) {
    const rows: RawRow[] = [];
    body.split(/\r?\n/).forEach((raw, i) => {
      if (!raw.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        throw new TableError(file, `line ${i + 1}: is not valid JSON (${(error as Error).message}). Nothing was imported.`);
      }
      if (!value || typeof value !== "object" || Array.isArray(value)) throw new TableError(file, `line ${i + 1}: is not a JSON object. Nothing was imported.`);
      checkColumns(file, Object.keys(value), `line ${i + 1}`);
      rows.push({ line: i + 1, values: value as RawRow["values"] });
    });
    const missing = REQUIRED_COLUMNS.filter((c) => rows.length > 0 && rows.every((r) => !(c in r.values)));
    if (missing.length > 0) throw new TableError(file, `no row has the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}. Nothing was imported.`);
    return rows;
  }
  const records = parseCsv(file, body);
  if (records.length === 0) throw new TableError(file, "is empty: no header and no rows. Nothing was imported.");
  const header = records[0]!.cells.map((c) => c.trim());
  checkColumns(file, header, "header");
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new TableError(file, `header: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}. Nothing was imported.`);
  return records.slice(1).map(({ line, cells }) => {
    const values: RawRow["values"] = {};
    header.forEach((column, i) => {
      const cell = cells[i] ?? "";
      values[column as TableColumn] = cell === "" ? null : cell;
    });
    if (cells.length > header.length) values["__extra" as TableColumn] = cells.slice(header.length);
    return { line, values };
  });
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === "string" ? (v.trim() === "" ? null : v.trim()) : null);

/** Whole dollars: a JSON integer, or a string of digits (commas allowed). Null when not. */
export function wholeDollars(v: unknown): number | null {
  if (typeof v === "number") return Number.isSafeInteger(v) && v > 0 ? v : null;
  if (typeof v !== "string") return null;
  const digits = v.trim();
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(digits)) return null;
  const n = Number(digits.replace(/,/g, ""));
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function httpUrl(v: string): boolean {
  try {
    const url = new URL(v);
    return (url.protocol === "http:" || url.protocol === "https:") && !/\s/.test(v);
  } catch {
    return false;
  }
}

/**
 * Checks one row's values: the row, or its problems (each naming the field). A letter-coded
 * number (a report's, "23-0R") is kept as printed for the corrections to settle; the import
 * refuses it if they do not.
 */
export function checkRow(raw: RawRow): { row: TableRow } | { problems: RowProblem[] } {
  const v = raw.values;
  const problems: RowProblem[] = [];
  const extra = (v as Record<string, unknown>).__extra;
  if (extra) problems.push({ field: "(row)", message: `has ${(extra as unknown[]).length} more cell${(extra as unknown[]).length === 1 ? "" : "s"} than the header has columns` });
  for (const [field, value] of Object.entries(v)) {
    if (field === "__extra" || field === "costUSD") continue;
    if (value !== null && value !== undefined && typeof value !== "string") problems.push({ field, message: `must be text or empty, not ${JSON.stringify(value)}` });
  }

  const date = text(v.date);
  if (!date) problems.push({ field: "date", message: "is empty" });
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValidIsoDate(date)) problems.push({ field: "date", message: `"${date}" is not a real date written YYYY-MM-DD` });

  const printed = text(v.transmittal);
  let transmittal: string | null = null;
  if (printed) {
    transmittal = normalizeTransmittal(printed) ?? normalizeReportTransmittal(printed);
    if (!transmittal) problems.push({ field: "transmittal", message: `"${printed}" is not a transmittal number (a sale's is written like 24-87)` });
  }

  const country = text(v.country);
  if (!country) problems.push({ field: "country", message: "is empty" });
  const title = text(v.system);
  if (!title) problems.push({ field: "system", message: "is empty (the release's title)" });

  const cost = wholeDollars(v.costUSD);
  if (cost === null) problems.push({ field: "costUSD", message: `${v.costUSD === null || v.costUSD === undefined ? "is empty" : JSON.stringify(v.costUSD)}${v.costUSD === null || v.costUSD === undefined ? "" : " is not a whole number of dollars"}` });

  const url = text(v.sourceUrl);
  if (!url) problems.push({ field: "sourceUrl", message: "is empty: every row cites its official release" });
  else if (!httpUrl(url)) problems.push({ field: "sourceUrl", message: `"${url}" is not an http(s) address` });

  const added = text(v.addedAt);
  if (added && !isValidIsoDate(added.slice(0, 10))) problems.push({ field: "addedAt", message: `"${added}" is not a date` });

  if (problems.length > 0) return { problems };
  return {
    row: {
      line: raw.line,
      date: date!,
      transmittal,
      printedTransmittal: printed,
      country: country!,
      title: title!,
      costUSD: cost!,
      contractor: text(v.contractor),
      contractorLocation: text(v.contractorLocation),
      sourceUrl: url!,
      description: text(v.description),
    },
  };
}
