import { Link } from "@/components/ui/link";
import { ChartFigure, ChartTable, ChartTotalsRows } from "@/components/charts/chart-figure";
import { ColumnChart } from "@/components/charts/column-chart";
import { NotificationList } from "@/components/profile/notification-list";
import { BackLink } from "@/components/ui/back-link";
import { ArrowLeftIcon, ArrowRightIcon } from "@/components/ui/icons";
import { Usd } from "@/components/ui/money";
import { columnChart, monthAxis } from "@/lib/charts";
import type { FiscalYearTally } from "@/lib/domain";
import { countryHref, fiscalYearHref, formatMonth, formatUsdCompact, PAGE_HREF, plural, yearTablesHref } from "@/lib/format";
import { BreakdownFigure } from "./breakdown-figure";
import { CeilingNote } from "./ceiling-note";
import { ComparisonList } from "./comparison";
import { ContractorTable, SystemTable } from "./tally-tables";
import { fyLabel, spanText } from "./span-label";

/** /years/<FY>: one fiscal year's tally, each figure linked to the timeline view it counts. */
export function FiscalYearView({ tally, today, first, last }: { tally: FiscalYearTally; today: string; first: number; last: number }) {
  const { span, months, recipients, regions, categories } = tally;
  const fy = span.fiscalYear;
  const counted = span.covered !== null && tally.tally.count > 0;
  const coveredMonths = months.filter((m) => m.covered);
  const busiest = tally.busiestMonth ? months.find((m) => m.month === tally.busiestMonth) : null;
  return (
    <article className="mx-auto max-w-5xl">
      <nav aria-label="Breadcrumb" className="flex flex-wrap justify-between gap-2 text-sm">
        <BackLink href={PAGE_HREF.years}>All fiscal years</BackLink>
        <span className="flex gap-4">
          {fy > first && (
            <Link href={fiscalYearHref(fy - 1)} rel="prev" className="inline-flex items-center gap-1">
              <ArrowLeftIcon />
              {fyLabel(fy - 1)}
            </Link>
          )}
          {fy < last && (
            <Link href={fiscalYearHref(fy + 1)} rel="next" className="inline-flex items-center gap-1">
              {fyLabel(fy + 1)}
              <ArrowRightIcon />
            </Link>
          )}
        </span>
      </nav>
      <header className="mt-4 border-b border-rule pb-5">
        <h1 className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">Fiscal year {fy}</h1>
        <p className="mt-1 text-muted">{spanText(span, today)}</p>
        <p className="mt-3 text-lg" data-testid="year-summary">
          {!span.covered ? (
            <>
              The record does not count {fyLabel(fy)} yet: it holds {plural(tally.examples, "example", "examples")} from it, which would not be the year&apos;s
              total (<Link href={PAGE_HREF.coverage}>coverage</Link>).
            </>
          ) : tally.tally.count === 0 ? (
            <>No notifications in the record for {fyLabel(fy)}{span.inProgress ? " yet" : ""}.</>
          ) : (
            <>
              <Link href={tally.href!} className="figures font-bold">
                {plural(tally.tally.count, "notification", "notifications")}
              </Link>
              , worth{" "}
              <strong>
                <Usd amount={tally.tally.valueUsd} />
              </strong>{" "}
              in estimated value{span.inProgress ? " so far" : ""}
              {tally.tally.withoutValue > 0 && `, and ${plural(tally.tally.withoutValue, "notification", "notifications")} without a value (not in the sum)`}.
            </>
          )}
        </p>
        {counted && (
          <p className="mt-1 text-sm" data-testid="year-flags">
            {tally.emergencyHref ? <Link href={tally.emergencyHref}>{plural(tally.tally.emergency, "emergency sale", "emergency sales")}</Link> : "No emergency sale"} (review
            waived) · {tally.challengedHref ? <Link href={tally.challengedHref}>{plural(tally.tally.challenged, "sale", "sales")} challenged</Link> : "none challenged"} in
            Congress
            {tally.tally.approximate > 0 && ` · ${plural(tally.tally.approximate, "notification has", "notifications have")} an approximate date, counted where it falls`}
          </p>
        )}
        <CeilingNote />
      </header>

      {span.covered && <div className="mt-6">{counted && <ComparisonList fiscalYear={fy} comparison={tally.comparison} />}</div>}

      {counted && (
        <div className="mt-6 space-y-6">
          <ChartFigure
            id="months-chart"
            heading="By month"
            caption={`Estimated value notified each month${busiest ? `; the busiest was ${formatMonth(busiest.month)}, with ${plural(busiest.count, "notification", "notifications")}` : ""}.${coveredMonths.length < months.length ? " Months before the record starts are not drawn." : ""}${span.inProgress ? " The year runs to the current month." : ""}`}
            table={
              <ChartTable caption={`Notifications in ${fyLabel(fy)} by month`} head={["Month", "Notifications", "Estimated value"]}>
                <ChartTotalsRows rows={coveredMonths.map((m) => ({ key: m.month, label: formatMonth(m.month), href: m.href ?? undefined, count: m.count, valueUsd: m.valueUsd }))} total={tally.tally} exact />
              </ChartTable>
            }
          >
            <ColumnChart
              id="months-chart"
              title={`Estimated value notified by month, ${fyLabel(fy)}`}
              description={coveredMonths.map((m) => `${formatMonth(m.month)}: ${formatUsdCompact(m.valueUsd)} (${m.count})`).join("; ")}
              chart={columnChart(
                coveredMonths.map((m) => ({ key: m.month, label: formatMonth(m.month).slice(0, 3), count: m.count, valueUsd: m.valueUsd })),
                { height: 170, axisLabel: monthAxis(coveredMonths.map((m) => m.month)) },
              )}
              meta={(key) => ({ href: coveredMonths.find((m) => m.month === key)?.href ?? undefined })}
            />
          </ChartFigure>

          <BreakdownFigure
            id="recipients-chart"
            heading="By recipient"
            what="Recipient"
            caption={`${plural(recipients.length, "recipient", "recipients")}, largest estimated value first; each links to the timeline of its notifications this year.`}
            rows={recipients.map((r) => ({ key: r.code, label: r.name, href: r.href ?? countryHref(r.code), count: r.count, valueUsd: r.valueUsd }))}
            total={tally.tally}
          />

          <div className="grid gap-6 lg:grid-cols-2">
            <BreakdownFigure
              id="regions-chart"
              heading="By region"
              what="Region"
              caption="By the U.S. geographic combatant command whose area holds each recipient (its area in the table; sources on each recipient's page). Each links to the timeline of its recipients' notifications."
              rows={regions.map((r) => ({ key: r.code ?? "none", label: `${r.area} (${r.code ?? "no region"})`, href: r.href ?? undefined, count: r.count, valueUsd: r.valueUsd }))}
              total={tally.tally}
              chartLabel={(r) => (r.key === "none" ? "No region" : r.key)}
            />

            <BreakdownFigure
              id="categories-chart"
              heading="By category"
              what="Category"
              caption="A notification listing systems of two categories counts in both, whole; the total counts each notification once."
              rows={categories.map((c) => ({ key: c.slug, label: c.name, href: c.href ?? undefined, count: c.count, valueUsd: c.valueUsd }))}
              total={tally.tally}
              totalLabel="All notifications, each once"
            />
          </div>

          <div className="grid gap-6 lg:grid-cols-2">
            <SystemTable systems={tally.systems} />
            <ContractorTable tally={tally} />
          </div>

          {tally.emergencyEntries.length > 0 && (
            <section aria-labelledby="emergency-heading">
              <h2 id="emergency-heading" className="font-serif text-xl font-semibold">
                Emergency sales
              </h2>
              <p className="mt-1 text-sm text-muted">
                Sent under an emergency determination that waived Congress&apos;s review.{" "}
                {tally.tally.emergency > tally.emergencyEntries.length && <Link href={tally.emergencyHref!}>All {tally.tally.emergency} on the timeline</Link>}
              </p>
              <div className="mt-3">
                <NotificationList entries={tally.emergencyEntries} show="recipient" id="emergency" />
              </div>
            </section>
          )}
          {tally.challengedEntries.length > 0 && (
            <section aria-labelledby="challenged-heading">
              <h2 id="challenged-heading" className="font-serif text-xl font-semibold">
                Challenged in Congress
              </h2>
              <p className="mt-1 text-sm text-muted">
                A joint resolution of disapproval was aimed at each (<Link href={PAGE_HREF.congress}>In Congress</Link>).{" "}
                {tally.tally.challenged > tally.challengedEntries.length && <Link href={tally.challengedHref!}>All {tally.tally.challenged} on the timeline</Link>}
              </p>
              <div className="mt-3">
                <NotificationList entries={tally.challengedEntries} show="recipient" id="challenged" />
              </div>
            </section>
          )}
        </div>
      )}

      <p className="mt-8 text-sm" data-testid="year-exports">
        This year&apos;s tables as <a href={yearTablesHref(fy, "csv")}>CSV</a> or <a href={yearTablesHref(fy, "json")}>JSON</a>.
      </p>
    </article>
  );
}
