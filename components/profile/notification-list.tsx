import { NotificationRows, type NotificationRowProps } from "./notification-rows";
import { formatShortDate } from "@/lib/format";
import type { TimelineEntry } from "@/lib/domain";

/**
 * Every notification on a profile, newest first: the date, the deal, its systems (or its
 * recipient, on a system page) as links, and its estimated value. The rows are rendered from
 * their facts by a client component (components/profile/notification-rows.tsx).
 */
export function NotificationList({ entries, show, id = "notifications" }: { entries: TimelineEntry[]; show: "systems" | "recipient"; id?: string }) {
  const rows = entries.map((e): NotificationRowProps => ({
    slug: e.slug,
    title: e.title,
    announcedOn: e.announcedOn,
    date: formatShortDate(e.announcedOn),
    estimatedValueUsd: e.estimatedValueUsd,
    // Only what is true is sent.
    ...(e.dateApproximate ? { dateApproximate: true } : {}),
    ...(e.lowConfidence ? { lowConfidence: true } : {}),
    ...(show === "recipient"
      ? { recipient: { code: e.recipient.code, name: e.recipient.name, kind: e.recipient.kind } }
      : { systems: e.systems.map((s) => ({ slug: s.slug, name: s.name })) }),
  }));
  return (
    <ol className="profile-list" aria-labelledby={`${id}-heading`} data-testid="profile-notifications">
      <NotificationRows rows={rows} />
    </ol>
  );
}
