import { SourceLink } from "@/components/ui/source-link";
import { formatLongDate } from "@/lib/format";
import { SOURCE_KIND_LABEL, type SourceDetail } from "@/lib/domain";

/**
 * One source of a later change or a resolution, as a list item: its kind, publisher, title and
 * date where recorded, its link (components/ui/source-link.tsx) and what it supports. The deal page's own sources are cards (source-list.tsx); a profile's single source
 * under a fact is components/profile/source-line.tsx.
 */
export function SourceItem({ source: s, id }: { source: Omit<SourceDetail, "reportedValue">; id?: string }) {
  return (
    <li id={id}>
      <span className="font-medium">{SOURCE_KIND_LABEL[s.kind]}</span>: {s.publisher}
      {s.title && <>, {s.title}</>}
      {s.publishedOn && <span className="text-muted">, {formatLongDate(s.publishedOn)}</span>}
      <SourceLink source={s} variant="item" />
      {s.supports && <span className="block text-muted">Supports: {s.supports}</span>}
    </li>
  );
}
