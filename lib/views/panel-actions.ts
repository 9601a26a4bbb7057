"use server";

import { listByParam, parseFilters, type PanelOption } from "@/lib/filters";
import { getPanelChoices, getVocabularyIndex } from "@/lib/queries";
import { filterOptions } from "./filter-options";

/**
 * What the filter panel loads on demand with JavaScript on (server functions: the page hands them
 * to the panel, which calls them). The page itself carries neither: it shows a long list's top
 * options and links to the page of every option, /filters/<param>, which works without them.
 */

/** Every option of the list `param` (`country`) offers for the view `query` (a query string), or null for a list the panel does not have. */
export async function loadPanelOptions(param: string, query: string): Promise<PanelOption[] | null> {
  if (typeof param !== "string" || typeof query !== "string" || query.length > 8_000) return null;
  const key = listByParam(param);
  if (!key) return null;
  return filterOptions(key, parseFilters(new URLSearchParams(query), await getVocabularyIndex()));
}

/** Every system's slug and names (its name first, then its aliases): what the "find a system by any name" box suggests and resolves. */
export async function loadSystemNames(): Promise<{ slug: string; names: string[] }[]> {
  const choices = await getPanelChoices();
  return choices.categories.flatMap((c) => c.systems.map((s) => ({ slug: s.slug, names: [s.name, ...(s.otherNames ?? [])] })));
}
