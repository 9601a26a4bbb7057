import { formatUsdCompact, formatUsdExact } from "@/lib/format";

/** "$1.75 billion", with the exact figure machine-readable and on hover. Tabular figures come from the `data` rule in app/globals.css. */
export function Usd({ amount, exact = false, className }: { amount: bigint; exact?: boolean; className?: string }) {
  const full = formatUsdExact(amount);
  return (
    // No className prop at all when none is given: it would be sent as "$undefined" in the page payload.
    <data value={amount.toString()} title={`US${full}`} {...(className ? { className } : {})}>
      {exact ? full : formatUsdCompact(amount)}
    </data>
  );
}
