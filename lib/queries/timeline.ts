import "server-only";
import { cachedView, exactSum, toCount, type Db } from "@/lib/db";
import { ARCHIVE_FROM, type MonthTotal, type TimelinePage } from "@/lib/domain";
import { serializeFilters, type Filters } from "@/lib/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { RELEVANCE, searchHighlights } from "@/lib/search/fts";
import { driveFor, entriesSql, filterSql, NEWEST_FIRST, searchOf, toEntry, type EntryRow } from "./notification-sql";

/** Notifications a timeline page shows: twenty keep the page under 80 KB with the whole archive (docs/benchmark.md). */
export const PAGE_SIZE = 20;

/** How many notifications match the filters, and their total value. */
export async function totalsOf(db: Db, filters: Filters): Promise<{ total: number; totalValueUsd: bigint }> {
  const [row] = await db.$queryRaw<TotalsRow[]>(totalsSql(filters));
  return { total: toCount(row?.total), totalValueUsd: exactSum(row?.valueUsd) };
}

export type TotalsRow = { total: number | bigint; valueUsd: string | null };

/** The query behind totalsOf: one row. */
export function totalsSql(filters: Filters): Prisma.Sql {
  return Prisma.sql`SELECT COUNT(*) AS total, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd
    FROM Notification n WHERE ${filterSql(filters, searchOf(filters), "list")}`;
}

/**
 * One page of the notifications matching the filters, in display order: newest first, or by
 * relevance for a search (ties keep the newest-first order). `matching` is how many match
 * (it picks the plan, see Drive). `columns` are the entry's, or the export's.
 */
export function pageQuery(db: Db, filters: Filters, matching: number, skip: number, take: number, columns?: Prisma.Sql): Promise<EntryRow[]> {
  return db.$queryRaw<EntryRow[]>(pageSql(filters, matching, skip, take, columns));
}

/** The query behind pageQuery, for a caller that runs it on a connection of its own (export.ts streams it). */
export function pageSql(filters: Filters, matching: number, skip: number, take: number, columns?: Prisma.Sql): Prisma.Sql {
  const search = searchOf(filters);
  if (search && filters.sort === "relevance") {
    // The search table drives: every match is ranked (bm25), then the page is cut.
    const page = Prisma.sql`SELECT n.id AS id, ${RELEVANCE} AS rank
      FROM NotificationSearch JOIN Notification n ON n.id = NotificationSearch.rowid
      WHERE NotificationSearch MATCH ${search} AND ${filterSql(filters, null, "scan")}
      ORDER BY rank, ${NEWEST_FIRST} LIMIT ${take} OFFSET ${skip}`;
    return entriesSql(page, Prisma.sql`p.rank, ${NEWEST_FIRST}`, columns);
  }
  const page = Prisma.sql`SELECT n.id AS id FROM Notification n
    WHERE ${filterSql(filters, search, driveFor(matching))}
    ORDER BY ${NEWEST_FIRST} LIMIT ${take} OFFSET ${skip}`;
  return entriesSql(page, NEWEST_FIRST, columns);
}

/**
 * Notifications matching the filters, one page at a time, with totals: newest first, or
 * with a search, by relevance unless `sort=newest`. Search results carry their highlights.
 * Cached until the seed next runs.
 */
export function getTimeline(filters: Filters, pageSize = PAGE_SIZE): Promise<TimelinePage> {
  return cachedView(`timeline?${serializeFilters(filters)}&size=${pageSize}`, (db) => queryTimeline(db, filters, pageSize));
}

async function queryTimeline(db: Db, filters: Filters, pageSize: number): Promise<TimelinePage> {
  const { total, totalValueUsd } = await totalsOf(db, filters);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.page, pageCount);
  const rows = total > 0 ? await pageQuery(db, filters, total, (page - 1) * pageSize, pageSize) : [];
  const highlights = filters.q && rows.length > 0 ? await searchHighlights(db, filters.q, rows.map((r) => ({ id: Number(r.id), title: r.title, summary: r.summary }))) : new Map();
  return {
    total,
    totalValueUsd,
    page,
    pageCount,
    pageSize,
    entries: rows.map((row) => {
      const match = highlights.get(Number(row.id));
      return match ? { ...toEntry(row), match } : toEntry(row);
    }),
  };
}

/**
 * Estimated value and count per month for everything the filters match (not just one page),
 * for the timeline's chart: one GROUP BY over the same condition as the list. A record with
 * an approximate date counts in the month its recorded date falls in. The page number and
 * order do not change it, so they are not part of its cache key.
 */
export function getMonthlyTotals(filters: Filters): Promise<MonthTotal[]> {
  const key = `months?${serializeFilters({ ...filters, page: 1, sort: "relevance" })}`;
  return cachedView(key, (db) => queryMonthlyTotals(db, filters));
}

async function queryMonthlyTotals(db: Db, filters: Filters): Promise<MonthTotal[]> {
  // Examples from before the archive (lib/domain/coverage.ts) are grouped apart, even in the archive's first month.
  const rows = await db.$queryRaw<{ month: string; beforeArchive: number | bigint; count: number | bigint; valueUsd: string | null; approximateCount: number | bigint | null }[]>`
    SELECT substr(n.announcedOn, 1, 7) AS month, n.announcedOn < ${ARCHIVE_FROM} AS beforeArchive, COUNT(*) AS count,
           CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd, SUM(n.dateApproximate) AS approximateCount
    FROM Notification n WHERE ${filterSql(filters, searchOf(filters), "list")}
    GROUP BY month, beforeArchive ORDER BY month, beforeArchive DESC`;
  return rows.map((m) => ({
    month: m.month,
    beforeArchive: toCount(m.beforeArchive) > 0,
    count: toCount(m.count),
    valueUsd: exactSum(m.valueUsd),
    approximateCount: toCount(m.approximateCount),
  }));
}
