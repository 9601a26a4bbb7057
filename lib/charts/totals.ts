import { rollup } from "d3-array";
import type { ChartDatum } from "./types";

type Valued = { valueUsd: bigint };

/**
 * Groups rows by a key and sums their values exactly (BigInt: a float sum of US$23 billion
 * and US$60.2 million loses dollars), keeping how many rows each group has.
 */
export function totalsBy<T extends Valued>(rows: readonly T[], keyOf: (row: T) => string): Map<string, { valueUsd: bigint; count: number }> {
  return rollup(
    rows,
    (group) => ({ valueUsd: group.reduce((sum, r) => sum + r.valueUsd, 0n), count: group.length }),
    keyOf,
  );
}

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
