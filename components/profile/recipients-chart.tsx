import { BarChart } from "@/components/charts/bar-chart";
import { ChartFigure, ChartTable, ChartTotalsRows } from "@/components/charts/chart-figure";
import { barChart } from "@/lib/charts";
import type { SystemProfile } from "@/lib/domain";
import { countryHref, formatUsdCompact, plural } from "@/lib/format";

/** A system's recipients by the estimated value of the notifications listing it, with the table of the same figures. */
export function RecipientsChart({ profile }: { profile: SystemProfile }) {
  const { system, recipients, notificationCount, totalValueUsd, sharedCount } = profile;
  if (recipients.length === 0) return null;
  return (
    <div className="mt-8">
      <ChartFigure
        id="recipients-chart"
        heading="Recipients"
        caption={
          <>
            Estimated value of the notifications listing the {system.name}, by recipient.
            {/* A domain fact, said where the figures are: DSCA estimates a notification as a whole. */}
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
          chart={barChart(recipients.map((r) => ({ key: r.code, label: r.name, valueUsd: r.valueUsd, count: r.count })))}
          countNoun={["notification", "notifications"]}
        />
      </ChartFigure>
    </div>
  );
}
