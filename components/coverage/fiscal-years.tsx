import { Link } from "@/components/ui/link";
import { fiscalYearOf, type Coverage, type FiscalYearCoverage } from "@/lib/domain";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { formatLongDate, formatShortDate, timelineHref } from "@/lib/format";

const COLUMNS: [key: keyof FiscalYearCoverage, head: string][] = [
  ["total", "Held"],
  ["withTransmittal", "Transmittal no."],
  ["official", "Official text"],
  ["officialRead", "Read by the project"],
  ["officialCompiled", "Release as compiled"],
  ["reportingOnly", "Reporting only"],
  ["lowConfidence", "Low confidence"],
];

/** What a fiscal year's row covers, when not the whole year of a complete record. */
function coverNote(fy: FiscalYearCoverage, c: Coverage): string | null {
  if (fy.current) return `in progress, to ${formatShortDate(c.today)}: held so far`;
  if (fy.cover === "beyond") return "after the archive's list: held so far";
  if (fy.cover === "partial") return `the archive's list ends ${formatShortDate(c.archiveThrough)}`;
  if (fy.from === c.archiveFrom) return `from ${formatShortDate(fy.from)}, the archive's first`;
  return null;
}

/** Notifications held by fiscal year, with their transmittal numbers and the kind of source behind them; each year links to its notifications. */
export function FiscalYears({ coverage: c }: { coverage: Coverage }) {
  return (
    <section aria-labelledby="fy-heading" className="mt-8">
      <h2 id="fy-heading" className="font-serif text-xl font-semibold">
        By fiscal year
      </h2>
      <p className="mt-1 text-sm text-muted">A U.S. fiscal year runs from 1 October to 30 September; each notification counts in the year of its announcement date.</p>
      <div className="mt-3 overflow-x-auto rounded-lg border border-rule bg-white">
        <table className="coverage-table figures" data-testid="coverage-fiscal-years">
          <caption className="sr-only">Notifications held, by fiscal year: with a transmittal number, and by the kind of source behind them</caption>
          <thead>
            <tr>
              <th scope="col">Fiscal year</th>
              {COLUMNS.map(([key, head]) => (
                <th key={key} scope="col">
                  {head}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.fiscalYears.map((fy) => {
              const note = coverNote(fy, c);
              return (
                <tr key={fy.fiscalYear}>
                  <th scope="row">
                    <Link href={timelineHref(serializeFilters({ ...EMPTY_FILTERS, from: fy.from, to: fy.to }))}>FY{fy.fiscalYear}</Link>
                    {note && <span>{note}</span>}
                  </th>
                  {COLUMNS.map(([key]) => (
                    <td key={key}>{String(fy[key])}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-muted">
        Official text: the release, the Congressional Record or the Federal Register is among the record&rsquo;s sources, either read by the project itself or
        as a published compilation gives the release (its facts not yet checked against the text). Reporting only: no official text among its sources. From{" "}
        {formatLongDate(c.archiveFrom)} to {formatLongDate(c.archiveThrough)} the record holds every notification of the official archive; fiscal years{" "}
        {fiscalYearOf(c.archiveFrom)} and {fiscalYearOf(c.archiveThrough)} are covered only in part, where the archive begins and where its list ends, and a year
        after that holds what research and the Federal Register have found so far.
      </p>
    </section>
  );
}
