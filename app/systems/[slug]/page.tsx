import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFigure, ChartTable, ChartTotalsRows } from "@/components/charts/chart-figure";
import { ListWindow } from "@/components/profile/list-window";
import { NotificationList } from "@/components/profile/notification-list";
import { RecipientMapFigure } from "@/components/map/recipient-map";
import { QuantityTable } from "@/components/profile/quantity-table";
import { SourceLine } from "@/components/profile/source-line";
import { Usd } from "@/components/ui/money";
import { BackLink } from "@/components/ui/back-link";
import { barChart } from "@/lib/charts";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { getRecipientMap, getSystemProfile, resolveSystemSlug } from "@/lib/queries";
import { countryHref, formatUsdCompact, PAGE_HREF, plural, systemHref, timelineHref } from "@/lib/format";
import { OPEN_GRAPH_BASE } from "@/lib/site";

type Props = { params: Promise<{ slug: string }> };

async function load(props: Props) {
  const { slug } = await props.params;
  const resolved = await resolveSystemSlug(slug);
  if (!resolved) return { profile: null, canonical: true } as const;
  return { profile: await getSystemProfile(resolved), canonical: resolved === slug } as const;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { profile } = await load(props);
  if (!profile) return { title: "System not found" };
  const { system, notificationCount, recipients } = profile;
  const title = `${system.name}: who was notified for it`;
  const description = `${plural(notificationCount, "U.S. Foreign Military Sales notification", "U.S. Foreign Military Sales notifications")} listing the ${system.name}, to ${plural(recipients.length, "recipient", "recipients")}, with quantities, values and sources.`;
  const url = systemHref(system.slug);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { ...OPEN_GRAPH_BASE, type: "website", title, description, url },
    twitter: { card: "summary", title, description },
  };
}

export default async function SystemPage(props: Props) {
  const { profile, canonical } = await load(props);
  if (!profile) notFound();
  const { system, notifications, notificationCount, recipients, quantities, quantityCount, totalValueUsd, sharedCount } = profile;
  if (!canonical) permanentRedirect(systemHref(system.slug));
  const { map } = await getRecipientMap({ ...EMPTY_FILTERS, systems: [system.slug] });

  const chart = barChart(recipients.map((r) => ({ key: r.code, label: r.name, valueUsd: r.valueUsd, count: r.count })));
  const withoutQuantities = notificationCount - quantityCount;
  const timeline = timelineHref(serializeFilters({ ...EMPTY_FILTERS, systems: [system.slug] }));

  return (
    <article className="mx-auto max-w-5xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <BackLink href={PAGE_HREF.systems}>All systems</BackLink>
      </nav>
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
            <p className="text-muted">No source in this record describes what the {system.name} is yet, so this page does not either.</p>
          )}
        </div>
        <p className="mt-4 text-lg" data-testid="system-summary">
          <strong className="figures">{plural(notificationCount, "notification", "notifications")}</strong> to{" "}
          <strong className="figures">{plural(recipients.length, "recipient", "recipients")}</strong>
          {notificationCount > 0 && (
            <>
              , worth{" "}
              <strong>
                <Usd amount={totalValueUsd} />
              </strong>{" "}
              in estimated value
            </>
          )}
          .
        </p>
        {notificationCount > 0 && (
          <p className="mt-1 text-sm">
            <Link href={timeline}>See them on the timeline, with filters</Link>
          </p>
        )}
      </header>

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

      {recipients.length > 0 && (
        <div className="mt-8">
          <ChartFigure
            id="recipients-chart"
            heading="Recipients"
            caption={
              <>
                Estimated value of the notifications listing the {system.name}, by recipient.
                {sharedCount > 0 &&
                  ` ${plural(sharedCount, "of these notifications lists", "of these notifications list")} other systems too; DSCA gives one estimate for everything a notification covers, so the whole value counts here, not a share for the ${system.name} alone.`}
              </>
            }
            table={
              <ChartTable caption={`Notifications listing the ${system.name}, by recipient`} head={["Recipient", "Notifications", "Estimated value"]}>
                <ChartTotalsRows
                  rows={recipients.map((r) => ({ key: r.code, label: r.name, href: countryHref(r.code), count: r.count, valueUsd: r.valueUsd }))}
                  total={{ count: notificationCount, valueUsd: totalValueUsd }}
                  exact
                />
              </ChartTable>
            }
          >
            <BarChart
              id="recipients-chart"
              title={`Estimated value of notifications listing the ${system.name}, by recipient`}
              description={recipients.map((r) => `${r.name}: ${formatUsdCompact(r.valueUsd)}`).join("; ")}
              chart={chart}
              countNoun={["notification", "notifications"]}
            />
          </ChartFigure>
        </div>
      )}

      <section aria-labelledby="quantities-heading" className="mt-10">
        <h2 id="quantities-heading" className="font-serif text-xl font-semibold">
          Quantities over time
        </h2>
        <p className="mt-1 text-sm text-muted">
          Major defense equipment each notification lists for the {system.name}, oldest first, as the record gives it.
          {withoutQuantities > 0 &&
            ` ${plural(withoutQuantities, "notification gives", "notifications give")} no quantity for it (a support or sustainment case, or quantities not reported).`}
        </p>
        <ListWindow shown={quantities.length} total={quantityCount} href={timeline} testId="quantities-window" />
        {quantities.length > 0 ? (
          <div className="mt-3 overflow-x-auto rounded-lg border border-rule bg-white">
            <QuantityTable quantities={quantities} />
          </div>
        ) : (
          <p className="mt-3 rounded-lg border border-dashed border-rule bg-white p-4 text-sm">No notification in the record gives a quantity for the {system.name}.</p>
        )}
      </section>

      {notifications.length > 0 ? (
        <section aria-labelledby="notifications-heading" className="mt-10">
          <h2 id="notifications-heading" className="font-serif text-xl font-semibold">
            {notificationCount > notifications.length ? "The newest notifications" : "Every notification"} listing the {system.name}
          </h2>
          <ListWindow shown={notifications.length} total={notificationCount} href={timeline} testId="profile-notifications-window" />
          <div className="mt-3">
            <NotificationList entries={notifications} show="recipient" />
          </div>
        </section>
      ) : (
        <p className="mt-10 text-muted">No notification in the record lists the {system.name} yet.</p>
      )}
    </article>
  );
}
