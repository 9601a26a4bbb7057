import { Fragment } from "react";
import { pct, px, type Strip } from "@/lib/charts";
import { formatShortDate, formatUsdCompact } from "@/lib/format";
import { StripDots } from "./strip-rows";

/** A small timeline: one dot per notification, sized by value; hollow where the date is approximate. */
export function DateStrip({ id, title, description, strip }: { id: string; title: string; description: string; strip: Strip }) {
  const axis = 34;
  return (
    <div className="chart-plot">
    <svg width="100%" height={60} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} className="date-strip block overflow-visible">
      <title id={`${id}-svg-title`}>{title}</title>
      <desc id={`${id}-svg-desc`}>{description}</desc>
      {/* The axis, a tick and label per year, the closing tick; their paint is the .date-strip rule in app/globals.css. */}
      <line x2="100%" y1={axis} y2={axis} />
      {strip.years.map((y) => (
        <Fragment key={y.year}>
          <line x1={pct(y.xPct)} x2={pct(y.xPct)} y1={axis - 16} y2={axis + 6} />
          {/* A tick every year, and a label where it fits at the strip's width (lib/charts/axis.ts), so they never collide. */}
          {y.tier !== null && (
            <text x={pct(y.xPct)} dx={4} y={axis + 20} className={y.tier ? `t${y.tier}` : undefined}>
              {y.year}
            </text>
          )}
        </Fragment>
      ))}
      <line x1="100%" x2="100%" y1={axis - 16} y2={axis + 6} />
      <StripDots
        cy={axis}
        dots={strip.points.map((p) => ({
          key: p.key,
          cx: pct(p.xPct),
          r: px(p.r),
          ...(p.approximate ? { approximate: true as const } : {}),
          label: `${formatShortDate(p.announcedOn)}${p.approximate ? " (approximate date)" : ""}: ${formatUsdCompact(p.valueUsd)}`,
        }))}
      />
    </svg>
    </div>
  );
}
