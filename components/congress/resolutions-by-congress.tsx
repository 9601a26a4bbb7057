import { congressFirstYear, congressOrdinal, type ListedResolution } from "@/lib/domain";
import { plural } from "@/lib/format";
import { ResolutionCard } from "./resolution-card";

/** Every resolution, a section per Congress (newest first), each with its years and how many it holds. */
export function ResolutionsByCongress({ byCongress }: { byCongress: { congress: number; resolutions: ListedResolution[] }[] }) {
  if (byCongress.length === 0) return <p className="mt-6 rounded-lg border border-rule bg-white p-4 text-sm">No resolution of disapproval is in the record.</p>;
  return (
    <div className="mt-6 space-y-8">
      {byCongress.map(({ congress, resolutions }) => (
        <section key={congress} aria-labelledby={`congress-${congress}`}>
          <h2 id={`congress-${congress}`} className="font-serif text-xl font-semibold">
            {congressOrdinal(congress)}{" "}
            <span className="text-base font-normal text-muted">{`(${congressFirstYear(congress)}–${congressFirstYear(congress) + 1}) · ${plural(resolutions.length, "resolution", "resolutions")}`}</span>
          </h2>
          <div className="mt-3 space-y-4">
            {resolutions.map((r) => (
              <ResolutionCard key={r.id} resolution={r} showSales headingLevel={3} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
