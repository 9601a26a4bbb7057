/**
 * Transmittal numbers: the identity of a notification in the official record. DSCA (and, since
 * 2026, the State Department) numbers each §36(b)(1) notification `YY-NN` in a series of about
 * 100 to 120 a year (`24-114`, `25-108`, `26-01`); §36(b)(5)(C) reports on earlier sales carry
 * letter-coded numbers (`24-0J`, `26-1C`). Printed spellings vary: en and em dashes, spaces,
 * leading zeros (`26-013` is `26-13`). This module is the one place that reads them.
 *
 * The canonical form keeps at least two digits after the dash, as DSCA prints them: `26-1`,
 * `26-01` and `26-001` are all `26-01`; `26-013` is `26-13`; `24-114` stays `24-114`.
 */

// Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign, small and full-width hyphen-minus.
const DASHES = /[\u002D\u2010\u2011\u2012\u2013\u2014\u2212\uFE63\uFF0D]/g;

/** A sale's number: two digits, a dash, one to three digits. */
const SALE = /^(\d{2})-(\d{1,3})$/;
/** A report's number: two digits, a dash, a digit and a letter (`24-0J`, `26-1C`). */
const REPORT = /^(\d{2})-(\d[A-Z])$/;

function tidy(text: string): string {
  return text
    .normalize("NFKC")
    .replace(DASHES, "-")
    .replace(/\s*-\s*/g, "-")
    .replace(/^(?:transmittal\s*(?:no\.?|number)?\s*:?\s*)/i, "")
    .trim()
    .toUpperCase();
}

/**
 * The canonical number of a sale (`26-013` → `26-13`, `25–103` → `25-103`), or null when the
 * text is not a sale's transmittal number (a report's letter-coded number included).
 */
export function normalizeTransmittal(text: string): string | null {
  const m = SALE.exec(tidy(text));
  if (!m) return null;
  const serial = String(Number(m[2])).padStart(2, "0");
  // Serial 0 does not exist: "25-00" is a typo, not a number.
  if (serial === "00") return null;
  return `${m[1]}-${serial}`;
}

/** The canonical number of a §36(b)(5)(C) report (`26-1c` → `26-1C`), or null. */
export function normalizeReportTransmittal(text: string): string | null {
  const m = REPORT.exec(tidy(text));
  return m ? `${m[1]}-${m[2]}` : null;
}
