import { Link } from "@/components/ui/link";
import type { ReleaseItem } from "@/lib/domain";
import { dealHref } from "@/lib/format";
import { FieldChanges } from "./field-changes";

const KIND_LABEL: Record<ReleaseItem["kind"], string> = { added: "Added", changed: "Changed", renamed: "Renamed", removed: "Removed" };
const KIND_STYLE: Record<ReleaseItem["kind"], string> = {
  added: "bg-emerald-100 text-emerald-900",
  changed: "bg-amber-100 text-amber-900",
  renamed: "bg-sky-100 text-sky-900",
  removed: "bg-rose-100 text-rose-900",
};

/** The records a release names: each a link to its deal page (a removed one as text), what changed under it. */
export function ReleaseItems({ items }: { items: ReleaseItem[] }) {
  return (
    <ul className="mt-3 space-y-2" data-testid="release-items">
      {items.map((item) => (
        <li key={`${item.kind}-${item.slug}`} className="min-w-0 text-sm" data-kind={item.kind}>
          <span className={`mr-2 rounded px-1.5 text-xs font-semibold ${KIND_STYLE[item.kind]}`}>{KIND_LABEL[item.kind]}</span>
          {item.linked ? (
            <Link href={dealHref(item.slug)} className="break-words">
              {item.title ?? item.slug}
            </Link>
          ) : (
            <span className="break-words">{item.title ?? item.slug}</span>
          )}
          {item.title && <span className="ml-2 break-all text-xs text-muted">{item.slug}</span>}
          {item.fromSlug && <span className="block break-all text-xs text-muted">renamed from {item.fromSlug}</span>}
          <FieldChanges fields={item.fields} />
        </li>
      ))}
    </ul>
  );
}
