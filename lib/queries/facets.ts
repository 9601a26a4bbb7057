import "server-only";
import { cachedView, toCount } from "@/lib/db";
import type { FacetCounts } from "@/lib/domain";
import { emptyValue, FILTER_KEYS, FILTERS, hasFilters, serializeFilters, type FilterKey, type Filters } from "@/lib/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { FILTER_SQL } from "./filter-sql";
import { filterSql, searchOf } from "./notification-sql";

/**
 * The counts beside each option of the filter panel, as in any faceted search: an option's count
 * is how many notifications the view would hold with that option added. Options of one facet
 * combine with OR (a second recipient widens the view), so a facet is counted with every other
 * filter in force and its own choices left out: with Canada chosen, the recipients still count
 * across recipients, and the systems count Canada's notifications only.
 *
 * A facet's own choices are its filter's; everything else in the Filters stays in force, because
 * the condition is the timeline's own (filterSql) over the filters with that one filter emptied.
 */
type Facet = {
  /** The filter it counts the options of, and its name in FacetCounts. */
  key: FilterKey;
  name: keyof FacetCounts;
  /** A yes/no filter's count is one number; a list's or the year's, one per option. */
  flag: boolean;
  /** Its options' values and counts (a yes/no filter: a null value) for a view. */
  sql: (view: Filters) => Prisma.Sql;
};

/** The timeline's condition for a set of filters, over `Notification n`. */
const where = (f: Filters) => filterSql(f, searchOf(f), "list");

/** The filters with this filter's own choices left out. */
const clear = (f: Filters, key: FilterKey): Filters => ({ ...f, [key]: emptyValue(key) });

/**
 * Every filter with a facet (its `facet` in the table, lib/filters/table.ts), in the table's order.
 * A yes/no filter (emergency sales, sales changed by later reports, sales challenged in Congress)
 * counts how many the view holds with it on, through the timeline's own condition with it on, so
 * its SQL lives in one place; a list's or the year's options are counted by its `options` SELECT
 * (FILTER_SQL, filter-sql.ts) over the view without its own choices.
 */
const FACETS: Facet[] = FILTER_KEYS.flatMap((key): Facet[] => {
  const entry = FILTERS[key];
  if (!("facet" in entry)) return [];
  const name = entry.facet;
  // Its types give every facet but a yes/no filter's its SELECT.
  const options = FILTER_SQL[key].options;
  return options
    ? [{ key, name, flag: false, sql: (view) => options(where(clear(view, key)), Prisma.raw(`'${name}'`)) }]
    : [{ key, name, flag: true, sql: (view) => Prisma.sql`SELECT ${name} AS facet, NULL AS value, COUNT(*) AS count FROM Notification n WHERE ${where({ ...clear(view, key), [key]: true })}` }];
});

/** Neither the page nor the order changes what a view holds. */
const viewOf = (filters: Filters): Filters => ({ ...filters, page: 1, sort: "relevance" });

const emptyCounts = () => Object.fromEntries(FACETS.map((f) => [f.name, f.flag ? 0 : {}])) as FacetCounts;

/**
 * Every facet's counts for the view `filters` selects, in one query (a UNION ALL of one SELECT
 * per facet), cached like the other views under the canonical query string until the seed next
 * runs. A facet whose view without its own choices is the whole record (the usual case: one
 * filter in force, and it is this facet's) takes its counts from the whole record's, computed
 * once per seed, rather than counting every notification again.
 */
export async function getFacetCounts(filters: Filters): Promise<FacetCounts> {
  const view = viewOf(filters);
  const unfiltered = hasFilters(view) ? FACETS.filter((f) => !hasFilters(clear(view, f.key))) : [];
  const [whole, own] = await Promise.all([
    unfiltered.length > 0 ? getFacetCounts(clear(view, unfiltered[0]!.key)) : null,
    queryFacets(view, FACETS.filter((f) => !unfiltered.includes(f))),
  ]);
  return whole ? { ...own, ...Object.fromEntries(unfiltered.map((f) => [f.name, whole[f.name]])) } : own;
}

/** The one query behind the facets named (every facet by default) for a view: a UNION ALL of one SELECT each. */
export function facetsSql(view: Filters, names: readonly (keyof FacetCounts)[] = FACETS.map((f) => f.name)): Prisma.Sql {
  return Prisma.join(
    FACETS.filter((f) => names.includes(f.name)).map((f) => f.sql(view)),
    " UNION ALL ",
  );
}

function queryFacets(view: Filters, facets: Facet[]): Promise<FacetCounts> {
  if (facets.length === 0) return Promise.resolve(emptyCounts());
  return cachedView(`facets?${serializeFilters(view)}`, async (db) => {
    const rows = await db.$queryRaw<{ facet: keyof FacetCounts; value: string | null; count: number | bigint }[]>(facetsSql(view, facets.map((f) => f.name)));
    const counts: Record<string, number | Record<string, number>> = emptyCounts();
    for (const row of rows) {
      const facet = counts[row.facet];
      if (typeof facet === "object") facet[row.value!] = toCount(row.count);
      else counts[row.facet] = toCount(row.count);
    }
    return counts as FacetCounts;
  });
}
