import { chamberOf, congressOrdinal, dealHeadline, memberName, REPORT_KIND_LABEL, resolutionLabel, type FeedEvent, type TimelineEntry } from "@/lib/domain";
import { absoluteUrl, dealUrl, formatLongDate, formatUsdCompact, PAGE_HREF } from "@/lib/format";
import { atomDate, buildAtomFeed, type AtomEntry, type AtomFeed } from "./atom";

/**
 * A feed entry for something that happened to a sale after its notification: a resolution of
 * disapproval aimed at it (dated by its introduction, updated by its last vote) or a report on it
 * (dated by the report), linking to the deal page where it is shown.
 */
export function eventEntry(event: FeedEvent, origin: URL): AtomEntry {
  const deal = dealUrl(event.sale.slug, origin);
  if (event.kind === "resolution") {
    const label = resolutionLabel(event);
    return {
      id: `${absoluteUrl(PAGE_HREF.congress, origin)}#${event.id}`,
      title: `In Congress: ${label} against the sale to ${event.sale.recipientName} of ${event.sale.title}`,
      updated: atomDate(event.updated),
      published: atomDate(event.published),
      url: `${deal}#${event.id}`,
      summary: `${event.summary} ${label} (${congressOrdinal(event.congress)}), ${memberName(event.sponsor, chamberOf(event))}. ${event.outcome}.`,
      categories: [event.sale.recipientName, ...event.sale.systems, "Congress"],
    };
  }
  const what = `${REPORT_KIND_LABEL[event.reportKind]}${event.transmittalNumber ? ` ${event.transmittalNumber}` : ""}`;
  return {
    id: `${deal}#change-${event.id}`,
    title: `Later change: ${what} to the sale to ${event.sale.recipientName} of ${event.sale.title}`,
    updated: atomDate(event.updated),
    published: atomDate(event.published),
    url: `${deal}#change-${event.id}`,
    summary: `${event.title}. Reported ${formatLongDate(event.published)}.`,
    categories: [event.sale.recipientName, ...event.sale.systems, "Later changes"],
  };
}

/**
 * The Atom feed of a view: its newest notifications, each linking to its deal page, and what
 * happened to its sales since (`events`: resolutions of disapproval, reports), newest first by
 * the day each entry last changed, `size` entries at most.
 */
export function atomFeedFor(
  entries: TimelineEntry[],
  view: { headline: string | null; selfUrl: string; alternateUrl: string; origin: URL; fallbackUpdated: string },
  events: FeedEvent[] = [],
  size = Number.POSITIVE_INFINITY,
): string {
  const title = view.headline ? `FMS Timeline: ${view.headline}` : "FMS Timeline: all notifications";
  const feed: AtomFeed = {
    // The feed's id is its own URL: each filtered view is a different feed.
    id: view.selfUrl,
    title,
    subtitle: "U.S. Foreign Military Sales notified to Congress, with what Congress did about them and later changes to them, newest first, with sources.",
    updated: atomDate([entries[0]?.announcedOn, ...events.map((e) => e.updated)].filter((d): d is string => !!d).sort().at(-1) ?? view.fallbackUpdated),
    selfUrl: view.selfUrl,
    alternateUrl: view.alternateUrl,
    author: "FMS Timeline",
    entries: entries.map((e) => ({
      id: dealUrl(e.slug, view.origin),
      title: dealHeadline(e),
      updated: atomDate(e.announcedOn),
      published: atomDate(e.announcedOn),
      url: dealUrl(e.slug, view.origin),
      summary: `${e.summary} Estimated value ${formatUsdCompact(e.estimatedValueUsd)}; announced ${e.dateApproximate ? "about " : ""}${formatLongDate(e.announcedOn)}${
        e.deliveredOn ? `; delivered to Congress ${formatLongDate(e.deliveredOn)}` : ""
      }${e.transmittalNumber ? `; transmittal ${e.transmittalNumber}` : ""}${e.reviewWaived ? "; emergency sale, review waived" : ""}. ${e.title}.`,
      categories: [e.recipient.name, ...e.systems.map((s) => s.name)],
    })),
  };
  if (events.length > 0) {
    // Newest first by the day each last changed; a notification and an event of the same day keep the notification first.
    const all = [...feed.entries.map((entry, i) => ({ entry, i })), ...events.map((e, i) => ({ entry: eventEntry(e, view.origin), i: feed.entries.length + i }))];
    feed.entries = all
      .sort((a, b) => b.entry.updated.localeCompare(a.entry.updated) || a.i - b.i)
      .slice(0, size)
      .map((x) => x.entry);
  }
  return buildAtomFeed(feed);
}
