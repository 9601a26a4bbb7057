import { columnChart, timelinePeriods, yearLabels, type DateBounds, type PeriodDatum, type PeriodUnit } from "@/lib/charts";
import { Link } from "@/components/ui/link";
import { ARCHIVE_FROM, ARCHIVE_THROUGH, BEFORE_ARCHIVE, earlierTotals, type MonthTotal } from "@/lib/domain";
import { formatLongDate, formatUsdCompact, PAGE_HREF, plural, timelineHref } from "@/lib/format";
import { serializeFilters, type Filters } from "@/lib/filters";
import { ChartFigure, ChartTable, ChartTotalsRows } from "./chart-figure";
import { ColumnChart } from "./column-chart";

const UNIT: Record<PeriodUnit, { one: string; many: string; head: string }> = {
  month: { one: "month", many: "months", head: "Month" },
  "fiscal-year": { one: "fiscal year", many: "fiscal years", head: "Fiscal year" },
};

/** The view's own dates: its range, narrowed by its year when one is chosen. */
function boundsOf(filters: Filters): DateBounds {
  const yearFrom = filters.year === null ? null : `${filters.year}-01-01`;
  const yearTo = filters.year === null ? null : `${filters.year}-12-31`;
  return {
    from: [filters.from, yearFrom].reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null),
    to: [filters.to, yearTo].reduce<string | null>((a, b) => (b !== null && (a === null || b < a) ? b : a), null),
  };
}

/**
 * The chart's columns and numbers, which depend on the months alone (and on the view's dates,
 * which the months' cache key includes; the links depend on the rest of the filters too).
 * lib/queries hands every request the same months array for the same view until the data
 * changes, so they are computed once per array, not on every request.
 */
const charts = new WeakMap<MonthTotal[], ReturnType<typeof computeChart>>();
function chartOf(months: MonthTotal[], filters: Filters) {
  let c = charts.get(months);
  if (!c) charts.set(months, (c = computeChart(months, boundsOf(filters))));
  return c;
}

function computeChart(all: MonthTotal[], bounds: DateBounds) {
  // Examples from before the archive: counted but never charted (the archive does not reach their years, so an empty one is not a zero).
  const earlier = earlierTotals(all);
  const laid = timelinePeriods(all, bounds);
  if (!laid) return { held: false as const, earlier };
  const { unit, periods } = laid;
  const chart = columnChart(periods, { height: 190, axisRows: unit === "month" ? 2 : 1, axisLabel: (_d, i) => periods[i]!.axis });
  const sum = (f: (p: PeriodDatum) => number) => periods.reduce((total, p) => total + f(p), 0);
  return {
    held: true as const,
    earlier,
    unit,
    periods,
    chart,
    yearRow: unit === "month" ? yearLabels(periods.map((p) => p.key)) : undefined,
    total: periods.reduce((total, p) => total + p.valueUsd, 0n),
    count: sum((p) => p.count),
    approximate: sum((p) => p.approximateCount),
    peak: periods.reduce((a, b) => (b.valueUsd > a.valueUsd ? b : a)),
    // Why a column is lighter: the archive begins inside it, its list ends before the period does, or the view's dates cut it.
    startsInArchive: periods[0]!.from === ARCHIVE_FROM,
    pastList: periods.some((p) => p.cover !== "complete"),
    cut: periods.some((p) => !p.whole && ((bounds.from !== null && p.from === bounds.from) || (bounds.to !== null && p.to === bounds.to))),
    // After the archive's list ends an empty period is unknown, not a zero: the caption says so when one is drawn.
    unknownEmpty: periods.some((p) => p.cover === "beyond" && p.count === 0),
  };
}

const ARCHIVE_FROM_TEXT = formatLongDate(ARCHIVE_FROM);

/** Why some columns are lighter, in one sentence. */
function partNote(unit: string, c: { startsInArchive: boolean; pastList: boolean; cut: boolean }) {
  const reasons = [
    c.startsInArchive && `the archive begins on ${ARCHIVE_FROM_TEXT}`,
    c.pastList && `its list ends on ${formatLongDate(ARCHIVE_THROUGH)} (later notifications are held as sources are found)`,
    c.cut && "the view's dates cut them",
  ].filter(Boolean);
  return reasons.length > 0 ? ` Lighter columns count only part of their ${unit}: ${reasons.join("; ")}.` : "";
}

