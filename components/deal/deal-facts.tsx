import { Link } from "@/components/ui/link";
import { Flag } from "@/components/ui/flag";
import { Usd } from "@/components/ui/money";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { contractorHref, countryHref, dealHref, formatLongDate, systemHref, timelineHref, weekdayName } from "@/lib/format";
import { FUNDING_LABEL, type NotificationDetail, type OfficialDates } from "@/lib/domain";
import { SourceCardLink } from "./source-card-link";

/**
 * The record's facts as a definition list; a fact no source gives says so. The dates of the
 * official record are kept apart (delivered to Congress, announced, printed in the Record,
 * published in the Federal Register), each with a link to the source that gives it.
 */
export function DealFacts({ deal }: { deal: NotificationDetail }) {
  const notRecorded = <span className="text-muted">Not recorded</span>;
  const dated = (date: keyof OfficialDates) => {
    const on = deal[date];
    const sourceKey = deal.dateSources[date];
    return on && sourceKey ? (
      <>
        <time dateTime={on}>{formatLongDate(on)}</time>
        <SourceCardLink sourceKey={sourceKey} sources={deal.sources} />
      </>
    ) : (
      notRecorded
    );
  };
  const adds = deal.addsToEarlierCase;
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="font-serif text-xl font-semibold">
        Facts
      </h2>
      <dl className="deal-facts mt-3 grid gap-x-4 gap-y-3 text-sm sm:grid-cols-[11rem_minmax(0,1fr)]" data-testid="deal-facts">
        <dt>Recipient</dt>
        <dd>
          <Link href={countryHref(deal.recipient.code)} className="inline-flex items-center gap-1.5">
            <Flag code={deal.recipient.code} kind={deal.recipient.kind} />
            {deal.recipient.name}
          </Link>
          {deal.recipient.notifiedAs && <span className="block text-muted">Notified as: {deal.recipient.notifiedAs}</span>}
        </dd>
        <dt>Transmittal number</dt>
        <dd className="figures" data-testid="transmittal">
          {deal.transmittalNumber ? (
            <Link href={timelineHref(serializeFilters({ ...EMPTY_FILTERS, transmittals: [deal.transmittalNumber] }))} title="This sale in the timeline, by its number">
              {deal.transmittalNumber}
            </Link>
          ) : (
            notRecorded
          )}
        </dd>
        <dt>Delivered to Congress</dt>
        <dd className="figures" data-testid="delivered">
          {dated("deliveredOn")}
        </dd>
        <dt>Announced</dt>
        <dd className="figures">
          {weekdayName(deal.announcedOn)}, {formatLongDate(deal.announcedOn)}
          {deal.dateApproximate && <span className="text-muted"> (approximate)</span>}
        </dd>
        <dt>Printed in the Congressional Record</dt>
        <dd className="figures" data-testid="record-date">
          {dated("congressionalRecordOn")}
        </dd>
        <dt>Published in the Federal Register</dt>
        <dd className="figures" data-testid="register-date">
          {dated("federalRegisterOn")}
        </dd>
        <dt>Estimated value</dt>
        <dd className="figures" data-testid="value-split">
          <Usd amount={deal.estimatedValueUsd} exact /> in all
          {deal.valueMdeUsd !== null || deal.valueOtherUsd !== null ? (
            <ul className="mt-0.5 space-y-0.5">
              <li>
                Major defense equipment: {deal.valueMdeUsd !== null ? <Usd amount={deal.valueMdeUsd} exact /> : <span className="text-muted">not given</span>}
              </li>
              <li>Other: {deal.valueOtherUsd !== null ? <Usd amount={deal.valueOtherUsd} exact /> : <span className="text-muted">not given</span>}</li>
            </ul>
          ) : (
            <span className="block text-muted">Split into major defense equipment and other: not recorded</span>
          )}
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
        <dt>Implementing agency</dt>
        <dd data-testid="agency">
          {deal.implementingAgency ?? notRecorded}
          {deal.caseDesignator && <span className="figures text-muted"> · case {deal.caseDesignator}</span>}
        </dd>
        <dt>Principal contractor{deal.principalContractors.length > 1 ? "s" : ""}</dt>
        <dd>
          {deal.principalContractors.length > 0 ? (
            <ul className="space-y-0.5">
              {deal.principalContractors.map((c, i) => (
                <li key={i}>
                  {c.contractor ? <Link href={contractorHref(c.contractor.slug)}>{c.name}</Link> : c.name}
                  {c.location && <span className="text-muted">, {c.location}</span>}
                  {c.contractor && c.contractor.name !== c.name && <span className="text-muted"> ({c.contractor.name})</span>}
                </li>
              ))}
            </ul>
          ) : (
            notRecorded
          )}
        </dd>
        <dt>Funding</dt>
        <dd data-testid="funding">
          {deal.fundingSources.length === 0 && !deal.fundingNotes && notRecorded}
          {deal.fundingSources.length > 0 && <span className="block">{deal.fundingSources.map((f) => FUNDING_LABEL[f]).join("; ")}</span>}
          {deal.fundingNotes && <span className={deal.fundingSources.length > 0 ? "block text-muted" : "block"}>{deal.fundingNotes}</span>}
        </dd>
        {adds && (
          <>
            <dt>Adds to an earlier case</dt>
            <dd data-testid="adds-to">
              {adds.belowThreshold ? "Adds to an earlier case whose value was below the notification threshold" : "Adds to an earlier notified sale"}
              {adds.description && <>: {adds.description}</>}
              {adds.transmittalNumber && (
                <span className="block">
                  Earlier sale:{" "}
                  {adds.sale ? (
                    <Link href={dealHref(adds.sale.slug)}>
                      {adds.transmittalNumber}, {adds.sale.title} ({formatLongDate(adds.sale.announcedOn)})
                    </Link>
                  ) : (
                    <>transmittal {adds.transmittalNumber} (not in the record)</>
                  )}
                </span>
              )}
              <SourceCardLink sourceKey={adds.sourceKey} sources={deal.sources} />
            </dd>
          </>
        )}
        {deal.priorRelatedCases && (
          <>
            <dt>Prior related cases</dt>
            <dd>{deal.priorRelatedCases}</dd>
          </>
        )}
        {deal.implementationNotes && (
          <>
            <dt>Implementation</dt>
            <dd>{deal.implementationNotes}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
