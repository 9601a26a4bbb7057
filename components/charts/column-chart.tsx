import { pct, px, type ColumnChart as Geometry } from "@/lib/charts";
import { formatUsdCompact, plural } from "@/lib/format";
import { ColumnBars, type ColumnBarProps } from "./chart-rows";

const AXIS_WIDTH = 40;

/** The columns' facts, once per chart object (the timeline's chart is computed once per view and reused). */
const bars = new WeakMap<Geometry, ColumnBarProps[]>();
function barsOf(chart: Geometry): ColumnBarProps[] {
  let b = bars.get(chart);
  if (!b) {
    b = chart.columns.map((c) => ({
      key: c.key,
      x: pct(c.xPct),
      y: px(c.y),
      height: px(c.barHeight),
      title: `${c.label}: ${formatUsdCompact(c.valueUsd)}, ${plural(c.count, "notification", "notifications")}`,
    }));
    bars.set(chart, b);
  }
  return b;
}

/**
 * Columns over time as server-rendered SVG. No viewBox: horizontal positions are
 * percentages, so the chart fills any width and its text stays at its real size. Styling is
 * presentation attributes and the .column-chart rules in app/globals.css (the CSP forbids
 * inline style attributes), so a column or label carries only its geometry.
 */
export function ColumnChart({
  id,
  title,
  description,
  chart,
  valueLabels = false,
  yearRow,
}: {
  id: string;
  title: string;
  description: string;
  chart: Geometry;
  /** Write each column's value above it (for charts with few columns). */
  valueLabels?: boolean;
  /** A second axis row: the year under the first column of each year. */
  yearRow?: { key: string; label: string }[];
}) {
  const byKey = new Map(chart.columns.map((c) => [c.key, c]));
  return (
    // The tick labels sit in a narrow SVG of their own beside the plot, so tall columns never
    // cover them and the plot still stretches to any width.
    <div className="flex">
      <svg width={AXIS_WIDTH} height={chart.height} aria-hidden="true" className="block shrink-0 overflow-visible">
        {chart.ticks.map((t) => (
          <text key={t.value} x={AXIS_WIDTH - 6} y={px(t.y + 4)} fontSize={11} textAnchor="end" className="fill-muted">
            {t.label}
          </text>
        ))}
      </svg>
      <svg width="100%" height={chart.height} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} className="column-chart block min-w-0 flex-1 overflow-visible">
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>{description}</desc>
        {chart.ticks.map((t) => (
          <line key={t.value} x2="100%" y1={px(t.y)} y2={px(t.y)} />
        ))}
        <ColumnBars width={pct(chart.columns[0]?.widthPct ?? 0)} bars={barsOf(chart)} />
        <line x2="100%" y1={px(chart.plotBottom)} y2={px(chart.plotBottom)} className="baseline" />
        {valueLabels &&
          chart.columns
            .filter((c) => c.valueUsd > 0n)
            .map((c) => (
              <text key={c.key} x={pct(c.xPct + c.widthPct / 2)} y={px(c.y - 4)} className="value">
                {formatUsdCompact(c.valueUsd)}
              </text>
            ))}
        {chart.axisLabels.map((l) => (
          <text key={l.key} x={pct(l.xPct)} y={px(chart.plotBottom + 14)}>
            {l.label}
          </text>
        ))}
        {yearRow?.map((y) => {
          const c = byKey.get(y.key);
          return c ? (
            <text key={y.key} x={pct(c.xPct)} y={px(chart.plotBottom + 28)} className="year">
              {y.label}
            </text>
          ) : null;
        })}
      </svg>
    </div>
  );
}
