import { pct, px, type ColumnChart as Geometry } from "@/lib/charts";
import { formatUsdCompact, plural } from "@/lib/format";
import { ColumnBars, ColumnLinks, type ColumnBarProps, type ColumnLinkProps } from "./chart-rows";

const AXIS_WIDTH = 40;

/** What a column links to and whether it counts only part of its period, by its key. */
export type ColumnMeta = (key: string) => { href?: string; part?: boolean };

function columnsOf(chart: Geometry, meta: ColumnMeta | undefined): { bars: ColumnBarProps[]; links: ColumnLinkProps[] } {
  const bars: ColumnBarProps[] = [];
  const links: ColumnLinkProps[] = [];
  for (const c of chart.columns) {
    const { href, part } = meta?.(c.key) ?? {};
    const x = pct(c.xPct);
    const title = `${c.label}: ${formatUsdCompact(c.valueUsd)}, ${plural(c.count, "notification", "notifications")}`;
    bars.push({ key: c.key, x, y: px(c.y), height: px(c.barHeight), ...(href ? {} : { title }), ...(part ? { part: true as const } : {}) });
    if (href) links.push({ key: c.key, x, href, title });
  }
  return { bars, links };
}

/**
 * Columns over time as server-rendered SVG. No viewBox: horizontal positions are
 * percentages, so the chart fills any width and its text stays at its real size. Styling is
 * presentation attributes and the .column-chart rules in app/globals.css (the CSP forbids
 * inline style attributes), so a column or label carries only its geometry. Axis labels of a
 * higher tier (lib/charts/axis.ts) show only where the plot is wide enough for them: the
 * .chart-plot container queries in app/globals.css. The columns' links are a layer over the plot
 * (ColumnLinks): an image may not hold links, and the table holds the same ones.
 */
export function ColumnChart({
  id,
  title,
  description,
  chart,
  yearRow,
  meta,
}: {
  id: string;
  title: string;
  description: string;
  chart: Geometry;
  /** A second axis row: the year under the first column of each year. */
  yearRow?: { key: string; label: string }[];
  meta?: ColumnMeta;
}) {
  const byKey = new Map(chart.columns.map((c) => [c.key, c]));
  const { bars, links } = columnsOf(chart, meta);
  const width = pct(chart.columns[0]?.widthPct ?? 0);
  return (
    // The tick labels sit in a narrow SVG of their own beside the plot, so tall columns never
    // cover them and the plot still stretches to any width.
    <div className="chart-plot flex">
      <svg width={AXIS_WIDTH} height={chart.height} aria-hidden="true" className="block shrink-0 overflow-visible">
        {chart.ticks.map((t) => (
          <text key={t.value} x={AXIS_WIDTH - 6} y={px(t.y + 4)} fontSize={11} textAnchor="end" className="fill-muted">
            {t.label}
          </text>
        ))}
      </svg>
      <div className="relative min-w-0 flex-1">
        <svg width="100%" height={chart.height} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} className="column-chart block overflow-visible">
          <title id={`${id}-svg-title`}>{title}</title>
          <desc id={`${id}-svg-desc`}>{description}</desc>
          {chart.ticks.map((t) => (
            <line key={t.value} x2="100%" y1={px(t.y)} y2={px(t.y)} />
          ))}
          <ColumnBars width={width} bars={bars} />
          <line x2="100%" y1={px(chart.plotBottom)} y2={px(chart.plotBottom)} className="baseline" />
          {chart.axisLabels.map((l) => (
            <text key={l.key} x={pct(l.xPct)} y={px(chart.plotBottom + 14)} className={l.tier ? `t${l.tier}` : undefined}>
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
        {links.length > 0 && (
          <svg width="100%" height={chart.height} aria-hidden="true" className="chart-links">
            <ColumnLinks width={width} links={links} plot={{ y: px(chart.plotTop), height: px(chart.plotBottom - chart.plotTop) }} />
          </svg>
        )}
      </div>
    </div>
  );
}
