import type { Metadata } from "next";
import { MapFilters } from "@/components/map/map-filters";
import { MapSummary } from "@/components/map/map-summary";
import { RecipientMapFigure } from "@/components/map/recipient-map";
import { RecipientTable } from "@/components/map/recipient-table";
import { Link } from "@/components/ui/link";
import { TablesLinks } from "@/components/ui/tables-links";
import { RecipientsNone } from "@/components/map/recipients-none";
import { mapQuery } from "@/lib/filters";
import { PAGE_HREF } from "@/lib/format";
import { countriesMetadata, loadCountries, type SearchParams } from "@/lib/views";
import { dataOf } from "@/lib/views/next";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return countriesMetadata(await props.searchParams);
}

export default async function CountriesPage(props: Props) {
  const { filters, map, none, years, categories, first, last, headline, scope, count, valueUsd, timelineHref, table } = dataOf(await loadCountries(await props.searchParams));
  const rows = map.recipients;
  return (
    <div className="mx-auto max-w-5xl">
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Recipients</h1>
      <p className="mt-2 text-muted">
        Every country and organisation in the record, on a map and in a table. Each page shows its notifications over time, value by fiscal year,
        the systems notified and its congressional review period.
      </p>
      <div className="mt-4">
        <MapFilters filters={filters} years={years} categories={categories} first={first} last={last} />
      </div>
      <MapSummary count={count} recipients={rows.length} valueUsd={valueUsd} headline={headline} timelineHref={timelineHref} />
      <div className="mt-4">
        <RecipientMapFigure
          id="recipients-map"
          heading="Estimated value notified, by recipient"
          caption={`Recipients shaded by the estimated value of their notifications: ${scope}. Darker is more; the steps break at round amounts near the quintiles of the recipients' totals.`}
          map={map}
          empty="No notification in the record matches this range and category."
        />
      </div>
      {rows.length > 0 && (
        <section aria-labelledby="recipients-table-heading" className="mt-8">
          <h2 id="recipients-table-heading" className="font-serif text-xl font-semibold">
            {table.allHref ? `The same figures: the ${table.rows.length} largest of ${rows.length}` : "The same figures, largest first"}
          </h2>
          <div className="mt-3">
            <RecipientTable
              rows={table.rows}
              caption={table.allHref ? `The ${table.rows.length} recipients of largest estimated value: ${scope}` : `Recipients by estimated value: ${scope}`}
            />
          </div>
          {table.allHref && (
            <p className="mt-3">
              <Link href={table.allHref} className="inline-block py-1 font-semibold" data-testid="all-recipients-link">
                All {rows.length} recipients, in one table
              </Link>
            </p>
          )}
          <TablesLinks page={PAGE_HREF.recipients} query={mapQuery(filters)} what="This table" />
        </section>
      )}
      <RecipientsNone none={none} />
    </div>
  );
}
