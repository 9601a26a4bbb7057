import "server-only";
import { cachedView, exactSum, toCount, type Db } from "@/lib/db";
import {
  ADMINISTRATIONS,
  ARCHIVE_FROM,
  changeOf,
  comparisonYears,
  EMPTY_TALLY,
  fiscalYearMonths,
  fiscalYearSpan,
  fiscalYearsTo,
  isRegionCode,
  meanCount,
  meanUsd,
  talliedFrom,
  type AdministrationRow,
  type Counted,
  type FiscalYearRow,
  type FiscalYearsOverview,
  type FiscalYearSpan,
  type FiscalYearTally,
  type RegionCode,
  type Tally,
} from "@/lib/domain";
import { EMPTY_FILTERS, serializeFilters, type Filters } from "@/lib/filters";
import { addDaysIso, timelineHref } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { entriesSql, NEWEST_FIRST, toEntry, type EntryRow } from "./notification-sql";

/**
 * The fiscal-year tallies (/years, /years/<FY>): counts and totals by fiscal year, by
 * administration, and within one year by recipient, region, category, system, month and
 * contractor. Every figure carries the timeline view that lists the notifications it counts
 * (same filters, same count: tests/integration/years.test.ts), built here, once. A year is
 * counted only over the part the record covers (lib/domain/fiscal-years.ts): what it holds from
 * before is a handful of examples, shown as such and never summed as the year's.
 */

/** The timeline view of a part of the record, with more filters. */
const viewHref = (from: string, to: string, more: Partial<Filters> = {}) => timelineHref(serializeFilters({ ...EMPTY_FILTERS, from, to, ...more }));

/** The fiscal year of `n.announcedOn`, and the order of its days from 1 October ("0-10-01" … "1-09-30"). */
const FISCAL_YEAR = Prisma.sql`(CAST(substr(n.announcedOn, 1, 4) AS INTEGER) + (substr(n.announcedOn, 6, 2) >= '10'))`;
const FISCAL_DAY = Prisma.sql`((CASE WHEN substr(n.announcedOn, 6, 2) >= '10' THEN '0-' ELSE '1-' END) || substr(n.announcedOn, 6, 5))`;
const fiscalDayOf = (date: string) => `${date.slice(5, 7) >= "10" ? "0-" : "1-"}${date.slice(5)}`;

/** The administration of `n.announcedOn`, by slug. */
const ADMINISTRATION = Prisma.sql`(CASE ${Prisma.join(
  [...ADMINISTRATIONS].reverse().map((a) => Prisma.sql`WHEN n.announcedOn >= ${a.from} THEN ${a.slug}`),
  " ",
)} ELSE NULL END)`;

/** The columns of a Tally over the rows of `n`. */
const TALLY_COLUMNS = Prisma.sql`COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd, COUNT(*) - COUNT(n.estimatedValueUsd) AS withoutValue,
  SUM(n.reviewWaived) AS emergency, SUM(EXISTS (SELECT 1 FROM ResolutionTarget rt WHERE rt.notificationId = n.id)) AS challenged, SUM(n.dateApproximate) AS approximate`;

type TallyRow = { count: number | bigint; valueUsd: string | null; withoutValue: number | bigint | null; emergency: number | bigint | null; challenged: number | bigint | null; approximate: number | bigint | null };

const tallyOf = (r: TallyRow): Tally => ({
  count: toCount(r.count),
  valueUsd: exactSum(r.valueUsd),
  withoutValue: toCount(r.withoutValue),
  emergency: toCount(r.emergency),
  challenged: toCount(r.challenged),
  approximate: toCount(r.approximate),
});

const add = (a: Tally, b: Tally): Tally => ({
  count: a.count + b.count,
  valueUsd: a.valueUsd + b.valueUsd,
  withoutValue: a.withoutValue + b.withoutValue,
  emergency: a.emergency + b.emergency,
  challenged: a.challenged + b.challenged,
  approximate: a.approximate + b.approximate,
});

