import type { Coverage } from "@/lib/domain";
import { formatLongDate, plural } from "@/lib/format";

/** How far the record gets since the researched range began: notifications, official texts, transmittal numbers, later reports, the newest held. */
export function CoverageTotals({ coverage: c }: { coverage: Coverage }) {
  return (
    <p className="mt-2 text-sm text-muted" data-testid="coverage-totals">
      Since {formatLongDate(c.researchedFrom)}: {plural(c.researched.total, "notification", "notifications")}, {c.researched.official.toLocaleString("en-US")} with an
      official text among its sources, {c.researched.withTransmittal.toLocaleString("en-US")} with a transmittal number;{" "}
      {plural(c.researched.reports, "later report", "later reports")} on sales in the record.
      {c.newest && ` The newest notification it holds was announced on ${formatLongDate(c.newest)}; later ones are missing until a source is found (the Federal Register reprints each, weeks to months later: npm run sync reads it).`}
    </p>
  );
}
