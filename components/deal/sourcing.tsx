import { archivedCopy, compilationUrl, COMPILATIONS, SOURCING_EXPLANATION, SOURCING_LABEL, type CompilationId, type Sourcing } from "@/lib/domain";
import { formatLongDate, hostOf } from "@/lib/format";
import { SOURCING_STYLE } from "./kind-styles";

/**
 * How a deal's facts were read, in the page's header: one of the three kinds of sourcing
 * (lib/domain/sourcing.ts decides which) as a badge, and what it means in a line.
 */
export function SourcingBadge({ sourcing }: { sourcing: Sourcing }) {
  return (
    <span className={`rounded px-1.5 text-xs font-medium ${SOURCING_STYLE[sourcing]}`} data-testid="provenance">
      {SOURCING_LABEL[sourcing]}
    </span>
  );
}

export function SourcingNote({ sourcing }: { sourcing: Sourcing }) {
  return (
    <p className="mt-2 text-sm text-muted" data-testid="provenance-explanation">
      {SOURCING_EXPLANATION[sourcing]}
    </p>
  );
}

/**
 * Under a source card: the compilation its facts were taken from, and whether its address is an
 * archived copy (and of what). Nothing when neither applies.
 */
export function SourceProvenance({ url, via }: { url: string | null; via: CompilationId | null }) {
  const copy = archivedCopy(url);
  if (!via && !copy) return null;
  return (
    <>
      {via && (
        <p className="mt-1" data-testid="source-via">
          As compiled by{" "}
          <a href={compilationUrl(via)} rel="noopener noreferrer" target="_blank">
            {COMPILATIONS[via].name}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
          : its facts are the release&rsquo;s as that compilation gives them, not yet read by this project.
        </p>
      )}
      {copy && (
        <p className="mt-1" data-testid="source-archived">
          An archived copy{copy.capturedOn && <>, captured {formatLongDate(copy.capturedOn)},</>} of the page at {hostOf(copy.original)}.
        </p>
      )}
    </>
  );
}
