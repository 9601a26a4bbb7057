import { tablesHref } from "@/lib/format";

/**
 * "This page's tables as CSV or JSON": the links to a page's tables as files (`/countries/CA/tables.csv`),
 * with the page's view (`query`) where it takes one, placed near its tables as /years places them.
 */
export function TablesLinks({ page, query = "", what = "This page's tables" }: { page: string; query?: string; what?: string }) {
  return (
    <p className="mt-4 text-sm" data-testid="table-exports">
      {what} as <a href={tablesHref(page, "csv", query)}>CSV</a> or <a href={tablesHref(page, "json", query)}>JSON</a>.
    </p>
  );
}
