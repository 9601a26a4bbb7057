/**
 * Money is whole U.S. dollars held as `bigint`: exact, and no overflow for the
 * US$23 billion notifications that exist (a 32-bit int tops out at 2.1 billion).
 */

const SCALES = [
  { value: 1_000_000_000n, word: "billion" },
  { value: 1_000_000n, word: "million" },
] as const;

const CURRENCY_PREFIX: Record<string, string> = { USD: "US$", CAD: "C$", EUR: "€", GBP: "£", AUD: "A$" };

/** "$1,750,000,000" — the exact figure. */
export function formatUsdExact(amount: bigint): string {
  return `$${groupDigits(amount)}`;
}

/** "$1.75 billion", "$570 million", "$215.5 million". Rounds to at most `decimals` places. */
export function formatUsdCompact(amount: bigint, decimals = 2): string {
  return `$${compact(amount, decimals)}`;
}

/** "C$2.4 billion", "€4.5 billion", "PLN 5.04 billion" for a source's own currency. */
export function formatCurrencyCompact(amount: bigint, currency: string, decimals = 2): string {
  const prefix = CURRENCY_PREFIX[currency];
  return prefix ? `${prefix}${compact(amount, decimals)}` : `${currency} ${compact(amount, decimals)}`;
}

function compact(amount: bigint, decimals: number): string {
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const factor = 10n ** BigInt(decimals);
  // Round half up in integer arithmetic: no floats anywhere.
  const round = (unit: bigint) => (abs * factor * 2n + unit) / (unit * 2n);
  let i = SCALES.findIndex((s) => abs >= s.value);
  if (i === -1) i = SCALES.length;
  // Rounding can carry into the next scale: $999,995,000 is "$1 billion", not "$1,000 million".
  const above = SCALES[i - 1];
  if (above && round(above.value) >= factor) i--;
  const scale = SCALES[i];
  if (!scale) return `${negative ? "-" : ""}${groupDigits(abs)}`;
  const scaled = round(scale.value);
  const whole = scaled / factor;
  const fraction = (scaled % factor).toString().padStart(decimals, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${groupDigits(whole)}${fraction ? `.${fraction}` : ""} ${scale.word}`;
}

function groupDigits(value: bigint): string {
  return value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
