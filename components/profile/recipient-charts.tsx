import { ChartFigure, ChartTable } from "@/components/charts/chart-figure";
import { DateStrip } from "@/components/charts/date-strip";
import { StripRows } from "@/components/charts/strip-rows";
import { dateStrip } from "@/lib/charts";
import { ARCHIVE_FROM } from "@/lib/domain";
import { formatLongDate, formatShortDate, plural } from "@/lib/format";
import type { CountryData } from "@/lib/views";
import { HistoryChart } from "./history-chart";

/**
 * A recipient's whole history as two charts, each with its table: a dot per notification on a
 * time axis from the archive's first day (when there are few enough to draw one each), and the
 * estimated value by fiscal year. Examples from before the archive are counted, never drawn.
 */
export function RecipientCharts({ profile, history, strip }: Pick<CountryData, "profile" | "history" | "strip">) {
  const { recipient } = profile;
  const from = formatLongDate(ARCHIVE_FROM);
  return (
    <>
      {strip && (
        <ChartFigure
          id="country-strip"
          heading="Notifications over time"
          caption={
            <>
              One dot per notification since {from}, where the official archive begins, its area proportional to the estimated value
              {history.approximateCount === 1 && "; the hollow dot has an approximate date"}
              {history.approximateCount > 1 && `; the ${history.approximateCount} hollow dots have an approximate date`}.{" "}
              {strip.entries.length > profile.notifications.length ? "The table has every one; the newest are listed below." : "Every notification is listed below."}
              {history.earlier.count > 0 && ` Earlier examples (before ${from}) are not drawn.`}
            </>
          }
          tableSummary="Show the dates and values as a table"
          table={
            <ChartTable caption={`Notifications to ${recipient.name} by date`} head={["Date", "Systems", "Estimated value"]} textColumns={2}>
              <StripRows
                rows={strip.entries.map((n) => ({
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
            title={`Notifications to ${recipient.name}, ${from} to ${strip.lastYear}`}
            description={`${plural(strip.entries.length, "dot", "dots")} on a time axis from ${from} to December ${strip.lastYear}.`}
            strip={dateStrip(
              strip.entries.map((n) => ({ key: n.slug, announcedOn: n.announcedOn, valueUsd: n.estimatedValueUsd, approximate: n.dateApproximate })),
              Number(ARCHIVE_FROM.slice(0, 4)),
              strip.lastYear,
              ARCHIVE_FROM,
            )}
          />
        </ChartFigure>
      )}
      <HistoryChart
        id="year-chart"
        subject={`to ${recipient.name}`}
        history={history}
        note={!profile.strip && ` With ${plural(profile.notificationCount, "notification", "notifications")}, one dot each would blur into a bar, so this chart shows them over time.`}
      />
    </>
  );
}
