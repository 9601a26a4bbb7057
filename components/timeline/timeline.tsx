import { Link } from "@/components/ui/link";
import type { ShownPart } from "@/components/ui/highlight";
import { TimelineList, type ShownHighlight, type TimelineEntryProps } from "./timeline-entry";
import { formatShortDate, PAGE_HREF } from "@/lib/format";
import type { SearchHighlight, TextPart, TimelineEntry } from "@/lib/domain";
import { hasFilters, type Filters } from "@/lib/filters";
import { matchExpression } from "@/lib/search";

/** The time axis: year markers, month markers, and the notifications of each month, newest first. */
export function Timeline({ entries, filters }: { entries: TimelineEntry[]; filters: Filters }) {
  if (entries.length === 0) {
    return (
      <div className="mt-8 rounded-lg border border-dashed border-rule bg-white p-8 text-center" data-testid="empty-state">
        <p className="text-lg font-medium">{filters.q ? `No notifications match “${filters.q}” with these filters.` : "No notifications match these filters."}</p>
        {filters.q && !matchExpression(filters.q) && <p className="mt-2 text-muted">Search for words or numbers: punctuation alone finds nothing.</p>}
        {hasFilters(filters) && (
          <p className="mt-2 text-muted">
            Remove a filter above, or{" "}
            <Link href={PAGE_HREF.timeline} className="font-medium underline">
              clear all filters
            </Link>{" "}
            to see every notification.
          </p>
        )}
      </div>
    );
  }
  // The list is a client component fed the entries' props: its year and month headings are drawn
  // in the browser from their dates, so the payload carries twenty entries and no wrappers.
  return <TimelineList entries={entries.map(entryProps)} />;
}

/** One entry's props, as the client components that render it are sent them (components/timeline/timeline-entry.tsx): only what is there. */
export function entryProps(e: TimelineEntry): TimelineEntryProps {
  return {
    slug: e.slug,
    // A search's match carries the title and summary as marked parts: not sent twice.
    ...(e.match ? { match: shownHighlight(e.match) } : { title: e.title, summary: e.summary }),
    announcedOn: e.announcedOn,
    date: formatShortDate(e.announcedOn),
    estimatedValueUsd: e.estimatedValueUsd,
    recipient: { code: e.recipient.code, name: e.recipient.name, kind: e.recipient.kind },
    systems: e.systems.map((s) => ({ slug: s.slug, name: s.name })),
    // Only what is there is sent.
    ...(e.dateApproximate ? { dateApproximate: true } : {}),
    ...(e.lowConfidence ? { lowConfidence: true } : {}),
    ...(e.transmittalNumber ? { transmittalNumber: e.transmittalNumber } : {}),
    ...(e.reviewWaived ? { reviewWaived: true } : {}),
    ...(e.laterChangeCount > 0 ? { laterChangeCount: e.laterChangeCount } : {}),
    ...(e.resolutionCount > 0 ? { resolutionCount: e.resolutionCount } : {}),
  };
}

const shownParts = (parts: TextPart[]): ShownPart[] => parts.map((p) => (p.mark ? { text: p.text, mark: true } : { text: p.text }));

function shownHighlight(match: SearchHighlight): ShownHighlight {
  return {
    title: shownParts(match.title),
    summary: shownParts(match.summary),
    elsewhere: match.elsewhere.map((m) => ({ field: m.field, parts: shownParts(m.parts) })),
  };
}
