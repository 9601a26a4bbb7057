import { Link } from "@/components/ui/link";
import { ChartTable, ChartTotalsRows } from "@/components/charts/chart-figure";
import type { FiscalYearTally } from "@/lib/domain";
import { contractorHref, PAGE_HREF, plural } from "@/lib/format";

/** How many systems a year's page lists; the CSV and JSON of its tables have every one. */
export const SYSTEMS_LISTED = 20;

/**
 * A year's systems, largest value first: a notification listing several counts whole for each
 * (one estimate covers the whole sale), so the rows are not added up.
 */
export function SystemTable({ systems }: { systems: FiscalYearTally["systems"] }) {
  const listed = systems.slice(0, SYSTEMS_LISTED);
  return (
    <section aria-labelledby="systems-heading" className="rounded-lg border border-rule bg-white p-3 sm:p-4" data-testid="year-systems">
      <h2 id="systems-heading" className="font-serif text-lg font-semibold">
        By system
      </h2>
      <p className="mt-0.5 text-xs text-muted">
        {listed.length < systems.length ? `The ${listed.length} largest of ${systems.length} systems (all in the CSV and JSON below). ` : ""}A notification listing
        several systems counts whole for each, so these rows are not added up. Each links to the timeline of its notifications this year.
      </p>
      <div className="mt-2 overflow-x-auto">
        <ChartTable caption="Notifications by system" head={["System", "Notifications", "Estimated value"]}>
          <ChartTotalsRows rows={listed.map((s) => ({ key: s.slug, label: s.name, href: s.href ?? undefined, count: s.count, valueUsd: s.valueUsd }))} total={null} />
        </ChartTable>
      </div>
    </section>
  );
}

/**
 * A year's contractors: every notification naming one counts whole for it, so a sale naming three
 * is in three rows and the rows are never added up. A row links to the timeline of its
 * notifications this year (the contractor's page is a click from there, and from /contractors).
 */
export function ContractorTable({ tally }: { tally: FiscalYearTally }) {
  const { contractors, withoutContractor, sharedContractor } = tally;
  return (
    <section aria-labelledby="contractors-heading" className="rounded-lg border border-rule bg-white p-3 sm:p-4" data-testid="year-contractors">
      <h2 id="contractors-heading" className="font-serif text-lg font-semibold">
        By contractor
      </h2>
      <p className="mt-0.5 text-xs text-muted">
        The principal contractors the notifications name, each under the company it is (<Link href={PAGE_HREF.contractors}>contractors</Link>). A sale naming several
        counts whole for each: {plural(sharedContractor, "notification names", "notifications name")} more than one, so these totals overlap and must not be
        added. Each links to the timeline of its notifications this year.{withoutContractor > 0 && ` ${plural(withoutContractor, "notification names", "notifications name")} none (the text names none, or the record lacks it).`}
      </p>
      {contractors.length > 0 ? (
        <div className="mt-2 overflow-x-auto">
          <ChartTable caption="Notifications by principal contractor" head={["Contractor", "Notifications", "Estimated value"]}>
            <ChartTotalsRows rows={contractors.map((k) => ({ key: k.slug, label: k.name, href: k.href ?? contractorHref(k.slug), count: k.count, valueUsd: k.valueUsd }))} total={null} />
          </ChartTable>
        </div>
      ) : (
        <p className="mt-2 text-sm">No notification this year names a principal contractor in the record.</p>
      )}
    </section>
  );
}
