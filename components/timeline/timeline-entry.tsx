"use client";

import { Link } from "@/components/ui/link";
import { Flag } from "@/components/ui/flag";
import { Highlight, type ShownPart } from "@/components/ui/highlight";
import { Usd } from "@/components/ui/money";
import { groupByYearAndMonth, type SearchField } from "@/lib/domain";
import { countryHref, dealHref, monthHeading, systemHref } from "@/lib/format";

/**
 * What one timeline entry shows, as plain props. The date comes formatted (lib/format's dates
 * stay on the server); everything else is formatted here.
 */
export type TimelineEntryProps = {
  slug: string;
  announcedOn: string;
  /** "14 Nov 2026" */
  date: string;
  dateApproximate?: true;
  estimatedValueUsd: bigint;
  lowConfidence?: true;
  transmittalNumber?: string;
  reviewWaived?: true;
  /** How many later reports change the sale. */
  laterChangeCount?: number;
  /** How many joint resolutions of disapproval are aimed at the sale. */
  resolutionCount?: number;
  recipient: { code: string; name: string; kind: string };
  systems: { slug: string; name: string }[];
} & (
  | { title: string; summary: string; match?: undefined }
  /** A search's match: the title and summary are sent once, as their marked parts. */
  | { match: ShownHighlight; title?: undefined; summary?: undefined }
);

/** A search's marks on an entry (SearchHighlight), as sent: `mark` only on the matched parts. */
export type ShownHighlight = { title: ShownPart[]; summary: ShownPart[]; elsewhere: { field: SearchField; parts: ShownPart[] }[] };

const MATCHED_IN: Record<SearchField, string> = {
  equipment: "Equipment",
  contractors: "Contractors",
  sources: "Sources",
  names: "Names",
};

/**
 * The time axis: year headings, month headings with how many entries the page lists in each, and
 * the entries, newest first (as given). A client component so that the payload carries only the
 * entries' props: the headings and the lists around them are drawn from the entries' dates
 * (docs/architecture.md#client-components-for-the-payloads-sake). Twenty entries a page
 * (PAGE_SIZE, lib/queries/timeline.ts); styles are the .tl-* classes in app/globals.css.
 */
export function TimelineList({ entries }: { entries: TimelineEntryProps[] }) {
  return (
    <ol className="mt-6" aria-label="Notifications by year and month">
      {groupByYearAndMonth(entries).map((y) => (
        <li key={y.year} aria-labelledby={`year-${y.year}`}>
          <h2 id={`year-${y.year}`} className="tl-year">
            <span>{y.year}</span>
          </h2>
          <ol className="tl-months">
            {y.months.map((m) => (
              <li key={m.key} aria-labelledby={`month-${m.key}`}>
                <h3 id={`month-${m.key}`}>
                  {monthHeading(m.key)}
                  <span>{` · ${m.entries.length}`}</span>
                </h3>
                <ol>
                  {m.entries.map((e) => (
                    <TimelineEntryView key={e.slug} e={e} />
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

/**
 * One notification on the timeline: a client component so that each entry travels in the page
 * payload as its props, not as an element tree (docs/architecture.md#client-components-for-the-payloads-sake).
 * Styles: the .tl-* rules in app/globals.css.
 */
export function TimelineEntryView({ e }: { e: TimelineEntryProps }) {
  return (
    <li className="tl-entry">
      <p className="tl-date">
        <time dateTime={e.announcedOn}>{e.date}</time>
        {e.dateApproximate && <span>approx. date</span>}
        {e.transmittalNumber && <span className="tl-tn" title="Transmittal number">{e.transmittalNumber}</span>}
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
        <Link href={dealHref(e.slug)}>{e.match ? <Highlight parts={e.match.title} /> : e.title}</Link>
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
      {(e.reviewWaived || e.laterChangeCount || e.resolutionCount || e.lowConfidence) && (
        <p className="tl-marks">
          {e.reviewWaived && <span className="tl-emergency">Emergency sale: no congressional review</span>}
          {e.laterChangeCount && (
            <span className="tl-changed">
              Changed later: {e.laterChangeCount} {e.laterChangeCount === 1 ? "report" : "reports"}
            </span>
          )}
          {e.resolutionCount && (
            <span className="tl-challenged" data-testid="challenged-mark">
              Challenged in Congress: {e.resolutionCount} {e.resolutionCount === 1 ? "resolution" : "resolutions"} of disapproval
            </span>
          )}
          {e.lowConfidence && <span className="tl-low">Low confidence: rests on weak sources. See the deal page.</span>}
        </p>
      )}
      <Usd amount={e.estimatedValueUsd} className="tl-value" />
    </li>
  );
}
