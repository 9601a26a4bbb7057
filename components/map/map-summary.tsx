import { Link } from "@/components/ui/link";
import { NotificationTotals } from "@/components/ui/notification-totals";

/** What the map shows: "40 notifications to 12 recipients, worth … (Air-to-air missile · 2025).", and the same view on the timeline. */
export function MapSummary({ count, recipients, valueUsd, headline, timelineHref }: { count: number; recipients: number; valueUsd: bigint; headline: string | null; timelineHref: string }) {
  return (
    <p className="mt-4 text-lg" data-testid="map-summary">
      <NotificationTotals count={count} recipients={recipients} valueUsd={valueUsd} />
      {headline ? ` (${headline}).` : "."}
      {count > 0 && (
        <>
          {" "}
          <Link href={timelineHref} className="text-base">
            See them on the timeline
          </Link>
        </>
      )}
    </p>
  );
}
