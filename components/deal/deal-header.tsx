import { Link } from "@/components/ui/link";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { Flag } from "@/components/ui/flag";
import { Usd } from "@/components/ui/money";
import type { NotificationDetail, Sourcing } from "@/lib/domain";
import { countryHref, formatLongDate } from "@/lib/format";
import { SourcingBadge, SourcingNote } from "./sourcing";

/** A deal's recipient, date, transmittal number and badges (how its facts were read, emergency), title, summary and estimated value. */
export function DealHeader({ deal, sourcing }: { deal: NotificationDetail; sourcing: Sourcing }) {
  return (
    <header className="mt-4 border-b border-rule pb-5">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <Link href={countryHref(deal.recipient.code)} className="inline-flex items-center gap-1.5 font-semibold text-ink">
          <Flag code={deal.recipient.code} kind={deal.recipient.kind} /> {deal.recipient.name}
        </Link>
        <span aria-hidden="true">·</span>
        <time dateTime={deal.announcedOn} className="figures">
          {formatLongDate(deal.announcedOn)}
        </time>
        {deal.dateApproximate && <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">approximate date</span>}
        {deal.transmittalNumber && (
          <>
            <span aria-hidden="true">·</span>
            <span className="figures" data-testid="header-transmittal">
              Transmittal {deal.transmittalNumber}
            </span>
          </>
        )}
        <SourcingBadge sourcing={sourcing} />
        {deal.reviewWaived && <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">emergency sale</span>}
      </p>
      <h1 className="mt-2 font-serif text-2xl font-semibold leading-tight tracking-tight sm:text-4xl">{deal.title}</h1>
      <p className="mt-2 text-lg text-muted">{deal.summary}</p>
      <SourcingNote sourcing={sourcing} />
      <div className="mt-4 flex flex-wrap items-end justify-between gap-4">
        <p>
          <span className="block text-xs font-semibold uppercase tracking-wide text-muted">Estimated value</span>
          <span className="text-3xl font-semibold">
            <Usd amount={deal.estimatedValueUsd} />
          </span>{" "}
          <span className="text-sm text-muted">
            (<Usd amount={deal.estimatedValueUsd} exact />)
          </span>
        </p>
        <CopyLinkButton />
      </div>
    </header>
  );
}
