import type { Metadata } from "next";
import { RESEARCHED_FROM, type Vocabulary } from "@/lib/domain";
import { describeFilters, filtersHeadline, mapQuery, parseMapFilters, serializeFilters, type Filters } from "@/lib/filters";
import { countriesHref, formatLongDate, timelineHref } from "@/lib/format";
import type { RecipientMapView } from "@/lib/map";
import { getRecipientMap, getVocabulary } from "@/lib/queries";
import { pageMetadata } from "@/lib/site";
import { readFilterQuery, type SearchParams, type View } from "./view";

export type CountriesData = RecipientMapView & {
  filters: Filters;
  /** The record's years, newest first, and its categories: the range form's choices. */
  years: number[];
  categories: Vocabulary["categories"];
  /** The range form's bounds: the record's first and last days of its years. */
  first: string;
  last: string;
  /** The filters in force, in words, or null for the whole record. */
  headline: string | null;
  /** What the map and the table cover, for their captions. */
  scope: string;
  /** How many notifications the view holds, and their value. */
  count: number;
  valueUsd: bigint;
  timelineHref: string;
};

async function readMapView(raw: SearchParams) {
  const { filters, canonical } = await readFilterQuery(raw, parseMapFilters);
  const vocabulary = await getVocabulary();
  return { filters, canonical, vocabulary, headline: filtersHeadline(describeFilters(filters, vocabulary)) };
}

/** The recipients map (`/countries`): every recipient's totals for a range and category. */
export async function loadCountries(raw: SearchParams): Promise<View<CountriesData>> {
  const { filters, canonical, vocabulary, headline } = await readMapView(raw);
  // Unknown keys, empty form fields, reversed dates and unsorted categories all land on one URL.
  if (!canonical) return { redirect: countriesHref(mapQuery(filters)) };

  const { map, none } = await getRecipientMap(filters);
  const rows = map.recipients;
  const years = vocabulary.years;
  return {
    data: {
      filters,
      map,
      none,
      years,
      categories: vocabulary.categories,
      // An empty record's form spans the years a filter accepts (lib/filters/filters.ts).
      first: years.length > 0 ? `${years.at(-1)}-01-01` : "1950-01-01",
      last: years.length > 0 ? `${years[0]}-12-31` : "2100-12-31",
      headline,
      // Without a range the view holds the researched record and the few earlier examples: say so.
      scope:
        headline ??
        (years.length > 0
          ? `every notification in the record, ${years.at(-1)} to ${years[0]} (complete as far as sources allow from ${formatLongDate(RESEARCHED_FROM)}; earlier years hold only a few examples)`
          : "every notification in the record"),
      count: rows.reduce((total, r) => total + r.count, 0),
      valueUsd: rows.reduce((total, r) => total + r.valueUsd, 0n),
      timelineHref: timelineHref(serializeFilters(filters)),
    },
  };
}

export async function countriesMetadata(raw: SearchParams): Promise<Metadata> {
  const { filters, headline } = await readMapView(raw);
  return pageMetadata({
    title: headline ? `Recipients: ${headline}` : "Recipients of U.S. arms sales notified to Congress",
    description: headline
      ? `Where U.S. Foreign Military Sales notifications to Congress went (${headline}): a world map and table of recipients by estimated value.`
      : "Every country and organisation in the record on a world map, with how many Foreign Military Sales notifications each received and their estimated value.",
    path: countriesHref(mapQuery(filters)),
  });
}
