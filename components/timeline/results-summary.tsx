import { Link } from "@/components/ui/link";
import { CrossIcon } from "@/components/ui/icons";
import { Usd } from "@/components/ui/money";
import { serializeFilters, withoutFilter, type ActiveFilter, type Filters } from "@/lib/filters";
import { ARCHIVE_FROM } from "@/lib/domain";
import { formatLongDate, PAGE_HREF, timelineHref } from "@/lib/format";

/** How many notifications and how much value match, and the filters in force as removable chips. */
export function ResultsSummary({
  total,
  totalValueUsd,
  filters,
  active,
  earlier,
}: {
  total: number;
  totalValueUsd: bigint;
  filters: Filters;
  active: ActiveFilter[];
  /** How many of them are examples from before the official archive (lib/domain/coverage.ts). */
  earlier: number;
}) {
  return (
    <div className="min-w-0 space-y-2">
      <p className="text-lg" role="status" data-testid="results-count">
        <strong className="figures">{total.toLocaleString("en-US")}</strong>
        {` ${total === 1 ? "notification" : "notifications"}${total > 0 ? " worth " : ""}`}
        {total > 0 && (
          <>
            <strong><Usd amount={totalValueUsd} /></strong> in estimated value
          </>
        )}
      </p>
      {earlier > 0 && (
        <p className="text-sm text-muted" data-testid="results-covers">
          {`${total - earlier > 0 ? `${(total - earlier).toLocaleString("en-US")} since ${formatLongDate(ARCHIVE_FROM)}, where the official archive begins, and ` : ""}${earlier.toLocaleString("en-US")} earlier ${earlier === 1 ? "example" : "examples"} from before it (`}
          <Link href={PAGE_HREF.coverage}>coverage</Link>).
        </p>
      )}
      {active.length > 0 && (
        <ul className="flex flex-wrap gap-2 text-sm" aria-label="Filters in force">
          {active.map((a) => (
            <li key={`${a.key}:${a.value}`}>
              <Link
                href={timelineHref(serializeFilters(withoutFilter(filters, a)))}
                className="inline-flex items-center gap-1 rounded-full border border-accent/40 bg-accent-soft px-3 py-0.5 text-ink no-underline hover:border-accent"
                aria-label={`Remove filter: ${a.label}`}
              >
                {a.label} <CrossIcon className="text-[0.8em]" />
              </Link>
            </li>
          ))}
          <li>
            <Link href={PAGE_HREF.timeline} className="inline-block px-1 py-0.5 underline">
              Clear all filters
            </Link>
          </li>
        </ul>
      )}
    </div>
  );
}
