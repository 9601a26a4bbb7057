import { ARCHIVE_FROM, fiscalYearOf, fiscalYearRange } from "./coverage";
import type { RegionCode } from "./regions";
import type { TimelineEntry } from "./views";

/**
 * The rules behind the fiscal-year tallies (/years): which years there are, what part of each the
 * record covers, which administration a notification belongs to, and how a year compares with
 * others. Pure: the queries count, these say what the counts mean.
 */

/** The first fiscal year of the official archive the record holds (ARCHIVE_FROM, 21 April 2008): FY2008 is partial, and the tallies start there. */
export const FIRST_FISCAL_YEAR = fiscalYearOf(ARCHIVE_FROM);

/** The fiscal year that holds `today` (`YYYY-MM-DD`): the last one the tallies list. */
export function currentFiscalYear(today: string): number {
  return fiscalYearOf(today);
}

/**
 * The first day the record is a tally rather than examples: the archive's first release
 * (lib/domain/coverage.ts). A year before it is not counted as a year: it holds a few examples,
 * and a total of them would read as the year's.
 */
export function talliedFrom(): string {
  return ARCHIVE_FROM;
}

/**
 * What the record covers of one fiscal year on `today`: the whole year, the part from the day the
 * record starts (in the first year it covers), or nothing (a year before the record is a tally,
 * or one not begun). A year in progress is covered to its end: its counts are what the record
 * holds so far, and a link to it stays right as it grows.
 */
export type FiscalYearSpan = {
  fiscalYear: number;
  /** The whole fiscal year. */
  from: string;
  to: string;
  /** The part the record counts, or null when it counts none of it. */
  covered: { from: string; to: string } | null;
  /** The covered part starts after 1 October: the record starts within this year. */
  startsLate: boolean;
  /** Today falls in it: its counts can still grow. */
  inProgress: boolean;
};

export function fiscalYearSpan(fiscalYear: number, today: string, from = talliedFrom()): FiscalYearSpan {
  const range = fiscalYearRange(fiscalYear);
  const start = from > range.from ? from : range.from;
  return {
    fiscalYear,
    ...range,
    covered: start <= range.to && range.from <= today ? { from: start, to: range.to } : null,
    startsLate: start > range.from && start <= range.to,
    inProgress: today >= range.from && today <= range.to,
  };
}

/** Every fiscal year from FY2008 to the one holding today, oldest first. */
export function fiscalYearsTo(today: string): number[] {
  const last = currentFiscalYear(today);
  return Array.from({ length: Math.max(0, last - FIRST_FISCAL_YEAR + 1) }, (_, i) => FIRST_FISCAL_YEAR + i);
}

/**
 * A fiscal year as a URL segment (`/years/2025`): four digits, or `FY2025` / `fy2025`, which
 * the page redirects to the digits. Null for anything else.
 */
export function parseFiscalYear(segment: string): { fiscalYear: number; canonical: boolean } | null {
  const m = /^(fy)?(\d{4})$/i.exec(segment);
  if (!m) return null;
  return { fiscalYear: Number(m[2]), canonical: !m[1] };
}

// Administrations ---------------------------------------------------------------------------

/**
 * The presidential administrations the archive spans. A term ends at noon on 20 January (the
 * Twentieth Amendment, section 1); a notification dated an inauguration day is counted with the
 * new administration, since notifications are announced after noon as a rule.
 */
export const ADMINISTRATIONS = [
  { slug: "bush", president: "George W. Bush", from: "2001-01-20", to: "2009-01-19" },
  { slug: "obama", president: "Barack Obama", from: "2009-01-20", to: "2017-01-19" },
  { slug: "trump-1", president: "Donald Trump", term: "first term", from: "2017-01-20", to: "2021-01-19" },
  { slug: "biden", president: "Joe Biden", from: "2021-01-20", to: "2025-01-19" },
  { slug: "trump-2", president: "Donald Trump", term: "second term", from: "2025-01-20", to: null },
] as const satisfies readonly Administration[];

