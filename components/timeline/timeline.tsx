import Link from "next/link";
import { TimelineEntryView, type TimelineEntryProps } from "./timeline-entry";
import { formatMonth, formatShortDate, PAGE_HREF } from "@/lib/format";
import { groupByYearAndMonth, type TimelineEntry } from "@/lib/domain";
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
  const years = groupByYearAndMonth(entries);
  // Twenty entries a page (PAGE_SIZE, lib/queries/timeline.ts): the styles are classes in app/globals.css (.tl-*), not utility lists.
  return (
    <ol className="mt-6" aria-label="Notifications by year and month">
      {years.map((y) => (
        <li key={y.year} aria-labelledby={`year-${y.year}`}>
          <h2 id={`year-${y.year}`} className="tl-year">
            <span>{y.year}</span>
          </h2>
          <ol className="tl-months">
            {y.months.map((m) => (
              <li key={m.key} aria-labelledby={`month-${m.key}`}>
                <h3 id={`month-${m.key}`}>
                  {formatMonth(m.key)}
                  <span> · {m.entries.length}</span>
                </h3>
                <ol>
                  {m.entries.map((e) => (
                    <TimelineItem key={e.slug} entry={e} />
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

/** One entry: its props go to the client component that renders them (components/timeline/timeline-entry.tsx). */
export function TimelineItem({ entry: e }: { entry: TimelineEntry }) {
  const props: TimelineEntryProps = {
    slug: e.slug,
    title: e.title,
    summary: e.summary,
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
    ...(e.match ? { match: e.match } : {}),
  };
  return <TimelineEntryView e={props} />;
}
