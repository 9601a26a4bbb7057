import { describeChangeSource, describeFieldChange, type FieldChange } from "@/lib/domain";
import { formatLongDate } from "@/lib/format";

/** What changed in a record, a line per field: "value corrected from $X to $Y (on 6 December 2026), source: …". */
export function FieldChanges({ fields, on }: { fields: FieldChange[]; on?: string }) {
  if (fields.length === 0) return null;
  return (
    <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm" data-testid="field-changes">
      {fields.map((f, i) => (
        <li key={i}>
          {describeFieldChange(f)}
          {on ? ` on ${formatLongDate(on)}` : ""}
          {f.source ? <span className="text-muted">, source: {describeChangeSource(f.source)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