/**
 * Estimated value over time of everything the filters match, above the timeline: by month, or by
 * fiscal year when the view spans more than three years. It covers the official archive
 * (lib/domain/coverage.ts), where a period with no column had nothing notified; earlier
 * notifications are examples, counted in a line of their own and in the table, never drawn, so
 * years the archive does not reach do not read as zero. Each column links to the timeline view it
 * counts.
 */
export function MonthlyValueChart({ months, filters }: { months: MonthTotal[]; filters: Filters }) {
  if (months.length === 0) return null;
  const computed = chartOf(months, filters);
  const { earlier } = computed;
  const earlierHref = timelineHref(
    serializeFilters({ ...filters, from: filters.from && filters.from < ARCHIVE_FROM ? filters.from : null, to: filters.to && filters.to < BEFORE_ARCHIVE ? filters.to : BEFORE_ARCHIVE, page: 1 }),
  );
  const earlierNote = earlier.count > 0 && (
    <>
      {" Not charted: "}
      <Link href={earlierHref}>{plural(earlier.count, "earlier notification", "earlier notifications")}</Link>
      {` (${formatUsdCompact(earlier.valueUsd)}), examples from before the archive (`}
      <Link href={PAGE_HREF.coverage}>coverage</Link>).
    </>
  );
  if (!computed.held) {
    return (
      <section aria-labelledby="monthly-chart-heading" className="rounded-lg border border-rule bg-white p-3 text-sm sm:p-4" data-testid="monthly-chart">
        <h2 id="monthly-chart-heading" className="font-serif text-lg font-semibold">
          Estimated value over time
        </h2>
        <p className="mt-1 text-muted" data-testid="chart-examples-only">
          Every notification in this view is from before {ARCHIVE_FROM_TEXT}, where the official archive the record holds begins; earlier years hold only a
          few examples, so no chart is drawn: it would show the years between them as empty.{" "}
          {plural(earlier.count, "notification", "notifications")}, {formatUsdCompact(earlier.valueUsd)} (<Link href={PAGE_HREF.coverage}>coverage</Link>).
        </p>
      </section>
    );
  }
  const { unit, periods, chart, yearRow, total, count, approximate, peak } = computed;
  const u = UNIT[unit];
  const hrefOf = (p: PeriodDatum) => timelineHref(serializeFilters({ ...filters, from: p.from, to: p.to, page: 1 }));
  const byKey = new Map(periods.map((p) => [p.key, p]));
  return (
    <ChartFigure
      id="monthly-chart"
      heading={`Estimated value by ${u.one}`}
      caption={
        <>
          {/* One string, not a dozen text nodes: each boundary between two would cost a comment in the HTML and an entry in the payload. */}
          {[
            `${plural(count, "notification", "notifications")} in this view from ${periods[0]!.name} to ${periods.at(-1)!.name}, summed by ${u.one}`,
            unit === "fiscal-year" ? " (October to September)" : "",
            ". Each column links to its notifications; ",
            computed.unknownEmpty ? `up to ${formatLongDate(ARCHIVE_THROUGH)}, a ${u.one} with no column had none.` : `a ${u.one} with no column had none.`,
            partNote(u.one, computed),
            approximate > 0 ? ` ${approximate} ${approximate === 1 ? "has" : "have"} an approximate date, counted in the ${u.one} recorded.` : "",
          ].join("")}
          {earlierNote}
        </>
      }
      table={
        <ChartTable caption={`Estimated value and number of notifications by ${u.one}`} head={[u.head, "Notifications", "Estimated value"]}>
          <ChartTotalsRows
            rows={periods.filter((p) => p.count > 0).map((p) => ({ key: p.key, label: p.label, href: hrefOf(p), count: p.count, valueUsd: p.valueUsd }))}
            total={{ count, valueUsd: total }}
            before={earlier.count > 0 ? { key: "earlier", label: `Before ${ARCHIVE_FROM_TEXT} (examples, not charted)`, href: earlierHref, ...earlier } : undefined}
          />
        </ChartTable>
      }
    >
      <ColumnChart
        id="monthly-chart"
        title={`Estimated value of notifications by ${u.one}`}
        description={`${plural(periods.length, u.one, u.many)}; the largest is ${peak.label} at ${formatUsdCompact(peak.valueUsd)}. The table below lists every ${u.one} with a notification.`}
        chart={chart}
        yearRow={yearRow}
        meta={(key) => {
          const p = byKey.get(key)!;
          return { href: p.count > 0 ? hrefOf(p) : undefined, part: !p.whole };
        }}
      />
    </ChartFigure>
  );
}
