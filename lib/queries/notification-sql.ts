import { toCount } from "@/lib/db";
import type { TimelineEntry } from "@/lib/domain";
import type { Filters } from "@/lib/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { matchExpression } from "@/lib/search";
import { matchingIds } from "@/lib/search/fts";

/**
 * The SQL behind every list of notifications (timeline.ts, export.ts, profiles.ts and facets.ts here): which rows the
 * filters keep, their order, and the columns of a timeline entry. Views run it through
 * Prisma's `$queryRaw`: Prisma compiles every query (in WebAssembly) before it runs, so a view
 * costs about as much per query as per row it reads, and Prisma's relation loading issues a
 * query per relation; here a view is two or three queries, and each is checked with EXPLAIN
 * QUERY PLAN on the 10,000-notification bench database (docs/benchmark.md). Every value is
 * a bound parameter; the fragments are constants.
 */

/**
 * How a filter that lists notifications (a search, systems, categories, several recipients)
 * narrows the rows. "list": SQLite looks each listed notification up by id and sorts them,
 * cheap when they are few. "scan": it walks the newest-first index and tests each row against
 * the list, stopping when the page is full, cheap when they are many. A unary `+` on the
 * column is what keeps SQLite from using the list as an index.
 */
export type Drive = "list" | "scan";

/** Up to this many matching notifications a page sorts them all ("list"); past it, it scans. */
const LIST_LIMIT = 1_000;

export function driveFor(matching: number): Drive {
  return matching <= LIST_LIMIT ? "list" : "scan";
}

/** The MATCH expression of the filters' search, "" when the search has no words (it matches nothing), null without one. */
export function searchOf(filters: Filters): string | null {
  return filters.q ? (matchExpression(filters.q) ?? "") : null;
}

/**
 * The condition on `Notification n` that keeps the notifications matching every filter
 * (search included). `search` is searchOf(filters), or null when the caller matches the
 * search itself (a query ranked by relevance joins the search table instead).
 */
export function filterSql(filters: Filters, search: string | null, drive: Drive): Prisma.Sql {
  const id = drive === "scan" ? Prisma.raw("+n.id") : Prisma.raw("n.id");
  const and: Prisma.Sql[] = [];
  if (search === "") and.push(Prisma.sql`0`);
  else if (search !== null) and.push(Prisma.sql`${id} IN (${matchingIds(search)})`);
  // One recipient (the usual case) is an equality, so the (recipientId, announcedOn, value) index gives the order too.
  if (filters.countries.length === 1) and.push(Prisma.sql`n.recipientId = (SELECT id FROM Recipient WHERE code = ${filters.countries[0]})`);
  else if (filters.countries.length > 1) {
    const recipientId = drive === "scan" ? Prisma.raw("+n.recipientId") : Prisma.raw("n.recipientId");
    and.push(Prisma.sql`${recipientId} IN (SELECT id FROM Recipient WHERE code IN (${Prisma.join(filters.countries)}))`);
  }
  if (filters.systems.length) {
    and.push(Prisma.sql`${id} IN (SELECT ns.notificationId FROM NotificationSystem ns JOIN System s ON s.id = ns.systemId WHERE s.slug IN (${Prisma.join(filters.systems)}))`);
  }
  if (filters.categories.length) {
    and.push(Prisma.sql`${id} IN (
      SELECT ns.notificationId FROM NotificationSystem ns JOIN System s ON s.id = ns.systemId JOIN Category c ON c.id = s.categoryId
      WHERE c.slug IN (${Prisma.join(filters.categories)}))`);
  }
  if (filters.year !== null) and.push(Prisma.sql`n.announcedOn BETWEEN ${`${filters.year}-01-01`} AND ${`${filters.year}-12-31`}`);
  if (filters.from) and.push(Prisma.sql`n.announcedOn >= ${filters.from}`);
  if (filters.to) and.push(Prisma.sql`n.announcedOn <= ${filters.to}`);
  if (filters.transmittals.length) and.push(Prisma.sql`n.transmittalNumber IN (${Prisma.join(filters.transmittals)})`);
  if (filters.emergency) and.push(Prisma.sql`n.reviewWaived = 1`);
  if (filters.changed) and.push(Prisma.sql`${id} IN (SELECT notificationId FROM Report)`);
  if (filters.challenged) and.push(Prisma.sql`${id} IN (SELECT notificationId FROM ResolutionTarget)`);
  return and.length > 0 ? Prisma.join(and, " AND ") : Prisma.sql`1`;
}

