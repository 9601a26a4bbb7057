import type { ContractorProfile } from "@/lib/domain";
import { hostOf, plural, safeHref } from "@/lib/format";

type Contractor = ContractorProfile["contractor"];

/**
 * The names the record prints for the contractor, with how often, units marked as its units; then
 * the other names the list knows it by (researched for the whole archive), in one line.
 */
export function ContractorNames({ contractor }: { contractor: Contractor }) {
  const printed = contractor.names.filter((n) => n.count > 0).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const others = contractor.names.filter((n) => n.count === 0);
  const unit = (n: { unit: boolean }) => n.unit && <span className="text-muted"> — unit of {contractor.name}</span>;
  return (
    <section aria-labelledby="names-heading" className="rounded-lg border border-rule bg-white p-4 text-sm">
      <h2 id="names-heading" className="font-serif text-lg font-semibold">
        Its names
      </h2>
      <p className="mt-1 text-xs text-muted">
        Every name the notifications print for {contractor.name}, and how often; a business unit or subsidiary is marked as {contractor.name}&apos;s.
      </p>
      {printed.length > 0 && (
        <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2" data-testid="contractor-names">
          {printed.map((n) => (
            <li key={n.name} data-unit={n.unit ? "" : undefined}>
              {n.name}
              {unit(n)}
              <span className="figures text-muted"> · {plural(n.count, "notification", "notifications")}</span>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <details className="mt-3 text-xs" data-testid="contractor-other-names">
          <summary className="cursor-pointer text-accent">
            {plural(others.length, "other name", "other names")} the list of contractors gives it, printed by no notification in the record yet
          </summary>
          <p className="mt-1">
            <span className="text-muted">Read from the official archive&apos;s releases: </span>
            {others.map((n, i) => (
              <span key={n.name}>
                {i > 0 && "; "}
                {n.name}
                {n.unit && <span className="text-muted"> (unit)</span>}
              </span>
            ))}
            .
          </p>
        </details>
      )}
    </section>
  );
}

/** The company's history, each fact with its source, and the researchers' note on how it was grouped. */
export function ContractorHistory({ contractor }: { contractor: Contractor }) {
  if (contractor.history.length === 0 && !contractor.note) return null;
  return (
    <section aria-labelledby="history-heading" className="mt-10 max-w-3xl">
      <h2 id="history-heading" className="font-serif text-xl font-semibold">
        Corporate history
      </h2>
      <p className="mt-1 text-sm text-muted">What ties its names together, each fact with its source; not part of any notification.</p>
      {contractor.history.length > 0 && (
        <ol className="mt-3 space-y-3" data-testid="contractor-history">
          {contractor.history.map((h, i) => {
            const href = safeHref(h.source.url);
            return (
              <li key={i} className="rounded-lg border border-rule bg-white p-3 text-sm">
                <p>{h.fact}</p>
                <p className="mt-1 text-xs text-muted">
                  Source: {h.source.publisher}, {href ? <a href={href}>{h.source.title}</a> : h.source.title}
                  {href && ` (${hostOf(href)})`}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {contractor.note && (
        <p className="mt-3 text-sm" data-testid="contractor-note">
          <span className="font-semibold">How it is grouped: </span>
          <span>{contractor.note}</span>
        </p>
      )}
    </section>
  );
}
