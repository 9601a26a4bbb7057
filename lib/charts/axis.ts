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

/**
 * The plot widths (px) axis labels are laid out for: the narrowest is a 390 px phone's plot (the
 * figure's padding and the value axis taken off); the wider ones are where app/globals.css shows
 * more labels (tiers 1 and 2, by container queries on the plot's width), so labels never overlap
 * at any width and wide screens get more of them.
 */
export const PLOT_TIERS = [280, 440, 640] as const;
export type AxisTier = 0 | 1 | 2;

/** About the width of a label in the axes' 11 px type, and the least space between two. */
const CHAR_PX = 6.4;
const GAP_PX = 6;

export function labelWidth(text: string): number {
  return text.length * CHAR_PX;
}

/** How many columns apart two labels `width` wide must be to fit side by side on the narrowest plot of `columns` columns. */
export function minLabelGap(columns: number, width: number): number {
  return Math.max(1, Math.ceil((width + GAP_PX) / (PLOT_TIERS[0] / Math.max(1, columns))));
}

/**
 * Which columns get an axis label, from which tier on: at each tier's width the smallest step of
 * `steps` at which labels `width` wide fit between columns, and for each column the first tier
 * whose step its `rank` falls on (a month's number from 0, a year), or null for no label. Each
 * step must divide the next (1, 3, 6, 12), so the labels of a narrower tier stay spaced by the
 * wider tiers' steps too.
 */
export function labelTiers(columns: number, width: number, steps: readonly number[], rank: (index: number) => number): (AxisTier | null)[] {
  const stepAt = PLOT_TIERS.map((plot) => steps.find((s) => s * (plot / Math.max(1, columns)) >= width + GAP_PX) ?? steps.at(-1)!);
  return Array.from({ length: columns }, (_, i) => {
    const tier = stepAt.findIndex((s) => rank(i) % s === 0);
    return tier === -1 ? null : (tier as AxisTier);
  });
}
