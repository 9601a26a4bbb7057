import type { ReactNode } from "react";

/**
 * A chart with its heading, a caption saying what it counts, and the same numbers as a
 * table for screen readers, for copying, and for anyone who would rather read (a native
 * <details>, so it opens with JavaScript off).
 */
export function ChartFigure({
  id,
  heading,
  caption,
  children,
  table,
  tableSummary = "Show the numbers as a table",
}: {
  id: string;
  heading: string;
  caption: ReactNode;
  children: ReactNode;
  table: ReactNode;
  tableSummary?: string;
}) {
  return (
    <figure aria-labelledby={`${id}-heading`} className="rounded-lg border border-rule bg-white p-3 sm:p-4" data-testid={id}>
      <h2 id={`${id}-heading`} className="font-serif text-lg font-semibold">
        {heading}
      </h2>
      <figcaption className="mt-0.5 text-xs text-muted">{caption}</figcaption>
      <div className="mt-3">{children}</div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-accent">{tableSummary}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

/**
 * A plain, compact numbers table for a chart's text equivalent. Its rows carry no classes: the
 * .chart-table rules in app/globals.css style them (text columns left, numbers right).
 */
export function ChartTable({ caption, head, children, textColumns = 1 }: { caption: string; head: string[]; children: ReactNode; textColumns?: 1 | 2 }) {
  return (
    <table className={textColumns === 2 ? "chart-table text-cols-2" : "chart-table"}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" className={i >= textColumns ? "text-right" : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

// The rows of a chart's table are a client component (they travel as facts): components/charts/chart-rows.tsx.
export { ChartTotalsRows, type ChartRowProps } from "./chart-rows";
