import { Link } from "@/components/ui/link";
import { ChartFigure, ChartTable, ChartTotalsRows } from "@/components/charts/chart-figure";
import { ColumnChart } from "@/components/charts/column-chart";
import { Usd } from "@/components/ui/money";
import { columnChart, fiscalYearAxis } from "@/lib/charts";
import { ADMINISTRATION_SOURCE, administrationName, ARCHIVE_FROM, FIRST_FISCAL_YEAR, type FiscalYearRow, type FiscalYearsOverview, type Tally } from "@/lib/domain";
import { fiscalYearHref, formatLongDate, formatShortDate, formatUsdCompact, PAGE_HREF, plural, yearTablesHref } from "@/lib/format";
import { CeilingNote } from "./ceiling-note";
import { fyLabel, spanText } from "./span-label";

/** The tally's figures as cells: a count linked to its timeline view, the value, and the caveats. */
function TallyCells({ tally, href }: { tally: Tally; href: string | null }) {
  return (
    <>
      <td>{href ? <Link href={href}>{tally.count}</Link> : tally.count}</td>
      <td>
        <Usd amount={tally.valueUsd} />
      </td>
      <td className="wide">{tally.withoutValue}</td>
      <td className="wide">{tally.emergency}</td>
      <td className="wide">{tally.challenged}</td>
    </>
  );
}

const HEAD = ["Notifications", "Estimated value", "Without a value", "Emergency", "Challenged"];

