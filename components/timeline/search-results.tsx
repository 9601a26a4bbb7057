import type { TimelineEntry } from "@/lib/domain";
import { TimelineItem } from "./timeline";

/** Search results by relevance: a ranked list (a time axis would scatter the best matches). */
export function SearchResults({ entries, firstRank }: { entries: TimelineEntry[]; firstRank: number }) {
  return (
    <ol className="mt-6 space-y-3" start={firstRank} aria-label="Search results, best match first">
      {entries.map((e) => (
        <TimelineItem key={e.slug} entry={e} />
      ))}
    </ol>
  );
}
