import type { Metadata } from "next";
import { MapSummary } from "@/components/map/map-summary";
import { RecipientTable } from "@/components/map/recipient-table";
import { RecipientsNone } from "@/components/map/recipients-none";
import { Link } from "@/components/ui/link";
import { TablesLinks } from "@/components/ui/tables-links";
import { mapQuery } from "@/lib/filters";
import { countriesHref, PAGE_HREF } from "@/lib/format";
import { countriesMetadata, loadCountries, type SearchParams } from "@/lib/views";
import { dataOf } from "@/lib/views/next";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return countriesMetadata(await props.searchParams, "all");
}

/**
 * Every recipient of a view in one table (`/countries/all?year=2024`): the rest of the table under
 * the map, which shows the largest first (RECIPIENTS_SHOWN in lib/format), reached with JavaScript off too.
 */
export default async function AllRecipientsPage(props: Props) {
  const { filters, none, headline, scope, count, valueUsd, timelineHref, table } = dataOf(await loadCountries(await props.searchParams, "all"));
  const query = mapQuery(filters);
  return (
    <div className="mx-auto max-w-5xl">
      <p className="text-sm">
        <Link href={countriesHref(query)} className="inline-block py-1 underline">
          Back to the map
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Every recipient, in one table</h1>
      <p className="mt-2 text-muted">Largest estimated value first. Each recipient&apos;s page shows its notifications over time and the systems notified.</p>
      <MapSummary count={count} recipients={table.rows.length} valueUsd={valueUsd} headline={headline} timelineHref={timelineHref} />
      {table.rows.length > 0 && (
        <section aria-label="Every recipient" className="mt-6">
          <RecipientTable rows={table.rows} caption={`Recipients by estimated value: ${scope}`} />
          <TablesLinks page={PAGE_HREF.recipients} query={query} what="This table" />
        </section>
      )}
      <RecipientsNone none={none} />
    </div>
  );
}
