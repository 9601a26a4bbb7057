import { parseFilters, rawQueryString, serializeFilters, type Filters, type RawQuery, type VocabularyIndex } from "@/lib/filters";
import { getVocabularyIndex } from "@/lib/queries";

/**
 * What a loader makes of a URL: the page's data, or where the URL should go instead (a view has
 * one canonical address), or nothing at all. Pages, the bench and tests share the loaders, so a
 * loader never calls Next.js itself: the page does, through `dataOf` (`@/lib/views/next`).
 */
export type View<T> = { data: T } | { redirect: string; permanent?: boolean } | { notFound: true };

/** A page's query string, as Next.js hands it over (or a URL's, as the bench does). */
export type SearchParams = RawQuery;

/** A view's filters from its query string, and whether that query string is already the canonical one. */
export async function readFilterQuery(raw: SearchParams, parse: (raw: RawQuery, index: VocabularyIndex) => Filters = parseFilters): Promise<{ filters: Filters; canonical: boolean }> {
  const filters = parse(raw, await getVocabularyIndex());
  return { filters, canonical: serializeFilters(filters) === rawQueryString(raw) };
}
