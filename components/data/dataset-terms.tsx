import { Link } from "@/components/ui/link";
import { formatLongDate, PAGE_HREF } from "@/lib/format";

/** What to know before using the figures: the caveats, then what the record holds, counted now. */
export function DatasetCaveats({ caveats, archiveFrom, held, official, earlier }: { caveats: string[]; archiveFrom: string; held: number; official: number; earlier: number }) {
  return (
    <>
      <ul className="mt-2 list-disc space-y-1.5 pl-5">
        {caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-muted" data-testid="dataset-coverage">
        Since {formatLongDate(archiveFrom)} the record holds {held.toLocaleString("en-US")} {held === 1 ? "notification" : "notifications"},{" "}
        {official.toLocaleString("en-US")} of them with an official text among their sources; before it, {earlier.toLocaleString("en-US")}{" "}
        {earlier === 1 ? "example" : "examples"}. <Link href={PAGE_HREF.coverage}>Coverage</Link> says, fiscal year by fiscal year, what is held and missing.
      </p>
    </>
  );
}

/** The terms: whose the facts are, how to credit the project, and this build's citation. */
export function DatasetTerms({ license, credit, citation }: { license: string; credit: string; citation: string | null }) {
  return (
    <>
      <p className="mt-2">{license}</p>
      <p className="mt-2">{credit}</p>
      {citation && (
        <>
          <p className="mt-3 text-sm font-semibold">Suggested citation of this build</p>
          <p className="mt-1 rounded border border-rule bg-white p-3 text-sm" data-testid="dataset-citation">
            {citation}
          </p>
        </>
      )}
    </>
  );
}
