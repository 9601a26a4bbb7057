import { addDaysIso } from "@/lib/format";

/**
 * What the record covers: it is researched, notification by notification, from 1 October 2023
 * (fiscal year 2024) on; anything earlier is an example, not a record of its year. Charts and
 * totals use this to keep unresearched years from reading as zero. The one place the date lives.
 */
export const RESEARCHED_FROM = "2023-10-01";

/** The last day before the researched range. */
export const BEFORE_RESEARCHED = addDaysIso(RESEARCHED_FROM, -1);

/** The U.S. fiscal year a date falls in: FY2025 runs from 1 October 2024 to 30 September 2025. */
export function fiscalYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 10 ? year + 1 : year;
}

export function fiscalYearRange(fiscalYear: number): { from: string; to: string } {
  return { from: `${fiscalYear - 1}-10-01`, to: `${fiscalYear}-09-30` };
}

/** Whether a date (or the `YYYY-MM` month it starts) lies in the researched range. */
export function isResearched(isoDateOrMonth: string): boolean {
  return isoDateOrMonth >= RESEARCHED_FROM.slice(0, isoDateOrMonth.length);
}

/** How many of some monthly totals (`YYYY-MM`) are from before the researched range, and their value: examples, counted but never charted. */
export function earlierTotals(months: readonly { month: string; count: number; valueUsd: bigint }[]): { count: number; valueUsd: bigint } {
  const earlier = months.filter((m) => !isResearched(m.month));
  return { count: earlier.reduce((sum, m) => sum + m.count, 0), valueUsd: earlier.reduce((sum, m) => sum + m.valueUsd, 0n) };
}

/**
 * The serials from 1 to `highest` missing from `held` (sorted), as runs: `25-02 to 25-05`, `25-07`.
 */
export function compressSerials(series: string, held: readonly number[], highest: number): { runs: string[]; count: number } {
  const have = new Set(held);
  const label = (n: number) => `${series}-${String(n).padStart(2, "0")}`;
  const runs: string[] = [];
  let count = 0;
  let start: number | null = null;
  for (let n = 1; n <= highest + 1; n++) {
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
