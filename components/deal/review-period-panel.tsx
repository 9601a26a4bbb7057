import type { ReactNode } from "react";
import { formatLongDate } from "@/lib/dates";
import type { ReviewPeriod } from "@/lib/review-period";

/** The review period, and (as `children`) where the sale stands since: components/deal/deal-stage.tsx. */
export function ReviewPeriodPanel({ review, announcedOn, children }: { review: ReviewPeriod; announcedOn: string; children?: ReactNode }) {
  return (
    <section aria-labelledby="review-heading" className="self-start rounded-lg border border-rule bg-white p-4 text-sm" data-testid="review-period">
      <h2 id="review-heading" className="font-serif text-lg font-semibold">
        Congressional review
      </h2>
      <p className="mt-2">
        <strong className="figures text-2xl">{review.days} days</strong>
      </p>
      <p className="mt-1 text-muted">{review.reason}, so the Arms Export Control Act gives Congress {review.days} days to object.</p>
      {review.waived ? (
        <p className="mt-3 rounded bg-amber-50 p-2 text-amber-900">
          <strong>Waived.</strong> The Secretary of State declared an emergency, so the sale did not wait for the review period.
        </p>
      ) : (
        <>
          <dl className="figures mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="text-muted">Starts</dt>
            <dd>{formatLongDate(announcedOn)}</dd>
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
          <p className="mt-2 text-xs text-muted">Counted from the announcement date; DSCA usually notifies Congress that day or the day before.</p>
        </>
      )}
      {children}
    </section>
  );
}
