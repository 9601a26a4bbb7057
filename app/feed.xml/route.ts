import type { NextRequest } from "next/server";
import { getFeedEvents, getTimeline, getVocabulary, readExportQuery } from "@/lib/queries";
import { describeFilters, EMPTY_FILTERS, feedQuery, filtersHeadline, serializeFilters } from "@/lib/filters";
import { atomFeedFor, badRequestText } from "@/lib/exports";
import { siteUrl } from "@/lib/site";
import { absoluteUrl, feedHref, timelineHref } from "@/lib/format";

const FEED_SIZE = 50;

/** GET /feed.xml: an Atom feed of a view's newest notifications, e.g. /feed.xml?country=CA. */
export async function GET(request: NextRequest) {
  const result = await readExportQuery(request.nextUrl.searchParams);
  if (!result.ok) return badRequestText(result.error);
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
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
