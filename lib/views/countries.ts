import type { Metadata } from "next";
import { ARCHIVE_FROM, ARCHIVE_THROUGH, type RecordSpan, type Vocabulary } from "@/lib/domain";
import { describeFilters, filtersHeadline, mapQuery, MAX_YEAR, MIN_YEAR, parseMapFilters, serializeFilters, type Filters } from "@/lib/filters";
import { allRecipientsHref, countriesHref, formatLongDate, plural, LIST_SLACK, RECIPIENTS_SHOWN, timelineHref } from "@/lib/format";
import type { MapRecipient, RecipientMapView } from "@/lib/map";
import { getRecipientMap, getRecordSpan, getVocabulary } from "@/lib/queries";
import { pageMetadata } from "@/lib/site";
import { readFilterQuery, type SearchParams, type View } from "./view";

export type CountriesData = RecipientMapView & {
  filters: Filters;
  /** The years holding a notification, newest first, and the categories: the range form's choices. */
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
  /**
   * The table's rows, largest value first: on /countries the first RECIPIENTS_SHOWN of a long list,
   * with `allHref` the same view's every recipient (/countries/all?…); on /countries/all, or for a
   * short list, every row and no link.
   */
  table: { rows: MapRecipient[]; allHref: string | null };
};

/** Which page of the recipients a loader serves: the map with the table's first rows, or every recipient in one table. */
export type CountriesPage = "map" | "all";

/** What the whole record is, in words: the archive, what was found after its list, the examples before it. */
function recordScope(span: RecordSpan): string {
  if (span.total === 0) return "every notification in the record";
  const after = span.afterList > 0 ? `, ${plural(span.afterList, "notification", "notifications")} found since its list ended` : "";
  const before = span.beforeArchive > 0 ? `, and ${plural(span.beforeArchive, "example", "examples")} from before it` : "";
  return `every notification in the record: the official archive from ${formatLongDate(ARCHIVE_FROM)} to ${formatLongDate(ARCHIVE_THROUGH)}${after}${before}`;
}

async function readMapView(raw: SearchParams) {
  const { filters, canonical } = await readFilterQuery(raw, parseMapFilters);
  const vocabulary = await getVocabulary();
  return { filters, canonical, vocabulary, headline: filtersHeadline(describeFilters(filters, vocabulary)) };
}

/** The rows the table shows first: all of a short list, else the RECIPIENTS_SHOWN of largest value (the rows come largest first). */
function recipientsShown<T>(rows: T[]): T[] {
  return rows.length > RECIPIENTS_SHOWN + LIST_SLACK ? rows.slice(0, RECIPIENTS_SHOWN) : rows;
}

const PAGE_HREFS: Record<CountriesPage, (query: string) => string> = { map: countriesHref, all: allRecipientsHref };

/** The recipients map (`/countries`): every recipient's totals for a range and category; or (`/countries/all`) the same view's table whole. */
export async function loadCountries(raw: SearchParams, page: CountriesPage = "map"): Promise<View<CountriesData>> {
  const { filters, canonical, vocabulary, headline } = await readMapView(raw);
  // Unknown keys, empty form fields, reversed dates and unsorted categories all land on one URL.
  if (!canonical) return { redirect: PAGE_HREFS[page](mapQuery(filters)) };

  const [{ map, none }, span] = await Promise.all([getRecipientMap(filters), getRecordSpan()]);
  const rows = map.recipients;
  const years = span.years;
  const shown = page === "all" ? rows : recipientsShown(rows);
  return {
    data: {
      filters,
      map,
      none,
      years,
      categories: vocabulary.categories,
      // An empty record's form spans the years a filter accepts (lib/filters/filters.ts).
      first: `${years.at(-1) ?? MIN_YEAR}-01-01`,
      last: `${years[0] ?? MAX_YEAR}-12-31`,
      headline,
      // Without a range the view holds the official archive, what was found after its list ends, and a few earlier examples: say so.
      scope: headline ?? recordScope(span),
      count: rows.reduce((total, r) => total + r.count, 0),
      valueUsd: rows.reduce((total, r) => total + r.valueUsd, 0n),
      timelineHref: timelineHref(serializeFilters(filters)),
      table: { rows: shown, allHref: shown.length < rows.length ? allRecipientsHref(mapQuery(filters)) : null },
    },
  };
}

export async function countriesMetadata(raw: SearchParams, page: CountriesPage = "map"): Promise<Metadata> {
  const { filters, headline } = await readMapView(raw);
  const path = PAGE_HREFS[page](mapQuery(filters));
  if (page === "all")
    return pageMetadata({
      title: headline ? `Every recipient: ${headline}` : "Every recipient of U.S. arms sales notified to Congress, in one table",
      description: `Every country and organisation${headline ? ` (${headline})` : " in the record"}, largest first: how many Foreign Military Sales notifications each received, their estimated value, first and latest, review period and region.`,
      path,
    });
  return pageMetadata({
    title: headline ? `Recipients: ${headline}` : "Recipients of U.S. arms sales notified to Congress",
    description: headline
      ? `Where U.S. Foreign Military Sales notifications to Congress went (${headline}): a world map and table of recipients by estimated value.`
      : "Every country and organisation in the record on a world map, with how many Foreign Military Sales notifications each received and their estimated value.",
    path,
  });
}
