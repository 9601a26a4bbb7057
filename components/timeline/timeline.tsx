import Link from "next/link";
import { Flag } from "@/components/ui/flag";
import { Highlight } from "@/components/ui/highlight";
import { Usd } from "@/components/ui/money";
import { formatMonth, formatShortDate } from "@/lib/dates";
import type { SearchField, TimelineEntry } from "@/lib/definitions";
import { hasFilters, type Filters } from "@/lib/filters";
import { countryHref, systemHref } from "@/lib/paths";
import { matchExpression } from "@/lib/search-query";
import { groupByYearAndMonth } from "@/lib/timeline";

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
            <Link href="/" className="font-medium underline">
              clear all filters
            </Link>{" "}
            to see every notification.
          </p>
        )}
      </div>
    );
  }
  const years = groupByYearAndMonth(entries);
  // Fifty entries a page: the styles are classes in app/globals.css (.tl-*), not utility lists.
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

const MATCHED_IN: Record<SearchField, string> = {
  equipment: "Equipment",
  contractors: "Contractors",
  sources: "Sources",
  names: "Names",
};

export function TimelineItem({ entry: e }: { entry: TimelineEntry }) {
  return (
    <li className="tl-entry" data-testid="timeline-entry">
      <p className="tl-date">
        <time dateTime={e.announcedOn}>{formatShortDate(e.announcedOn)}</time>
        {e.dateApproximate && <span>approx. date</span>}
      </p>
      <p className="tl-tags">
        <Link href={countryHref(e.recipient.code)}>
          <Flag code={e.recipient.code} kind={e.recipient.kind} />
          {e.recipient.name}
        </Link>
        {e.systems.map((s) => (
          <Link key={s.slug} href={systemHref(s.slug)}>
            {s.name}
          </Link>
        ))}
      </p>
      <h4>
        <Link href={`/deals/${e.slug}`}>{e.match ? <Highlight parts={e.match.title} /> : e.title}</Link>
      </h4>
      <p className="tl-summary">{e.match ? <Highlight parts={e.match.summary} /> : e.summary}</p>
      {e.match && e.match.elsewhere.length > 0 && (
        <dl className="tl-match" data-testid="match-elsewhere">
          {e.match.elsewhere.map((m) => (
            <div key={m.field}>
              <dt>{MATCHED_IN[m.field]}:</dt>
              <dd>
                <Highlight parts={m.parts} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {e.lowConfidence && <p className="tl-low">Low confidence: rests on weak sources. See the deal page.</p>}
      <Usd amount={e.estimatedValueUsd} className="tl-value" />
    </li>
  );
}
