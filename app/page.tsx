import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { MonthlyValueChart } from "@/components/charts/monthly-value-chart";
import { FilterPanel } from "@/components/timeline/filter-panel";
import { Pagination } from "@/components/timeline/pagination";
import { ResultsSummary } from "@/components/timeline/results-summary";
import { SearchResults } from "@/components/timeline/search-results";
import { Timeline } from "@/components/timeline/timeline";
import { ViewLinks } from "@/components/timeline/view-links";
import { isResearched } from "@/lib/domain";
import { describeFilters, feedQuery, filtersHeadline, parseFilters, rawQueryString, serializeFilters, type Filters } from "@/lib/filters";
import { getFacetCounts, getPanelChoices, getMonthlyTotals, getTimeline, getVocabulary, getVocabularyIndex } from "@/lib/queries";
import { OPEN_GRAPH_BASE, SITE_NAME } from "@/lib/site";
import { feedHref, timelineHref } from "@/lib/format";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readFilters(props: Props): Promise<{ filters: Filters; canonical: boolean }> {
  const raw = await props.searchParams;
  const filters = parseFilters(raw, await getVocabularyIndex());
  return { filters, canonical: serializeFilters(filters) === rawQueryString(raw) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { filters } = await readFilters(props);
  const headline = filtersHeadline(describeFilters(filters, await getVocabulary()));
  const title = headline ? `Notifications: ${headline}` : "Timeline of U.S. arms sales notified to Congress";
  const description = headline
    ? `U.S. Foreign Military Sales notifications to Congress matching ${headline}, with values, equipment and sources.`
    : "Every U.S. Foreign Military Sales notification to Congress in the record, newest first, with values, equipment and sources.";
  const url = timelineHref(serializeFilters(filters));
  return {
    title: headline ? title : { absolute: `${SITE_NAME}: ${title}` },
    description,
    // The Atom feed of this view, for feed readers that look for it in the page.
    alternates: { canonical: url, types: { "application/atom+xml": [{ url: feedHref(feedQuery(filters)), title: `${SITE_NAME}: ${headline ?? "all notifications"}` }] } },
    openGraph: { ...OPEN_GRAPH_BASE, title, description, url, type: "website" },
    twitter: { card: "summary", title, description },
  };
}

export default async function TimelinePage(props: Props) {
  const { filters, canonical } = await readFilters(props);
  // Unknown keys, empty form fields, aliases ("HIMARS") and unsorted values all land on one URL.
  if (!canonical) redirect(timelineHref(serializeFilters(filters)));

  const vocabulary = await getVocabulary();
  const choices = await getPanelChoices();
  const [timeline, months, counts] = await Promise.all([getTimeline(filters), getMonthlyTotals(filters), getFacetCounts(filters)]);
  if (filters.page > timeline.pageCount) redirect(timelineHref(serializeFilters({ ...filters, page: timeline.pageCount })));
  const active = describeFilters(filters, vocabulary);

  return (
    <div className="grid gap-8 md:grid-cols-[17rem_minmax(0,1fr)]">
      {/* Focusable because it scrolls on its own on wide screens: keyboard users can scroll it (axe scrollable-region-focusable). */}
      <aside aria-label="Filters" tabIndex={0} className="md:sticky md:top-4 md:max-h-[calc(100vh-2rem)] md:self-start md:overflow-y-auto">
        <FilterPanel choices={choices} filters={filters} counts={counts} />
      </aside>
      <section aria-labelledby="results-heading" className="min-w-0">
        <h1 id="results-heading" className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">
          {filters.q ? "Search results" : active.length ? "Matching notifications" : "All notifications"}
        </h1>
        <div className="mt-3 flex flex-wrap items-start justify-between gap-3">
          <ResultsSummary
            total={timeline.total}
            totalValueUsd={timeline.totalValueUsd}
            filters={filters}
            active={active}
            earlier={months.filter((m) => !isResearched(m.month)).reduce((sum, m) => sum + m.count, 0)}
          />
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
