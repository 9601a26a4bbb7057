import { format } from "d3-format";

const siPrefix = format("$.2~s");

/**
 * Short money for an axis tick: "$5B", "$750M", "$0". d3's SI prefixes say G for 10^9,
 * which reads as nonsense for money, so G becomes B (and k becomes K).
 */
export function formatUsdAxis(value: number): string {
  if (value === 0) return "$0";
  return siPrefix(value).replace(/G$/, "B").replace(/k$/, "K");
}