/** Every fiscal year from FY2008 to today's, side by side, and the same by administration. Cached per day until the seed runs. */
export function getFiscalYearsOverview(today: string): Promise<FiscalYearsOverview> {
  return cachedView(`years/${today}`, (db) => queryOverview(db, today));
}

async function queryOverview(db: Db, today: string): Promise<FiscalYearsOverview> {
  const from = talliedFrom();
  const firstDay = fiscalYearSpan(fiscalYearsTo(today)[0] ?? 2008, today).from;
  // One pass over the record: per fiscal year, administration and whether the record counts the
  // day (from its start on), with the stretch of the year up to today's day and month.
  const rows = await db.$queryRaw<(TallyRow & { fiscalYear: number | bigint; administration: string | null; counted: number | bigint; stretchCount: number | bigint; stretchValueUsd: string | null })[]>`
    SELECT ${FISCAL_YEAR} AS fiscalYear, ${ADMINISTRATION} AS administration, (n.announcedOn >= ${from}) AS counted, ${TALLY_COLUMNS},
      SUM(${FISCAL_DAY} <= ${fiscalDayOf(today)}) AS stretchCount,
      CAST(SUM(CASE WHEN ${FISCAL_DAY} <= ${fiscalDayOf(today)} THEN n.estimatedValueUsd END) AS TEXT) AS stretchValueUsd
    FROM Notification n
    GROUP BY fiscalYear, administration, counted`;

  const years = new Map<number, { tally: Tally; examples: number }>();
  const administrations = new Map<string, { tally: Tally; examples: number }>();
  const stretch = new Map<number, { count: number; valueUsd: bigint }>();
  let before = { count: 0, valueUsd: 0n };
  for (const r of rows) {
    const fy = toCount(r.fiscalYear);
    const tally = tallyOf(r);
    const counted = Boolean(toCount(r.counted));
    const y = years.get(fy) ?? { tally: EMPTY_TALLY, examples: 0 };
    years.set(fy, counted ? { ...y, tally: add(y.tally, tally) } : { ...y, examples: y.examples + tally.count });
    if (counted) {
      const s = stretch.get(fy) ?? { count: 0, valueUsd: 0n };
      stretch.set(fy, { count: s.count + toCount(r.stretchCount), valueUsd: s.valueUsd + exactSum(r.stretchValueUsd) });
    }
    if (r.administration) {
      const a = administrations.get(r.administration) ?? { tally: EMPTY_TALLY, examples: 0 };
      administrations.set(r.administration, counted ? { ...a, tally: add(a.tally, tally) } : { ...a, examples: a.examples + tally.count });
    }
  }
  for (const r of await db.$queryRaw<{ count: number | bigint; valueUsd: string | null }[]>`
    SELECT COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd FROM Notification n WHERE n.announcedOn < ${firstDay}`) {
    before = { count: toCount(r.count), valueUsd: exactSum(r.valueUsd) };
  }

  const yearRows: FiscalYearRow[] = fiscalYearsTo(today).map((fy) => {
    const span = fiscalYearSpan(fy, today, from);
    const y = years.get(fy);
    return { span, tally: span.covered ? (y?.tally ?? EMPTY_TALLY) : EMPTY_TALLY, href: span.covered ? viewHref(span.covered.from, span.covered.to) : null, examples: y?.examples ?? 0 };
  });
  const administrationRows: AdministrationRow[] = ADMINISTRATIONS.filter((a) => a.to === null || a.to >= ARCHIVE_FROM).map((a) => {
    const start = a.from > from ? a.from : from;
    const end = a.to === null || a.to > today ? today : a.to;
    const covered = start <= end ? { from: start, to: end } : null;
    const t = administrations.get(a.slug);
    return {
      administration: a,
      covered,
      startsLate: covered !== null && start > a.from,
      inOffice: a.to === null || a.to >= today,
      tally: covered ? (t?.tally ?? EMPTY_TALLY) : EMPTY_TALLY,
      // The one in office: to the end of the present fiscal year, like the year's own view.
      href: covered ? viewHref(covered.from, a.to ?? fiscalYearSpan(fiscalYearsTo(today).at(-1)!, today).to) : null,
      examples: t?.examples ?? 0,
    };
  });
  return {
    today,
    talliedFrom: from,
    years: yearRows,
    administrations: administrationRows,
    total: yearRows.reduce((total, y) => add(total, y.tally), EMPTY_TALLY),
    before: { ...before, href: before.count > 0 ? timelineHref(serializeFilters({ ...EMPTY_FILTERS, to: addDaysIso(firstDay, -1) })) : null },
    stretch,
  };
}

