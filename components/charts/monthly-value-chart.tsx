import { columnChart, fillKeys, labelsYear, monthRange, yearLabels, yearRange } from "@/lib/charts";
import Link from "next/link";
import { BEFORE_RESEARCHED, earlierTotals, isResearched, RESEARCHED_FROM, type MonthTotal } from "@/lib/domain";
import { formatLongDate, formatMonth, formatUsdCompact, PAGE_HREF, plural, timelineHref } from "@/lib/format";
import { serializeFilters, type Filters } from "@/lib/filters";
import { ChartFigure, ChartTable, ChartTotalsRows } from "./chart-figure";
import { ColumnChart } from "./column-chart";

const SHORT_MONTH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** The last day of a `YYYY-MM` month, for a month's date-range link. */
function lastDay(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

/** The end of the view's part before the researched range. */
function earlierEnd(filters: Filters): string {
  return filters.to && filters.to < BEFORE_RESEARCHED ? filters.to : BEFORE_RESEARCHED;
}

/** The same view narrowed to one month (never wider than a date range already in force). */
function monthHref(filters: Filters, month: string): string {
  const first = `${month}-01`;
  const last = lastDay(month);
  const from = filters.from && filters.from > first ? filters.from : first;
  const to = filters.to && filters.to < last ? filters.to : last;
  return timelineHref(serializeFilters({ ...filters, from, to, page: 1 }));
}

/**
 * Beyond this many months a column per month is a comb of thin slots, so the chart shows a
 * column per year instead and each year links to its own month-by-month view.
 */
const MAX_MONTH_COLUMNS = 60;

/**
 * The chart's geometry and numbers, which depend on the months alone (the links in its table
 * depend on the filters too). lib/queries hands every request the same months array for the same
 * view until the data changes, so they are computed once per array, not on every request.
 */
const charts = new WeakMap<MonthTotal[], ReturnType<typeof computeChart>>();
function chartOf(months: MonthTotal[]) {
  let c = charts.get(months);
  if (!c) charts.set(months, (c = computeChart(months)));
  return c;
}

function computeChart(all: MonthTotal[]) {
  // The view before the researched range: a few examples, counted but never charted (their years are not researched, so an empty month is not a zero).
  const earlier = earlierTotals(all);
  const months = all.filter((m) => isResearched(m.month));
  if (months.length === 0) return { researched: false as const, earlier };
  const monthKeys = monthRange(months[0]!.month, months.at(-1)!.month);
  const byYear = monthKeys.length > MAX_MONTH_COLUMNS;
  const total = months.reduce((sum, m) => sum + m.valueUsd, 0n);
  const count = months.reduce((sum, m) => sum + m.count, 0);
  const approximate = months.reduce((sum, m) => sum + m.approximateCount, 0);

  let keys: string[];
  let data;
  let chart;
  let yearRow: { key: string; label: string }[] | undefined;
  if (byYear) {
    keys = yearRange(Number(monthKeys[0]!.slice(0, 4)), Number(monthKeys.at(-1)!.slice(0, 4)));
    const years = new Map<string, { valueUsd: bigint; count: number }>();
    for (const m of months) {
      const y = years.get(m.month.slice(0, 4)) ?? { valueUsd: 0n, count: 0 };
      y.valueUsd += m.valueUsd;
      y.count += m.count;
      years.set(m.month.slice(0, 4), y);
    }
    data = fillKeys(keys, years, (y) => y);
    const yearCount = keys.length;
    chart = columnChart(data, { height: 190, axisRows: 1, axisLabel: (d) => (labelsYear(d.key, yearCount) ? d.key : null) });
  } else {
    keys = monthKeys;
    data = fillKeys(keys, new Map(months.map((m) => [m.month, { valueUsd: m.valueUsd, count: m.count }])), formatMonth);
    const many = keys.length > 8;
    chart = columnChart(data, {
      height: 190,
      axisRows: 2,
      // Few labels, so they never collide on a phone: every third month when there are many.
      axisLabel: (d) => {
        const m = Number(d.key.slice(5, 7));
        return !many || m % 3 === 1 ? SHORT_MONTH[m - 1]! : null;
      },
    });
    yearRow = yearLabels(keys);
  }
  const unit = byYear ? "year" : "month";
  const peak = data.reduce((a, b) => (b.valueUsd > a.valueUsd ? b : a));
  const first = byYear ? keys[0]! : formatMonth(keys[0]!);
  const last = byYear ? keys.at(-1)! : formatMonth(keys.at(-1)!);
  return { researched: true as const, earlier, byYear, keys, data, chart, yearRow, total, count, approximate, unit, peak, first, last };
}

const RESEARCHED_FROM_TEXT = formatLongDate(RESEARCHED_FROM);

/**
 * Estimated value over time of everything the filters match, above the timeline: by month,
 * or by year when the view spans more than five years. It covers the researched range only
 * (lib/domain/coverage.ts): earlier notifications are examples, counted in a line of their own
 * and in the table, never drawn, so years nobody researched do not read as zero.
 */
export function MonthlyValueChart({ months, filters }: { months: MonthTotal[]; filters: Filters }) {
  if (months.length === 0) return null;
  const computed = chartOf(months);
  const { earlier } = computed;
  const earlierHref = timelineHref(serializeFilters({ ...filters, from: filters.from && filters.from < RESEARCHED_FROM ? filters.from : null, to: earlierEnd(filters), page: 1 }));
  const earlierNote = earlier.count > 0 && (
    <>
      {" "}
      Not charted: <Link href={earlierHref}>{plural(earlier.count, "earlier notification", "earlier notifications")}</Link> ({formatUsdCompact(earlier.valueUsd)}),
      from before {RESEARCHED_FROM_TEXT}, which the record holds only as examples (<Link href={PAGE_HREF.coverage}>coverage</Link>).
    </>
  );
  if (!computed.researched) {
    return (
      <section aria-labelledby="monthly-chart-heading" className="rounded-lg border border-rule bg-white p-3 text-sm sm:p-4" data-testid="monthly-chart">
        <h2 id="monthly-chart-heading" className="font-serif text-lg font-semibold">
          Estimated value over time
        </h2>
        <p className="mt-1 text-muted" data-testid="chart-unresearched">
          Every notification in this view is from before {RESEARCHED_FROM_TEXT}. The record is researched from that day on; earlier years hold only a few
          examples, so no chart is drawn: it would show the years between them as empty.{" "}
          {plural(earlier.count, "notification", "notifications")}, {formatUsdCompact(earlier.valueUsd)} (<Link href={PAGE_HREF.coverage}>coverage</Link>).
        </p>
      </section>
    );
  }
  const { byYear, keys, data, chart, yearRow, total, count, approximate, unit, peak, first, last } = computed;
  return (
    <ChartFigure
      id="monthly-chart"
      heading={`Estimated value by ${unit}`}
      caption={
        <>
          {plural(count, "notification", "notifications")} matching this view, {first} to {last}; each column is the sum of the
          notifications announced that {unit}.
          {byYear && " The view spans more than five years, so each column is a year; open a year for its months."}
          {approximate > 0 && ` ${approximate} of them have an approximate date and are counted in the ${unit} recorded.`}
          {earlierNote}
        </>
      }
      table={
        <ChartTable caption={`Estimated value and number of notifications by ${unit}`} head={[byYear ? "Year" : "Month", "Notifications", "Estimated value"]}>
          <ChartTotalsRows
            rows={data
              .filter((d) => d.count > 0)
              .map((d) => ({
                key: d.key,
                label: d.label,
                href: byYear ? timelineHref(serializeFilters({ ...filters, year: Number(d.key), page: 1 })) : monthHref(filters, d.key),
                count: d.count,
                valueUsd: d.valueUsd,
              }))}
            total={{ count, valueUsd: total }}
            before={earlier.count > 0 ? { key: "earlier", label: `Before ${RESEARCHED_FROM_TEXT} (examples, not charted)`, href: earlierHref, ...earlier } : undefined}
          />
        </ChartTable>
      }
    >
      <ColumnChart
        id="monthly-chart"
        title={`Estimated value of notifications by ${unit}`}
        description={`${keys.length} ${unit}s; the largest is ${peak.label} at ${formatUsdCompact(peak.valueUsd)}. The table below lists every ${unit} with a notification.`}
        chart={chart}
        yearRow={yearRow}
      />
    </ChartFigure>
  );
}
