import type { Metadata } from "next";
import { earlierTotals, type MonthTotal, type TimelinePage } from "@/lib/domain";
import { describeFilters, feedQuery, filtersHeadline, panelData, serializeFilters, type ActiveFilter, type Filters, type PanelData } from "@/lib/filters";
import { feedHref, timelineHref } from "@/lib/format";
import { getFacetCounts, getMonthlyTotals, getPanelChoices, getTimeline, getVocabulary } from "@/lib/queries";
import { pageMetadata, SITE_NAME } from "@/lib/site";
import { readFilterQuery, type SearchParams, type View } from "./view";

export type TimelineData = {
  filters: Filters;
  timeline: TimelinePage;
  months: MonthTotal[];
  /** What the filter panel shows first: its lists' top options, the years and yes/no filters, each with how many notifications it would give the view. */
  panel: PanelData;
  /** The filters in force, in words. */
  active: ActiveFilter[];
  /** How many of the view's notifications are examples from before the official archive. */
  earlier: number;
};

/** The timeline (`/`): one page of the notifications a URL's filters keep, the chart, and the panel's choices and counts. */
export async function loadTimeline(raw: SearchParams): Promise<View<TimelineData>> {
  const { filters, canonical } = await readFilterQuery(raw);
  // Unknown keys, empty form fields, aliases ("HIMARS") and unsorted values all land on one URL.
  if (!canonical) return { redirect: timelineHref(serializeFilters(filters)) };

  const vocabulary = await getVocabulary();
  const choices = await getPanelChoices();
  const [timeline, months, counts] = await Promise.all([getTimeline(filters), getMonthlyTotals(filters), getFacetCounts(filters)]);
  if (filters.page > timeline.pageCount) return { redirect: timelineHref(serializeFilters({ ...filters, page: timeline.pageCount })) };
  return { data: { filters, timeline, months, panel: panelData(choices, counts, filters), active: describeFilters(filters, vocabulary), earlier: earlierTotals(months).count } };
}

export async function timelineMetadata(raw: SearchParams): Promise<Metadata> {
  const { filters } = await readFilterQuery(raw);
  const headline = filtersHeadline(describeFilters(filters, await getVocabulary()));
  const title = headline ? `Notifications: ${headline}` : "Timeline of U.S. arms sales notified to Congress";
  return pageMetadata({
    title,
    documentTitle: headline ? title : { absolute: `${SITE_NAME}: ${title}` },
    description: headline
      ? `U.S. Foreign Military Sales notifications to Congress matching ${headline}, with values, equipment and sources.`
      : "Every U.S. Foreign Military Sales notification to Congress in the record, newest first, with values, equipment and sources.",
    path: timelineHref(serializeFilters(filters)),
    twitter: "summary",
    feed: { url: feedHref(feedQuery(filters)), title: `${SITE_NAME}: ${headline ?? "all notifications"}` },
  });
}
