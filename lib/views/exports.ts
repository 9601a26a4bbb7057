import { API_PARAMS, describeFilters, EMPTY_FILTERS, feedQuery, filtersHeadline, serializeFilters, unknownParameters, type ParamError } from "@/lib/filters";
import { apiPage, atomFeedFor, CSV_HEADER, csvLine, csvRecord, csvStream, openApiDocument, type JsonSchema } from "@/lib/exports";
import { absoluteUrl, feedHref, timelineHref } from "@/lib/format";
import { Readable } from "node:stream";
import { getDatasetBuild, getFeedEvents, getNotificationsForExport, getRecordVersion, getTimeline, getVocabulary, openDatasetFile, readExportQuery, streamNotificationsForExport } from "@/lib/queries";
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

/**
 * `/notifications.csv`: every notification of a view (not one page) and how many there are, as a
 * stream, so that memory stays bounded whatever the view holds. The whole record is the
 * dataset's notifications file, sent from disk while it holds the record's current version (its
 * size known: `bytes`); any other view, or the whole record while the files are being built
 * again, is read a page of rows at a time. The first page is read before answering: it carries
 * the total, and a failure is still a 500.
 */
export async function loadCsv(params: URLSearchParams): Promise<Export<{ total: number; body: ReadableStream<Uint8Array>; bytes: number | null }>> {
  const result = await readExportQuery(params);
  if (!result.ok) return { badRequest: result.error };
  if (serializeFilters(result.query.filters) === "") {
    const file = await currentNotificationsFile();
    if (file) return { data: file };
  }
  const origin = siteUrl();
  // Each notification becomes its line as it is read: a page is held only as text (lib/db/stream.ts).
  const pages = streamNotificationsForExport(result.query.filters, MAX_CSV_ROWS, (n) => csvLine(csvRecord(n, origin)));
  const first = await pages.next();
  async function* lines(): AsyncGenerator<string[]> {
    if (!first.done) yield first.value.items;
    for await (const page of pages) yield page.items;
  }
  return { data: { total: first.done ? 0 : first.value.total, body: csvStream(CSV_HEADER, lines()), bytes: null } };
}

/** The dataset's notifications file, open, when it is exactly what the CSV export of the whole record would write now; null otherwise. */
async function currentNotificationsFile(): Promise<{ total: number; body: ReadableStream<Uint8Array>; bytes: number } | null> {
  const [build, version] = await Promise.all([getDatasetBuild(), getRecordVersion()]);
  if (!build || build.recordVersion !== version || build.origin !== siteUrl().origin || build.notifications > MAX_CSV_ROWS) return null;
  const opened = await openDatasetFile("notifications.csv");
  if (!opened) return null;
  const body = Readable.toWeb(opened.handle.createReadStream({ highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>;
  return { total: opened.build.notifications, body, bytes: opened.file.bytes };
}

/** `/api/openapi.json`: the OpenAPI description, which takes no parameters. */
export function loadOpenApi(params: URLSearchParams): Export<JsonSchema> {
  const unknown = unknownParameters(params, []);
  return unknown ? { badRequest: unknown } : { data: openApiDocument() };
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
