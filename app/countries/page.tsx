import type { Metadata } from "next";
import Link from "next/link";
import { Flag } from "@/components/ui/flag";
import { Usd } from "@/components/ui/money";
import { formatShortDate } from "@/lib/dates";
import { countryHref } from "@/lib/paths";
import { getRecipientSummaries } from "@/lib/profiles";
import { reviewTier } from "@/lib/review-period";
import { OPEN_GRAPH_BASE } from "@/lib/site";

const title = "Recipients of U.S. arms sales notified to Congress";
const description = "Every country and organisation in the record, with how many Foreign Military Sales notifications each received and their estimated value.";

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: "/countries" },
  openGraph: { ...OPEN_GRAPH_BASE, type: "website", title, description, url: "/countries" },
};

export default async function CountriesPage() {
  const recipients = await getRecipientSummaries();
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Recipients</h1>
      <p className="mt-2 text-muted">
        Every country and organisation in the record. Each page shows its notifications over time, value by year, the systems notified and
        its congressional review period.
      </p>
      <div className="mt-6 overflow-x-auto rounded-lg border border-rule bg-white">
        <table className="figures w-full border-collapse text-left text-sm" data-testid="recipients-table">
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
                Latest
              </th>
              <th scope="col" className="p-2 text-right font-semibold">
                Review
              </th>
            </tr>
          </thead>
          <tbody>
            {recipients.map((r) => (
              <tr key={r.code} className="border-b border-rule/60">
                <th scope="row" className="p-2 font-normal">
                  <Link href={countryHref(r.code)} className="inline-flex items-center gap-1.5">
                    <Flag code={r.code} kind={r.kind} />
                    {r.name}
                  </Link>
                </th>
                <td className="p-2 text-right">{r.count}</td>
                <td className="whitespace-nowrap p-2 text-right">{r.count > 0 ? <Usd amount={r.valueUsd} /> : <span className="text-muted">none</span>}</td>
                <td className="hidden whitespace-nowrap p-2 sm:table-cell">{r.lastOn ? formatShortDate(r.lastOn) : ""}</td>
                <td className="p-2 text-right whitespace-nowrap">{reviewTier(r).days} days</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
