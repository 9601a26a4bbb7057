import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { ChartFigure, ChartTable, ChartTotalsRows } from "@/components/charts/chart-figure";
import { ColumnChart } from "@/components/charts/column-chart";
import { DateStrip } from "@/components/charts/date-strip";
import { StripRows } from "@/components/charts/strip-rows";
import { RecipientContext } from "@/components/deal/recipient-context";
import { ListWindow } from "@/components/profile/list-window";
import { NotificationList } from "@/components/profile/notification-list";
import { ReviewTierPanel } from "@/components/profile/review-tier-panel";
import { Flag } from "@/components/ui/flag";
import { Usd } from "@/components/ui/money";
import { BackLink } from "@/components/ui/back-link";
import { columnChart } from "@/lib/charts/columns";
import { dateStrip } from "@/lib/charts/strip";
import { fillKeys, labelsYear, MAX_LABELLED_YEARS, yearRange } from "@/lib/charts/totals";
import { formatShortDate } from "@/lib/dates";
import { getVocabulary } from "@/lib/data";
import { EMPTY_FILTERS, timelineHref } from "@/lib/filters";
import { formatUsdCompact } from "@/lib/money";
import { countryHref, systemHref } from "@/lib/paths";
import { resolveRecipientCode } from "@/lib/profile-routes";
import { getCountryProfile } from "@/lib/profiles";
import { reviewTier } from "@/lib/review-period";
import { plural } from "@/lib/describe";
import { OPEN_GRAPH_BASE } from "@/lib/site";

type Props = { params: Promise<{ code: string }> };


async function load(props: Props) {
  const { code } = await props.params;
  const resolved = await resolveRecipientCode(code);
  if (!resolved) return { profile: null, canonical: true } as const;
  return { profile: await getCountryProfile(resolved), canonical: resolved === code } as const;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { profile } = await load(props);
  if (!profile) return { title: "Recipient not found" };
  const { recipient, notificationCount, totalValueUsd } = profile;
  const title = `${recipient.name}: U.S. arms sales notified to Congress`;
  const description = `${plural(notificationCount, "Foreign Military Sales notification", "Foreign Military Sales notifications")} to ${recipient.name} worth ${formatUsdCompact(totalValueUsd)} in estimated value, by year and by system, with sources.`;
  const url = countryHref(recipient.code);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { ...OPEN_GRAPH_BASE, type: "website", title, description, url },
    twitter: { card: "summary", title, description },
  };
}

