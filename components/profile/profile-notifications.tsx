import type { TimelineEntry } from "@/lib/domain";
import { ListWindow } from "./list-window";
import { NotificationList } from "./notification-list";

/** A profile's newest notifications (or every one), with the way to the rest on the timeline. `of` ends the heading: "to Canada", "listing the M142 HIMARS". */
export function ProfileNotifications({
  entries,
  total,
  of,
  show,
  timelineHref,
}: {
  entries: TimelineEntry[];
  total: number;
  of: string;
  show: "systems" | "recipient";
  timelineHref: string;
}) {
  return (
    <section aria-labelledby="notifications-heading" className="mt-10">
      <h2 id="notifications-heading" className="font-serif text-xl font-semibold">
        {`${total > entries.length ? "The newest notifications" : "Every notification"} ${of}`}
      </h2>
      <ListWindow shown={entries.length} total={total} href={timelineHref} testId="profile-notifications-window" />
      <div className="mt-3">
        <NotificationList entries={entries} show={show} />
      </div>
    </section>
  );
}
