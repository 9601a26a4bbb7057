import { Link } from "@/components/ui/link";
import { NotificationTotals } from "@/components/ui/notification-totals";
import type { SystemProfile } from "@/lib/domain";
import { SourceLine } from "./source-line";

/** A system's name, category, other names and description (with its source), and what the record holds for it. */
export function SystemHeader({ profile, timelineHref }: { profile: SystemProfile; timelineHref: string }) {
  const { system, notificationCount, recipients, totalValueUsd } = profile;
  return (
    <header className="mt-4 border-b border-rule pb-5">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{system.category.name}</p>
      <h1 className="mt-1 font-serif text-3xl font-semibold tracking-tight sm:text-4xl">{system.name}</h1>
      {system.aliases.length > 0 && (
        <p className="mt-2 text-sm" data-testid="system-aliases">
          <span className="text-muted">Also known as: </span>
          {system.aliases.join(" · ")}
        </p>
      )}
      <div className="mt-3 max-w-3xl" data-testid="system-description">
        {system.description ? (
          <>
            <p className="text-lg">{system.description.text}</p>
            <SourceLine source={system.description.source} />
          </>
        ) : (
          <p className="text-muted">{`No source in this record describes what the ${system.name} is yet, so this page does not either.`}</p>
        )}
      </div>
      <p className="mt-4 text-lg" data-testid="system-summary">
        <NotificationTotals count={notificationCount} recipients={recipients.length} valueUsd={totalValueUsd} />.
      </p>
      {notificationCount > 0 && (
        <p className="mt-1 text-sm">
          <Link href={timelineHref}>See them on the timeline, with filters</Link>
        </p>
      )}
    </header>
  );
}
