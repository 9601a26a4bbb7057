"use client";

import { Link } from "@/components/ui/link";
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
  /** What the chart leaves out before its rows (examples from before the archive), listed first and outside the total. */
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

/** A column of a column chart: position and size already rounded, its tooltip (unless a link above it has one), and whether it counts only part of its period (drawn lighter). */
export type ColumnBarProps = { key: string; x: string; y: number; height: number; title?: string; part?: true };

/** The columns of a column chart (components/charts/column-chart.tsx), from their props; all share one width. */
export function ColumnBars({ bars, width }: { bars: ColumnBarProps[]; width: string }) {
  return bars.map((b) => (
    <rect key={b.key} x={b.x} width={width} y={b.y} height={b.height} rx={1} className={b.part ? "part" : undefined}>
      {b.title && <title>{b.title}</title>}
    </rect>
  ));
}

/** A column's link: the timeline view it counts, over the whole height of the plot (so a short column is easy to hit), with its tooltip. */
export type ColumnLinkProps = { key: string; x: string; href: string; title: string };

/**
 * The links of a column chart's columns, drawn over it in a layer of their own that assistive
 * technology skips and the keyboard does not stop at: the chart is an image to them, and the
 * table under it has the same links in text.
 */
export function ColumnLinks({ links, width, plot }: { links: ColumnLinkProps[]; width: string; plot: { y: number; height: number } }) {
  return links.map((l) => (
    <a key={l.key} href={l.href} tabIndex={-1}>
      <title>{l.title}</title>
      <rect x={l.x} width={width} y={plot.y} height={plot.height} />
    </a>
  ));
}
