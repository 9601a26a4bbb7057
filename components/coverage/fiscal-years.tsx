import Link from "next/link";
import type { Coverage } from "@/lib/domain";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { formatLongDate, timelineHref } from "@/lib/format";

/** Notifications held by fiscal year, and by the kind of source behind them; each year links to its notifications. */
export function FiscalYears({ coverage: c }: { coverage: Coverage }) {
  return (
    <section aria-labelledby="fy-heading" className="mt-8">
      <h2 id="fy-heading" className="font-serif text-xl font-semibold">
        By fiscal year
      </h2>
      <p className="mt-1 text-sm text-muted">A U.S. fiscal year runs from 1 October to 30 September; each notification counts in the year of its announcement date.</p>
      <div className="mt-3 overflow-x-auto rounded-lg border border-rule bg-white">
        <table className="figures w-full border-collapse text-left text-sm" data-testid="coverage-fiscal-years">
          <caption className="sr-only">Notifications held, by fiscal year and by the kind of source behind them</caption>
          <thead>
            <tr className="border-b border-rule text-xs uppercase tracking-wide text-muted">
              <th scope="col" className="p-2 font-semibold">
                Fiscal year
              </th>
              <th scope="col" className="p-2 text-right font-semibold">
                Held
              </th>
              <th scope="col" className="p-2 text-right font-semibold">
                Official text
              </th>
              <th scope="col" className="p-2 text-right font-semibold">
                Reporting only
              </th>
              <th scope="col" className="p-2 text-right font-semibold">
                Transmittal no.
              </th>
              <th scope="col" className="p-2 text-right font-semibold">
                Low confidence
              </th>
            </tr>
          </thead>
          <tbody>
            {c.fiscalYears.map((fy) => (
              <tr key={fy.fiscalYear} className="border-b border-rule/70 last:border-0">
                <th scope="row" className="p-2 font-medium">
                  <Link href={timelineHref(serializeFilters({ ...EMPTY_FILTERS, from: fy.from, to: fy.to }))}>FY{fy.fiscalYear}</Link>
                  <span className="block text-xs font-normal text-muted">
                    {formatLongDate(fy.from)} to {fy.current ? `today (${formatLongDate(c.today)})` : formatLongDate(fy.to)}
                  </span>
                </th>
                <td className="p-2 text-right">{fy.total}</td>
                <td className="p-2 text-right">{fy.official}</td>
                <td className="p-2 text-right">{fy.reportingOnly}</td>
                <td className="p-2 text-right">{fy.withTransmittal}</td>
                <td className="p-2 text-right">{fy.lowConfidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-muted">
        About 100 to 120 notifications are made in a year, so a year holding fewer is incomplete: the sales missing are those no source the project
        could read confirms.
      </p>
    </section>
  );
}
