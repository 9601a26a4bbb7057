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
  return (
    <ol className="mt-6" aria-label="Notifications by year and month">
      {years.map((y) => (
        <li key={y.year} aria-labelledby={`year-${y.year}`}>
          <h2 id={`year-${y.year}`} className="relative flex items-center gap-3 py-2">
            <span className="figures rounded-md bg-ink px-2.5 py-0.5 font-serif text-lg font-semibold text-white">{y.year}</span>
            <span aria-hidden="true" className="h-px flex-1 bg-rule" />
          </h2>
          <ol className="ml-[0.95rem] border-l-2 border-rule pb-4">
            {y.months.map((m) => (
              <li key={m.key} aria-labelledby={`month-${m.key}`} className="relative pl-5 pt-3">
                <span aria-hidden="true" className="absolute -left-[7px] top-[1.15rem] h-3 w-3 rounded-full border-2 border-white bg-accent" />
                <h3 id={`month-${m.key}`} className="text-sm font-semibold uppercase tracking-wide text-muted">
                  {formatMonth(m.key)}
                  <span className="figures font-normal normal-case tracking-normal"> · {m.entries.length}</span>
                </h3>
                <ol className="mt-2 space-y-3">
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
    <li className="rounded-lg border border-rule bg-white p-3 shadow-sm sm:p-4" data-testid="timeline-entry">
      <article className="grid gap-x-4 gap-y-1 sm:grid-cols-[5.5rem_minmax(0,1fr)_auto]">
        <p className="figures text-sm text-muted sm:pt-0.5">
          <time dateTime={e.announcedOn}>{formatShortDate(e.announcedOn)}</time>
          {e.dateApproximate && <span className="block text-xs italic">approx. date</span>}
        </p>
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-sm">
            <Link href={countryHref(e.recipient.code)} className="inline-flex items-center gap-1.5 font-semibold text-ink no-underline hover:underline">
              <Flag code={e.recipient.code} kind={e.recipient.kind} />
              {e.recipient.name}
            </Link>
            {e.systems.map((s) => (
              <Link key={s.slug} href={systemHref(s.slug)} className="rounded bg-accent-soft px-1.5 py-px text-xs font-medium text-accent no-underline hover:underline">
                {s.name}
              </Link>
            ))}
          </p>
          <h4 className="mt-1 font-serif text-lg leading-snug">
            <Link href={`/deals/${e.slug}`} className="text-ink underline decoration-rule underline-offset-4 hover:decoration-accent">
              {e.match ? <Highlight parts={e.match.title} /> : e.title}
            </Link>
          </h4>
          <p className="mt-1 text-sm text-muted">{e.match ? <Highlight parts={e.match.summary} /> : e.summary}</p>
          {e.match && e.match.elsewhere.length > 0 && (
            <dl className="mt-1 space-y-0.5 text-sm" data-testid="match-elsewhere">
              {e.match.elsewhere.map((m) => (
                <div key={m.field} className="flex gap-1.5">
                  <dt className="shrink-0 font-medium text-muted">{MATCHED_IN[m.field]}:</dt>
                  <dd className="min-w-0">
                    <Highlight parts={m.parts} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {e.lowConfidence && (
            <p className="mt-1 text-xs font-medium text-amber-800">Low confidence: rests on weak sources. See the deal page.</p>
          )}
        </div>
        <p className="text-base font-semibold sm:text-right">
          <Usd amount={e.estimatedValueUsd} />
        </p>
      </article>
    </li>
  );
}