// One fiscal year -----------------------------------------------------------------------------

/** How many of a year's entries (emergency sales, challenged ones) its page lists; the timeline has all. */
export const TALLY_LIST_SIZE = 20;

/** One fiscal year's tally, or null for a year outside FY2008 to today's. Cached per day until the seed runs. */
export async function getFiscalYearTally(fiscalYear: number, today: string): Promise<FiscalYearTally | null> {
  if (!fiscalYearsTo(today).includes(fiscalYear)) return null;
  // Read first, outside the year's own snapshot: transactions run one at a time, so a view opened
  // inside another would wait for it to end.
  const overview = await getFiscalYearsOverview(today);
  return cachedView(`year/${fiscalYear}/${today}`, (db) => queryTally(db, fiscalYear, today, overview));
}

type CountedRow = { count: number | bigint; valueUsd: string | null };
const counted = (r: CountedRow, href: string | null): Counted => ({ count: toCount(r.count), valueUsd: exactSum(r.valueUsd), href });
/** Largest value first, then most notifications, then by name. */
const largestFirst = (a: Counted & { name: string }, b: Counted & { name: string }) =>
  b.valueUsd > a.valueUsd ? 1 : b.valueUsd < a.valueUsd ? -1 : b.count - a.count || a.name.localeCompare(b.name);

