import { Link } from "@/components/ui/link";
import type { Filters } from "@/lib/filters";
import { PAGE_HREF } from "@/lib/format";

/**
 * The recipients map's range and category: a plain GET form to /countries, so it works with
 * JavaScript off and every view is a link. Empty fields submit as empty values, which the page
 * drops by redirecting to the canonical URL.
 */
export function MapFilters({
  filters,
  years,
  categories,
  first,
  last,
}: {
  filters: Filters;
  years: number[];
  categories: { slug: string; name: string; count: number }[];
  first: string;
  last: string;
}) {
  const chosen = categories.filter((c) => filters.categories.includes(c.slug));
  const filtered = filters.year !== null || filters.from !== null || filters.to !== null || filters.categories.length > 0;
  return (
    <form method="get" action={PAGE_HREF.recipients} aria-label="Range and category" className="map-filters" data-testid="map-filters">
      <label>
        <span>Year</span>
        <select name="year" defaultValue={filters.year ?? ""}>
          <option value="">Any year</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>From</span>
        <input type="date" name="from" defaultValue={filters.from ?? ""} min={first} max={last} />
      </label>
      <label>
        <span>To</span>
        <input type="date" name="to" defaultValue={filters.to ?? ""} min={first} max={last} />
      </label>
      <details open={chosen.length > 0}>
        <summary>{chosen.length === 0 ? "Category: any" : chosen.length === 1 ? `Category: ${chosen[0]!.name}` : `Categories: ${chosen.length} chosen`}</summary>
        <fieldset>
          <legend className="sr-only">Category</legend>
          {categories.map((c) => (
            <label key={c.slug}>
              <input type="checkbox" name="category" value={c.slug} defaultChecked={filters.categories.includes(c.slug)} />
              <span>{c.name}</span>
            </label>
          ))}
        </fieldset>
      </details>
      <div className="flex items-center gap-3">
        <button type="submit">Show</button>
        {filtered && <Link href={PAGE_HREF.recipients}>Clear</Link>}
      </div>
    </form>
  );
}
