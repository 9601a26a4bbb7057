import type { Metadata } from "next";
import Link from "next/link";
import { getCoverage } from "@/lib/queries";
import { formatLongDate, PAGE_HREF, timelineHref } from "@/lib/format";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { OPEN_GRAPH_BASE } from "@/lib/site";

const title = "Coverage: what the record holds";
const description = "How complete FMS Timeline's record of U.S. arms sales notifications is: by fiscal year, official texts against reporting, and the transmittal numbers held and missing.";

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: PAGE_HREF.coverage },
  openGraph: { ...OPEN_GRAPH_BASE, type: "website", title, description, url: PAGE_HREF.coverage },
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export default async function CoveragePage() {
  const c = await getCoverage();
  const earliest = c.earlier.years[0]?.year;
  const latest = c.earlier.years.at(-1)?.year;
  return (
    <article className="mx-auto max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Coverage</h1>
      <p className="mt-3">
        The record aims to hold every notification of a possible Foreign Military Sale sent to Congress from{" "}
        <strong>{formatLongDate(c.researchedFrom)}</strong> (fiscal year {c.fiscalYears[0]?.fiscalYear}) to today, each keyed by its transmittal number
        where a source gives it. It holds what public sources confirm: where no official text (press release, Congressional Record, Federal Register) was
        found, a record rests on reporting of it and says so. Below is how far it gets, counted from the record as it is now.
      </p>
      <p className="mt-2 text-sm text-muted" data-testid="coverage-totals">
        Since {formatLongDate(c.researchedFrom)}: {plural(c.researched.total, "notification", "notifications")}, {c.researched.official.toLocaleString("en-US")} with an
        official text among its sources, {c.researched.withTransmittal.toLocaleString("en-US")} with a transmittal number;{" "}
        {plural(c.researched.reports, "later report", "later reports")} on sales in the record.
        {c.newest && ` The newest notification it holds was announced on ${formatLongDate(c.newest)}; later ones are missing until a source is found (the Federal Register reprints each, weeks to months later: npm run sync reads it).`}
      </p>

      <section aria-labelledby="fy-heading" className="mt-8">
        <h2 id="fy-heading" className="font-serif text-xl font-semibold">
          By fiscal year
        </h2>
        <p className="mt-1 text-sm text-muted">A U.S. fiscal year runs from 1 October to 30 September; each notification counts in the year of its announcement date.</p>
        <div className="mt-3 overflow-x-auto rounded-lg border border-rule bg-white">
          <table className="figures w-full border-collapse text-left text-sm" data-testid="coverage-fiscal-years">
            <caption className="sr-only">Notifications held, by fiscal year and by the kind of source behind them</caption>
            <thead>
              <tr className="border-b border-rule text-xs uppercase tracking-wide text-muted">
                <th scope="col" className="p-2 font-semibold">
                  Fiscal year
                </th>
                <th scope="col" className="p-2 text-right font-semibold">
                  Held
                </th>
                <th scope="col" className="p-2 text-right font-semibold">
                  Official text read
                </th>
                <th scope="col" className="p-2 text-right font-semibold">
                  Release as compiled
                </th>
                <th scope="col" className="p-2 text-right font-semibold">
                  Reporting only
                </th>
                <th scope="col" className="p-2 text-right font-semibold">
                  Transmittal no.
                </th>
                <th scope="col" className="p-2 text-right font-semibold">
                  Low confidence
                </th>
              </tr>
            </thead>
            <tbody>
              {c.fiscalYears.map((fy) => (
                <tr key={fy.fiscalYear} className="border-b border-rule/70 last:border-0">
                  <th scope="row" className="p-2 font-medium">
                    <Link href={timelineHref(serializeFilters({ ...EMPTY_FILTERS, from: fy.from, to: fy.to }))}>FY{fy.fiscalYear}</Link>
                    <span className="block text-xs font-normal text-muted">
                      {formatLongDate(fy.from)} to {fy.current ? `today (${formatLongDate(c.today)})` : formatLongDate(fy.to)}
                    </span>
                  </th>
                  <td className="p-2 text-right">{fy.total}</td>
                  <td className="p-2 text-right">{fy.officialRead}</td>
                  <td className="p-2 text-right">{fy.officialCompiled}</td>
                  <td className="p-2 text-right">{fy.reportingOnly}</td>
                  <td className="p-2 text-right">{fy.withTransmittal}</td>
                  <td className="p-2 text-right">{fy.lowConfidence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-2 text-sm text-muted">
          Official text read: the project read the release, the Congressional Record or the Federal Register itself. Release as compiled: the facts
          come from the official release as a published compilation gives them, not yet checked against its text. Reporting only: no official text.
        </p>
        <p className="mt-2 text-sm text-muted">
          About 100 to 120 notifications are made in a year, so a year holding fewer is incomplete: the sales missing are those no source the project
          could read confirms.
        </p>
      </section>

      <section aria-labelledby="series-heading" className="mt-10">
        <h2 id="series-heading" className="font-serif text-xl font-semibold">
          Transmittal numbers
        </h2>
        <p className="mt-1 text-sm text-muted">
          Each sale is numbered in a series (24-, 25-, 26-…), roughly in order; the series prefix is not the fiscal year. For each series: the numbers the
          record holds, and those it lacks up to the highest it holds (the series may run further).
        </p>
        {c.series.length === 0 && <p className="mt-3">No notification in the record carries a transmittal number yet.</p>}
        <ul className="mt-3 space-y-3">
          {c.series.map((s) => (
            <li key={s.series} className="rounded-lg border border-rule bg-white p-4 text-sm" data-testid="coverage-series">
              <h3 className="figures font-semibold">
                {s.series}-01 to {s.highest}: {s.held.length} held
              </h3>
              <p className="figures mt-1">
                <span className="text-muted">Held: </span>
                {s.held.map((t, i) => (
                  <span key={t}>
                    {i > 0 && ", "}
                    <Link href={timelineHref(serializeFilters({ ...EMPTY_FILTERS, transmittals: [t] }))}>{t}</Link>
                  </span>
                ))}
              </p>
              <p className="figures mt-1">
                <span className="text-muted">Not in the record ({s.missingCount}): </span>
                {s.missing.length > 0 ? s.missing.join(", ") : "none"}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="earlier-heading" className="mt-10">
        <h2 id="earlier-heading" className="font-serif text-xl font-semibold">
          Before {formatLongDate(c.researchedFrom)}
        </h2>
        {c.earlier.total > 0 ? (
          <>
            <p className="mt-1" data-testid="coverage-earlier">
              The record also holds {plural(c.earlier.total, "notification", "notifications")} from {earliest === latest ? earliest : `${earliest} to ${latest}`}:
              examples imported from official texts, or earlier sales that a later report names. Those years are not researched, so the record says nothing
              about how many notifications they had; charts leave them out rather than show them as empty.
            </p>
            <ul className="figures mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {c.earlier.years.map((y) => (
                <li key={y.year}>
                  <Link href={timelineHref(serializeFilters({ ...EMPTY_FILTERS, year: Number(y.year) }))}>{y.year}</Link>: {y.count}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-1">The record holds nothing earlier.</p>
        )}
      </section>
    </article>
  );
}
