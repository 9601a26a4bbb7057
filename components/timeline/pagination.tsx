import { Link } from "@/components/ui/link";
import { ArrowLeftIcon, ArrowRightIcon } from "@/components/ui/icons";
import { serializeFilters, type Filters } from "@/lib/filters";
import { formatCount, timelineHref } from "@/lib/format";

export function Pagination({ filters, page, pageCount, total, pageSize }: { filters: Filters; page: number; pageCount: number; total: number; pageSize: number }) {
  if (pageCount <= 1) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-between gap-4 border-t border-rule pt-4 text-sm">
      {page > 1 ? (
        <Link href={timelineHref(serializeFilters({ ...filters, page: page - 1 }))} rel="prev" className="inline-flex items-center gap-1 font-medium">
          <ArrowLeftIcon />
          Newer
        </Link>
      ) : (
        <span />
      )}
      <span className="figures text-muted">
        {formatCount(first)}–{formatCount(last)} of {formatCount(total)} · page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={timelineHref(serializeFilters({ ...filters, page: page + 1 }))} rel="next" className="inline-flex items-center gap-1 font-medium">
          Older
          <ArrowRightIcon />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
