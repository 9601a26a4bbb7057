import "server-only";
import { cachedView, toCount } from "@/lib/db";
import type { FacetCounts } from "@/lib/domain";
import { hasFilters, serializeFilters, type Filters } from "@/lib/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { filterSql, searchOf } from "./notification-sql";

/**
 * The counts beside each option of the filter panel, as in any faceted search: an option's count
 * is how many notifications the view would hold with that option added. Options of one facet
 * combine with OR (a second recipient widens the view), so a facet is counted with every other
 * filter in force and its own choices left out: with Canada chosen, the recipients still count
 * across recipients, and the systems count Canada's notifications only.
 *
 * Each facet says only which choices are its own (`clear`); everything else in the Filters
 * (including keys added after this was written) stays in force, because the condition is the
 * timeline's own (filterSql) over the filters with that one facet emptied.
 */
type Facet = {
  name: keyof FacetCounts;
  /** The filters with this facet's own choices left out. */
  clear: (filters: Filters) => Filters;
  /** Its options' values and counts (a yes/no filter: a null value) over the notifications `without` keeps. */
  sql: (without: Filters) => Prisma.Sql;
};

/** The timeline's condition for a set of filters, over `Notification n`. */
const where = (f: Filters) => filterSql(f, searchOf(f), "list");

/**
 * A yes/no filter (emergency sales, sales changed by later reports): how many the view holds
 * with it on, counted by the timeline's own condition with it on, so its SQL lives in one place.
 */
function flag(name: "emergency" | "changed" | "challenged"): Facet {
  return {
    name,
    clear: (f) => ({ ...f, [name]: false }),
    sql: (without) => Prisma.sql`SELECT ${name} AS facet, NULL AS value, COUNT(*) AS count FROM Notification n WHERE ${where({ ...without, [name]: true })}`,
  };
}

const FACETS: Facet[] = [
  {
    name: "countries",
    clear: (f) => ({ ...f, countries: [] }),
    sql: (without) => Prisma.sql`SELECT 'countries' AS facet, r.code AS value, COUNT(*) AS count
      FROM Notification n JOIN Recipient r ON r.id = n.recipientId WHERE ${where(without)} GROUP BY r.code`,
  },
  {
    name: "systems",
    // A notification lists a system at most once (the primary key), so COUNT(*) counts notifications.
    // Grouped by ns.systemId, the order of its (systemId, notificationId) index, so grouping the
    // whole record needs no sort (by slug it built a temporary B-tree; EXPLAIN QUERY PLAN).
    clear: (f) => ({ ...f, systems: [] }),
    sql: (without) => Prisma.sql`SELECT 'systems' AS facet, s.slug AS value, COUNT(*) AS count
      FROM Notification n JOIN NotificationSystem ns ON ns.notificationId = n.id JOIN System s ON s.id = ns.systemId
      WHERE ${where(without)} GROUP BY ns.systemId`,
  },
  {
    name: "categories",
    // A notification may list two systems of one category: count it once.
    clear: (f) => ({ ...f, categories: [] }),
    sql: (without) => Prisma.sql`SELECT 'categories' AS facet, c.slug AS value, COUNT(DISTINCT n.id) AS count
      FROM Notification n JOIN NotificationSystem ns ON ns.notificationId = n.id JOIN System s ON s.id = ns.systemId
      JOIN Category c ON c.id = s.categoryId WHERE ${where(without)} GROUP BY c.slug`,
  },
  {
    name: "years",
    // One year at a time (choosing another replaces it); from and to are filters of their own and stay.
    clear: (f) => ({ ...f, year: null }),
    sql: (without) => Prisma.sql`SELECT 'years' AS facet, substr(n.announcedOn, 1, 4) AS value, COUNT(*) AS count
      FROM Notification n WHERE ${where(without)} GROUP BY value`,
  },
  flag("emergency"),
  flag("changed"),
  flag("challenged"),
];

/** Neither the page nor the order changes what a view holds. */
const viewOf = (filters: Filters): Filters => ({ ...filters, page: 1, sort: "relevance" });

const emptyCounts = (): FacetCounts => ({ countries: {}, systems: {}, categories: {}, years: {}, emergency: 0, changed: 0, challenged: 0 });

/**
 * Every facet's counts for the view `filters` selects, in one query (a UNION ALL of one SELECT
 * per facet), cached like the other views under the canonical query string until the seed next
 * runs. A facet whose view without its own choices is the whole record (the usual case: one
 * filter in force, and it is this facet's) takes its counts from the whole record's, computed
 * once per seed, rather than counting every notification again.
 */
export async function getFacetCounts(filters: Filters): Promise<FacetCounts> {
  const view = viewOf(filters);
  const unfiltered = hasFilters(view) ? FACETS.filter((f) => !hasFilters(f.clear(view))) : [];
  const [whole, own] = await Promise.all([
    unfiltered.length > 0 ? getFacetCounts(unfiltered[0]!.clear(view)) : null,
    queryFacets(view, FACETS.filter((f) => !unfiltered.includes(f))),
  ]);
  return whole ? { ...own, ...Object.fromEntries(unfiltered.map((f) => [f.name, whole[f.name]])) } : own;
}

/** The one query behind the facets named (every facet by default) for a view: a UNION ALL of one SELECT each. */
export function facetsSql(view: Filters, names: readonly (keyof FacetCounts)[] = FACETS.map((f) => f.name)): Prisma.Sql {
  return Prisma.join(
    FACETS.filter((f) => names.includes(f.name)).map((f) => f.sql(f.clear(view))),
    " UNION ALL ",
  );
}

function queryFacets(view: Filters, facets: Facet[]): Promise<FacetCounts> {
  if (facets.length === 0) return Promise.resolve(emptyCounts());
  return cachedView(`facets?${serializeFilters(view)}`, async (db) => {
    const rows = await db.$queryRaw<{ facet: keyof FacetCounts; value: string | null; count: number | bigint }[]>(facetsSql(view, facets.map((f) => f.name)));
    const counts = emptyCounts();
    for (const row of rows) {
      if (row.facet === "emergency" || row.facet === "changed" || row.facet === "challenged") counts[row.facet] = toCount(row.count);
      else counts[row.facet][row.value!] = toCount(row.count);
    }
    return counts;
  });
}
