import { formatShortDate, formatUsdCompact } from "@/lib/format";
import type { Change, FiscalYearTally } from "@/lib/domain";
import { fyLabel } from "./span-label";

const percent = (p: number | null) => (p === null ? "" : ` (${p > 0 ? "+" : p < 0 ? "−" : "±"}${Math.abs(p).toLocaleString("en-US")}%)`);

/** "+12 notifications (+14.1%)", "−3.5 notifications". */
function countChange(c: Change<number>): string {
  const d = Math.round(c.difference * 10) / 10;
  return `${d > 0 ? "+" : d < 0 ? "−" : "±"}${Math.abs(d).toLocaleString("en-US")} ${Math.abs(d) === 1 ? "notification" : "notifications"}${percent(c.percent)}`;
}

/** "+$3.2 billion (+20.5%)". */
function valueChange(c: Change<bigint>): string {
  const d = c.difference;
  return `${d > 0n ? "+" : d < 0n ? "−" : "±"}${formatUsdCompact(d < 0n ? -d : d)}${percent(c.percent)}`;
}

/** "FY2009–FY2024 (16 years)", or the years listed when they are not consecutive. */
function yearsText(years: number[]): string {
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  const list = consecutive ? `${fyLabel(years[0]!)}–${fyLabel(years.at(-1)!)}` : years.map(fyLabel).join(", ");
  return `${list} (${years.length} years)`;
}

/**
 * The year against the one before and against the average of earlier years, each saying which
 * years it is; for a year in progress, over the same days of each.
 */
export function ComparisonList({ fiscalYear, comparison }: { fiscalYear: number; comparison: FiscalYearTally["comparison"] }) {
  const { stretch, current, previous, average } = comparison;
  const days = stretch ? ` from 1 October to ${formatShortDate(stretch.through).replace(/ \d{4}$/, "")}` : "";
  return (
    <section aria-labelledby="comparison-heading" className="rounded-lg border border-rule bg-white p-4 text-sm" data-testid="comparison">
      <h2 id="comparison-heading" className="font-serif text-lg font-semibold">
        Against earlier years
      </h2>
      {stretch && (
        <p className="mt-1 text-muted">
          {fyLabel(fiscalYear)} is in progress: it is compared over the same days of each year{days}, when it holds {current.count} (
          {formatUsdCompact(current.valueUsd)}).
        </p>
      )}
      <ul className="mt-2 space-y-2">
        <li data-testid="comparison-previous">
          <strong>Against {"fiscalYear" in previous ? fyLabel(previous.fiscalYear) : "the year before"}: </strong>
          {"fiscalYear" in previous ? (
            <>
              {countChange(previous.countChange)}, {valueChange(previous.valueChange)}{" "}
              <span className="text-muted">
                ({previous.count} notifications, {formatUsdCompact(previous.valueUsd)}
                {days})
              </span>
            </>
          ) : (
            <span className="text-muted">no comparison: {previous.none}.</span>
          )}
        </li>
        <li data-testid="comparison-average">
          <strong>Against the average of earlier years: </strong>
          {"fiscalYears" in average ? (
            <>
              {countChange(average.countChange)}, {valueChange(average.valueChange)}{" "}
              <span className="text-muted">
                (an average of {average.count.toLocaleString("en-US")} notifications and {formatUsdCompact(average.valueUsd)} a year{days} over{" "}
                {yearsText(average.fiscalYears)}, every earlier year the record counts whole)
              </span>
            </>
          ) : (
            <span className="text-muted">no comparison: {average.none}.</span>
          )}
        </li>
      </ul>
    </section>
  );
}
