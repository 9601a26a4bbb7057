import { scaleQuantile, scaleThreshold } from "d3-scale";
import { formatUsdCompact } from "@/lib/format";

/**
 * The map's colour steps: estimated value notified, in at most five classes.
 *
 * Values run from a few million dollars to tens of billions, so equal-width classes
 * (scaleQuantize) would put nearly every recipient in the first one. The breaks are the
 * quantiles of the values on the map (scaleQuantile: about as many recipients in each class),
 * rounded to 1, 2 or 5 times a power of ten so that the legend reads "$500 million to $1
 * billion", not "$487.3 million to $1.03 billion"; a class that rounding leaves empty is merged
 * into the next. scaleThreshold then maps a value to its class.
 *
 * Colours: five of ColorBrewer's sequential single-hue "Blues" (9-class scheme, classes 4, 6, 7, 8
 * and 9), lightest for the least. One hue, so they differ in lightness alone: they stay in order
 * for readers with any kind of colour blindness and in greyscale print, where their CIELAB
 * lightness is 79, 58, 46, 35 and 21 (lib/map/scale.test.ts holds them at least 10 apart, and
 * apart from the land that has no notifications, 92).
 */
export const STEP_COLORS = ["#9ecae1", "#4292c6", "#2171b5", "#08519c", "#08306b"] as const;

/** Land with no notification in view, and the borders between shapes. */
export const LAND_COLOR = "#ebe8e1";

export type LegendStep = { color: string; label: string; count: number };

export type ValueScale = {
  /** The colour of a value (a recipient with at least one notification in view). */
  colorOf(valueUsd: bigint): string;
  /** Which step (0 = least) a value falls in. */
  stepOf(valueUsd: bigint): number;
  /** Step boundaries in U.S. dollars: step i holds values from thresholds[i - 1] up to, not including, thresholds[i]. */
  thresholds: bigint[];
  legend: LegendStep[];
};

/** 1, 2 or 5 times a power of ten, nearest to `value` (at least $1 million). */
export function niceAmount(value: number): number {
  if (!(value > 1_000_000)) return 1_000_000;
  const power = 10 ** Math.floor(Math.log10(value));
  const m = value / power;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
}

/** The scale for these values (each recipient's total in view; zeros are not shaded and are ignored). */
export function valueScale(values: bigint[]): ValueScale {
  const numbers = values.filter((v) => v > 0n).map(Number);
  // Quantile breaks, made round and distinct; a break at or below the least value, or above the
  // greatest, would leave a class with no recipient.
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  let breaks =
    numbers.length > 1
      ? [...new Set(scaleQuantile<number>().domain(numbers).range(STEP_COLORS.map((_, i) => i)).quantiles().map(niceAmount))]
          .sort((a, b) => a - b)
          .filter((t) => t > min && t <= max)
      : [];
  // Merge classes that rounding left empty.
  breaks = breaks.filter((t, i) => numbers.some((v) => v >= (i === 0 ? -Infinity : breaks[i - 1]!) && v < t));
  const colors = spread(breaks.length + 1);
  const scale = scaleThreshold<number, number>()
    .domain(breaks)
    .range(colors.map((_, i) => i));
  const stepOf = (valueUsd: bigint) => scale(Number(valueUsd));
  const thresholds = breaks.map((b) => BigInt(b));
  return {
    colorOf: (valueUsd) => colors[stepOf(valueUsd)]!,
    stepOf,
    thresholds,
    legend: colors.map((color, i) => ({ color, label: stepLabel(thresholds, i), count: numbers.filter((v) => scale(v) === i).length })),
  };
}

/** `n` colours from STEP_COLORS, as far apart as they can be (one value alone gets the middle one). */
function spread(n: number): string[] {
  if (n <= 1) return [STEP_COLORS[2]];
  const last = STEP_COLORS.length - 1;
  return Array.from({ length: n }, (_, i) => STEP_COLORS[Math.round((i * last) / (n - 1))]!);
}

function stepLabel(thresholds: bigint[], i: number): string {
  const low = thresholds[i - 1];
  const high = thresholds[i];
  if (low === undefined && high === undefined) return "any value";
  if (low === undefined) return `under ${formatUsdCompact(high!)}`;
  if (high === undefined) return `${formatUsdCompact(low)} or more`;
  return `${formatUsdCompact(low)} to ${formatUsdCompact(high)}`;
}
