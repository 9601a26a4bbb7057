import { Link } from "@/components/ui/link";
import type { RecipientMapView } from "@/lib/map";

/** The recipients in the record with no notification in view, each a link to its page. */
export function RecipientsNone({ none }: { none: RecipientMapView["none"] }) {
  if (none.length === 0) return null;
  return (
    <p className="mt-4 text-sm" data-testid="recipients-none">
      <span className="text-muted">No notification in view for: </span>
      {none.map((r, i) => (
        <span key={r.code}>
          {i > 0 && ", "}
          <Link href={r.href}>{r.name}</Link>
        </span>
      ))}
      .
    </p>
  );
}