/** The timeline's order: newest first, then the larger value, then the slug (unique, so the order is total). */
export const NEWEST_FIRST = Prisma.sql`n.announcedOn DESC, n.estimatedValueUsd DESC, n.slug ASC`;

/** What a timeline entry shows, over `Notification n` joined to its `Recipient r`. */
export const ENTRY_COLUMNS = Prisma.sql`n.id AS id, n.slug AS slug, n.title AS title, n.summary AS summary, n.announcedOn AS announcedOn,
  n.dateApproximate AS dateApproximate, CAST(n.estimatedValueUsd AS TEXT) AS estimatedValueUsd, n.confidence AS confidence,
  n.transmittalNumber AS transmittalNumber, n.deliveredOn AS deliveredOn, n.reviewWaived AS reviewWaived, (SELECT COUNT(*) FROM Report rp WHERE rp.notificationId = n.id) AS reportCount,
  (SELECT COUNT(*) FROM ResolutionTarget rt WHERE rt.notificationId = n.id) AS resolutionCount,
  r.code AS recipientCode, r.name AS recipientName, r.kind AS recipientKind, r.notifiedAs AS recipientNotifiedAs,
  (SELECT json_group_array(json_array(s.slug, s.name, c.slug, c.name) ORDER BY ns.position)
   FROM NotificationSystem ns JOIN System s ON s.id = ns.systemId JOIN Category c ON c.id = s.categoryId
   WHERE ns.notificationId = n.id) AS systems`;

/** A row of ENTRY_COLUMNS. Computed columns come back as the driver sees fit, so converters accept each form. */
export type EntryRow = {
  id: number | bigint;
  slug: string;
  title: string;
  summary: string;
  announcedOn: string;
  dateApproximate: boolean | number | bigint;
  /** Text: SQLite's INTEGER read without a detour through a float. */
  estimatedValueUsd: string;
  confidence: string;
  transmittalNumber: string | null;
  deliveredOn: string | null;
  reviewWaived: boolean | number | bigint;
  reportCount: number | bigint;
  resolutionCount: number | bigint;
  recipientCode: string;
  recipientName: string;
  recipientKind: string;
  recipientNotifiedAs: string | null;
  /** JSON: [slug, name, category slug, category name] per system, in the record's order. */
  systems: string;
};

export function toEntry(row: EntryRow): TimelineEntry {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    announcedOn: row.announcedOn,
    dateApproximate: Boolean(row.dateApproximate),
    estimatedValueUsd: BigInt(row.estimatedValueUsd),
    lowConfidence: row.confidence === "low",
    transmittalNumber: row.transmittalNumber,
    deliveredOn: row.deliveredOn,
    reviewWaived: Boolean(row.reviewWaived),
    laterChangeCount: toCount(row.reportCount),
    resolutionCount: toCount(row.resolutionCount),
    recipient: { code: row.recipientCode, name: row.recipientName, kind: row.recipientKind, notifiedAs: row.recipientNotifiedAs },
    systems: (JSON.parse(row.systems) as [string, string, string, string][]).map(([slug, name, categorySlug, categoryName]) => ({
      slug,
      name,
      category: { slug: categorySlug, name: categoryName },
    })),
  };
}

/**
 * Entries (with `columns`, ENTRY_COLUMNS by default) for the notification ids that `page`
 * selects, ordered by `order`. `page` picks and orders ids (and whatever `order` needs, as
 * columns of `p`) with a LIMIT; the entry columns are read only for the rows it keeps.
 * CROSS JOIN keeps `p` the outer loop: with a plain JOIN, SQLite walks every notification in
 * index order (to skip sorting fifty rows) and looks each one up in `p`.
 */
export function entriesSql(page: Prisma.Sql, order: Prisma.Sql, columns: Prisma.Sql = ENTRY_COLUMNS): Prisma.Sql {
  return Prisma.sql`SELECT ${columns}
    FROM (${page}) p CROSS JOIN Notification n ON n.id = p.id CROSS JOIN Recipient r ON r.id = n.recipientId
    ORDER BY ${order}`;
}
