import type { Metadata } from "next";
import { describeFilters, FILTERS, listByParam, offeredOptions, serializeFilters, type ActiveFilter, type Filters, type ListKey, type PanelOption } from "@/lib/filters";
import { filterOptionsHref, timelineHref } from "@/lib/format";
import { getFacetCounts, getPanelChoices, getVocabulary } from "@/lib/queries";
import { pageMetadata } from "@/lib/site";
import { readFilterQuery, type SearchParams, type View } from "./view";

export type FilterOptionsData = {
  param: string;
  legend: string;
  plural: string;
  /** Every option the view offers, in the list's order (a system's under its category), with its count and whether it is chosen. */
  options: PanelOption[];
  /** The view's other filters, as the form's hidden fields carry them to the timeline. */
  others: [string, string][];
  /** The view's filters in force, in words, and the timeline of that view. */
  active: ActiveFilter[];
  back: string;
};

/** Every option of a list for a view: the counts are the filter panel's (lib/queries/facets.ts). */
export async function filterOptions(key: ListKey, filters: Filters): Promise<PanelOption[]> {
  const [choices, counts] = await Promise.all([getPanelChoices(), getFacetCounts(filters)]);
  return offeredOptions(key, choices, counts, filters);
}

/**
 * `/filters/<param>`: every option of one of the filter panel's lists (`/filters/country`: every
 * recipient) for the view its query string selects, as a form back to the timeline that keeps the
 * view's other filters. The panel shows a long list's top options; this page is the rest, with
 * JavaScript off too. Unknown lists are not found; the query string is made canonical (no page).
 */
export async function loadFilterOptions(param: string, raw: SearchParams): Promise<View<FilterOptionsData>> {
  const key = listByParam(param);
  if (!key) return { notFound: true };
  const { filters, canonical } = await readFilterQuery(raw);
  const query = serializeFilters({ ...filters, page: 1 });
  if (!canonical || filters.page !== 1) return { redirect: filterOptionsHref(param, query) };
  const { panel } = FILTERS[key];
  if (panel.as !== "checklist" && panel.as !== "systems") return { notFound: true };
  const [options, vocabulary] = await Promise.all([filterOptions(key, filters), getVocabulary()]);
  return {
    data: {
      param,
      legend: panel.legend,
      plural: panel.plural ?? "options",
      options,
      others: [...new URLSearchParams(serializeFilters({ ...filters, [key]: [], page: 1 }))],
      active: describeFilters({ ...filters, [key]: [] }, vocabulary),
      back: timelineHref(query),
    },
  };
}

export async function filterOptionsMetadata(param: string, raw: SearchParams): Promise<Metadata> {
  const key = listByParam(param);
  const { filters } = await readFilterQuery(raw);
  const panel = key ? FILTERS[key].panel : null;
  const plural = panel && "plural" in panel ? panel.plural : "options";
  return pageMetadata({
    title: `Every ${panel && "legend" in panel ? panel.legend.toLowerCase() : "option"} to filter by`,
    description: `Every one of the ${plural} the timeline can be filtered by, with how many notifications each would give.`,
    path: filterOptionsHref(param, serializeFilters({ ...filters, page: 1 })),
  });
}
