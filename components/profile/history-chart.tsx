import type { ReactNode } from "react";
import { ChartFigure, ChartTable, ChartTotalsRows } from "@/components/charts/chart-figure";
import { ColumnChart } from "@/components/charts/column-chart";
import { columnChart } from "@/lib/charts";
import { ARCHIVE_FROM, ARCHIVE_THROUGH } from "@/lib/domain";
import { formatLongDate, plural } from "@/lib/format";
import type { FiscalYearHistory } from "@/lib/views";

/**
 * A recipient's or a system's estimated value by fiscal year, from the archive's first to the
 * record's last, with its table: a year with no column had nothing notified (the archive is
 * complete there); the examples from before the archive are counted in a row, never drawn. Each
 * column links to its notifications on the timeline.
 */
export function HistoryChart({ id, subject, history, note }: { id: string; subject: string; history: FiscalYearHistory; note?: ReactNode }) {
  const { periods, earlier } = history;
  if (periods.length === 0) return null;
  const byKey = new Map(periods.map((p) => [p.key, p]));
  const first = periods[0]!;
  const last = periods.at(-1)!;
  const lighter = [
    first.from === ARCHIVE_FROM && `${first.name} from ${formatLongDate(ARCHIVE_FROM)}, where the archive begins`,
    periods.some((p) => p.cover !== "complete") && `its list ends on ${formatLongDate(ARCHIVE_THROUGH)} (later notifications are held as sources are found)`,
  ].filter(Boolean);
  return (
    <ChartFigure
      id={id}
      heading="Estimated value by fiscal year"
      caption={
        <>
          The estimated value of the notifications {subject}, summed by fiscal year (October to September) from {first.name} to {last.name}. Each column links
          to its notifications, and the table has the exact totals; the record holds the official archive from {formatLongDate(ARCHIVE_FROM)}, so a year with
          no column had none.
          {lighter.length > 0 && ` Lighter columns count only part of a year: ${lighter.join("; ")}.`}
          {history.approximateCount > 0 && ` ${history.approximateCount} ${history.approximateCount === 1 ? "has" : "have"} an approximate date, counted in the year recorded.`}
          {earlier.count > 0 && ` Not charted: ${plural(earlier.count, "example", "examples")} from before the archive.`}
          {note}
        </>
      }
      table={
        <ChartTable caption={`Estimated value of the notifications ${subject}, by fiscal year`} head={["Fiscal year", "Notifications", "Estimated value"]}>
          <ChartTotalsRows
            // Every year, a year with nothing notified at $0: within the archive that is a fact, not a gap.
            rows={periods.map((p) => ({ key: p.key, label: p.label, ...(p.count > 0 ? { href: p.href } : {}), count: p.count, valueUsd: p.valueUsd }))}
            total={{ count: history.count, valueUsd: history.valueUsd }}
            before={earlier.count > 0 ? { key: "earlier", label: `Before ${formatLongDate(ARCHIVE_FROM)} (examples, not charted)`, ...earlier } : undefined}
            exact
          />
        </ChartTable>
      }
    >
      <ColumnChart
        id={id}
        title={`Estimated value of the notifications ${subject}, by fiscal year`}
        description={`${plural(periods.length, "fiscal year", "fiscal years")} from ${first.name} to ${last.name}, ${periods.filter((p) => p.count > 0).length} of them with a notification. The table below lists each.`}
        chart={columnChart(periods, { height: 170, axisLabel: (_d, i) => periods[i]!.axis })}
        meta={(key) => {
          const p = byKey.get(key)!;
          return { href: p.count > 0 ? p.href : undefined, part: !p.whole };
        }}
      />
    </ChartFigure>
  );
}
