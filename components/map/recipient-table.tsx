import Link from "next/link";
import { Swatch } from "./recipient-map";
import { Flag } from "@/components/ui/flag";
import { Usd } from "@/components/ui/money";
import { formatShortDate } from "@/lib/format";
import type { MapRecipient } from "@/lib/map";
import { reviewTier } from "@/lib/domain";

/**
 * The map's numbers as a table, largest value first, with each row's colour key: what a
 * screen reader, a phone or a print reads instead of the shapes. A row per recipient (there
 * may be hundreds): its cells carry no classes, the .recipient-table rules in app/globals.css
 * style them (first and latest dates and the region hidden on phones: each recipient's page names its region).
 */
export function RecipientTable({ rows, caption }: { rows: MapRecipient[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-rule bg-white">
      <table className="recipient-table" data-testid="recipients-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Recipient</th>
            <th scope="col">
              <span className="sm:hidden" aria-hidden="true">
                No.
              </span>
              <span className="sr-only sm:not-sr-only">Notifications</span>
            </th>
            <th scope="col">
              <span className="hidden sm:inline">Estimated </span>value
            </th>
            <th scope="col">First</th>
            <th scope="col">Latest</th>
            <th scope="col">Review</th>
            <th scope="col">Region</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
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
              <td>{r.firstOn ? formatShortDate(r.firstOn) : ""}</td>
              <td>{r.lastOn ? formatShortDate(r.lastOn) : ""}</td>
              <td>{reviewTier(r).days} days</td>
              <td>{r.region ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="border-t border-rule px-2 py-1.5 text-xs text-muted">
        Review: the congressional review period. Region: the U.S. geographic combatant command whose area holds the recipient (each recipient&apos;s page
        names it, with its sources).
      </p>
    </div>
  );
}
