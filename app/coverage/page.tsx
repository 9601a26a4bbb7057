import { CoverageTotals } from "@/components/coverage/coverage-totals";
import { EarlierYears } from "@/components/coverage/earlier-years";
import { FiscalYears } from "@/components/coverage/fiscal-years";
import { TransmittalSeries } from "@/components/coverage/transmittal-series";
import { formatLongDate } from "@/lib/format";
import { coverageMetadata, loadCoverage } from "@/lib/views";

export const metadata = coverageMetadata;

export default async function CoveragePage() {
  const { data: coverage } = await loadCoverage();
  return (
    <article className="mx-auto max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Coverage</h1>
      <p className="mt-3">
        The record aims to hold every notification of a possible Foreign Military Sale sent to Congress from{" "}
        <strong>{formatLongDate(coverage.researchedFrom)}</strong> (fiscal year {coverage.fiscalYears[0]?.fiscalYear}) to today, each keyed by its transmittal number
        where a source gives it. It holds what public sources confirm: where no official text (press release, Congressional Record, Federal Register) was
        found, a record rests on reporting of it and says so. Below is how far it gets, counted from the record as it is now.
      </p>
      <CoverageTotals coverage={coverage} />
      <FiscalYears coverage={coverage} />
      <TransmittalSeries series={coverage.series} />
      <EarlierYears researchedFrom={coverage.researchedFrom} earlier={coverage.earlier} />
    </article>
  );
}
