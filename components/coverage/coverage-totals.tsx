import type { Coverage } from "@/lib/domain";
import { formatLongDate, plural } from "@/lib/format";

/** What the record holds from the archive's first day on: notifications, transmittal numbers, official texts, later reports; the newest held and where the archive's list ends. */
export function CoverageTotals({ coverage: c }: { coverage: Coverage }) {
  return (
    <p className="mt-2 text-sm text-muted" data-testid="coverage-totals">
      Since {formatLongDate(c.archiveFrom)}: {plural(c.archive.total, "notification", "notifications")}, {c.archive.withTransmittal.toLocaleString("en-US")} with a
      transmittal number, {c.archive.official.toLocaleString("en-US")} with an official text among its sources;{" "}
      {plural(c.archive.reports, "later report", "later reports")} on sales in the record. The archive&rsquo;s list ends on {formatLongDate(c.archiveThrough)}
      {c.newest && `; the newest notification the record holds was announced on ${formatLongDate(c.newest)}`}
      {c.archive.afterList > 0 && ` (${plural(c.archive.afterList, "notification", "notifications")} after the list ends, found by research or in the Federal Register)`}.
      Later ones are added as sources are found: the Federal Register reprints each notification weeks to months later, and npm run sync reads it.
    </p>
  );
}
