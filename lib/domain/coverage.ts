import { addDaysIso } from "@/lib/format";

/**
 * What the record covers. It holds the official archive of notifications to Congress (DSCA's
 * releases, and the State Department's since 2026, as docs/data.md describes): every notification
 * from the archive's first, on 21 April 2008, to 16 September 2026, where the archive's list ends;
 * after that day it holds what research and the Federal Register (npm run sync) have found so far.
 * Anything before ARCHIVE_FROM is an example (a 1998 memorandum, an earlier sale a later report
 * names), not a record of its year: charts count examples apart and never draw those years as
 * zero. The one place these dates live.
 */
export const ARCHIVE_FROM = "2008-04-21";

/** The day the archive's list ends: later notifications are in the record only as sources are found. */
export const ARCHIVE_THROUGH = "2026-09-16";

/** The last day before the archive: the examples' end. */
export const BEFORE_ARCHIVE = addDaysIso(ARCHIVE_FROM, -1);

/** The U.S. fiscal year a date falls in: FY2025 runs from 1 October 2024 to 30 September 2025. */
export function fiscalYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 10 ? year + 1 : year;
}

export function fiscalYearRange(fiscalYear: number): { from: string; to: string } {
  return { from: `${fiscalYear - 1}-10-01`, to: `${fiscalYear}-09-30` };
}

/** Whether a notification announced on `isoDate` is an example from before the archive. */
export function isBeforeArchive(isoDate: string): boolean {
  return isoDate < ARCHIVE_FROM;
}

/**
 * How far the record is complete for the days from `from` to `to` (both in or after the archive):
 * "complete" where the archive covers every day, so a period holding nothing had nothing notified;
 * "partial" where the archive begins or its list ends inside it (FY2008 from 21 April; September
 * and FY2026 to the 16th); "beyond" after the list ends, where the record holds only what was
 * found since, so an empty period is unknown, never a zero.
 */
export type PeriodCover = "complete" | "partial" | "beyond";

export function periodCover(from: string, to: string): PeriodCover {
  if (from > ARCHIVE_THROUGH) return "beyond";
  return from < ARCHIVE_FROM || to > ARCHIVE_THROUGH ? "partial" : "complete";
}

/** How many of some monthly totals are examples from before the archive, and their value: counted, never charted. */
export function earlierTotals(months: readonly { beforeArchive: boolean; count: number; valueUsd: bigint }[]): { count: number; valueUsd: bigint } {
  const earlier = months.filter((m) => m.beforeArchive);
  return { count: earlier.reduce((sum, m) => sum + m.count, 0), valueUsd: earlier.reduce((sum, m) => sum + m.valueUsd, 0n) };
}

/**
 * The serials from `lowest` to `highest` missing from `held`, as runs: `25-02 to 25-05`, `25-07`.
 * A series is counted between the lowest and highest numbers the record holds: numbers below the
 * lowest may predate the archive (FY2008 begins in April), and the series may run past the highest.
 */
export function compressSerials(series: string, held: readonly number[], lowest: number, highest: number): { runs: string[]; count: number } {
  const have = new Set(held);
  const label = (n: number) => `${series}-${String(n).padStart(2, "0")}`;
  const runs: string[] = [];
  let count = 0;
  let start: number | null = null;
  for (let n = lowest; n <= highest + 1; n++) {
    const missing = n <= highest && !have.has(n);
    if (missing) {
      count++;
      if (start === null) start = n;
    } else if (start !== null) {
      runs.push(start === n - 1 ? label(start) : `${label(start)} to ${label(n - 1)}`);
      start = null;
    }
  }
  return { runs, count };
}