async function queryTally(db: Db, fiscalYear: number, today: string, overview: FiscalYearsOverview): Promise<FiscalYearTally> {
  const row = overview.years.find((y) => y.span.fiscalYear === fiscalYear)!;
  const span = row.span;
  const comparison = compare(span, overview);
  const base = { span, tally: row.tally, href: row.href, examples: row.examples, comparison };
  if (!span.covered || row.tally.count === 0) {
    return { ...base, months: months(span, today, new Map()), busiestMonth: null, recipients: [], regions: [], categories: [], systems: [], contractors: [], withoutContractor: 0, sharedContractor: 0, emergencyEntries: [], challengedEntries: [], emergencyHref: null, challengedHref: null };
  }
  const { from, to } = span.covered;
  const inYear = Prisma.sql`n.announcedOn BETWEEN ${from} AND ${to}`;
  const view = (more: Partial<Filters> = {}) => viewHref(from, to, more);

  const [monthRows, recipientRows, regionRows, categoryRows, systemRows, contractorRows, contractorCounts] = await Promise.all([
    db.$queryRaw<(CountedRow & { month: string })[]>`
      SELECT substr(n.announcedOn, 1, 7) AS month, COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd
      FROM Notification n WHERE ${inYear} GROUP BY month`,
    db.$queryRaw<(CountedRow & { code: string; name: string; kind: string; region: string | null })[]>`
      SELECT r.code AS code, r.name AS name, r.kind AS kind, r.regionCode AS region, COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd
      FROM Notification n JOIN Recipient r ON r.id = n.recipientId WHERE ${inYear} GROUP BY r.id`,
    db.$queryRaw<{ code: string; name: string; area: string }[]>`SELECT code, name, area FROM Region`,
    // A notification listing two systems of a category counts once for it (as the timeline's category filter does).
    db.$queryRaw<(CountedRow & { slug: string; name: string })[]>`
      SELECT c.slug AS slug, c.name AS name, COUNT(*) AS count, CAST(SUM(x.value) AS TEXT) AS valueUsd
      FROM (SELECT DISTINCT s.categoryId AS categoryId, n.id AS id, n.estimatedValueUsd AS value
            FROM Notification n JOIN NotificationSystem ns ON ns.notificationId = n.id JOIN System s ON s.id = ns.systemId WHERE ${inYear}) x
      JOIN Category c ON c.id = x.categoryId GROUP BY c.id`,
    db.$queryRaw<(CountedRow & { slug: string; name: string; categorySlug: string; categoryName: string })[]>`
      SELECT s.slug AS slug, s.name AS name, c.slug AS categorySlug, c.name AS categoryName, COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd
      FROM Notification n JOIN NotificationSystem ns ON ns.notificationId = n.id JOIN System s ON s.id = ns.systemId JOIN Category c ON c.id = s.categoryId
      WHERE ${inYear} GROUP BY s.id`,
    // Two names of one contractor on a notification (a company and its unit) count it once.
    db.$queryRaw<(CountedRow & { slug: string; name: string })[]>`
      SELECT k.slug AS slug, k.name AS name, COUNT(*) AS count, CAST(SUM(x.value) AS TEXT) AS valueUsd
      FROM (SELECT DISTINCT pc.contractorId AS contractorId, n.id AS id, n.estimatedValueUsd AS value
            FROM Notification n JOIN PrincipalContractor pc ON pc.notificationId = n.id WHERE ${inYear}) x
      JOIN Contractor k ON k.id = x.contractorId GROUP BY k.id`,
    db.$queryRaw<{ without: number | bigint; shared: number | bigint }[]>`
      SELECT SUM(t.contractors = 0) AS without, SUM(t.contractors > 1) AS shared
      FROM (SELECT (SELECT COUNT(DISTINCT pc.contractorId) FROM PrincipalContractor pc WHERE pc.notificationId = n.id) AS contractors
            FROM Notification n WHERE ${inYear}) t`,
  ]);
  const entries = async (condition: Prisma.Sql) =>
    (await db.$queryRaw<EntryRow[]>(entriesSql(Prisma.sql`SELECT n.id AS id FROM Notification n WHERE ${inYear} AND ${condition} ORDER BY ${NEWEST_FIRST} LIMIT ${TALLY_LIST_SIZE}`, NEWEST_FIRST))).map(toEntry);
  const [emergencyEntries, challengedEntries] = await Promise.all([
    row.tally.emergency > 0 ? entries(Prisma.sql`n.reviewWaived = 1`) : [],
    row.tally.challenged > 0 ? entries(Prisma.sql`n.id IN (SELECT notificationId FROM ResolutionTarget)`) : [],
  ]);

  const recipients = recipientRows
    .map((r) => ({ code: r.code, name: r.name, kind: r.kind, region: r.region && isRegionCode(r.region) ? r.region : null, ...counted(r, view({ countries: [r.code] })) }))
    .sort(largestFirst);
  const monthTotals = new Map(monthRows.map((m) => [m.month, m]));
  const monthList = months(span, today, monthTotals, (month) => view({ from: `${month}-01` < from ? from : `${month}-01`, to: lastDayOf(month) }));
  const busiest = monthList.filter((m) => m.count > 0).sort((a, b) => b.count - a.count || (b.valueUsd > a.valueUsd ? 1 : b.valueUsd < a.valueUsd ? -1 : 0))[0];
  const contractorTally = contractorCounts[0] ?? { without: 0, shared: 0 };

  return {
    ...base,
    months: monthList,
    busiestMonth: busiest?.month ?? null,
    recipients,
    regions: regionsOf(recipients, regionRows, view),
    categories: categoryRows.map((c) => ({ slug: c.slug, name: c.name, ...counted(c, view({ categories: [c.slug] })) })).sort(largestFirst),
    systems: systemRows
      .map((s) => ({ slug: s.slug, name: s.name, category: { slug: s.categorySlug, name: s.categoryName }, ...counted(s, view({ systems: [s.slug] })) }))
      .sort(largestFirst),
    // Exactly the contractor, as the timeline's contractor filter keeps (a joint venture is its own row).
    contractors: contractorRows.map((k) => ({ slug: k.slug, name: k.name, ...counted(k, view({ contractors: [k.slug] })) })).sort(largestFirst),
    withoutContractor: toCount(contractorTally.without),
    sharedContractor: toCount(contractorTally.shared),
    emergencyEntries,
    challengedEntries,
    emergencyHref: row.tally.emergency > 0 ? view({ emergency: true }) : null,
    challengedHref: row.tally.challenged > 0 ? view({ challenged: true }) : null,
  };
}

