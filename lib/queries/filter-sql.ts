import type { FilterKey, Filters, FILTERS } from "@/lib/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { matchingIds } from "@/lib/search/fts";

/**
 * The table of filters' SQL half (the other half, FILTERS in lib/filters/table.ts, is safe in the
 * browser and so holds none): per filter, the condition on `Notification n` that keeps the
 * notifications it selects, and, for a filter whose options the panel counts, the SELECT that
 * counts them. Keyed by the same names, and typed from it: an entry missing here, one too many, or
 * a facet the other half names without its SELECT here, does not compile. filterSql
 * (notification-sql.ts) joins the conditions in the table's order; getFacetCounts (facets.ts)
 * puts the counts in one query. Every value is a bound parameter; the fragments are constants.
 */

/**
 * How a filter that lists notifications (a search, systems, categories, several recipients)
 * narrows the rows. "list": SQLite looks each listed notification up by id and sorts them,
 * cheap when they are few. "scan": it walks the newest-first index and tests each row against
 * the list, stopping when the page is full, cheap when they are many. A unary `+` on the
 * column is what keeps SQLite from using the list as an index.
 */
export type Drive = "list" | "scan";

/**
 * What a condition is written with: the notification's id as the drive wants it (`n.id`, or
 * `+n.id` to scan), the drive, and the search's MATCH expression (null when the caller matches
 * the search itself, as a query ranked by relevance does; "" for a search with no words, which
 * matches nothing).
 */
export type SqlContext = { id: Prisma.Sql; drive: Drive; search: string | null };

type Table = typeof FILTERS;

/** A yes/no filter's count needs no SQL of its own (facets.ts counts the view with it on); a list's or the year's options do. */
type HasOptions<K extends FilterKey> = Table[K] extends { facet: string } ? (Table[K]["kind"] extends "flag" ? false : true) : false;

export type FilterSql<K extends FilterKey> = {
  /** The condition while the filter is in force (it is called only then); null for a parameter that selects nothing (the order, the page). */
  where: ((value: Filters[K], at: SqlContext) => Prisma.Sql | null) | null;
} & (HasOptions<K> extends true
  ? {
      /**
       * One SELECT of (facet, value, count) rows, `facet` being the facet's name as an SQL string: how many
       * notifications each option would give, over `without`, the view's condition with this filter's own choices left out.
       */
      options: (without: Prisma.Sql, facet: Prisma.Sql) => Prisma.Sql;
    }
  : { options?: never });

