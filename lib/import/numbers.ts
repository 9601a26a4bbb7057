import { isValidIsoDate } from "@/lib/format";

/**
 * The figures a DSCA release writes in words: money ("$1.85 billion"), quantities
 * ("twenty-six (26)", "3,335") and dates ("Aug. 31, 2017"). Everything here is exact: money is
 * scaled with decimal-string arithmetic on BigInt, never a float multiplication
 * (1.85 * 1e9 is 1850000000.0000002).
 */

const SCALE: Record<string, bigint> = { "": 1n, thousand: 1_000n, million: 1_000_000n, billion: 1_000_000_000n };

/** "$1.85 billion" → 1850000000; "$55.5 million" → 55500000; "1850000000" → 1850000000. Null when not a whole-dollar amount. */
export function parseUsd(text: string): number | null {
  const m = /^\s*(?:US)?\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(thousand|million|billion)?\s*$/i.exec(text);
  if (!m) return null;
  const whole = m[1]!.replace(/,/g, "");
  const fraction = m[2] ?? "";
  const scale = SCALE[(m[3] ?? "").toLowerCase()]!;
  // 1.85 billion = 185 * 10^9 / 10^2, done in integers.
  const numerator = BigInt(whole + fraction) * scale;
  const denominator = 10n ** BigInt(fraction.length);
  if (numerator % denominator !== 0n) return null;
  const dollars = numerator / denominator;
  if (dollars <= 0n || dollars > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(dollars);
}

export const NUMBER_WORD =
  "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|and";
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const QUANTITY = new RegExp(String.raw`^\s*(?:and\s+)?(up\s+to\s+)?(?:(?:(?:${NUMBER_WORD})[\s-]*)+\((${DIGITS})\)|(${DIGITS})(?=\s))\s*(.+)$`, "is");

export type Quantity = { quantity: number; upTo: boolean; rest: string };

/**
 * The quantity an equipment line starts with: "up to three hundred (300) M1152 …" →
 * 300, upTo; "twenty-six (26) M142 …" → 26; "3,335 M1152 …" → 3335. The digits DSCA puts in
 * brackets are authoritative; the words before them are not parsed. Null when the line does
 * not start with a quantity.
 */
export function leadingQuantity(line: string): Quantity | null {
  const m = QUANTITY.exec(line);
  if (!m) return null;
  const quantity = Number((m[2] ?? m[3]!).replace(/,/g, ""));
  if (!Number.isSafeInteger(quantity) || quantity <= 0) return null;
  return { quantity, upTo: Boolean(m[1]), rest: m[4]!.trim() };
}

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
// Full names and the AP abbreviations DSCA uses ("Aug.", "Sept.").
const MONTHS: Record<string, number> = Object.fromEntries(
  MONTH_NAMES.flatMap((name, i) => [[name, i + 1], [name.slice(0, 3), i + 1], ...(name === "september" ? [["sept", i + 1]] : [])]),
);

/** "November 14, 2024", "Aug. 31, 2017", "Sept. 3, 2019" → YYYY-MM-DD; null when not a real date. */
export function parseUsDate(text: string): string | null {
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS[m[1]!.toLowerCase()];
  if (!month) return null;
  const iso = `${m[3]}-${String(month).padStart(2, "0")}-${m[2]!.padStart(2, "0")}`;
  return isValidIsoDate(iso) ? iso : null;
}

/**
 * An amount as paragraph (ii) prints it, where zero is a value: "$ 0 million" and "$0" → 0,
 * "$100.0 million" → 100000000, "$2,700 million" → 2700000000. Null when not an amount.
 */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/\s+/g, " ").trim();
  if (/^(?:US)?\$\s?0+(?:\.0+)?(?:\s+(?:thousand|million|billion))?$/i.test(cleaned)) return 0;
  return parseUsd(cleaned);
}

/** "17 July 2009", "17 December, 2025" → YYYY-MM-DD; also every form parseUsDate reads. */
export function parseDateText(text: string): string | null {
  const cleaned = text.replace(/\s+/g, " ").trim().replace(/\.$/, "");
  const us = parseUsDate(cleaned);
  if (us) return us;
  const m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(cleaned);
  if (!m) return null;
  return parseUsDate(`${m[2]} ${m[1]}, ${m[3]}`);
}

/** 1850000000 → "$1.85 billion"; used in reports and slugs, exact for every whole amount. */
export function describeUsd(amount: number): string {
  for (const [word, scale] of [["billion", 1_000_000_000n], ["million", 1_000_000n]] as const) {
    const value = BigInt(amount);
    if (value >= scale) {
      const whole = value / scale;
      const fraction = (value % scale).toString().padStart(scale.toString().length - 1, "0").replace(/0+$/, "");
      return `$${whole}${fraction ? `.${fraction}` : ""} ${word}`;
    }
  }
  return `$${amount.toLocaleString("en-US")}`;
}
