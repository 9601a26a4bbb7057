import type { ClaimDetail } from "@/lib/definitions";
import { VERDICT_ICON, VERDICT_LABEL, VERDICT_STYLE } from "./labels";

export function ClaimList({ claims }: { claims: ClaimDetail[] }) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="claims-heading" className="mt-10">
      <h2 id="claims-heading" className="font-serif text-xl font-semibold">
        Claims about this deal, checked
      </h2>
      <p className="mt-1 text-sm text-muted">What circulates about this notification, each claim checked against the official record.</p>
      <ul className="mt-4 space-y-3">
        {claims.map((c, i) => (
          <li key={i} className="rounded-lg border border-rule bg-white p-4" data-testid="claim" data-verdict={c.verdict}>
            <div className="flex flex-wrap items-start gap-3">
              <span className={`inline-flex shrink-0 items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs font-semibold ${VERDICT_STYLE[c.verdict]}`}>
                <span aria-hidden="true">{VERDICT_ICON[c.verdict]}</span> {VERDICT_LABEL[c.verdict]}
              </span>
              <p className="min-w-0 flex-1 font-serif text-base">{c.claim}</p>
            </div>
            <p className="mt-2 text-sm">{c.reason}</p>
            <p className="mt-1 text-xs text-muted">
              Claimed in: <a href={`#source-${c.source.key}`}>{c.source.publisher}</a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
