import type { ReviewTier } from "@/lib/domain";
import { plural } from "@/lib/format";

/** The recipient's congressional review period, from the one rule in lib/domain/review-period.ts. */
export function ReviewTierPanel({ tier, waivedCount }: { tier: ReviewTier; waivedCount: number }) {
  return (
    <section aria-labelledby="tier-heading" className="rounded-lg border border-rule bg-white p-4 text-sm" data-testid="review-tier">
      <h2 id="tier-heading" className="font-serif text-lg font-semibold">
        Congressional review
      </h2>
      <p className="mt-2">
        <strong className="figures text-2xl">{tier.days} days</strong>
      </p>
      <p className="mt-1 text-muted">
        {tier.reason}, so the Arms Export Control Act (section 36(b)) gives Congress {tier.days} days to object to each notified sale.
      </p>
      {waivedCount > 0 && (
        <p className="mt-2 rounded bg-amber-50 p-2 text-amber-900">
          {plural(waivedCount, "notification was", "notifications were")} sent under an emergency determination that waived the review; see{" "}
          {waivedCount === 1 ? "its deal page" : "their deal pages"}.
        </p>
      )}
    </section>
  );
}
