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

/** One row as a line of the file, ending in CRLF. */
export function csvLine(values: CsvValue[]): string {
  return `${csvRow(values)}\r\n`;
}

/** A whole file: BOM, header row, one row per record, each line ending in CRLF. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return BOM + [header, ...rows].map(csvLine).join("");
}

/**
 * A CSV file as a stream (BOM, header row, then each batch of lines, made by csvLine, as it
 * arrives), for a file too large to build as one string: the reader pulls the next batch only
 * when it has taken the last. An error while reading ends the stream in an error, so a
 * download is never silently cut.
 */
export function csvStream(header: string[], batches: AsyncIterator<string[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const head = started ? "" : `${BOM}${csvLine(header)}`;
        started = true;
        const next = await batches.next();
        const rows = next.done ? "" : next.value.join("");
        if (head || rows) controller.enqueue(encoder.encode(head + rows));
        if (next.done) controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return?.(undefined);
    },
  });
}
