import { RecipientRows } from "./recipient-rows";
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
          <RecipientRows
            rows={rows.map((r) => ({
              code: r.code,
              name: r.name,
              kind: r.kind,
              href: r.href,
              color: r.color,
              step: r.step,
              count: r.count,
              valueUsd: r.valueUsd,
              ...(r.firstOn ? { first: formatShortDate(r.firstOn) } : {}),
              ...(r.lastOn ? { latest: formatShortDate(r.lastOn) } : {}),
              reviewDays: reviewTier(r).days,
              ...(r.region ? { region: r.region } : {}),
            }))}
          />
        </tbody>
      </table>
      <p className="border-t border-rule px-2 py-1.5 text-xs text-muted">
        Review: the congressional review period. Region: the U.S. geographic combatant command whose area holds the recipient (each recipient&apos;s page
        names it, with its sources).
      </p>
    </div>
  );
}
