import { ARCHIVE_FROM, type FiscalYearSpan } from "@/lib/domain";
import { formatShortDate } from "@/lib/format";

/**
 * What part of a fiscal year a tally covers, in a few words: "1 Oct 2024 – 30 Sep 2025",
 * "21 Apr 2008 (the archive's start) – 30 Sep 2008", "1 Oct 2026 – in progress (6 Dec 2026)".
 */
export function spanText(span: FiscalYearSpan, today: string): string {
  // The archive's first year starts with its first release, counted or not.
  const start = span.startsLate && span.covered ? span.covered.from : span.from < ARCHIVE_FROM && span.to >= ARCHIVE_FROM ? ARCHIVE_FROM : span.from;
  const from = start === span.from ? formatShortDate(start) : `${formatShortDate(start)} (${start === ARCHIVE_FROM ? "the archive's start" : "the record's start"})`;
  return `${from} – ${span.inProgress ? `in progress (${formatShortDate(today)})` : formatShortDate(span.to)}`;
}

/** "FY2025" */
export const fyLabel = (fiscalYear: number) => `FY${fiscalYear}`;
