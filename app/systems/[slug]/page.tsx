import type { Metadata } from "next";
import { RecipientMapFigure } from "@/components/map/recipient-map";
import { ProfileNotifications } from "@/components/profile/profile-notifications";
import { QuantitiesSection } from "@/components/profile/quantities-section";
import { RecipientsChart } from "@/components/profile/recipients-chart";
import { SystemHeader } from "@/components/profile/system-header";
import { BackLink } from "@/components/ui/back-link";
import { PAGE_HREF } from "@/lib/format";
import { loadSystem, systemMetadata } from "@/lib/views";
import { dataOf } from "@/lib/views/next";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return systemMetadata((await props.params).slug);
}

export default async function SystemPage(props: Props) {
  const { profile, map, timelineHref } = dataOf(await loadSystem((await props.params).slug));
  const { system, notifications, notificationCount, recipients } = profile;
  return (
    <article className="mx-auto max-w-5xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <BackLink href={PAGE_HREF.systems}>All systems</BackLink>
      </nav>
      <SystemHeader profile={profile} timelineHref={timelineHref} />
      {recipients.length > 0 && (
        <div className="mt-8">
          <RecipientMapFigure
            id="system-map"
            heading="Where it has been notified"
            caption={`Recipients notified of the ${system.name}, shaded by the estimated value of those notifications (the whole value of each, as in the chart below). Each links to its page.`}
            map={map}
            empty={`No notification in the record lists the ${system.name} yet.`}
          />
        </div>
      )}
      <RecipientsChart profile={profile} />
      <QuantitiesSection profile={profile} timelineHref={timelineHref} />
      {notifications.length > 0 ? (
        <ProfileNotifications entries={notifications} total={notificationCount} of={`listing the ${system.name}`} show="recipient" timelineHref={timelineHref} />
      ) : (
        <p className="mt-10 text-muted">{`No notification in the record lists the ${system.name} yet.`}</p>
      )}
    </article>
  );
}
