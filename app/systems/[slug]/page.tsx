import type { Metadata } from "next";
import { RecipientMapFigure } from "@/components/map/recipient-map";
import { ProfileNotifications } from "@/components/profile/profile-notifications";
import { QuantitiesSection } from "@/components/profile/quantities-section";
import { HistoryChart } from "@/components/profile/history-chart";
import { RecipientsChart } from "@/components/profile/recipients-chart";
import { SystemHeader } from "@/components/profile/system-header";
import { BackLink } from "@/components/ui/back-link";
import { TablesLinks } from "@/components/ui/tables-links";
import { PAGE_HREF, systemHref } from "@/lib/format";
import { loadSystem, systemMetadata } from "@/lib/views";
import { dataOf } from "@/lib/views/next";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return systemMetadata((await props.params).slug);
}

export default async function SystemPage(props: Props) {
  const { profile, map, history, timelineHref } = dataOf(await loadSystem((await props.params).slug));
  const { system, notifications, notificationCount, recipients } = profile;
  return (
    <article className="mx-auto max-w-5xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <BackLink href={PAGE_HREF.systems}>All systems</BackLink>
      </nav>
      <SystemHeader profile={profile} timelineHref={timelineHref} />
      <div className="mt-8">
        <HistoryChart id="year-chart" subject={`listing the ${system.name}`} history={history} />
      </div>
      {recipients.length > 0 && (
        <div className="mt-8">
          <RecipientMapFigure
            id="system-map"
            heading="Where it has been notified"
            caption={`Recipients notified of the ${system.name} in every notification the record holds, shaded by their estimated value (the whole value of each, as in the chart below). Each links to its page.`}
            map={map}
            empty={`No notification in the record lists the ${system.name} yet.`}
          />
        </div>
      )}
      <RecipientsChart profile={profile} history={history} />
      <QuantitiesSection profile={profile} timelineHref={timelineHref} />
      <TablesLinks page={systemHref(system.slug)} />
      {notifications.length > 0 ? (
        <ProfileNotifications entries={notifications} total={notificationCount} of={`listing the ${system.name}`} show="recipient" timelineHref={timelineHref} />
      ) : (
        <p className="mt-10 text-muted">{`No notification in the record lists the ${system.name} yet.`}</p>
      )}
    </article>
  );
}
