"use client";

import { Link } from "@/components/ui/link";
import { Usd } from "@/components/ui/money";
import { dealHref } from "@/lib/format";

/** A dot of a date strip, its position rounded and its tooltip written on the server. */
export type StripDotProps = { key: string; cx: string; r: number; approximate?: true; label: string };

/** A row of a date strip's table: the date (formatted on the server), the systems, the value. */
export type StripRowProps = { slug: string; date: string; systems: string; estimatedValueUsd: bigint };

/**
 * A date strip has a dot and a table row per notification, up to 200 of each: client components
 * for the payload's sake (docs/architecture.md#client-components-for-the-payloads-sake).
 * Paint: the .date-strip and .chart-table rules in app/globals.css.
 */
export function StripDots({ dots, cy }: { dots: StripDotProps[]; cy: number }) {
  return dots.map((d) => (
    <circle key={d.key} cx={d.cx} cy={cy} r={d.r} className={d.approximate ? "approx" : undefined}>
      <title>{d.label}</title>
    </circle>
  ));
}

export function StripRows({ rows }: { rows: StripRowProps[] }) {
  return rows.map((n) => (
    <tr key={n.slug}>
      <td>{n.date}</td>
      <td>
        <Link href={dealHref(n.slug)}>{n.systems}</Link>
      </td>
      <td>
        <Usd amount={n.estimatedValueUsd} />
      </td>
    </tr>
  ));
}
