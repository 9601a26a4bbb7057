import { Fragment } from "react";
import { BAR_ROW, pct, type BarChart as Geometry } from "@/lib/charts";
import { formatUsdCompact, plural } from "@/lib/format";

/**
 * Horizontal bars as server-rendered SVG: each row's label and value on a line above its bar.
 * Fills and type sizes come from the .bar-chart rules in app/globals.css, not from each row.
 */
export function BarChart({ id, title, description, chart, countNoun }: { id: string; title: string; description: string; chart: Geometry; countNoun: [string, string] }) {
  return (
    <svg width="100%" height={chart.height} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} className="bar-chart block overflow-visible">
      <title id={`${id}-svg-title`}>{title}</title>
      <desc id={`${id}-svg-desc`}>{description}</desc>
      {chart.rows.map((r) => (
        <Fragment key={r.key}>
          <text y={r.textY}>
            {r.label}
            <tspan>{` · ${plural(r.count, ...countNoun)}`}</tspan>
          </text>
          <text x="100%" y={r.textY} textAnchor="end">
            {formatUsdCompact(r.valueUsd)}
          </text>
          <rect y={r.y} width="100%" height={BAR_ROW.bar} rx={2} />
          <rect y={r.y} width={pct(r.widthPct)} height={BAR_ROW.bar} rx={2} />
        </Fragment>
      ))}
    </svg>
  );
}
