"use client";

import { Link } from "@/components/ui/link";
import { Flag } from "@/components/ui/flag";
import { Usd } from "@/components/ui/money";
import { mapShapeHref } from "@/lib/format";
import { Swatch } from "./swatch";

/** A row of the recipients table, as plain props: dates already formatted ("5 Aug 2010"), only what is there. */
export type RecipientRowProps = {
  code: string;
  name: string;
  kind: string;
  href: string;
  color: string;
  step: number;
  count: number;
  valueUsd: bigint;
  first?: string;
  latest?: string;
  reviewDays: number;
  region?: string;
};

/**
 * The rows of the recipients table (components/map/recipient-table.tsx): a client component so that
 * each row travels in the page payload as its facts, not as an element tree (a hundred rows with the
 * whole archive; docs/architecture.md#client-components-for-the-payloads-sake).
 */
export function RecipientRows({ rows }: { rows: RecipientRowProps[] }) {
  return rows.map((r) => (
    <tr key={r.code} data-step={r.step}>
      <th scope="row">
        <Link href={r.href}>
          <Swatch color={r.color} />
          <Flag code={r.code} kind={r.kind} />
          {r.name}
        </Link>
      </th>
      <td>{r.count}</td>
      <td>
        <Usd amount={r.valueUsd} />
      </td>
      <td>{r.first ?? ""}</td>
      <td>{r.latest ?? ""}</td>
      <td>{`${r.reviewDays} days`}</td>
      <td>{r.region ?? ""}</td>
    </tr>
  ));
}

/**
 * A shaded shape of the world map, as plain props: its link, tooltip, colour, and whether it is
 * drawn as its shape (from the shapes file, by its code: lib/map shapesSvg), a dot, or both.
 */
export type MapShapeProps = { code: string; href: string; step: number; title: string; color: string; shape?: true; dot?: [number, number] };

/** The map's shaded shapes (components/map/recipient-map.tsx), a client component for the payload's sake as the rows above. */
export function MapShapes({ shapes }: { shapes: MapShapeProps[] }) {
  return shapes.map((r) => (
    <a key={r.code} href={r.href} data-code={r.code} data-step={r.step}>
      <title>{r.title}</title>
      {r.shape && <use href={mapShapeHref(r.code)} fill={r.color} />}
      {r.dot && <circle cx={r.dot[0]} cy={r.dot[1]} r={5} fill={r.color} />}
    </a>
  ));
}
