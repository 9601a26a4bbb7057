"use client";

import Link from "next/link";
import { Usd } from "@/components/ui/money";

/** A row of a chart's numbers table: what it counts (a link where `href` is given), notifications, estimated value. */
export type ChartRowProps = { key: string; label: string; href?: string; count: number; valueUsd: bigint };

/**
 * The rows of a chart's text equivalent: one per bar or column and a total row, so every
 * chart's table reads the same way. A client component for the payload's sake (thirty-odd years
 * on a 10,000-notification record; docs/architecture.md#client-components-for-the-payloads-sake).
 * Styles: .chart-table in app/globals.css.
 */
export function ChartTotalsRows({
  rows,
  total,
  totalLabel,
  exact = false,
  before,
}: {
  rows: ChartRowProps[];
  /** The total row; none where rows overlap (a sale listing two systems is in both) and a sum would count it twice. */
  total: { count: number; valueUsd: bigint } | null;
  /** What the total row says it is, when not a plain "Total". */
  totalLabel?: string;
  exact?: boolean;
  /** What the chart leaves out before its rows (notifications before the researched range), listed first and outside the total. */
  before?: ChartRowProps;
}) {
  return (
    <>
      {before && (
        <tr className="before">
          <th scope="row">{before.href ? <Link href={before.href}>{before.label}</Link> : before.label}</th>
          <td>{before.count}</td>
          <td>
            <Usd amount={before.valueUsd} exact={exact} />
          </td>
        </tr>
      )}
      {rows.map((r) => (
        <tr key={r.key}>
          <th scope="row">{r.href ? <Link href={r.href}>{r.label}</Link> : r.label}</th>
          <td>{r.count}</td>
          <td>
            <Usd amount={r.valueUsd} exact={exact} />
          </td>
        </tr>
      ))}
      {total && (
        <tr className="total">
          <th scope="row">{totalLabel ?? (before ? "Total charted" : "Total")}</th>
          <td>{total.count}</td>
          <td>
            <Usd amount={total.valueUsd} exact={exact} />
          </td>
        </tr>
      )}
    </>
  );
}

/** A column of a column chart: position and size already rounded, and its tooltip. */
export type ColumnBarProps = { key: string; x: string; y: number; height: number; title: string };

/** The columns of a column chart (components/charts/column-chart.tsx), from their props; all share one width. */
export function ColumnBars({ bars, width }: { bars: ColumnBarProps[]; width: string }) {
  return bars.map((b) => (
    <rect key={b.key} x={b.x} width={width} y={b.y} height={b.height} rx={1}>
      <title>{b.title}</title>
    </rect>
  ));
}