function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return addDaysIso(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`, -1);
}

/** The year's months to the current one; a month before the record starts is marked as not covered. */
function months(span: FiscalYearSpan, today: string, totals: Map<string, CountedRow>, hrefOf?: (month: string) => string): FiscalYearTally["months"] {
  const first = span.covered?.from.slice(0, 7) ?? "9999-99";
  return fiscalYearMonths(span.fiscalYear)
    .filter((m) => m <= today.slice(0, 7))
    .map((month) => {
      const covered = month >= first;
      const t = totals.get(month);
      return { month, covered, count: t ? toCount(t.count) : 0, valueUsd: exactSum(t?.valueUsd), href: covered && hrefOf ? hrefOf(month) : null };
    });
}

/**
 * The year by region, summed from its recipients (exact), each linking to the timeline's region
 * view; recipients the record gives no region (none today) to the view of those recipients, up
 * to the fifty values a filter reads.
 */
function regionsOf(recipients: FiscalYearTally["recipients"], regions: { code: string; name: string; area: string }[], view: (more: Partial<Filters>) => string): FiscalYearTally["regions"] {
  const byCode = new Map<RegionCode | null, { codes: string[]; count: number; valueUsd: bigint }>();
  for (const r of recipients) {
    const g = byCode.get(r.region) ?? { codes: [], count: 0, valueUsd: 0n };
    byCode.set(r.region, { codes: [...g.codes, r.code], count: g.count + r.count, valueUsd: g.valueUsd + r.valueUsd });
  }
  return [...byCode]
    .map(([code, g]) => {
      const region = regions.find((r) => r.code === code);
      return {
        code,
        name: region?.name ?? "No region in the record",
        area: region?.area ?? "No region",
        recipientCount: g.codes.length,
        count: g.count,
        valueUsd: g.valueUsd,
        href: code ? view({ regions: [code] }) : g.codes.length <= 50 ? view({ countries: g.codes }) : null,
      };
    })
    .sort(largestFirst);
}

/**
 * The year against the one before and the average of earlier years (lib/domain/fiscal-years.ts
 * says which): whole years for a whole year; for the year in progress, the same stretch of each
 * (1 October to today's day and month), so a year two months old is not set against twelve.
 */
function compare(span: FiscalYearSpan, overview: FiscalYearsOverview): FiscalYearTally["comparison"] {
  const { previous, average } = comparisonYears(span.fiscalYear, overview.years.map((y) => y.span));
  const ofYear = (fy: number) => {
    if (span.inProgress) return overview.stretch.get(fy) ?? { count: 0, valueUsd: 0n };
    const t = overview.years.find((y) => y.span.fiscalYear === fy)!.tally;
    return { count: t.count, valueUsd: t.valueUsd };
  };
  const current = span.covered ? ofYear(span.fiscalYear) : { count: 0, valueUsd: 0n };
  const against = (base: { count: number; valueUsd: bigint }) => ({ countChange: changeOf(current.count, base.count), valueChange: changeOf(current.valueUsd, base.valueUsd) });
  return {
    stretch: span.inProgress ? { through: overview.today } : null,
    current,
    previous: "fiscalYear" in previous ? { fiscalYear: previous.fiscalYear, ...ofYear(previous.fiscalYear), ...against(ofYear(previous.fiscalYear)) } : previous,
    average:
      "fiscalYears" in average
        ? (() => {
            const bases = average.fiscalYears.map(ofYear);
            const mean = { count: meanCount(bases.map((b) => b.count))!, valueUsd: meanUsd(bases.map((b) => b.valueUsd))! };
            return { fiscalYears: average.fiscalYears, ...mean, ...against(mean) };
          })()
        : average,
  };
}
