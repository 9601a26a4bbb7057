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
import { RegionLine } from "@/components/profile/region-line";
import { ReviewTierPanel } from "@/components/profile/review-tier-panel";
import { Flag } from "@/components/ui/flag";
import { Usd } from "@/components/ui/money";
import { BackLink } from "@/components/ui/back-link";
import { columnChart, dateStrip, fillKeys, labelsYear, MAX_LABELLED_YEARS, yearRange } from "@/lib/charts";
import { BEFORE_RESEARCHED, isResearched, RESEARCHED_FROM, reviewTier } from "@/lib/domain";
import { countryHref, formatLongDate, formatShortDate, formatUsdCompact, PAGE_HREF, plural, systemHref, timelineHref } from "@/lib/format";
import { getCountryProfile, getVocabulary, resolveRecipientCode } from "@/lib/queries";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
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
  const { recipient, notifications, notificationCount, strip, totalValueUsd, byYear, earlier, systems } = profile;
  if (!canonical) permanentRedirect(countryHref(recipient.code));

  const tier = reviewTier(recipient);
  // The researched range (lib/domain/coverage.ts) to the record's last year: a year with nothing
  // there is a year with nothing notified, so it shows as $0 and a pause in buying is visible.
  // Earlier notifications are examples from years nobody researched: counted apart, never drawn.
  const recordYears = (await getVocabulary()).years;
  const firstYear = Number(RESEARCHED_FROM.slice(0, 4));
  const lastYear = Math.max(...recordYears, Number(byYear.at(-1)?.year ?? -Infinity), firstYear);
  const researchedCount = notificationCount - earlier.count;
  const years = researchedCount ? yearRange(firstYear, lastYear) : [];
  // The first year is researched only from October: its column says so.
  const yearLabel = (y: string) => (y === String(firstYear) ? `${y}*` : y);
  const yearData = fillKeys(years, new Map(byYear.map((y) => [y.year, y])), yearLabel);
  const researchedStrip = strip?.filter((n) => isResearched(n.announcedOn)) ?? null;
  const timeline = timelineHref(serializeFilters({ ...EMPTY_FILTERS, countries: [recipient.code] }));

  return (
    <article className="mx-auto max-w-5xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <BackLink href={PAGE_HREF.recipients}>All recipients</BackLink>
      </nav>
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
              {researchedCount > 0 ? (
                <>
                  <strong className="figures">{plural(researchedCount, "notification", "notifications")}</strong> since {formatLongDate(RESEARCHED_FROM)}, worth{" "}
                  <strong>
                    <Usd amount={totalValueUsd - earlier.valueUsd} />
                  </strong>{" "}
                  in estimated value
                </>
              ) : (
                <>No notification since {formatLongDate(RESEARCHED_FROM)} is in the record</>
              )}
              {earlier.count > 0 && (
                <>
                  {" "}
                  (and {plural(earlier.count, "earlier example", "earlier examples")}, <Usd amount={earlier.valueUsd} />, from years the record has not researched:{" "}
                  <Link href={PAGE_HREF.coverage}>coverage</Link>)
                </>
              )}
              .
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
          {researchedCount > 0 && (
            <>
              {researchedStrip && researchedStrip.length > 0 && (
                <ChartFigure
                  id="country-strip"
                  heading="Notifications over time"
                  caption={
                    <>
                      One dot per notification, its area proportional to the estimated value
                      {profile.approximateCount > 0 && `; hollow dots are the ${plural(profile.approximateCount, "notification", "notifications")} with an approximate date`}.{" "}
                      {researchedStrip.length > notifications.length ? "The table has every one; the newest are listed below." : "Every notification is listed below."}
                      {earlier.count > 0 && ` Earlier examples (before ${formatLongDate(RESEARCHED_FROM)}) are not drawn.`}
                    </>
                  }
                  tableSummary="Show the dates and values as a table"
                  table={
                    <ChartTable caption={`Notifications to ${recipient.name} by date`} head={["Date", "Systems", "Estimated value"]} textColumns={2}>
                      <StripRows
                        rows={researchedStrip.map((n) => ({
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
                    title={`Notifications to ${recipient.name}, ${formatLongDate(RESEARCHED_FROM)} to ${lastYear}`}
                    description={`${plural(researchedStrip.length, "dot", "dots")} on a time axis from ${formatLongDate(RESEARCHED_FROM)} to December ${lastYear}.`}
                    strip={dateStrip(
                      researchedStrip.map((n) => ({ key: n.slug, announcedOn: n.announcedOn, valueUsd: n.estimatedValueUsd, approximate: n.dateApproximate })),
                      firstYear,
                      lastYear,
                      RESEARCHED_FROM,
                    )}
                  />
                </ChartFigure>
              )}

              <ChartFigure
                id="year-chart"
                heading="Estimated value by year"
                caption={
                  <>
                    The sum of the estimated values of the notifications announced each year (exact totals in the table). {firstYear}* counts October to
                    December only: the record is researched from {formatLongDate(RESEARCHED_FROM)}.
                    {earlier.count > 0 && ` ${plural(earlier.count, "earlier example is", "earlier examples are")} not charted.`}
                    {!strip && ` With ${notificationCount.toLocaleString("en-US")} notifications, one dot each would blur into a bar, so this chart shows them over time.`}
                  </>
                }
                table={
                  <ChartTable caption={`Estimated value of notifications to ${recipient.name} by year`} head={["Year", "Notifications", "Estimated value"]}>
                    <ChartTotalsRows
                      rows={yearData.map((y) => ({ key: y.key, label: y.label, count: y.count, valueUsd: y.valueUsd }))}
                      total={{ count: researchedCount, valueUsd: totalValueUsd - earlier.valueUsd }}
                      before={
                        earlier.count > 0
                          ? {
                              key: "earlier",
                              label: `Before ${formatLongDate(RESEARCHED_FROM)} (examples, not charted)`,
                              href: timelineHref(serializeFilters({ ...EMPTY_FILTERS, countries: [recipient.code], to: BEFORE_RESEARCHED })),
                              ...earlier,
                            }
                          : undefined
                      }
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
