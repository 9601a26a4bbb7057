import type { Metadata } from "next";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { MonthlyValueChart } from "@/components/charts/monthly-value-chart";
import { FilterPanel } from "@/components/timeline/filter-panel";
import { Pagination } from "@/components/timeline/pagination";
import { ResultsSummary } from "@/components/timeline/results-summary";
import { SearchResults } from "@/components/timeline/search-results";
import { Timeline } from "@/components/timeline/timeline";
import { ViewLinks } from "@/components/timeline/view-links";
import { loadPanelOptions, loadSystemNames, loadTimeline, timelineMetadata, type SearchParams } from "@/lib/views";
import { dataOf } from "@/lib/views/next";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return timelineMetadata(await props.searchParams);
}

export default async function TimelinePage(props: Props) {
  const { filters, timeline, months, panel, active, earlier } = dataOf(await loadTimeline(await props.searchParams));
  return (
    <div className="grid gap-8 md:grid-cols-[17rem_minmax(0,1fr)]">
      {/* Focusable because it scrolls on its own on wide screens: keyboard users can scroll it (axe scrollable-region-focusable). */}
      <aside aria-label="Filters" tabIndex={0} className="md:sticky md:top-4 md:max-h-[calc(100vh-2rem)] md:self-start md:overflow-y-auto">
        <FilterPanel filters={filters} panel={panel} loadOptions={loadPanelOptions} loadNames={loadSystemNames} />
      </aside>
      <section aria-labelledby="results-heading" className="min-w-0">
        <h1 id="results-heading" className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">
          {filters.q ? "Search results" : active.length ? "Matching notifications" : "All notifications"}
        </h1>
        <div className="mt-3 flex flex-wrap items-start justify-between gap-3">
          <ResultsSummary total={timeline.total} totalValueUsd={timeline.totalValueUsd} filters={filters} active={active} earlier={earlier} />
          <CopyLinkButton label="Copy link to this view" />
        </div>
        <div className="mt-5">
          <MonthlyValueChart months={months} filters={filters} />
        </div>
        <ViewLinks filters={filters} />
        {filters.q && filters.sort === "relevance" && timeline.entries.length > 0 ? (
          <SearchResults entries={timeline.entries} firstRank={(timeline.page - 1) * timeline.pageSize + 1} />
        ) : (
          <Timeline entries={timeline.entries} filters={filters} />
        )}
        <Pagination filters={filters} page={timeline.page} pageCount={timeline.pageCount} total={timeline.total} pageSize={timeline.pageSize} />
      </section>
    </div>
  );
}
