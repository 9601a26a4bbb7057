import type { ReactNode } from "react";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFigure, ChartTable, ChartTotalsRows, type ChartRowProps } from "@/components/charts/chart-figure";
import { barChart } from "@/lib/charts";
import { formatUsdCompact } from "@/lib/format";

/**
 * A breakdown of a tally (by recipient, region, category) as horizontal bars, largest first, with
 * every row in the table beside it; past `chartRows` the chart draws the largest and says so (the
 * table has them all).
 */
export function BreakdownFigure({
  id,
  heading,
  caption,
  what,
  rows,
  total,
  totalLabel,
  chartRows = 12,
  chartLabel,
}: {
  id: string;
  heading: string;
  caption: ReactNode;
  /** What a row is, for the table's head and the chart's title: "Recipient". */
  what: string;
  rows: ChartRowProps[];
  /** The total row: the tally's, or null where rows overlap and must not be added (systems, contractors). */
  total: { count: number; valueUsd: bigint } | null;
  /** What the total row is, when rows overlap: "All notifications, each once". */
  totalLabel?: string;
  chartRows?: number;
  /** A shorter label for a bar, where a row's own would crowd its value on a narrow chart. */
  chartLabel?: (row: ChartRowProps) => string;
}) {
  const drawn = rows.slice(0, chartRows);
  return (
    <ChartFigure
      id={id}
      heading={heading}
      caption={
        <>
          {caption}
          {rows.length > drawn.length && ` The chart draws the ${drawn.length} largest of ${rows.length}; the table lists them all.`}
        </>
      }
      table={
        <ChartTable caption={heading} head={[what, "Notifications", "Estimated value"]}>
          <ChartTotalsRows rows={rows} total={total} totalLabel={totalLabel} exact />
        </ChartTable>
      }
    >
      <BarChart
        id={id}
        title={heading}
        description={drawn.map((r) => `${r.label}: ${formatUsdCompact(r.valueUsd)} (${r.count})`).join("; ")}
        chart={barChart(drawn.map((r) => ({ key: r.key, label: chartLabel?.(r) ?? r.label, count: r.count, valueUsd: r.valueUsd })))}
        countNoun={["notification", "notifications"]}
      />
    </ChartFigure>
  );
}
