import { scaleLinear } from "d3-scale";
import type { ChartDatum } from "./types";

/**
 * Geometry for horizontal bars, one row per recipient or year: the label and the value are
 * written on a line above each bar, so long names never squeeze the bars on a phone. Bar
 * widths are percentages of the chart's width; rows are pixels.
 */
export type BarChart = {
  height: number;
  rows: (ChartDatum & { y: number; textY: number; widthPct: number })[];
};

export const BAR_ROW = { height: 40, bar: 14, text: 14 } as const;

export function barChart(data: readonly ChartDatum[]): BarChart {
  const max = Math.max(0, ...data.map((d) => Number(d.valueUsd)));
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([0, 100]);
  const rows = data.map((d, i) => {
    const top = i * BAR_ROW.height;
    const width = x(Number(d.valueUsd));
    // Keep a visible sliver for small values; zero stays zero.
    return { ...d, textY: top + BAR_ROW.text, y: top + BAR_ROW.text + 6, widthPct: d.valueUsd > 0n ? Math.max(0.5, width) : 0 };
  });
  return { height: data.length * BAR_ROW.height, rows };
}