/** The head of a table of tallies: what its rows are, then TallyCells' columns. */
function TallyHead({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {HEAD.map((h, i) => (
          <th key={h} scope="col" className={i >= 2 ? "wide" : undefined}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Consecutive years the record does not count, run together (newest first); every other year alone. */
function runs(years: FiscalYearRow[]): FiscalYearRow[][] {
  const out: FiscalYearRow[][] = [];
  for (const y of years) {
    const last = out.at(-1);
    if (!y.span.covered && last && !last[0]!.span.covered) last.push(y);
    else out.push([y]);
  }
  return out;
}

/** A run of years the record does not count yet, in one row: the years, and the examples it holds from them. */
function UncountedRun({ run, today }: { run: FiscalYearRow[]; today: string }) {
  const newest = run[0]!.span;
  const oldest = run.at(-1)!.span;
  const withExamples = [...run].reverse().filter((y) => y.examples > 0);
  const examples = withExamples.reduce((n, y) => n + y.examples, 0);
  return (
    <tr data-fiscal-years={`${oldest.fiscalYear}-${newest.fiscalYear}`}>
      <th scope="row">
        {fyLabel(oldest.fiscalYear)} to {fyLabel(newest.fiscalYear)}
        <span>
          {plural(run.length, "year", "years")}: {spanText(oldest, today).split(" – ")[0]} – {spanText(newest, today).split(" – ")[1]}
        </span>
      </th>
      <td colSpan={5} className="note">
        Not counted yet: the record holds {examples > 0 ? plural(examples, "example", "examples") : "no notification"} from these years
        {withExamples.length > 0 && (
          <>
            {" ("}
            {withExamples.map((y, i) => (
              <span key={y.span.fiscalYear}>
                {i > 0 && ", "}
                <Link href={fiscalYearHref(y.span.fiscalYear)}>{fyLabel(y.span.fiscalYear)}</Link>
              </span>
            ))}
            )
          </>
        )}
      </td>
    </tr>
  );
}

/** /years: every fiscal year from FY2008 side by side, and the same grouped by administration. */
export function YearsOverview({ overview }: { overview: FiscalYearsOverview }) {
  const { years, administrations, total, before, today, talliedFrom } = overview;
  const counted = years.filter((y) => y.span.covered);
  const uncounted = years.filter((y) => !y.span.covered);
  const examples = uncounted.reduce((n, y) => n + y.examples, 0);
  // A year in progress that holds nothing yet is not drawn as a zero (it is named in the caption).
  const charted = counted.filter((y) => !(y.span.inProgress && y.tally.count === 0));
  const empty = counted.filter((y) => y.tally.count === 0);
  const chartData = charted.map((y) => ({ key: String(y.span.fiscalYear), label: `${fyLabel(y.span.fiscalYear)}${y.span.startsLate || y.span.inProgress ? "*" : ""}`, count: y.tally.count, valueUsd: y.tally.valueUsd }));
  const first = counted[0]?.span.fiscalYear;
  return (
    <article className="mx-auto max-w-5xl">
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Fiscal years</h1>
      <p className="mt-3 max-w-3xl">
        U.S. Foreign Military Sales notified to Congress, tallied by fiscal year (1 October to 30 September, each notification in the year of its
        announcement) from {fyLabel(FIRST_FISCAL_YEAR)}, whose first release in the official archive is dated {formatLongDate(ARCHIVE_FROM)} (so{" "}
        {fyLabel(FIRST_FISCAL_YEAR)} is partial), to {fyLabel(years.at(-1)!.span.fiscalYear)}, in progress. Each year links to its tally by recipient,
        region, system, month and contractor.
      </p>
      <CeilingNote />
      {talliedFrom > ARCHIVE_FROM && (
        <p className="mt-3 max-w-3xl rounded-lg border border-rule bg-white p-3 text-sm" data-testid="years-coverage">
          The record counts notifications from <strong>{formatLongDate(talliedFrom)}</strong> ({fyLabel(first ?? FIRST_FISCAL_YEAR)}) on. For{" "}
          {fyLabel(FIRST_FISCAL_YEAR)} to {fyLabel(uncounted.at(-1)?.span.fiscalYear ?? FIRST_FISCAL_YEAR)} it holds only{" "}
          {plural(examples, "example", "examples")}, so those years show no tally rather than a total of examples that would read as the year&apos;s (
          <Link href={PAGE_HREF.coverage}>coverage</Link>).
        </p>
      )}
      <p className="mt-4 text-lg" data-testid="years-summary">
        <strong className="figures">{plural(total.count, "notification", "notifications")}</strong> counted from {formatLongDate(talliedFrom)} to{" "}
        {formatLongDate(today)}, worth{" "}
        <strong>
          <Usd amount={total.valueUsd} />
        </strong>{" "}
        in estimated value
        {total.withoutValue > 0 ? ` (and ${plural(total.withoutValue, "notification", "notifications")} without a value, not in the sum)` : ""}.
      </p>

      {counted.length > 0 && (
        <div className="mt-6">
          <ChartFigure
            id="years-chart"
            heading="Estimated value by fiscal year"
            caption={`The sum of the estimated values notified in each fiscal year the record counts (exact totals in the table). * A year counted only in part: the first from the record's start, the last in progress to ${formatShortDate(today)}.${empty.length > 0 ? ` No notifications in the record for ${empty.map((y) => fyLabel(y.span.fiscalYear)).join(", ")}${empty.some((y) => y.span.inProgress) ? " (yet)" : ""}.` : ""}${uncounted.length > 0 ? ` ${fyLabel(uncounted[0]!.span.fiscalYear)} to ${fyLabel(uncounted.at(-1)!.span.fiscalYear)} are not drawn: the record does not count them yet.` : ""}`}
            table={
              <ChartTable caption="Estimated value notified by fiscal year" head={["Fiscal year", "Notifications", "Estimated value"]}>
                <ChartTotalsRows
                  rows={counted.map((y) => ({ key: String(y.span.fiscalYear), label: fyLabel(y.span.fiscalYear), href: fiscalYearHref(y.span.fiscalYear), count: y.tally.count, valueUsd: y.tally.valueUsd }))}
                  total={total}
                  exact
                />
              </ChartTable>
            }
          >
            <ColumnChart
              id="years-chart"
              title="Estimated value notified by fiscal year"
              description={chartData.map((d) => `${d.label}: ${d.count === 0 ? "no notifications in the record" : formatUsdCompact(d.valueUsd)}`).join("; ")}
              chart={columnChart(chartData, { height: 180, axisLabel: fiscalYearAxis(chartData.map((d) => d.key)) })}
            />
          </ChartFigure>
        </div>
      )}

      <section aria-labelledby="by-year-heading" className="mt-8">
        <h2 id="by-year-heading" className="font-serif text-xl font-semibold">
          Side by side
        </h2>
        <p className="mt-1 text-sm text-muted">
          Each count links to the timeline of the notifications it counts. Without a value: no estimated value in the record (not in the sum, not $0).
          Emergency: sent under an emergency determination that waived Congress&apos;s review. Challenged: a joint resolution of disapproval was aimed at it.
        </p>
        <div className="mt-3 overflow-x-auto rounded-lg border border-rule bg-white">
          <table className="tally-table" data-testid="years-table">
            <caption className="sr-only">Notifications by fiscal year, with their estimated value and the caveats on it</caption>
            <TallyHead first="Fiscal year" />
            <tbody>
              {runs([...years].reverse()).map((run) =>
                run.length > 2 ? (
                  <UncountedRun key={run[0]!.span.fiscalYear} run={run} today={today} />
                ) : (
                  run.map((y) => (
                    <tr key={y.span.fiscalYear} data-fiscal-year={y.span.fiscalYear}>
                      <th scope="row">
                        <Link href={fiscalYearHref(y.span.fiscalYear)}>{fyLabel(y.span.fiscalYear)}</Link>
                        <span>{spanText(y.span, today)}</span>
                      </th>
                      {!y.span.covered ? (
                        <td colSpan={5} className="note">
                          Not counted yet: the record holds {y.examples > 0 ? plural(y.examples, "example", "examples") : "no notification"} from this year
                        </td>
                      ) : y.tally.count === 0 ? (
                        <td colSpan={5} className="note">
                          No notifications in the record{y.span.inProgress ? " yet" : ""}
                        </td>
                      ) : (
                        <TallyCells tally={y.tally} href={y.href} />
                      )}
                    </tr>
                  ))
                ),
              )}
              <tr className="total">
                <th scope="row">All counted years</th>
                <TallyCells tally={total} href={null} />
              </tr>
            </tbody>
          </table>
        </div>
        {before.count > 0 && (
          <p className="mt-2 text-sm text-muted" data-testid="years-before">
            The record also holds{" "}
            {before.href ? <Link href={before.href}>{plural(before.count, "notification", "notifications")}</Link> : plural(before.count, "notification", "notifications")}{" "}
            from before {fyLabel(FIRST_FISCAL_YEAR)}, outside the archive: examples, not counted in any year.
          </p>
        )}
      </section>

      <section aria-labelledby="by-administration-heading" className="mt-8">
        <h2 id="by-administration-heading" className="font-serif text-xl font-semibold">
          By administration
        </h2>
        <p className="mt-1 text-sm text-muted">
          By each notification&apos;s date: a presidential term ends at noon on 20 January (
          <a href={ADMINISTRATION_SOURCE.url}>Twentieth Amendment</a>), and a notification dated an inauguration day counts for the new administration.
          Each total covers only the part of the term the record counts.
        </p>
        <div className="mt-3 overflow-x-auto rounded-lg border border-rule bg-white">
          <table className="tally-table" data-testid="administrations-table">
            <caption className="sr-only">Notifications by presidential administration</caption>
            <TallyHead first="Administration" />
            <tbody>
              {[...administrations].reverse().map((a) => (
                <tr key={a.administration.slug} data-administration={a.administration.slug}>
                  <th scope="row">
                    {administrationName(a.administration)}
                    <span>
                      {a.covered
                        ? `${a.startsLate ? "counted from " : ""}${formatShortDate(a.covered.from)} to ${a.inOffice ? `${formatShortDate(a.covered.to)}, in office` : formatShortDate(a.covered.to)}`
                        : `${a.administration.from < ARCHIVE_FROM ? `${formatShortDate(ARCHIVE_FROM)} (the archive's start)` : formatShortDate(a.administration.from)} to ${formatShortDate(a.administration.to!)}`}
                    </span>
                  </th>
                  {a.covered ? (
                    <TallyCells tally={a.tally} href={a.href} />
                  ) : (
                    <td colSpan={5} className="note">
                      Not counted yet: the record holds {a.examples > 0 ? plural(a.examples, "example", "examples") : "no notification"} from this term
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <p className="mt-6 text-sm" data-testid="years-exports">
        These tables as <a href={yearTablesHref(null, "csv")}>CSV</a> or <a href={yearTablesHref(null, "json")}>JSON</a>.
      </p>
    </article>
  );
}
