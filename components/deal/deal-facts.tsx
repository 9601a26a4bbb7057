import Link from "next/link";
import { Flag } from "@/components/ui/flag";
import { formatLongDate, weekdayName } from "@/lib/dates";
import type { NotificationDetail } from "@/lib/definitions";
import { countryHref, systemHref } from "@/lib/paths";

/** The record's other facts as a definition list; a fact no source gives says so. */
export function DealFacts({ deal }: { deal: NotificationDetail }) {
  const notRecorded = <span className="text-muted">Not recorded</span>;
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="font-serif text-xl font-semibold">
        Facts
      </h2>
      <dl className="deal-facts mt-3 grid gap-x-4 gap-y-3 text-sm sm:grid-cols-[11rem_minmax(0,1fr)]">
        <dt>Recipient</dt>
        <dd>
          <Link href={countryHref(deal.recipient.code)} className="inline-flex items-center gap-1.5">
            <Flag code={deal.recipient.code} kind={deal.recipient.kind} />
            {deal.recipient.name}
          </Link>
          {deal.recipient.notifiedAs && <span className="block text-muted">Notified as: {deal.recipient.notifiedAs}</span>}
        </dd>
        <dt>Announced</dt>
        <dd className="figures">
          {weekdayName(deal.announcedOn)}, {formatLongDate(deal.announcedOn)}
          {deal.dateApproximate && <span className="text-muted"> (approximate)</span>}
        </dd>
        <dt>{deal.systems.length > 1 ? "Systems" : "System"}</dt>
        <dd>
          <ul className="space-y-0.5">
            {deal.systems.map((s) => (
              <li key={s.slug}>
                <Link href={systemHref(s.slug)}>{s.name}</Link>{" "}
                <span className="text-muted">· {s.category.name}</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Principal contractor{deal.principalContractors.length > 1 ? "s" : ""}</dt>
        <dd>
          {deal.principalContractors.length > 0 ? (
            <ul className="space-y-0.5">
              {deal.principalContractors.map((c, i) => (
                <li key={i}>
                  {c.name}
                  {c.location && <span className="text-muted">, {c.location}</span>}
                </li>
              ))}
            </ul>
          ) : (
            notRecorded
          )}
        </dd>
        <dt>Funding</dt>
        <dd>{deal.fundingNotes ?? notRecorded}</dd>
        {deal.implementationNotes && (
          <>
            <dt>Implementation</dt>
            <dd>{deal.implementationNotes}</dd>
          </>
        )}
        <dt>Transmittal number</dt>
        <dd className="figures">{deal.transmittalNumber ?? notRecorded}</dd>
      </dl>
    </section>
  );
}
