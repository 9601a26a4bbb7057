import { Link } from "@/components/ui/link";
import { ReleaseItems } from "@/components/changes/release-items";
import { CHANGES_FEED_HREF, formatLongDate, PAGE_HREF, plural } from "@/lib/format";
import { describeReleaseCounts } from "@/lib/domain";
import { changesMetadata, loadChanges } from "@/lib/views";
import { dataOf } from "@/lib/views/next";

export const metadata = changesMetadata;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ChangesPage(props: Props) {
  const { releases } = dataOf(await loadChanges(await props.searchParams));
  return (
    <article className="mx-auto max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Changes to the record</h1>
      <p className="mt-3">
        Each release of the record, newest first: the notifications it added, changed (field by field, with the source of a corrected value where the record
        names one), renamed and removed. The history is kept in the record itself (<code>seeds/changes.json</code>); the whole record is on the{" "}
        <Link href={PAGE_HREF.data}>data page</Link>. Follow it in a feed reader: <a href={CHANGES_FEED_HREF}>Atom feed of the releases</a>.
      </p>
      {releases.length === 0 && <p className="mt-6 text-muted">No release is recorded yet.</p>}
      <ol className="mt-8 space-y-8">
        {releases.map((r) => (
          <li key={r.id} className="rounded-lg border border-rule bg-white p-4" data-testid="release">
            <h2 className="font-serif text-xl font-semibold">
              <Link href={r.href}>
                <time dateTime={r.date}>{formatLongDate(r.date)}</time>
              </Link>
            </h2>
            <p className="figures mt-1 text-sm text-muted">{describeReleaseCounts(r)}</p>
            <ReleaseItems items={r.items} />
            {r.total > r.items.length && (
              <p className="mt-3 text-sm">
                <Link href={r.href}>All {plural(r.total, "record", "records")} of this release</Link>
                <span className="text-muted"> ({plural(r.total - r.items.length, "more record", "more records")})</span>
              </p>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