export default async function CountryPage(props: Props) {
  const { profile, canonical } = await load(props);
  if (!profile) notFound();
  const { recipient, notifications, notificationCount, strip, totalValueUsd, byYear, systems } = profile;
  if (!canonical) permanentRedirect(countryHref(recipient.code));

  const tier = reviewTier(recipient);
  // From the recipient's first notification (or five years back, whichever is earlier) to the
  // record's last year: a year with nothing shows as $0, so a pause in buying is visible, and
  // a recipient first notified in 1998 is not squeezed onto the same axis as one from 2025.
  const recordYears = (await getVocabulary()).years;
  const lastYear = Math.max(...recordYears, Number(byYear.at(-1)?.year ?? -Infinity));
  const firstYear = Math.min(Number(byYear[0]?.year ?? lastYear), lastYear - 4);
  const years = notificationCount ? yearRange(firstYear, lastYear) : [];
  const ownFirst = byYear[0]?.year;
  const ownLast = byYear.at(-1)?.year;
  const yearData = fillKeys(years, new Map(byYear.map((y) => [y.year, y])), (y) => y);
  const span = ownFirst === ownLast ? String(ownFirst) : `${ownFirst}–${ownLast}`;
  const timeline = timelineHref({ ...EMPTY_FILTERS, countries: [recipient.code] });

  return (
    <article className="mx-auto max-w-5xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <BackLink href="/countries">All recipients</BackLink>
      </nav>
      <header className="mt-4 border-b border-rule pb-5">
        <h1 className="flex items-center gap-3 font-serif text-3xl font-semibold tracking-tight sm:text-4xl">
          <Flag code={recipient.code} kind={recipient.kind} />
          {recipient.name}
        </h1>
        {recipient.notifiedAs && <p className="mt-1 text-muted">Notified as: {recipient.notifiedAs}</p>}
        <p className="mt-3 text-lg" data-testid="country-summary">
          {notificationCount > 0 ? (
            <>
              <strong className="figures">{plural(notificationCount, "notification", "notifications")}</strong> in {span}, worth{" "}
              <strong>
                <Usd amount={totalValueUsd} />
              </strong>{" "}
              in estimated value.
            </>
          ) : (
            <>No notification to {recipient.name} is in the record yet.</>
          )}
        </p>
        {notificationCount > 0 && (
          <p className="mt-1 text-sm">
            <Link href={timeline}>See them on the timeline, with filters</Link>
          </p>
        )}
      </header>

      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-6">
          {notificationCount > 0 && (
            <>
              {strip && (
                <ChartFigure
                  id="country-strip"
                  heading="Notifications over time"
                  caption={
                    <>
                      One dot per notification, its area proportional to the estimated value
                      {profile.approximateCount > 0 && `; hollow dots are the ${plural(profile.approximateCount, "notification", "notifications")} with an approximate date`}.{" "}
                      {strip.length > notifications.length ? "The table has every one; the newest are listed below." : "Every notification is listed below."}
                    </>
                  }
                  tableSummary="Show the dates and values as a table"
                  table={
                    <ChartTable caption={`Notifications to ${recipient.name} by date`} head={["Date", "Systems", "Estimated value"]} textColumns={2}>
                      <StripRows
                        rows={strip.map((n) => ({
                          slug: n.slug,
                          date: `${formatShortDate(n.announcedOn)}${n.dateApproximate ? " (approx.)" : ""}`,
                          systems: n.systems.map((s) => s.name).join(", "),
                          estimatedValueUsd: n.estimatedValueUsd,
                        }))}
                      />
                    </ChartTable>
                  }
                >
                  <DateStrip
                    id="country-strip"
                    title={`Notifications to ${recipient.name}, ${firstYear}–${lastYear}`}
                    description={`${plural(strip.length, "dot", "dots")} on a time axis from January ${firstYear} to December ${lastYear}.`}
                    strip={dateStrip(
                      strip.map((n) => ({ key: n.slug, announcedOn: n.announcedOn, valueUsd: n.estimatedValueUsd, approximate: n.dateApproximate })),
                      firstYear,
                      lastYear,
                    )}
                  />
                </ChartFigure>
              )}

              <ChartFigure
                id="year-chart"
                heading="Estimated value by year"
                caption={
                  <>
                    The sum of the estimated values of the notifications announced each year (exact totals in the table).
                    {!strip && ` With ${notificationCount.toLocaleString("en-US")} notifications, one dot each would blur into a bar, so this chart shows them over time.`}
                  </>
                }
                table={
                  <ChartTable caption={`Estimated value of notifications to ${recipient.name} by year`} head={["Year", "Notifications", "Estimated value"]}>
                    <ChartTotalsRows
                      rows={yearData.map((y) => ({ key: y.key, label: y.label, count: y.count, valueUsd: y.valueUsd }))}
                      total={{ count: notificationCount, valueUsd: totalValueUsd }}
                      exact
                    />
                  </ChartTable>
                }
              >
                <ColumnChart
                  id="year-chart"
                  title={`Estimated value of notifications to ${recipient.name} by year`}
                  description={yearData.map((y) => `${y.label}: ${formatUsdCompact(y.valueUsd)} (${plural(y.count, "notification", "notifications")})`).join("; ")}
                  chart={columnChart(yearData, { height: 170, axisLabel: (d) => (labelsYear(d.key, yearData.length) ? d.label : null) })}
                  // A value over each column reads well for a few years; over thirty they pile into each
                  // other, and the table (and each column's tooltip) has them.
                  valueLabels={yearData.length <= MAX_LABELLED_YEARS}
                />
              </ChartFigure>
            </>
          )}
        </div>
        <aside className="space-y-6">
          <ReviewTierPanel tier={tier} waivedCount={profile.waivedCount} />
          {systems.length > 0 && (
            <section aria-labelledby="systems-heading" className="rounded-lg border border-rule bg-white p-4 text-sm">
              <h2 id="systems-heading" className="font-serif text-lg font-semibold">
                Systems notified
              </h2>
              <ul className="mt-2 space-y-1.5" data-testid="country-systems">
                {systems.map((s) => (
                  <li key={s.slug}>
                    <Link href={systemHref(s.slug)}>{s.name}</Link>{" "}
                    <span className="text-muted">
                      · {s.count > 1 ? `${s.count} notifications` : "1 notification"}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>

      {notifications.length > 0 && (
        <section aria-labelledby="notifications-heading" className="mt-10">
          <h2 id="notifications-heading" className="font-serif text-xl font-semibold">
            {notificationCount > notifications.length ? "The newest notifications" : "Every notification"} to {recipient.name}
          </h2>
          <ListWindow shown={notifications.length} total={notificationCount} href={timeline} testId="profile-notifications-window" />
          <div className="mt-3">
            <NotificationList entries={notifications} show="systems" />
          </div>
        </section>
      )}

      <RecipientContext name={recipient.name} facts={recipient.context} note="Background from official sources; not part of any notification." />
    </article>
  );
}
