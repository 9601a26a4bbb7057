import { VERDICT_LABEL, type ClaimDetail } from "@/lib/domain";
import { VERDICT_ICON, VERDICT_STYLE } from "./kind-styles";

function VerdictIcon({ verdict }: { verdict: ClaimDetail["verdict"] }) {
  const Icon = VERDICT_ICON[verdict];
  return <Icon />;
}

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
          // Styles: .claim-card in app/globals.css; the verdict's colours are its own class.
          <li key={i} className="claim-card" data-testid="claim" data-verdict={c.verdict}>
            <div>
              <span className={VERDICT_STYLE[c.verdict]}>
                <VerdictIcon verdict={c.verdict} /> {VERDICT_LABEL[c.verdict]}
              </span>
              <p>{c.claim}</p>
            </div>
            <p>{c.reason}</p>
            <p>
              Claimed in: <a href={`#source-${c.source.key}`}>{c.source.publisher}</a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
