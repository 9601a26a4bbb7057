import { fiscalYearPeriods, type PeriodDatum } from "@/lib/charts";
import { ARCHIVE_FROM, BEFORE_ARCHIVE, fiscalYearOf, type FiscalYearTotal, type RecordSpan } from "@/lib/domain";
import { EMPTY_FILTERS, serializeFilters, type Filters } from "@/lib/filters";
import { timelineHref, todayInWashington } from "@/lib/format";

/**
 * A recipient's or a system's whole history as its page charts it (lib/domain/coverage.ts): a
 * column per fiscal year from the archive's first to the record's last, and the examples from
 * before the archive counted apart.
 */
export type FiscalYearHistory = {
  /** Every fiscal year from FY2008 to the record's last: one with nothing notified is $0 (the archive is complete there), and each links to its notifications on the timeline. */
  periods: (PeriodDatum & { href: string })[];
  /** From the archive on: how many, their value, and how many have an approximate date. */
  count: number;
  valueUsd: bigint;
  approximateCount: number;
  /** The examples from before the archive, and the timeline view that lists them. */
  earlier: { count: number; valueUsd: bigint; href: string };
};

/** `scope` is the page's own filter (its recipient or system): each column's link is that view narrowed to the column's days. */
export function fiscalYearHistory(
  totals: { byFiscalYear: FiscalYearTotal[]; earlier: { count: number; valueUsd: bigint } },
  span: RecordSpan,
  scope: Partial<Filters>,
): FiscalYearHistory {
  const view = { ...EMPTY_FILTERS, ...scope };
  const last = fiscalYearOf(span.last ?? todayInWashington());
  const periods = totals.byFiscalYear.length === 0 ? [] : fiscalYearPeriods(totals.byFiscalYear, fiscalYearOf(ARCHIVE_FROM), Math.max(last, totals.byFiscalYear.at(-1)!.fiscalYear));
  return {
    periods: periods.map((p) => ({ ...p, href: timelineHref(serializeFilters({ ...view, from: p.from, to: p.to })) })),
    count: totals.byFiscalYear.reduce((sum, y) => sum + y.count, 0),
    valueUsd: totals.byFiscalYear.reduce((sum, y) => sum + y.valueUsd, 0n),
    approximateCount: totals.byFiscalYear.reduce((sum, y) => sum + y.approximateCount, 0),
    earlier: { ...totals.earlier, href: timelineHref(serializeFilters({ ...view, to: BEFORE_ARCHIVE })) },
  };
}
