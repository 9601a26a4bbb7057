import { Link } from "@/components/ui/link";
import { FieldChanges } from "@/components/changes/field-changes";
import type { RecordEvent, RecordHistory as History } from "@/lib/domain";
import { changesReleaseHref, formatLongDate } from "@/lib/format";

function Event({ e }: { e: RecordEvent }) {
  const day = (
    <Link href={changesReleaseHref(e.date)}>
      <time dateTime={e.date}>{formatLongDate(e.date)}</time>
    </Link>
  );
  return (
    <li>
      {e.kind === "added" && <>Added to the record on {day}.</>}
      {e.kind === "renamed" && (
        <>
          Renamed on {day} from <span className="break-all">{e.fromSlug}</span> (the old address redirects here).
        </>
      )}
      {e.kind === "changed" && <>Changed on {day}:</>}
      {e.kind === "removed" && <>Removed on {day}.</>}
      <FieldChanges fields={e.fields} on={e.kind === "changed" ? e.date : undefined} />
    </li>
  );
}

/** When the record was added and last changed, and what changed; a long history folds into <details>. */
export function RecordHistory({ history }: { history: History }) {
  if (history.events.length === 0) return null;
  const recent = history.events.slice(-3).reverse();
  const earlier = history.events.slice(0, -3).reverse();
  return (
    <section aria-labelledby="history-heading" className="mt-10" data-testid="record-history">
      <h2 id="history-heading" className="font-serif text-xl font-semibold">
        Record history
      </h2>
      <p className="mt-1 text-sm text-muted">
        {history.addedOn ? `Added ${formatLongDate(history.addedOn)}` : "Not in the change log yet"}
        {history.lastChangedOn && history.lastChangedOn !== history.addedOn ? ` · last changed ${formatLongDate(history.lastChangedOn)}` : ""}
      </p>
      <ul className="mt-3 space-y-2 text-sm">
        {recent.map((e, i) => (
          <Event key={i} e={e} />
        ))}
      </ul>
      {earlier.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">Earlier ({earlier.length})</summary>
          <ul className="mt-2 space-y-2">
            {earlier.map((e, i) => (
              <Event key={i} e={e} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