export const FILTER_SQL: { [K in FilterKey]: FilterSql<K> } = {
  q: {
    where: (_q, { id, search }) => (search === null ? null : search === "" ? Prisma.sql`0` : Prisma.sql`${id} IN (${matchingIds(search)})`),
  },
  countries: {
    // One recipient (the usual case) is an equality, so the (recipientId, announcedOn, value) index gives the order too.
    where: (codes, { drive }) =>
      codes.length === 1
        ? Prisma.sql`n.recipientId = (SELECT id FROM Recipient WHERE code = ${codes[0]})`
        : Prisma.sql`${Prisma.raw(drive === "scan" ? "+n.recipientId" : "n.recipientId")} IN (SELECT id FROM Recipient WHERE code IN (${Prisma.join(codes)}))`,
    options: (without, facet) => Prisma.sql`SELECT ${facet} AS facet, r.code AS value, COUNT(*) AS count
      FROM Notification n JOIN Recipient r ON r.id = n.recipientId WHERE ${without} GROUP BY r.code`,
  },
  regions: {
    // Recipients by their region (the Recipient(regionCode) index), as `countries` narrows by recipient.
    where: (codes, { drive }) =>
      Prisma.sql`${Prisma.raw(drive === "scan" ? "+n.recipientId" : "n.recipientId")} IN (SELECT id FROM Recipient WHERE regionCode IN (${Prisma.join(codes)}))`,
    options: (without, facet) => Prisma.sql`SELECT ${facet} AS facet, r.regionCode AS value, COUNT(*) AS count
      FROM Notification n JOIN Recipient r ON r.id = n.recipientId WHERE ${without} AND r.regionCode IS NOT NULL GROUP BY r.regionCode`,
  },
  systems: {
    where: (slugs, { id }) => Prisma.sql`${id} IN (SELECT ns.notificationId FROM NotificationSystem ns JOIN System s ON s.id = ns.systemId WHERE s.slug IN (${Prisma.join(slugs)}))`,
    // A notification lists a system at most once (the primary key), so COUNT(*) counts notifications.
    // Grouped by ns.systemId, the order of its (systemId, notificationId) index, so grouping the
    // whole record needs no sort (by slug it built a temporary B-tree; EXPLAIN QUERY PLAN).
    options: (without, facet) => Prisma.sql`SELECT ${facet} AS facet, s.slug AS value, COUNT(*) AS count
      FROM Notification n JOIN NotificationSystem ns ON ns.notificationId = n.id JOIN System s ON s.id = ns.systemId
      WHERE ${without} GROUP BY ns.systemId`,
  },
  categories: {
    where: (slugs, { id }) => Prisma.sql`${id} IN (
      SELECT ns.notificationId FROM NotificationSystem ns JOIN System s ON s.id = ns.systemId JOIN Category c ON c.id = s.categoryId
      WHERE c.slug IN (${Prisma.join(slugs)}))`,
    // A notification may list two systems of one category: count it once.
    options: (without, facet) => Prisma.sql`SELECT ${facet} AS facet, c.slug AS value, COUNT(DISTINCT n.id) AS count
      FROM Notification n JOIN NotificationSystem ns ON ns.notificationId = n.id JOIN System s ON s.id = ns.systemId
      JOIN Category c ON c.id = s.categoryId WHERE ${without} GROUP BY c.slug`,
  },
  contractors: {
    // Through PrincipalContractor's (contractorId, notificationId) index: exactly the contractors chosen (a joint venture is its own).
    where: (slugs, { id }) =>
      Prisma.sql`${id} IN (SELECT pc.notificationId FROM PrincipalContractor pc WHERE pc.contractorId IN (SELECT id FROM Contractor WHERE slug IN (${Prisma.join(slugs)})))`,
    // A notification may print two names of one contractor (a company and its unit): count it once.
    // Grouped by pc.contractorId, the order of its index, with the slug looked up once per contractor.
    options: (without, facet) => Prisma.sql`SELECT ${facet} AS facet, (SELECT slug FROM Contractor WHERE id = pc.contractorId) AS value, COUNT(DISTINCT pc.notificationId) AS count
      FROM Notification n JOIN PrincipalContractor pc ON pc.notificationId = n.id
      WHERE ${without} AND pc.contractorId IS NOT NULL GROUP BY pc.contractorId`,
  },
  year: {
    where: (year) => Prisma.sql`n.announcedOn BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}`,
    // One year at a time (choosing another replaces it); from and to are filters of their own and stay.
    options: (without, facet) => Prisma.sql`SELECT ${facet} AS facet, substr(n.announcedOn, 1, 4) AS value, COUNT(*) AS count
      FROM Notification n WHERE ${without} GROUP BY value`,
  },
  from: { where: (from) => Prisma.sql`n.announcedOn >= ${from}` },
  to: { where: (to) => Prisma.sql`n.announcedOn <= ${to}` },
  transmittals: { where: (numbers) => Prisma.sql`n.transmittalNumber IN (${Prisma.join(numbers)})` },
  emergency: { where: () => Prisma.sql`n.reviewWaived = 1` },
  changed: { where: (_, { id }) => Prisma.sql`${id} IN (SELECT notificationId FROM Report)` },
  challenged: { where: (_, { id }) => Prisma.sql`${id} IN (SELECT notificationId FROM ResolutionTarget)` },
  sort: { where: null },
  page: { where: null },
};