export type Administration = { slug: string; president: string; term?: string; from: string; to: string | null };

export const ADMINISTRATION_SOURCE = {
  publisher: "Constitution Annotated (Library of Congress)",
  title: "Twentieth Amendment: the terms of the President and Vice President end at noon on 20 January",
  url: "https://constitution.congress.gov/constitution/amendment-20/",
} as const;

/** The administration in office on a date (`YYYY-MM-DD`), or null before the first listed. */
export function administrationOf(date: string): Administration | null {
  return ADMINISTRATIONS.findLast((a) => a.from <= date) ?? null;
}

/** "George W. Bush", "Donald Trump (first term)". */
export function administrationName(a: Administration): string {
  return a.term ? `${a.president} (${a.term})` : a.president;
}

// Comparisons -------------------------------------------------------------------------------

/** A figure against a base: the difference and the change in per cent (null when the base is zero). */
export type Change<T extends number | bigint> = { base: T; difference: T; percent: number | null };

export function changeOf(current: bigint, base: bigint): Change<bigint>;
export function changeOf(current: number, base: number): Change<number>;
export function changeOf(current: number | bigint, base: number | bigint): Change<number> | Change<bigint> {
  if (typeof current === "bigint" && typeof base === "bigint") {
    const difference = current - base;
    // Per cent to one decimal, in integer arithmetic, rounded half away from zero.
    const percent = base === 0n ? null : Number((difference * 2000n + (difference >= 0n ? base : -base)) / (2n * base)) / 10;
    return { base, difference, percent };
  }
  const [c, b] = [Number(current), Number(base)];
  return { base: b, difference: c - b, percent: b === 0 ? null : Math.round(((c - b) / b) * 1000) / 10 };
}

/** The mean of whole-dollar totals, to the nearest dollar (half up); null for none. */
export function meanUsd(values: readonly bigint[]): bigint | null {
  if (values.length === 0) return null;
  const n = BigInt(values.length);
  const sum = values.reduce((a, b) => a + b, 0n);
  return (sum * 2n + n) / (2n * n);
}

/** The mean of counts, to one decimal; null for none. */
export function meanCount(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

/**
 * The fiscal years a year is compared with: the one before, and the average of every earlier
 * year the record covers whole (a year it covers only in part, the first, is left out, so an
 * average is never pulled down by a short year). Each is null with the reason when there is none.
 */
export function comparisonYears(fiscalYear: number, spans: readonly FiscalYearSpan[]): {
  previous: { fiscalYear: number } | { none: string };
  average: { fiscalYears: number[] } | { none: string };
} {
  const before = spans.find((s) => s.fiscalYear === fiscalYear - 1);
  const whole = (s: FiscalYearSpan) => s.covered !== null && !s.startsLate && !s.inProgress;
  const previous =
    before && whole(before)
      ? { fiscalYear: before.fiscalYear }
      : { none: before?.covered && before.startsLate ? `FY${fiscalYear - 1} is covered only from ${before.covered.from}` : `the record does not cover FY${fiscalYear - 1}` };
  const earlier = spans.filter((s) => s.fiscalYear < fiscalYear && whole(s)).map((s) => s.fiscalYear);
  const average = earlier.length >= 2 ? { fiscalYears: earlier } : { none: earlier.length === 1 ? "only one earlier year is covered whole (the change against it is above)" : "no earlier year is covered whole" };
  return { previous, average };
}

/** Fiscal year key of a month `YYYY-MM`, and the months of a fiscal year in order (October first). */
export function fiscalYearMonths(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((i + 9) % 12) + 1;
    return `${month >= 10 ? fiscalYear - 1 : fiscalYear}-${String(month).padStart(2, "0")}`;
  });
}

// What the tallies return ----------------------------------------------------------------------

