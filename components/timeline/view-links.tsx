import { Link } from "@/components/ui/link";
import { exportQuery, feedQuery, serializeFilters, type Filters } from "@/lib/filters";
import { apiHref, csvHref, feedHref, timelineHref } from "@/lib/format";

/**
 * Under the results: the order of a search (relevance or newest first), and this view as a
 * CSV file, an Atom feed and JSON, each carrying the same filters and search.
 */
export function ViewLinks({ filters }: { filters: Filters }) {
  const query = exportQuery(filters);
  const current = "font-semibold text-ink no-underline";
  return (
    <div className="mt-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-2 text-sm">
      {filters.q ? (
        <p>
          <span className="text-muted">Order: </span>
          {filters.sort === "relevance" ? (
            <span className={current} aria-current="true">Best match</span>
          ) : (
            <Link href={timelineHref(serializeFilters({ ...filters, sort: "relevance", page: 1 }))}>Best match</Link>
          )}
          <span className="text-muted"> · </span>
          {filters.sort === "newest" ? (
            <span className={current} aria-current="true">Newest first</span>
          ) : (
            <Link href={timelineHref(serializeFilters({ ...filters, sort: "newest", page: 1 }))}>Newest first</Link>
          )}
        </p>
      ) : (
        <span />
      )}
      <p className="flex flex-wrap gap-x-3" role="group" aria-label="This view as data">
        <a href={csvHref(query)} download>
          Download CSV
        </a>
        <a href={feedHref(feedQuery(filters))} type="application/atom+xml">
          Atom feed
        </a>
        <a href={apiHref(query)} type="application/json">
          JSON
        </a>
      </p>
    </div>
  );
}
