import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MapFilters } from "@/components/map/map-filters";
import { RecipientMapFigure } from "@/components/map/recipient-map";
import { RecipientTable } from "@/components/map/recipient-table";
import { Usd } from "@/components/ui/money";
import { RESEARCHED_FROM } from "@/lib/domain";
import { countriesHref, formatLongDate, plural, timelineHref } from "@/lib/format";
import { getRecipientMap, getVocabulary, getVocabularyIndex } from "@/lib/queries";
import { describeFilters, filtersHeadline, mapQuery, parseMapFilters, rawQueryString, serializeFilters } from "@/lib/filters";
import { OPEN_GRAPH_BASE } from "@/lib/site";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readView(props: Props) {
  const raw = await props.searchParams;
  const vocabulary = await getVocabulary();
  const filters = parseMapFilters(raw, await getVocabularyIndex());
  return { filters, vocabulary, canonical: serializeFilters(filters) === rawQueryString(raw), headline: filtersHeadline(describeFilters(filters, vocabulary)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { filters, headline } = await readView(props);
  const title = headline ? `Recipients: ${headline}` : "Recipients of U.S. arms sales notified to Congress";
  const description = headline
    ? `Where U.S. Foreign Military Sales notifications to Congress went (${headline}): a world map and table of recipients by estimated value.`
    : "Every country and organisation in the record on a world map, with how many Foreign Military Sales notifications each received and their estimated value.";
  const url = countriesHref(mapQuery(filters));
  return { title, description, alternates: { canonical: url }, openGraph: { ...OPEN_GRAPH_BASE, type: "website", title, description, url } };
}

export default async function CountriesPage(props: Props) {
  const { filters, vocabulary, canonical, headline } = await readView(props);
  // Unknown keys, empty form fields, reversed dates and unsorted categories all land on one URL.
  if (!canonical) redirect(countriesHref(mapQuery(filters)));

  const { map, none } = await getRecipientMap(filters);
  const rows = map.recipients;
  const count = rows.reduce((total, r) => total + r.count, 0);
  const valueUsd = rows.reduce((total, r) => total + r.valueUsd, 0n);
  const years = vocabulary.years;
  // Without a range the view holds the researched record and the few earlier examples: say so.
  const scope =
    headline ??
    (years.length > 0
      ? `every notification in the record, ${years.at(-1)} to ${years[0]} (complete as far as sources allow from ${formatLongDate(RESEARCHED_FROM)}; earlier years hold only a few examples)`
      : "every notification in the record");

  return (
    <div className="mx-auto max-w-5xl">
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Recipients</h1>
      <p className="mt-2 text-muted">
        Every country and organisation in the record, on a map and in a table. Each page shows its notifications over time, value by year,
        the systems notified and its congressional review period.
      </p>
      <div className="mt-4">
        <MapFilters
          filters={filters}
          years={years}
          categories={vocabulary.categories}
          first={years.length > 0 ? `${years.at(-1)}-01-01` : "1950-01-01"}
          last={years.length > 0 ? `${years[0]}-12-31` : "2100-12-31"}
        />
      </div>
      <p className="mt-4 text-lg" data-testid="map-summary">
        <strong className="figures">{plural(count, "notification", "notifications")}</strong> to{" "}
        <strong className="figures">{plural(rows.length, "recipient", "recipients")}</strong>
        {count > 0 && (
          <>
            , worth{" "}
            <strong>
              <Usd amount={valueUsd} />
            </strong>{" "}
            in estimated value
          </>
        )}
        {headline ? ` (${headline})` : ""}.
        {count > 0 && (
          <>
            {" "}
            <Link href={timelineHref(serializeFilters(filters))} className="text-base">
              See them on the timeline
            </Link>
          </>
        )}
      </p>
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
            The same figures, largest first
          </h2>
          <div className="mt-3">
            <RecipientTable rows={rows} caption={`Recipients by estimated value: ${scope}`} />
          </div>
        </section>
      )}
      {none.length > 0 && (
        <p className="mt-4 text-sm" data-testid="recipients-none">
          <span className="text-muted">No notification in view for: </span>
          {none.map((r, i) => (
            <span key={r.code}>
              {i > 0 && ", "}
              <Link href={r.href}>{r.name}</Link>
            </span>
          ))}
          .
        </p>
      )}
    </div>
  );
}
