import Link from "next/link";
import type { Coverage } from "@/lib/domain";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { timelineHref } from "@/lib/format";

/** For each transmittal series (24-, 25-, …): the numbers the record holds, each a link, and those it lacks. */
export function TransmittalSeries({ series }: { series: Coverage["series"] }) {
  return (
    <section aria-labelledby="series-heading" className="mt-10">
      <h2 id="series-heading" className="font-serif text-xl font-semibold">
        Transmittal numbers
      </h2>
      <p className="mt-1 text-sm text-muted">
        Each sale is numbered in a series (24-, 25-, 26-…), roughly in order; the series prefix is not the fiscal year. For each series: the numbers the
        record holds, and those it lacks up to the highest it holds (the series may run further).
      </p>
      {series.length === 0 && <p className="mt-3">No notification in the record carries a transmittal number yet.</p>}
      <ul className="mt-3 space-y-3">
        {series.map((s) => (
          <li key={s.series} className="rounded-lg border border-rule bg-white p-4 text-sm" data-testid="coverage-series">
            <h3 className="figures font-semibold">
              {s.series}-01 to {s.highest}: {s.held.length} held
            </h3>
            <p className="figures mt-1">
              <span className="text-muted">Held: </span>
              {s.held.map((t, i) => (
                <span key={t}>
                  {i > 0 && ", "}
                  <Link href={timelineHref(serializeFilters({ ...EMPTY_FILTERS, transmittals: [t] }))}>{t}</Link>
                </span>
              ))}
            </p>
            <p className="figures mt-1">
              <span className="text-muted">Not in the record ({s.missingCount}): </span>
              {s.missing.length > 0 ? s.missing.join(", ") : "none"}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
