import type { ReactNode } from "react";
import { formatLongDate } from "@/lib/format";
import type { NotificationDetail, ReviewPeriod } from "@/lib/domain";
import { SourceCardLink } from "./source-card-link";

/** The review period, and (as `children`) where the sale stands since: components/deal/deal-stage.tsx. */
export function ReviewPeriodPanel({ review, deal, children }: { review: ReviewPeriod; deal: Pick<NotificationDetail, "emergency" | "sources">; children?: ReactNode }) {
  return (
    <section aria-labelledby="review-heading" className="self-start rounded-lg border border-rule bg-white p-4 text-sm" data-testid="review-period">
      <h2 id="review-heading" className="font-serif text-lg font-semibold">
        Congressional review
      </h2>
      {review.waived ? (
        <>
          <p className="mt-2">
            <strong className="text-2xl">None</strong>
          </p>
          <div className="mt-3 rounded bg-amber-50 p-2 text-amber-900" data-testid="emergency">
            <p>
              <strong>Emergency sale.</strong>{" "}
              {/* Who determined it is shown only where a source says: the record never supplies a name. */}
              {deal.emergency?.determinedBy ? `${deal.emergency.determinedBy} determined that an emergency exists` : "An emergency was determined"}
              {deal.emergency?.determinedOn && (
                <>
                  {" "}
                  on <time dateTime={deal.emergency.determinedOn}>{formatLongDate(deal.emergency.determinedOn)}</time>
                </>
              )}
              {!deal.emergency?.determinedBy && " (the record does not say by whom)"}, which waived the review: Congress had no review period before the sale
              could proceed.
              {deal.emergency && <SourceCardLink sourceKey={deal.emergency.sourceKey} sources={deal.sources} />}
            </p>
          </div>
          <p className="mt-2 text-muted">
            Without it, Congress would have had {review.days} days ({review.reason}).
          </p>
        </>
      ) : (
        <>
          <p className="mt-2">
            <strong className="figures text-2xl">{review.days} days</strong>
          </p>
          <p className="mt-1 text-muted">{review.reason}, so the Arms Export Control Act gives Congress {review.days} days to object.</p>
          <dl className="figures mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="text-muted">Starts</dt>
            <dd>{formatLongDate(review.startsOn)}</dd>
            <dt className="text-muted">Ends</dt>
            <dd>
              <time dateTime={review.endsOn}>{formatLongDate(review.endsOn)}</time>
            </dd>
          </dl>
          <p className={`mt-3 rounded p-2 font-medium ${review.status === "over" ? "bg-slate-100 text-ink" : "bg-emerald-50 text-emerald-900"}`} data-testid="review-status">
            {review.status === "over"
              ? "The review period is over."
              : `The review period is open: ${review.daysLeft} ${review.daysLeft === 1 ? "day" : "days"} left.`}
          </p>
          <p className="mt-2 text-xs text-muted" data-testid="review-counted-from">
            {review.countedFrom === "delivered"
              ? "Counted from the date the notification was delivered to Congress."
              : "Counted from the announcement date: no source in the record gives the day it was delivered to Congress (usually that day or the day before)."}
          </p>
        </>
      )}
      {children}
    </section>
  );
}
