import { Link } from "@/components/ui/link";
import { Usd } from "@/components/ui/money";
import type { ContractorRef, ContractorSummary } from "@/lib/domain";
import { contractorHref, formatShortDate, plural } from "@/lib/format";

/** "a joint venture of RTX and Lockheed Martin" */
export function partnersText(partners: ContractorRef[]): string {
  const names = partners.map((p) => p.name);
  return `a joint venture of ${names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]}`;
}

/** /contractors: every contractor with its notifications, largest first; those no notification names yet, listed after. */
export function ContractorIndex({ contractors }: { contractors: ContractorSummary[] }) {
  const named = contractors.filter((c) => c.count > 0);
  const unnamed = contractors.filter((c) => c.count === 0).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <article className="mx-auto max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Contractors</h1>
      <p className="mt-3 max-w-3xl">
        The principal contractors the notifications name, normalised: one company by every name the record prints for it (&ldquo;Raytheon&rdquo;,
        &ldquo;Raytheon Company&rdquo; and &ldquo;RTX Corporation&rdquo; are RTX), its business units included. Each page lists the names, the notifications,
        value by fiscal year, recipients, systems and the company&apos;s history with sources.
      </p>
      <p className="mt-3 max-w-3xl border-l-4 border-accent pl-3 text-sm" data-testid="contractors-caveat">
        A notification gives one estimated value for the whole sale. A sale naming several contractors counts whole for each of them, so these totals
        overlap: they say how much notified business names a company, not what it earns, and must not be added up. A notified value is a ceiling, not a
        contract.
      </p>
      <div className="mt-6 overflow-x-auto rounded-lg border border-rule bg-white">
        <table className="tally-table" data-testid="contractors-table">
          <caption className="sr-only">Contractors by the number of notifications naming them</caption>
          <thead>
            <tr>
              <th scope="col">Contractor</th>
              <th scope="col">Notifications</th>
              <th scope="col">Estimated value</th>
              <th scope="col" className="wide">
                First
              </th>
              <th scope="col" className="wide">
                Latest
              </th>
            </tr>
          </thead>
          <tbody>
            {named.map((c) => (
              <tr key={c.slug} data-contractor={c.slug}>
                <th scope="row">
                  <Link href={contractorHref(c.slug)}>{c.name}</Link>
                  {c.partners.length > 0 && <span>{partnersText(c.partners)}</span>}
                </th>
                <td>{c.count}</td>
                <td>
                  <Usd amount={c.valueUsd} />
                </td>
                <td className="wide">{c.firstOn && formatShortDate(c.firstOn)}</td>
                <td className="wide">{c.lastOn && formatShortDate(c.lastOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unnamed.length > 0 && (
        <p className="mt-4 text-sm" data-testid="contractors-unnamed">
          <span className="text-muted">
            Known to the list of contractors (researched for the official archive) but named by no notification in the record yet,{" "}
            {plural(unnamed.length, "contractor", "contractors")}:{" "}
          </span>
          {unnamed.map((c, i) => (
            <span key={c.slug}>
              {i > 0 && ", "}
              <Link href={contractorHref(c.slug)}>{c.name}</Link>
            </span>
          ))}
          .
        </p>
      )}
    </article>
  );
}
