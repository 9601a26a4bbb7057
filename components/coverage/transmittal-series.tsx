import type { Coverage } from "@/lib/domain";
import { plural } from "@/lib/format";

/**
 * For each transmittal series (08-, 09-, … 26-): the range of numbers the record holds, and the
 * numbers it lacks within that range, compressed into runs. Numbers are text, not links: a
 * series holds a hundred or more, and the timeline finds any one (`?transmittal=25-34`).
 */
export function TransmittalSeries({ series }: { series: Coverage["series"] }) {
  return (
    <section aria-labelledby="series-heading" className="mt-10">
      <h2 id="series-heading" className="font-serif text-xl font-semibold">
        Transmittal numbers
      </h2>
      <p className="mt-1 text-sm text-muted">
        Each sale is numbered in a series (24-, 25-, 26-…), roughly in order; the series prefix is not the fiscal year. For each series: the numbers the record
        holds, and those it lacks between the lowest and the highest it holds (a series may start before the archive does and run past its last number). A
        missing number may be a sale never announced, a number withdrawn, or one the archive lacks.
      </p>
      {series.length === 0 && <p className="mt-3">No notification in the record carries a transmittal number yet.</p>}
      <ul className="figures mt-3 divide-y divide-rule rounded-lg border border-rule bg-white text-sm">
        {series.map((s) => (
          <li key={s.series} className="p-3" data-testid="coverage-series">
            <h3 className="font-semibold">
              {s.lowest} to {s.highest}: {s.held} held, {s.missingCount === 0 ? "none missing" : `${s.missingCount} missing`}
            </h3>
            {s.missing.length > 0 && (
              <div className="mt-1">
                <span className="text-muted">Not in the record: </span>
                {/* A run never breaks inside (13-20 to 13-22); app/globals.css puts the commas between them. */}
                <ul className="gaps">
                  {s.missing.map((run) => (
                    <li key={run}>{run}</li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ul>
      {series.length > 0 && (
        <p className="mt-2 text-sm text-muted">
          {plural(
            series.reduce((sum, s) => sum + s.held, 0),
            "number",
            "numbers",
          )}{" "}
          held in {plural(series.length, "series", "series")}; any one opens on the timeline with <code>?transmittal=</code>.
        </p>
      )}
    </section>
  );
}
