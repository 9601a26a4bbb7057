import { formatUsdCompact, formatUsdExact } from "@/lib/money";

/** "$1.75 billion", with the exact figure machine-readable and on hover. */
export function Usd({ amount, exact = false, className = "" }: { amount: bigint; exact?: boolean; className?: string }) {
  const full = formatUsdExact(amount);
  return (
    <data value={amount.toString()} title={`US${full}`} className={`figures ${className}`}>
      {exact ? full : formatUsdCompact(amount)}
    </data>
  );
}
