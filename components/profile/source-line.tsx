import { SOURCE_KIND_LABEL, type SourceCitation } from "@/lib/domain";
import { documentHref, hostOf, safeHref } from "@/lib/format";

/** "News report: NDTV (ndtv.com)": where a profile's fact comes from, linked when it can be. */
export function SourceLine({ source }: { source: SourceCitation }) {
  const url = safeHref(source.url);
  return (
    <p className="mt-1 text-xs text-muted" data-testid="source-line">
      Source: {SOURCE_KIND_LABEL[source.kind]}, {source.publisher}
      {source.title && <>, “{source.title}”</>}
      {url ? (
        <>
          {" "}
          (
          <a href={url} rel="noopener noreferrer" target="_blank" className="underline">
            {hostOf(url)}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
          )
        </>
      ) : source.document ? (
        <>
          {" "}
          (<a href={documentHref(source.document)} className="underline">read the document</a>, a copy kept with this project)
        </>
      ) : null}
    </p>
  );
}
