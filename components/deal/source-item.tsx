import { documentHref, formatLongDate, hostOf, safeHref } from "@/lib/format";
import { SOURCE_KIND_LABEL, type SourceDetail } from "@/lib/domain";
import { SourceProvenance } from "./sourcing";

/**
 * One source of a later change or a resolution, as a list item: its kind, publisher, title and
 * date where recorded, its link (http(s) only, or the project's copy of a document) and what it
 * supports. The deal page's own sources are cards (source-list.tsx); a profile's single source
 * under a fact is components/profile/source-line.tsx.
 */
export function SourceItem({ source: s, id }: { source: Omit<SourceDetail, "reportedValue">; id?: string }) {
  const href = safeHref(s.url);
  return (
    <li id={id}>
      <span className="font-medium">{SOURCE_KIND_LABEL[s.kind]}</span>: {s.publisher}
      {s.title && <>, {s.title}</>}
      {s.publishedOn && <span className="text-muted">, {formatLongDate(s.publishedOn)}</span>}
      {href ? (
        <>
          {" "}
          <a href={href} rel="noopener noreferrer" target="_blank" className="break-all">
            {hostOf(href)}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </>
      ) : (
        s.document && (
          <>
            {" "}
            (<a href={documentHref(s.document)}>read the document</a>, a copy kept with this project)
          </>
        )
      )}
      <SourceProvenance url={s.url} via={s.via ?? null} />
      {s.supports && <span className="block text-muted">Supports: {s.supports}</span>}
    </li>
  );
}
