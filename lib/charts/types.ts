/** One bar: a month, a year or a recipient, with the exact total of the notifications in it. */
export type ChartDatum = {
  key: string;
  label: string;
  /** Exact sum of whole U.S. dollars (BigInt); converted to a Number only for geometry. */
  valueUsd: bigint;
  count: number;
};
