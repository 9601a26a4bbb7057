import type { ChartDatum } from "./types";

/** Every `YYYY-MM` from `first` to `last` inclusive, so empty months show as gaps, not as nothing. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const endY = Number(last.slice(0, 4));
  const endM = Number(last.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

/** Every year from `first` to `last` inclusive. */
export function yearRange(first: number, last: number): string[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => String(first + i));
}

/** The totals laid out over `keys` in order, with zero for a key that has no rows. */
export function fillKeys(
  keys: readonly string[],
  totals: Map<string, { valueUsd: bigint; count: number }>,
  labelOf: (key: string) => string,
): ChartDatum[] {
  return keys.map((key) => {
    const t = totals.get(key);
    return { key, label: labelOf(key), valueUsd: t?.valueUsd ?? 0n, count: t?.count ?? 0 };
  });
}

/**
 * Beyond this many years on an axis, a label under every year would collide on a phone, so only
 * round years (every fifth) get one. The timeline's chart, a recipient's value by year and its
 * dot strip all label years this way.
 */
export const MAX_LABELLED_YEARS = 12;

/** Whether `year` gets a label on an axis of `yearCount` years. */
export function labelsYear(year: number | string, yearCount: number): boolean {
  return yearCount <= MAX_LABELLED_YEARS || Number(year) % 5 === 0;
}

/**
 * The year row under a month axis (`YYYY-MM` keys): a year's label under its January, and under
 * the first month when that is not a January; but not when a January follows within three
 * months, where "2023" under December and "2024" beside it would print over each other.
 */
export function yearLabels(months: readonly string[]): { key: string; label: string }[] {
  const januarySoon = months.slice(1, 3).some((k) => k.endsWith("-01"));
  return months.filter((k, i) => k.endsWith("-01") || (i === 0 && !januarySoon)).map((k) => ({ key: k, label: k.slice(0, 4) }));
}
