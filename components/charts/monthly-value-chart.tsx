import Link from "next/link";
import { Usd } from "@/components/ui/money";
import { columnChart } from "@/lib/charts/columns";
import { fillKeys, monthRange } from "@/lib/charts/totals";
import { formatMonth } from "@/lib/dates";
import type { MonthTotal } from "@/lib/definitions";
import { timelineHref, type Filters } from "@/lib/filters";
import { formatUsdCompact } from "@/lib/money";
import { ChartFigure, ChartTable } from "./chart-figure";
import { ColumnChart } from "./column-chart";

const SHORT_MONTH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** The last day of a `YYYY-MM` month, for a month's date-range link. */
function lastDay(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

/** The same view narrowed to one month (never wider than a date range already in force). */
function monthHref(filters: Filters, month: string): string {
  const first = `${month}-01`;
  const last = lastDay(month);
  const from = filters.from && filters.from > first ? filters.from : first;
  const to = filters.to && filters.to < last ? filters.to : last;
  return timelineHref({ ...filters, from, to, page: 1 });
}

/** Estimated value by month of everything the filters match, above the timeline. */
export function MonthlyValueChart({ months, filters }: { months: MonthTotal[]; filters: Filters }) {
  if (months.length === 0) return null;
  const keys = monthRange(months[0]!.month, months.at(-1)!.month);
  const data = fillKeys(
    keys,
    new Map(months.map((m) => [m.month, { valueUsd: m.valueUsd, count: m.count }])),
    formatMonth,
  );
  const many = keys.length > 8;
  const chart = columnChart(data, {
    height: 190,
    axisRows: 2,
    // Few labels, so they never collide on a phone: every third month when there are many.
    axisLabel: (d) => {
      const m = Number(d.key.slice(5, 7));
      return !many || m % 3 === 1 ? SHORT_MONTH[m - 1]! : null;
    },
  });
  const years = keys.filter((k, i) => i === 0 || k.endsWith("-01")).map((k) => ({ key: k, label: k.slice(0, 4) }));
  const total = months.reduce((sum, m) => sum + m.valueUsd, 0n);
  const count = months.reduce((sum, m) => sum + m.count, 0);
  const approximate = months.reduce((sum, m) => sum + m.approximateCount, 0);
  const peak = data.reduce((a, b) => (b.valueUsd > a.valueUsd ? b : a));
  return (
    <ChartFigure
      id="monthly-chart"
      heading="Estimated value by month"
      caption={
        <>
          {count} {count === 1 ? "notification" : "notifications"} matching this view, {formatMonth(keys[0]!)} to {formatMonth(keys.at(-1)!)}; each
          column is the sum of the notifications announced that month.
          {approximate > 0 && ` ${approximate} of them have an approximate date and are counted in the month recorded.`}
        </>
      }
      table={
        <ChartTable caption="Estimated value and number of notifications by month" head={["Month", "Notifications", "Estimated value"]}>
          {data
            .filter((d) => d.count > 0)
            .map((d) => (
              <tr key={d.key} className="border-b border-rule/60">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  <Link href={monthHref(filters, d.key)}>{d.label}</Link>
                </th>
                <td className="py-1 pr-3 text-right">{d.count}</td>
                <td className="py-1 text-right">
                  <Usd amount={d.valueUsd} />
                </td>
              </tr>
            ))}
          <tr className="font-semibold">
            <th scope="row" className="py-1 pr-3 text-left">
              Total
            </th>
            <td className="py-1 pr-3 text-right">{count}</td>
            <td className="py-1 text-right">
              <Usd amount={total} />
            </td>
          </tr>
        </ChartTable>
      }
    >
      <ColumnChart
        id="monthly-chart"
        title="Estimated value of notifications by month"
        description={`${keys.length} months; the largest is ${peak.label} at ${formatUsdCompact(peak.valueUsd)}. The table below lists every month.`}
        chart={chart}
        yearRow={years}
      />
    </ChartFigure>
  );
}
