import { BAR_ROW, type BarChart as Geometry } from "@/lib/charts/bars";
import { formatUsdCompact } from "@/lib/money";

/** Horizontal bars as server-rendered SVG: each row's label and value on a line above its bar. */
export function BarChart({ id, title, description, chart, countNoun }: { id: string; title: string; description: string; chart: Geometry; countNoun: [string, string] }) {
  return (
    <svg width="100%" height={chart.height} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} className="block overflow-visible">
      <title id={`${id}-svg-title`}>{title}</title>
      <desc id={`${id}-svg-desc`}>{description}</desc>
      {chart.rows.map((r) => (
        <g key={r.key}>
          <text x="0" y={r.textY} fontSize={13} className="fill-ink">
            {r.label}
            <tspan className="fill-muted" fontSize={12}>{` · ${r.count} ${r.count === 1 ? countNoun[0] : countNoun[1]}`}</tspan>
          </text>
          <text x="100%" y={r.textY} fontSize={13} textAnchor="end" className="fill-ink font-semibold">
            {formatUsdCompact(r.valueUsd)}
          </text>
          <rect x="0" y={r.y} width="100%" height={BAR_ROW.bar} className="fill-accent-soft" rx={2} />
          <rect x="0" y={r.y} width={`${r.widthPct}%`} height={BAR_ROW.bar} className="fill-accent" rx={2} />
        </g>
      ))}
    </svg>
  );
}
