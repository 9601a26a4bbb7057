import { ARCHIVE_FROM, ARCHIVE_THROUGH, fiscalYearOf, fiscalYearRange, periodCover, type FiscalYearTotal, type MonthTotal, type PeriodCover } from "@/lib/domain";
import { formatMonth, formatShortDate } from "@/lib/format";
import { labelTiers, labelWidth, type AxisTier } from "./axis";
import { monthRange } from "./totals";
import type { ChartDatum } from "./types";

/**
 * A column of a chart over time: a month or a fiscal year, with the days of it the view counts
 * and how complete the record is for them (lib/domain/coverage.ts).
 */
export type PeriodDatum = ChartDatum & {
  /** "FY2024", "March 2024"; `label` adds what the column leaves out of it ("FY2008 (from 21 Apr 2008)"). */
  name: string;
  /** The days counted: the period within the archive and the view's dates. A column's link narrows the view to them, so it holds the same count. */
  from: string;
  to: string;
  cover: PeriodCover;
  /** It counts every day of its period and the record is complete for them; otherwise it is drawn lighter. */
  whole: boolean;
  approximateCount: number;
  /** Under the axis ("Oct", "FY24"), from the tier on which it fits (lib/charts/axis.ts), or null. */
  axis: { label: string; tier: AxisTier } | null;
};

export type PeriodUnit = "month" | "fiscal-year";

/** The view's own dates: its date range, and its year when one is chosen. */
export type DateBounds = { from: string | null; to: string | null };

/** Up to three years of months are drawn a column each (about 8 px on a phone); a longer span is drawn by fiscal year. */
export const MAX_MONTH_COLUMNS = 36;

const SHORT_MONTH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** The last day of a `YYYY-MM` month. */
function lastDay(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

type Totals = { count: number; valueUsd: bigint; approximateCount: number };
const NONE: Totals = { count: 0, valueUsd: 0n, approximateCount: 0 };

/** A period from its nominal days: clipped to the archive and the view's dates, and labelled for the table with what it leaves out. */
function period(key: string, name: string, start: string, end: string, bounds: DateBounds, totals: Totals): Omit<PeriodDatum, "axis"> {
  const from = [start, ARCHIVE_FROM, bounds.from ?? ""].reduce((a, b) => (b > a ? b : a));
  const to = bounds.to && bounds.to < end ? bounds.to : end;
  const cover = periodCover(from, to);
  const notes = [
    from > start && `from ${formatShortDate(from)}`,
    to < end && `to ${formatShortDate(to)}`,
    cover === "partial" && to > ARCHIVE_THROUGH && `the archive's list ends ${formatShortDate(ARCHIVE_THROUGH)}`,
    cover === "beyond" && "after the archive's list ends",
  ].filter(Boolean);
  const label = notes.length ? `${name} (${notes.join("; ")})` : name;
  return { key, name, label, from, to, cover, whole: from === start && to === end && cover === "complete", ...totals };
}

/** Every fiscal year from `first` to `last`, each with its totals (zero for none), dropping empty years at the end that the archive does not reach. */
export function fiscalYearPeriods(totals: readonly FiscalYearTotal[], first: number, last: number, bounds: DateBounds = { from: null, to: null }): PeriodDatum[] {
  const byYear = new Map(totals.map((t) => [t.fiscalYear, t]));
  const periods = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => {
    const fy = first + i;
    const { from, to } = fiscalYearRange(fy);
    return period(String(fy), `FY${fy}`, from, to, bounds, byYear.get(fy) ?? NONE);
  });
  while (periods.length > 0 && periods.at(-1)!.cover === "beyond" && periods.at(-1)!.count === 0) periods.pop();
  const axis = fiscalYearAxis(periods.map((p) => p.key));
  return periods.map((p, i) => ({ ...p, axis: axis(p, i) }));
}

/** Every month from `first` to `last` (`YYYY-MM`), each with its totals (zero for none). */
export function monthPeriods(totals: readonly MonthTotal[], first: string, last: string, bounds: DateBounds = { from: null, to: null }): PeriodDatum[] {
  const byMonth = new Map(totals.filter((m) => !m.beforeArchive).map((m) => [m.month, m]));
  const periods = monthRange(first, last).map((m) => period(m, formatMonth(m), `${m}-01`, lastDay(m), bounds, byMonth.get(m) ?? NONE));
  const axis = monthAxis(periods.map((p) => p.key));
  return periods.map((p, i) => ({ ...p, axis: axis(p, i) }));
}

/**
 * The timeline chart's columns for a view's monthly totals: a month each when the notifications
 * from the archive on span at most MAX_MONTH_COLUMNS months, else a fiscal year each; from the
 * first period holding one to the last. Null when the view holds only examples.
 */
export function timelinePeriods(months: readonly MonthTotal[], bounds: DateBounds): { unit: PeriodUnit; periods: PeriodDatum[] } | null {
  const held = months.filter((m) => !m.beforeArchive && m.count > 0);
  if (held.length === 0) return null;
  const first = held[0]!.month;
  const last = held.at(-1)!.month;
  if (monthRange(first, last).length <= MAX_MONTH_COLUMNS) return { unit: "month", periods: monthPeriods(held, first, last, bounds) };
  const years = new Map<number, FiscalYearTotal>();
  for (const m of held) {
    const fy = fiscalYearOf(`${m.month}-01`);
    const y = years.get(fy) ?? { fiscalYear: fy, count: 0, valueUsd: 0n, approximateCount: 0 };
    years.set(fy, { fiscalYear: fy, count: y.count + m.count, valueUsd: y.valueUsd + m.valueUsd, approximateCount: y.approximateCount + m.approximateCount });
  }
  return { unit: "fiscal-year", periods: fiscalYearPeriods([...years.values()], fiscalYearOf(`${first}-01`), fiscalYearOf(`${last}-01`), bounds) };
}

type AxisLabel = (d: ChartDatum, index: number) => { label: string; tier: AxisTier } | null;

/** Axis labels for columns keyed by fiscal year ("2025"): "FY25" from the tier on which it fits (lib/charts/axis.ts). */
export function fiscalYearAxis(keys: readonly string[]): AxisLabel {
  const tiers = labelTiers(keys.length, labelWidth("FY24"), [1, 2, 4, 8, 16], (i) => Number(keys[i]));
  return (_d, i) => (tiers[i] == null ? null : { label: `FY${keys[i]!.slice(2)}`, tier: tiers[i]! });
}

/** Axis labels for columns keyed by month (`YYYY-MM`): "Oct" from the tier on which it fits, every month where there is room, else every third, sixth or twelfth (from January). */
export function monthAxis(keys: readonly string[]): AxisLabel {
  const month = (i: number) => Number(keys[i]!.slice(5, 7)) - 1;
  const tiers = labelTiers(keys.length, labelWidth("Sep"), [1, 3, 6, 12], month);
  return (_d, i) => (tiers[i] == null ? null : { label: SHORT_MONTH[month(i)]!, tier: tiers[i]! });
}
