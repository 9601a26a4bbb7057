import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ReleaseItems } from "@/components/changes/release-items";
import { BackLink } from "@/components/ui/back-link";
import { describeReleaseCounts } from "@/lib/domain";
import { formatLongDate, PAGE_HREF } from "@/lib/format";
import { loadRelease, releaseMetadata } from "@/lib/views";
import { dataOf } from "@/lib/views/next";

type Props = { params: Promise<{ date: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return releaseMetadata((await props.params).date);
}

export default async function ReleasePage(props: Props) {
  const r = dataOf(await loadRelease((await props.params).date, await props.searchParams));
  const last = r.first + r.items.length - 1;
  return (
    <article className="mx-auto max-w-4xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <BackLink href={PAGE_HREF.changes}>All changes</BackLink>
      </nav>
      <h1 className="mt-2 font-serif text-2xl font-semibold tracking-tight sm:text-3xl">
        Changes of <time dateTime={r.date}>{formatLongDate(r.date)}</time>
      </h1>
      {r.releases.map((release) => (
        <p key={release.id} className="figures mt-2 text-muted" data-testid="release-counts">
          {r.releases.length > 1 ? `Release ${release.id}: ` : ""}
          {describeReleaseCounts(release)}
        </p>
      ))}
      <p className="figures mt-4 text-sm" data-testid="release-window">
        Records {r.first}–{last} of {r.total}
        {r.pageCount > 1 ? ` (page ${r.page} of ${r.pageCount})` : ""}
      </p>
      <ReleaseItems items={r.items} />
      {(r.prev || r.next) && (
        <nav aria-label="Pages" className="mt-6 flex gap-6 text-sm">
          {r.prev && <Link href={r.prev}>Previous records</Link>}
          {r.next && <Link href={r.next}>Next records</Link>}
        </nav>
      )}
    </article>
  );
}
