import { Link } from "@/components/ui/link";
import { ChartFigure, ChartTable, ChartTotalsRows } from "@/components/charts/chart-figure";
import { ColumnChart } from "@/components/charts/column-chart";
import { NotificationList } from "@/components/profile/notification-list";
import { BackLink } from "@/components/ui/back-link";
import { Usd } from "@/components/ui/money";
import { BreakdownFigure } from "@/components/years/breakdown-figure";
import { columnChart, fiscalYearAxis } from "@/lib/charts";
import { contractorHref, countryHref, fiscalYearHref, formatLongDate, formatUsdCompact, PAGE_HREF, plural, systemHref } from "@/lib/format";
import type { ContractorData } from "@/lib/views";
import { ContractorNames, ContractorHistory } from "./contractor-facts";

const SYSTEMS_LISTED = 20;

/** /contractors/<slug>: a contractor's names, notifications, value by fiscal year, recipients, systems and history. */
export function ContractorView({ data }: { data: ContractorData }) {
  const { profile, years: yearData, earlier, timelineHref: timeline } = data;
  const { contractor, notificationCount, totalValueUsd, sharedCount, recipients, systems, notifications } = profile;
  return (
    <article className="mx-auto max-w-5xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <BackLink href={PAGE_HREF.contractors}>All contractors</BackLink>
      </nav>
      <header className="mt-4 border-b border-rule pb-5">
        <h1 className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">{contractor.name}</h1>
        {contractor.partners.length > 0 && (
          <p className="mt-1" data-testid="contractor-partners">
            A joint venture of{" "}
            {contractor.partners.map((p, i) => (
              <span key={p.slug}>
                {i > 0 && (i === contractor.partners.length - 1 ? " and " : ", ")}
                <Link href={contractorHref(p.slug)}>{p.name}</Link>
              </span>
            ))}
            . Its notifications count here, not under its partners.
          </p>
        )}
        <p className="mt-3 text-lg" data-testid="contractor-summary">
          {notificationCount > 0 ? (
            <>
              <strong className="figures">{plural(notificationCount, "notification", "notifications")}</strong> name it, from {formatLongDate(profile.firstOn!)} to{" "}
              {formatLongDate(profile.lastOn!)}, worth{" "}
              <strong>
                <Usd amount={totalValueUsd} />
              </strong>{" "}
              in estimated value, each sale counted whole.
            </>
          ) : (
            <>No notification in the record names {contractor.name} yet.</>
          )}
        </p>
        {notificationCount > 0 && (
          <p className="mt-2 max-w-3xl border-l-4 border-accent pl-3 text-sm" data-testid="contractor-caveat">
            A notification gives one estimated value for the whole sale.{" "}
            {sharedCount > 0 ? `${plural(sharedCount, "of these notifications names", "of these notifications name")} other principal contractors too; each counts whole here and on their pages, so` : "Where a sale names several contractors it counts whole for each, so"}{" "}
            totals of different contractors overlap and must not be added. A notified value is a ceiling, not a contract.
          </p>
        )}
        {contractor.ventures.length > 0 && (
          <p className="mt-2 text-sm" data-testid="contractor-ventures">
            <span className="text-muted">Also a partner in </span>
            {contractor.ventures.map((v, i) => (
              <span key={v.slug}>
                {i > 0 && ", "}
                <Link href={contractorHref(v.slug)}>{v.name}</Link> ({v.count > 0 ? plural(v.count, "notification", "notifications") : "none in the record"})
              </span>
            ))}
            <span className="text-muted">: a joint venture&apos;s notifications count under the venture, not here.</span>
          </p>
        )}
      </header>

      <div className="mt-6">
        <ContractorNames contractor={contractor} />
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-6">
          {yearData.length > 0 && (
            <ChartFigure
              id="contractor-years"
              heading="Estimated value by fiscal year"
              caption={`The notifications naming ${contractor.name}, by fiscal year, each counted whole (exact totals in the table).${earlier.count > 0 ? ` ${plural(earlier.count, "earlier example is", "earlier examples are")} not charted: the record does not count those years.` : ""}`}
              table={
                <ChartTable caption={`Notifications naming ${contractor.name} by fiscal year`} head={["Fiscal year", "Notifications", "Estimated value"]}>
                  <ChartTotalsRows
                    rows={yearData.map((y) => ({ key: y.key, label: y.label, href: fiscalYearHref(Number(y.key)), count: y.count, valueUsd: y.valueUsd }))}
                    total={{ count: notificationCount - earlier.count, valueUsd: totalValueUsd - earlier.valueUsd }}
                    before={earlier.count > 0 ? { key: "earlier", label: "Earlier examples (not charted)", ...earlier } : undefined}
                    exact
                  />
                </ChartTable>
              }
            >
              <ColumnChart
                id="contractor-years"
                title={`Estimated value of notifications naming ${contractor.name}, by fiscal year`}
                description={yearData.map((y) => `${y.label}: ${formatUsdCompact(y.valueUsd)} (${y.count})`).join("; ")}
                chart={columnChart(yearData, { height: 170, axisLabel: fiscalYearAxis(yearData.map((d) => d.key)) })}
              />
            </ChartFigure>
          )}
          {recipients.length > 0 && (
            <BreakdownFigure
              id="contractor-recipients"
              heading="Recipients"
              what="Recipient"
              caption={`Who the notifications naming ${contractor.name} were for, largest estimated value first.`}
              rows={recipients.map((r) => ({ key: r.code, label: r.name, href: countryHref(r.code), count: r.count, valueUsd: r.valueUsd }))}
              total={{ count: notificationCount, valueUsd: totalValueUsd }}
            />
          )}
        </div>
        <aside className="space-y-6">
          {systems.length > 0 && (
            <section aria-labelledby="systems-heading" className="rounded-lg border border-rule bg-white p-4 text-sm">
              <h2 id="systems-heading" className="font-serif text-lg font-semibold">
                Systems
              </h2>
              <ul className="mt-2 space-y-1.5" data-testid="contractor-systems">
                {systems.slice(0, SYSTEMS_LISTED).map((s) => (
                  <li key={s.slug}>
                    <Link href={systemHref(s.slug)}>{s.name}</Link> <span className="text-muted">· {plural(s.count, "notification", "notifications")}</span>
                  </li>
                ))}
              </ul>
              {systems.length > SYSTEMS_LISTED && <p className="mt-2 text-muted">and {plural(systems.length - SYSTEMS_LISTED, "more system", "more systems")}.</p>}
            </section>
          )}
        </aside>
      </div>

      {notifications.length > 0 && (
        <section aria-labelledby="notifications-heading" className="mt-10">
          <h2 id="notifications-heading" className="font-serif text-xl font-semibold">
            {notificationCount > notifications.length ? "The newest notifications" : "Every notification"} naming {contractor.name}
          </h2>
          <p className="mt-2 text-sm" data-testid="contractor-window">
            {notificationCount > notifications.length && `Showing the newest ${notifications.length} of ${notificationCount}. `}
            <Link href={timeline}>{notificationCount > notifications.length ? `All ${notificationCount} on the timeline` : "The same on the timeline"}</Link>, with its filters and
            exports (CSV, JSON, feed).
          </p>
          <div className="mt-3">
            <NotificationList entries={notifications} show="recipient" />
          </div>
        </section>
      )}

      <ContractorHistory contractor={contractor} />
    </article>
  );
}
