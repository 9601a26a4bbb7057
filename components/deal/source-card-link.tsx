import { SOURCE_KIND_LABEL, type SourceDetail } from "@/lib/domain";

/** "(Congressional Record)": a link to the source card of the deal page that gives a fact. */
export function SourceCardLink({ sourceKey, sources }: { sourceKey: string; sources: Pick<SourceDetail, "key" | "kind" | "publisher">[] }) {
  const source = sources.find((s) => s.key === sourceKey);
  if (!source) return null;
  const label = source.kind === "news-report" || source.kind === "unverified-report" ? source.publisher : SOURCE_KIND_LABEL[source.kind];
  return (
    <span className="text-muted">
      {" "}
      (source: <a href={`#source-${source.key}`}>{label}</a>)
    </span>
  );
}
