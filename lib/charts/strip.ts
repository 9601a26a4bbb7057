import { scaleSqrt, scaleUtc } from "d3-scale";
import { labelTiers, labelWidth, type AxisTier } from "./axis";

/**
 * Geometry for a small timeline: one dot per notification along a date axis, its area
 * proportional to its value. Dates are `YYYY-MM-DD` calendar dates placed with UTC
 * arithmetic, so a dot's position never depends on the server's time zone.
 */
export type StripPoint = { key: string; announcedOn: string; valueUsd: bigint; approximate: boolean };

export type Strip = {
  points: (StripPoint & { xPct: number; r: number })[];
  /** A tick per year where it begins on the axis, and its label from the tier it fits at (lib/charts/axis.ts). */
  years: { year: string; xPct: number; tier: AxisTier | null }[];
};

const utc = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

/** `from` (a `YYYY-MM-DD` date in `firstYear`) starts the axis later than 1 January; years are marked where they begin on it. */
export function dateStrip(points: readonly StripPoint[], firstYear: number, lastYear: number, from?: string): Strip {
  const start = from ? utc(from) : new Date(Date.UTC(firstYear, 0, 1));
  const x = scaleUtc()
    .domain([start, new Date(Date.UTC(lastYear + 1, 0, 1))])
    .range([0, 100]);
  const max = Math.max(0, ...points.map((p) => Number(p.valueUsd)));
  const r = scaleSqrt()
    .domain([0, max || 1])
    .range([3, 11]);
  const ticks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => {
    const year = firstYear + i;
    return { year: String(year), xPct: x(new Date(Date.UTC(year, 0, 1))) };
  }).filter((y) => y.xPct >= 0);
  // A label starts 4 px right of its tick; a year is one column of the axis.
  const tiers = labelTiers(ticks.length, labelWidth("2024") + 4, [1, 2, 4, 8, 16], (i) => Number(ticks[i]!.year));
  const years = ticks.map((t, i) => ({ ...t, tier: tiers[i]! }));
  return {
    // Biggest first, so small dots are drawn on top and stay visible.
    points: [...points]
      .sort((a, b) => (a.valueUsd < b.valueUsd ? 1 : a.valueUsd > b.valueUsd ? -1 : 0))
      .map((p) => ({ ...p, xPct: x(utc(p.announcedOn)), r: r(Number(p.valueUsd)) })),
    years,
  };
}
