import type { TimelineEntry } from "@/lib/domain";
import { entryProps } from "./timeline";
import { TimelineEntryView } from "./timeline-entry";

/** Search results by relevance: a ranked list (a time axis would scatter the best matches). */
export function SearchResults({ entries, firstRank }: { entries: TimelineEntry[]; firstRank: number }) {
  return (
    <ol className="mt-6 space-y-3" start={firstRank} aria-label="Search results, best match first">
      {entries.map((e) => (
        <TimelineEntryView key={e.slug} e={entryProps(e)} />
      ))}
    </ol>
  );
}
