import { SOURCE_KIND_LABEL, type SourceCitation } from "@/lib/domain";
import { SourceLink } from "@/components/ui/source-link";

/** "News report: NDTV (ndtv.com)": where a profile's fact comes from, linked when it can be. */
export function SourceLine({ source }: { source: SourceCitation }) {
  return (
    <p className="mt-1 text-xs text-muted" data-testid="source-line">
      Source: {SOURCE_KIND_LABEL[source.kind]}, {source.publisher}
      {source.title && <>, “{source.title}”</>}
      <SourceLink source={source} variant="line" />
    </p>
  );
}
