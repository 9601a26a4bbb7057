import { API_PARAMS, describeFilters, EMPTY_FILTERS, feedQuery, filtersHeadline, serializeFilters, type ParamError } from "@/lib/filters";
import { apiPage, atomFeedFor, CSV_HEADER, csvRecord, toCsv } from "@/lib/exports";
import { absoluteUrl, feedHref, timelineHref } from "@/lib/format";
import { getFeedEvents, getNotificationsForExport, getTimeline, getVocabulary, readExportQuery } from "@/lib/queries";
import { siteUrl } from "@/lib/site";

/**
 * The exports of a view, from a URL's query string to the document: a route handler sends it, the
 * bench times it. Unlike a page, an export never quietly normalises its URL: anything it cannot
 * honour is a 400 naming the parameter (docs/architecture.md, "Exports and feeds").
 */
export type Export<T> = { data: T } | { badRequest: ParamError };

/** Far above the record's size; a bound so one request cannot build an unbounded file. */
const MAX_CSV_ROWS = 10_000;
const FEED_SIZE = 50;

/** `/notifications.csv`: every notification of a view (not one page), and how many there are. */
export async function loadCsv(params: URLSearchParams): Promise<Export<{ total: number; csv: string }>> {
  const result = await readExportQuery(params);
  if (!result.ok) return { badRequest: result.error };
  const { total, notifications } = await getNotificationsForExport(result.query.filters, 0, MAX_CSV_ROWS);
  const origin = siteUrl();
  return { data: { total, csv: toCsv(CSV_HEADER, notifications.map((n) => csvRecord(n, origin))) } };
}

/** `/api/notifications`: one page of a view's notifications as the API's JSON body. `url` is the request's, for the pagination links. */
export async function loadApiPage(params: URLSearchParams, url: URL): Promise<Export<ReturnType<typeof apiPage>>> {
  const result = await readExportQuery(params, API_PARAMS);
  if (!result.ok) return { badRequest: result.error };
  const { filters, pageSize } = result.query;
  const { total, notifications } = await getNotificationsForExport(filters, (filters.page - 1) * pageSize, pageSize);
  return { data: apiPage(notifications, total, filters.page, pageSize, url, siteUrl()) };
}

/** `/feed.xml`: the Atom feed of a view's newest notifications, with what happened to its sales since. */
export async function loadFeed(params: URLSearchParams): Promise<Export<string>> {
  const result = await readExportQuery(params);
  if (!result.ok) return { badRequest: result.error };
  // A feed is always newest first, whatever order the view had.
  const filters = { ...result.query.filters, sort: "newest" as const, page: 1 };
  const timeline = await getTimeline(filters, FEED_SIZE);
  const origin = siteUrl();
  // An empty view's feed is as new as the record's newest notification.
  const fallbackUpdated = timeline.entries[0]?.announcedOn ?? (await getTimeline(EMPTY_FILTERS, 1)).entries[0]?.announcedOn ?? "1970-01-01";
  // What happened to the view's sales since (resolutions of disapproval, reports) gets entries of its own.
  const events = await getFeedEvents(filters, FEED_SIZE);
  const xml = atomFeedFor(
    timeline.entries,
    {
      headline: filtersHeadline(describeFilters(filters, await getVocabulary())),
      selfUrl: absoluteUrl(feedHref(feedQuery(filters)), origin),
      alternateUrl: absoluteUrl(timelineHref(serializeFilters(filters)), origin),
      origin,
      fallbackUpdated,
    },
    events,
    FEED_SIZE,
  );
  return { data: xml };
}
