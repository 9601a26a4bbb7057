import { Link } from "@/components/ui/link";
import { Flag } from "@/components/ui/flag";
import { Usd } from "@/components/ui/money";
import { RegionLine } from "./region-line";
import { NotificationTotals } from "@/components/ui/notification-totals";
import { ARCHIVE_FROM, type CountryProfile } from "@/lib/domain";
import { formatLongDate, PAGE_HREF, plural } from "@/lib/format";

/**
 * A recipient's name and flag, and what the record holds for it: the count and value since the
 * official archive begins, and the earlier examples counted apart (lib/domain/coverage.ts).
 */
export function CountryHeader({ profile, held, timelineHref }: { profile: CountryProfile; held: { count: number; valueUsd: bigint }; timelineHref: string }) {
  const { recipient, notificationCount, earlier } = profile;
  const since = formatLongDate(ARCHIVE_FROM);
  return (
    <header className="mt-4 border-b border-rule pb-5">
      <h1 className="flex items-center gap-3 font-serif text-3xl font-semibold tracking-tight sm:text-4xl">
        <Flag code={recipient.code} kind={recipient.kind} />
        {recipient.name}
      </h1>
      {recipient.notifiedAs && <p className="mt-1 text-muted">Notified as: {recipient.notifiedAs}</p>}
      <RegionLine region={recipient.region} />
      <p className="mt-3 text-lg" data-testid="country-summary">
        {notificationCount > 0 ? (
          <>
            {held.count > 0 ? (
              <NotificationTotals count={held.count} valueUsd={held.valueUsd} since={since} />
            ) : (
              `No notification since ${since} is in the record`
            )}
            {earlier.count > 0 && (
              <>
                {` (and ${plural(earlier.count, "earlier example", "earlier examples")}, `}
                <Usd amount={earlier.valueUsd} />
                {", from before the official archive: "}
                <Link href={PAGE_HREF.coverage}>coverage</Link>)
              </>
            )}
            .
          </>
        ) : (
          `No notification to ${recipient.name} is in the record yet.`
        )}
      </p>
      {notificationCount > 0 && (
        <p className="mt-1 text-sm">
          <Link href={timelineHref}>See them on the timeline, with filters</Link>
        </p>
      )}
    </header>
  );
}
