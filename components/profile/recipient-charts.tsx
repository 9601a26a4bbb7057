import { ChartFigure, ChartTable, ChartTotalsRows } from "@/components/charts/chart-figure";
import { ColumnChart } from "@/components/charts/column-chart";
import { DateStrip } from "@/components/charts/date-strip";
import { StripRows } from "@/components/charts/strip-rows";
import { columnChart, dateStrip, labelsYear, MAX_LABELLED_YEARS } from "@/lib/charts";
import { RESEARCHED_FROM, type CountryProfile } from "@/lib/domain";
import { formatLongDate, formatShortDate, formatUsdCompact, plural } from "@/lib/format";
import type { RecipientYears } from "@/lib/views";

/**
 * A recipient's researched record as two charts, each with its table: a dot per notification on a
 * time axis (when there are few enough to draw one each), and the estimated value by year.
 * Earlier notifications are examples from years nobody researched: counted, never drawn.
 */
export function RecipientCharts({ profile, researched, earlierHref }: { profile: CountryProfile; researched: RecipientYears; earlierHref: string }) {
  if (researched.count === 0) return null;
  const { recipient, earlier } = profile;
  const { strip, years, firstYear, lastYear } = researched;
  const from = formatLongDate(RESEARCHED_FROM);
  return (
    <>
      {strip && strip.length > 0 && (
        <ChartFigure
          id="country-strip"
          heading="Notifications over time"
          caption={
            <>
              One dot per notification, its area proportional to the estimated value
              {profile.approximateCount > 0 && `; hollow dots are the ${plural(profile.approximateCount, "notification", "notifications")} with an approximate date`}.{" "}
              {strip.length > profile.notifications.length ? "The table has every one; the newest are listed below." : "Every notification is listed below."}
              {earlier.count > 0 && ` Earlier examples (before ${from}) are not drawn.`}
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
            title={`Notifications to ${recipient.name}, ${from} to ${lastYear}`}
            description={`${plural(strip.length, "dot", "dots")} on a time axis from ${from} to December ${lastYear}.`}
            strip={dateStrip(
              strip.map((n) => ({ key: n.slug, announcedOn: n.announcedOn, valueUsd: n.estimatedValueUsd, approximate: n.dateApproximate })),
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
            December only: the record is researched from {from}.
            {earlier.count > 0 && ` ${plural(earlier.count, "earlier example is", "earlier examples are")} not charted.`}
            {!profile.strip && ` With ${plural(profile.notificationCount, "notification", "notifications")}, one dot each would blur into a bar, so this chart shows them over time.`}
          </>
        }
        table={
          <ChartTable caption={`Estimated value of notifications to ${recipient.name} by year`} head={["Year", "Notifications", "Estimated value"]}>
            <ChartTotalsRows
              rows={years.map((y) => ({ key: y.key, label: y.label, count: y.count, valueUsd: y.valueUsd }))}
              total={{ count: researched.count, valueUsd: researched.valueUsd }}
              before={earlier.count > 0 ? { key: "earlier", label: `Before ${from} (examples, not charted)`, href: earlierHref, ...earlier } : undefined}
              exact
            />
          </ChartTable>
        }
      >
        <ColumnChart
          id="year-chart"
          title={`Estimated value of notifications to ${recipient.name} by year`}
          description={years.map((y) => `${y.label}: ${formatUsdCompact(y.valueUsd)} (${plural(y.count, "notification", "notifications")})`).join("; ")}
          chart={columnChart(years, { height: 170, axisLabel: (d) => (labelsYear(d.key, years.length) ? d.label : null) })}
          // A value over each column reads well for a few years; over thirty they pile into each
          // other, and the table (and each column's tooltip) has them.
          valueLabels={years.length <= MAX_LABELLED_YEARS}
        />
      </ChartFigure>
    </>
  );
}
