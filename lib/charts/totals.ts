import { labelWidth, minLabelGap } from "./axis";
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
 * The year row under a month axis (`YYYY-MM` keys): a year's label under its January, and under
 * the first month when that is not a January, unless a January follows too soon for both to fit
 * side by side on the narrowest plot ("2023" under December and "2024" beside it would print over
 * each other).
 */
export function yearLabels(months: readonly string[]): { key: string; label: string }[] {
  const apart = minLabelGap(months.length, labelWidth("2024"));
  const januarySoon = months.slice(1, apart).some((k) => k.endsWith("-01"));
  return months.filter((k, i) => k.endsWith("-01") || (i === 0 && !januarySoon)).map((k) => ({ key: k, label: k.slice(0, 4) }));
}
