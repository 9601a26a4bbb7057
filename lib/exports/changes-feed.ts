import { describeReleaseCounts, type ReleaseItem, type ReleaseSummary } from "@/lib/domain";
import { absoluteUrl, CHANGES_FEED_HREF, changesReleaseHref, formatLongDate, PAGE_HREF } from "@/lib/format";
import { atomDate, buildAtomFeed } from "./atom";

/**
 * The Atom feed of the record's releases (/changes.xml): one entry per release, newest first, its
 * id and link the day's release page, its summary the counts and the first records it names.
 */
export function changesFeed(releases: ReleaseSummary[], previews: Map<number, ReleaseItem[]>, origin: URL): string {
  const newest = releases[0]?.date ?? "2026-11-22";
  return buildAtomFeed({
    id: absoluteUrl(CHANGES_FEED_HREF, origin),
    title: "FMS Timeline: changes to the record",
    subtitle: "Each release of the record of U.S. Foreign Military Sales notifications: the records added, changed, renamed and removed.",
    updated: atomDate(newest),
    selfUrl: absoluteUrl(CHANGES_FEED_HREF, origin),
    alternateUrl: absoluteUrl(PAGE_HREF.changes, origin),
    author: "FMS Timeline",
    entries: releases.map((r) => {
      const url = absoluteUrl(changesReleaseHref(r.date), origin);
      const named = (previews.get(r.id) ?? []).map((i) => `${i.kind} ${i.fromSlug ? `${i.fromSlug} → ` : ""}${i.slug}`);
      const total = r.added + r.changed + r.renamed + r.removed;
      const more = total > named.length ? `; and ${total - named.length} more` : "";
      return {
        id: `${url}#release-${r.id}`,
        title: `Release of ${formatLongDate(r.date)}: ${describeReleaseCounts(r)}`,
        updated: atomDate(r.date),
        published: atomDate(r.date),
        url,
        summary: `${describeReleaseCounts(r)}.${named.length ? ` ${named.join("; ")}${more}.` : ""}`,
        categories: [],
      };
    }),
  });
}
