import { CoverageTotals } from "@/components/coverage/coverage-totals";
import { EarlierYears } from "@/components/coverage/earlier-years";
import { FiscalYears } from "@/components/coverage/fiscal-years";
import { TransmittalSeries } from "@/components/coverage/transmittal-series";
import { TablesLinks } from "@/components/ui/tables-links";
import { formatLongDate, PAGE_HREF } from "@/lib/format";
import { coverageMetadata, loadCoverage } from "@/lib/views";

export const metadata = coverageMetadata;

export default async function CoveragePage() {
  const { data: coverage } = await loadCoverage();
  return (
    <article className="mx-auto max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Coverage</h1>
      <p className="mt-3">
        The record holds the official archive of notifications of possible Foreign Military Sales sent to Congress: every notification DSCA (and, since
        2026, the State Department) published from <strong>{formatLongDate(coverage.archiveFrom)}</strong> (fiscal year 2008) to{" "}
        <strong>{formatLongDate(coverage.archiveThrough)}</strong>, where the archive&rsquo;s list ends, each keyed by its transmittal number where the release
        gives one, merged with what the project researched from public sources. Each record says how its facts were read: an official text the project read, the
        official release as a compilation gives it, or reporting only. Below is what it holds, counted from the record as it is now.
      </p>
      <CoverageTotals coverage={coverage} />
      <FiscalYears coverage={coverage} />
      <TransmittalSeries series={coverage.series} />
      <TablesLinks page={PAGE_HREF.coverage} what="These tables" />
      <EarlierYears archiveFrom={coverage.archiveFrom} earlier={coverage.earlier} />
    </article>
  );
}
