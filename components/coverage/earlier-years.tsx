import { Link } from "@/components/ui/link";
import { BEFORE_ARCHIVE, type Coverage } from "@/lib/domain";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { formatLongDate, plural, timelineHref } from "@/lib/format";

/** What the record holds from before the official archive: examples, by year, never a record of those years. */
export function EarlierYears({ archiveFrom, earlier }: { archiveFrom: string; earlier: Coverage["earlier"] }) {
  const earliest = earlier.years[0]?.year;
  const latest = earlier.years.at(-1)?.year;
  return (
    <section aria-labelledby="earlier-heading" className="mt-10">
      <h2 id="earlier-heading" className="font-serif text-xl font-semibold">
        Before {formatLongDate(archiveFrom)}
      </h2>
      {earlier.total > 0 ? (
        <>
          <p className="mt-1" data-testid="coverage-earlier">
            The record also holds {plural(earlier.total, "notification", "notifications")} from {earliest === latest ? earliest : `${earliest} to ${latest}`}:
            examples from before the official archive begins (an official text the project read, or an earlier sale that a later report names). The archive
            does not reach those years, so the record says nothing about how many notifications they had; charts leave them out rather than show them as empty.
          </p>
          <ul className="figures mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {earlier.years.map((y) => (
              <li key={y.year}>
                <Link href={timelineHref(serializeFilters({ ...EMPTY_FILTERS, year: Number(y.year), to: `${y.year}-12-31` > BEFORE_ARCHIVE ? BEFORE_ARCHIVE : null }))}>{y.year}</Link>: {y.count}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-1">The record holds nothing earlier.</p>
      )}
    </section>
  );
}
