import Link from "next/link";
import { Swatch } from "@/components/map/recipient-map";
import { Flag } from "@/components/ui/flag";
import { Usd } from "@/components/ui/money";
import { formatShortDate } from "@/lib/dates";
import type { MapRecipient } from "@/lib/map/recipient-map";
import { reviewTier } from "@/lib/review-period";

/**
 * The map's numbers as a table, largest value first, with each row's colour key: what a
 * screen reader, a phone or a print reads instead of the shapes.
 */
export function RecipientTable({ rows, caption }: { rows: MapRecipient[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-rule bg-white">
      <table className="figures w-full border-collapse text-left text-sm" data-testid="recipients-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-rule text-xs uppercase tracking-wide text-muted">
            <th scope="col" className="p-2 font-semibold">
              Recipient
            </th>
            <th scope="col" className="p-2 text-right font-semibold">
              <span className="sm:hidden" aria-hidden="true">
                No.
              </span>
              <span className="sr-only sm:not-sr-only">Notifications</span>
            </th>
            <th scope="col" className="p-2 text-right font-semibold">
              <span className="hidden sm:inline">Estimated </span>value
            </th>
            <th scope="col" className="hidden p-2 font-semibold sm:table-cell">
              First
            </th>
            <th scope="col" className="hidden p-2 font-semibold sm:table-cell">
              Latest
            </th>
            <th scope="col" className="p-2 text-right font-semibold">
              Review
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} className="border-b border-rule/60" data-step={r.step}>
              <th scope="row" className="p-2 font-normal">
                <span className="inline-flex items-start gap-1.5">
                  <Swatch color={r.color} />
                  <Link href={r.href} className="inline-flex items-center gap-1.5">
                    <Flag code={r.code} kind={r.kind} />
                    {r.name}
                  </Link>
                </span>
              </th>
              <td className="p-2 text-right">{r.count}</td>
              <td className="whitespace-nowrap p-2 text-right">
                <Usd amount={r.valueUsd} />
              </td>
              <td className="hidden whitespace-nowrap p-2 sm:table-cell">{r.firstOn ? formatShortDate(r.firstOn) : ""}</td>
              <td className="hidden whitespace-nowrap p-2 sm:table-cell">{r.lastOn ? formatShortDate(r.lastOn) : ""}</td>
              <td className="whitespace-nowrap p-2 text-right">{reviewTier(r).days} days</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
