import { toCount } from "@/lib/db";
import type { TimelineEntry } from "@/lib/domain";
import { FILTER_KEYS, isInForce, type FilterKey, type Filters } from "@/lib/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { matchExpression } from "@/lib/search";
import { FILTER_SQL, type Drive, type SqlContext } from "./filter-sql";

/**
 * The SQL behind every list of notifications (timeline.ts, export.ts, profiles.ts and facets.ts here): which rows the
 * filters keep, their order, and the columns of a timeline entry. Views run it through
 * Prisma's `$queryRaw`: Prisma compiles every query (in WebAssembly) before it runs, so a view
 * costs about as much per query as per row it reads, and Prisma's relation loading issues a
 * query per relation; here a view is two or three queries, and each is checked with EXPLAIN
 * QUERY PLAN on the 10,000-notification bench database (docs/benchmark.md). Every value is
 * a bound parameter; the fragments are constants.
 */

/** Up to this many matching notifications a page sorts them all ("list"); past it, it scans. */
const LIST_LIMIT = 1_000;

/** How a query with this many matching notifications narrows them (Drive, in filter-sql.ts). */
export function driveFor(matching: number): Drive {
  return matching <= LIST_LIMIT ? "list" : "scan";
}

/** The MATCH expression of the filters' search, "" when the search has no words (it matches nothing), null without one. */
export function searchOf(filters: Filters): string | null {
  return filters.q ? (matchExpression(filters.q) ?? "") : null;
}

/**
 * The condition on `Notification n` that keeps the notifications matching every filter
 * (search included): each filter's condition in force (FILTER_SQL in filter-sql.ts), in the table's
 * order, joined with AND. `search` is searchOf(filters), or null when the caller matches the
 * search itself (a query ranked by relevance joins the search table instead).
 */
export function filterSql(filters: Filters, search: string | null, drive: Drive): Prisma.Sql {
  const at: SqlContext = { id: Prisma.raw(drive === "scan" ? "+n.id" : "n.id"), drive, search };
  const and = FILTER_KEYS.flatMap((key) => {
    const where = FILTER_SQL[key].where as ((value: Filters[FilterKey], at: SqlContext) => Prisma.Sql | null) | null;
    const condition = where && isInForce(filters[key]) ? where(filters[key], at) : null;
    return condition ? [condition] : [];
  });
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
