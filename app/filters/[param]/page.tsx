import type { Metadata } from "next";
import { FilterOptions } from "@/components/timeline/filter-options";
import { filterOptionsMetadata, loadFilterOptions, type SearchParams } from "@/lib/views";
import { dataOf } from "@/lib/views/next";

type Props = { params: Promise<{ param: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return filterOptionsMetadata((await props.params).param, await props.searchParams);
}

/** Every option of one of the filter panel's lists, for a view: the rest of a long list, with JavaScript off too. */
export default async function FilterOptionsPage(props: Props) {
  return <FilterOptions {...dataOf(await loadFilterOptions((await props.params).param, await props.searchParams))} />;
}
