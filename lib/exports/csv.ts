/**
 * CSV as spreadsheets read it (RFC 4180): UTF-8 with a byte-order mark (Excel otherwise
 * guesses a legacy code page and mangles "Türkiye"), CRLF line ends, and a cell quoted
 * when it holds a comma, quote, CR or LF, with quotes doubled.
 */

export type CsvValue = string | number | bigint | boolean | null;

const BOM = "\uFEFF";

/**
 * One cell. Text that a spreadsheet would run as a formula (starting with =, +, -, @, or a
 * tab or CR that hides one) gets a leading apostrophe, the OWASP guard against CSV
 * injection; numbers are written as they are, so a value stays a number.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: CsvValue[]): string {
  return values.map(csvCell).join(",");
}

/** A whole file: BOM, header row, one row per record, each line ending in CRLF. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return BOM + [header, ...rows].map((r) => `${csvRow(r)}\r\n`).join("");
}
