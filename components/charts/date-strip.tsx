import type { Strip } from "@/lib/charts/strip";
import { formatShortDate } from "@/lib/dates";
import { formatUsdCompact } from "@/lib/money";

/** A small timeline: one dot per notification, sized by value; hollow where the date is approximate. */
export function DateStrip({ id, title, description, strip }: { id: string; title: string; description: string; strip: Strip }) {
  const axis = 34;
  return (
    <svg width="100%" height={60} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} className="date-strip block overflow-visible">
      <title id={`${id}-svg-title`}>{title}</title>
      <desc id={`${id}-svg-desc`}>{description}</desc>
      <line x1="0" x2="100%" y1={axis} y2={axis} className="stroke-muted" strokeWidth={1} />
      {strip.years.map((y) => (
        <g key={y.year}>
          <line x1={`${y.xPct}%`} x2={`${y.xPct}%`} y1={axis - 16} y2={axis + 6} className="stroke-muted" strokeWidth={1} />
          <text x={`${y.xPct}%`} dx={4} y={axis + 20} fontSize={11} className="fill-muted">
            {y.year}
          </text>
        </g>
      ))}
      <line x1="100%" x2="100%" y1={axis - 16} y2={axis + 6} className="stroke-muted" strokeWidth={1} />
      {strip.points.map((p) => (
        // Up to 200 dots: their paint is the .date-strip rule in app/globals.css.
        <circle key={p.key} cx={`${p.xPct}%`} cy={axis} r={p.r} {...(p.approximate ? { className: "approx" } : {})}>
          <title>{`${formatShortDate(p.announcedOn)}${p.approximate ? " (approximate date)" : ""}: ${formatUsdCompact(p.valueUsd)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
