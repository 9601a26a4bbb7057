import { scaleBand, scaleLinear } from "d3-scale";
import { formatUsdAxis, type AxisTier } from "./axis";
import type { ChartDatum } from "./types";

/**
 * Geometry for a column chart over time (value by month, value by year). Horizontal
 * positions are percentages of the chart's width, so the SVG needs no viewBox: it fills
 * any width while its text stays at its real size, legible on a 412 px phone. Vertical
 * positions are pixels.
 */
export type ColumnChart = {
  height: number;
  plotTop: number;
  plotBottom: number;
  columns: (ChartDatum & { xPct: number; widthPct: number; y: number; barHeight: number })[];
  ticks: { value: number; y: number; label: string }[];
  /** Labels under the axis: only some keys get one, each from the width it fits at (lib/charts/axis.ts), so they never overlap. */
  axisLabels: { key: string; xPct: number; label: string; tier: AxisTier }[];
};

export type ColumnOptions = {
  height?: number;
  tickCount?: number;
  /** Rows of text under the axis (month names, then years): each takes 14 px. */
  axisRows?: number;
  /** Returns the label to write under a column and the tier it shows from, or null for none. */
  axisLabel?: (d: ChartDatum, index: number) => { label: string; tier: AxisTier } | null;
};

export function columnChart(data: readonly ChartDatum[], options: ColumnOptions = {}): ColumnChart {
  const height = options.height ?? 180;
  const plotTop = 18;
  const plotBottom = height - 8 - 14 * (options.axisRows ?? 1);
  const x = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([0, 100])
    .paddingInner(data.length > 12 ? 0.2 : 0.35)
    .paddingOuter(0.1);
  const max = Math.max(0, ...data.map((d) => Number(d.valueUsd)));
  // An all-zero chart still gets an axis from $0 to $1 rather than a NaN domain.
  const y = scaleLinear()
    .domain([0, max || 1])
    .range([plotBottom, plotTop])
    .nice(options.tickCount ?? 2);
  const ticks = y
    .ticks(options.tickCount ?? 2)
    .map((value) => ({ value, y: y(value), label: formatUsdAxis(value) }));
  const columns = data.map((d) => {
    const top = y(Number(d.valueUsd));
    // A month with a value too small to see still gets a sliver, so it does not read as empty.
    const barHeight = d.valueUsd > 0n ? Math.max(2, plotBottom - top) : 0;
    return { ...d, xPct: x(d.key) ?? 0, widthPct: x.bandwidth(), y: plotBottom - barHeight, barHeight };
  });
  const axisLabels = data.flatMap((d, i) => {
    const label = options.axisLabel ? options.axisLabel(d, i) : { label: d.label, tier: 0 as const };
    return label === null ? [] : [{ key: d.key, xPct: (x(d.key) ?? 0) + x.bandwidth() / 2, ...label }];
  });
  return { height, plotTop, plotBottom, columns, ticks, axisLabels };
}
