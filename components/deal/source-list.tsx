import { SourceLink } from "@/components/ui/source-link";
import { formatCurrencyCompact, formatLongDate, formatUsdCompact } from "@/lib/format";
import { SOURCE_KIND_LABEL, VERDICT_LABEL, type ClaimDetail, type SourceDetail } from "@/lib/domain";
import { SOURCE_KIND_STYLE } from "./kind-styles";

export function SourceList({ sources, claims, estimatedValueUsd }: { sources: SourceDetail[]; claims: ClaimDetail[]; estimatedValueUsd: bigint }) {
  return (
    <section aria-labelledby="sources-heading" className="mt-10">
      <h2 id="sources-heading" className="font-serif text-xl font-semibold">
        Sources <span className="figures text-base font-normal text-muted">({sources.length})</span>
      </h2>
      <ol className="mt-4 space-y-3">
        {sources.map((s) => (
          // Styles: .source-card in app/globals.css (a source can have a dozen of these cards).
          <li key={s.key} id={`source-${s.key}`} className="source-card" data-testid="source">
            <p>
              <span className={SOURCE_KIND_STYLE[s.kind]}>{SOURCE_KIND_LABEL[s.kind]}</span>
              <span>{s.publisher}</span>
              <span>{s.publishedOn ? formatLongDate(s.publishedOn) : "date not recorded"}</span>
            </p>
            <p className="mt-1">{s.title ?? <span className="text-muted">Title not recorded</span>}</p>
            <SourceLink source={s} variant="card" />
            {s.supports && <p className="mt-2 text-muted">Supports: {s.supports}</p>}
            {s.reportedValue && (
              <div className="mt-2 rounded bg-paper p-2" data-testid="reported-value">
                <p>
                  Reported the value as “{s.reportedValue.text}”
                  {s.reportedValue.currency !== "USD" && <> in {s.reportedValue.currency} ({formatCurrencyCompact(s.reportedValue.amount, s.reportedValue.currency)})</>}; the
                  DSCA estimate is US{formatUsdCompact(estimatedValueUsd)}.
                </p>
                {claims
                  .filter((c) => c.source.key === s.key)
                  .slice(0, 1)
                  .map((c) => (
                    <p key={c.claim} className="mt-1">
                      <span className="font-semibold">{VERDICT_LABEL[c.verdict]}:</span> {c.reason}
                    </p>
                  ))}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
