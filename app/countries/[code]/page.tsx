import type { Metadata } from "next";
import { RecipientContext } from "@/components/deal/recipient-context";
import { CountryHeader } from "@/components/profile/country-header";
import { ProfileNotifications } from "@/components/profile/profile-notifications";
import { RecipientCharts } from "@/components/profile/recipient-charts";
import { ReviewTierPanel } from "@/components/profile/review-tier-panel";
import { SystemsNotified } from "@/components/profile/systems-notified";
import { BackLink } from "@/components/ui/back-link";
import { TablesLinks } from "@/components/ui/tables-links";
import { countryHref, PAGE_HREF } from "@/lib/format";
import { countryMetadata, loadCountry } from "@/lib/views";
import { dataOf } from "@/lib/views/next";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return countryMetadata((await props.params).code);
}

export default async function CountryPage(props: Props) {
  const { profile, history, strip, tier, timelineHref } = dataOf(await loadCountry((await props.params).code));
  const { recipient, notifications, notificationCount } = profile;
  return (
    <article className="mx-auto max-w-5xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <BackLink href={PAGE_HREF.recipients}>All recipients</BackLink>
      </nav>
      <CountryHeader profile={profile} held={history} timelineHref={timelineHref} />
      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-6">
          <RecipientCharts profile={profile} history={history} strip={strip} />
          <TablesLinks page={countryHref(recipient.code)} />
        </div>
        <aside className="space-y-6">
          <ReviewTierPanel tier={tier} waivedCount={profile.waivedCount} />
          <SystemsNotified systems={profile.systems} code={recipient.code} />
        </aside>
      </div>
      {notifications.length > 0 && (
        <ProfileNotifications entries={notifications} total={notificationCount} of={`to ${recipient.name}`} show="systems" timelineHref={timelineHref} />
      )}
      <RecipientContext name={recipient.name} facts={recipient.context} note="Background from official sources; not part of any notification." />
    </article>
  );
}
