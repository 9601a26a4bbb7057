import { Link } from "@/components/ui/link";
import { ARCHIVE_FROM, isBeforeArchive, type NotificationDetail } from "@/lib/domain";
import { formatLongDate, PAGE_HREF } from "@/lib/format";

/** A deal from before the official archive: an example, not part of a complete record of its year. */
export function BeforeArchive({ announcedOn }: { announcedOn: string }) {
  if (!isBeforeArchive(announcedOn)) return null;
  return (
    <aside aria-label="Coverage" className="mt-6 rounded-lg border border-rule bg-white p-4 text-sm" data-testid="before-range">
      This notification is from before {formatLongDate(ARCHIVE_FROM)}, where the official archive the record holds begins: the record holds earlier years
      only as examples, so it is not part of a complete record of its year (<Link href={PAGE_HREF.coverage}>coverage</Link>).
    </aside>
  );
}

/** What a reader should know before trusting a deal's facts: weak sources, an approximate date. */
export function DealCaveats({ deal }: { deal: Pick<NotificationDetail, "lowConfidence" | "dateApproximate"> }) {
  if (!deal.lowConfidence && !deal.dateApproximate) return null;
  return (
    <aside aria-label="Caveats" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="caveats">
      {deal.lowConfidence && (
        <p>
          <strong>Low confidence.</strong> This record rests on weak sources; treat its facts with caution and read the{" "}
          <a href="#notes-heading">research notes</a>.
        </p>
      )}
      {deal.dateApproximate && (
        <p className={deal.lowConfidence ? "mt-1" : ""}>
          <strong>Approximate date.</strong> The sources do not pin down the exact announcement day; see the <a href="#notes-heading">research notes</a>.
        </p>
      )}
    </aside>
  );
}