/** A set of notifications counted: how many, their total estimated value, and the caveats on it. */
export type Tally = {
  count: number;
  /** The sum of the values the record gives (a ceiling each, not a contract). */
  valueUsd: bigint;
  /** How many have no estimated value in the record: not in the sum, not counted as $0. */
  withoutValue: number;
  /** Sent under an emergency determination that waived the congressional review. */
  emergency: number;
  /** Aimed at by a joint resolution of disapproval. */
  challenged: number;
  /** Dated only approximately (counted in the period their recorded date falls in). */
  approximate: number;
};

export const EMPTY_TALLY: Tally = { count: 0, valueUsd: 0n, withoutValue: 0, emergency: 0, challenged: 0, approximate: 0 };

/** A figure and the timeline view it counts (`/?from=…&to=…&country=…`): the same notifications, the same count. */
export type Counted = { count: number; valueUsd: bigint; href: string | null };

/** A row of /years: one fiscal year. */
export type FiscalYearRow = {
  span: FiscalYearSpan;
  /** What the record counts of the year (its covered part), with the timeline view of it. */
  tally: Tally;
  href: string | null;
  /** Notifications the record holds from the year's uncovered part: examples, not counted. */
  examples: number;
};

/** A row of /years grouped by presidential administration (by each notification's date). */
export type AdministrationRow = {
  administration: Administration;
  /** The part of the term the record counts (from the tally's start, to today for the one in office). */
  covered: { from: string; to: string } | null;
  /** The record starts after the term did. */
  startsLate: boolean;
  inOffice: boolean;
  tally: Tally;
  href: string | null;
  examples: number;
};

export type FiscalYearsOverview = {
  today: string;
  /** The first day the record counts (talliedFrom()). */
  talliedFrom: string;
  years: FiscalYearRow[];
  administrations: AdministrationRow[];
  /** Every year's counted part together. */
  total: Tally;
  /** Notifications dated before fiscal year 2008, outside the archive: examples, with their timeline view. */
  before: Counted;
  /** Per fiscal year, the notifications of its first days up to today's day and month: the stretch a year in progress is compared over. */
  stretch: Map<number, { count: number; valueUsd: bigint }>;
};

/** A comparison of a year's count and value with a base: a year, or the average of several. */
export type Comparison = {
  countChange: Change<number>;
  valueChange: Change<bigint>;
};

export type FiscalYearTally = {
  span: FiscalYearSpan;
  tally: Tally;
  href: string | null;
  /** Notifications held from the year's uncovered part (examples). */
  examples: number;
  /** The year's months from October, to the current month for a year in progress; a month the record does not cover is marked. */
  months: (Counted & { month: string; covered: boolean })[];
  /** The busiest month by count (then by value), or null with none. */
  busiestMonth: string | null;
  recipients: (Counted & { code: string; name: string; kind: string; region: RegionCode | null })[];
  regions: (Counted & { code: RegionCode | null; name: string; area: string; recipientCount: number })[];
  categories: (Counted & { slug: string; name: string })[];
  systems: (Counted & { slug: string; name: string; category: { slug: string; name: string } })[];
  contractors: (Counted & { slug: string; name: string })[];
  /** Notifications that name no principal contractor (the text names none, or the record lacks it). */
  withoutContractor: number;
  /** How many name more than one contractor (each counts whole for each). */
  sharedContractor: number;
  emergencyEntries: TimelineEntry[];
  challengedEntries: TimelineEntry[];
  emergencyHref: string | null;
  challengedHref: string | null;
  comparison: {
    /** For a year in progress: the stretch compared, from 1 October to this day and month of each year. */
    stretch: { through: string } | null;
    /** This year's figures over that stretch (all of it, for a whole year). */
    current: { count: number; valueUsd: bigint };
    previous: ({ fiscalYear: number; count: number; valueUsd: bigint } & Comparison) | { none: string };
    average: ({ fiscalYears: number[]; count: number; valueUsd: bigint } & Comparison) | { none: string };
  };
};
