import { Link } from "@/components/ui/link";
import { ResolutionCard } from "@/components/congress/resolution-card";
import { RESOLUTIONS_FROM, type ResolutionDetail } from "@/lib/domain";
import { PAGE_HREF } from "@/lib/format";

/** The deal page's "In Congress": every joint resolution of disapproval aimed at this sale. */
export function CongressSection({ resolutions, announcedOn }: { resolutions: ResolutionDetail[]; announcedOn: string }) {
  return (
    <section aria-labelledby="congress-heading" className="mt-10" data-testid="in-congress">
      <h2 id="congress-heading" className="font-serif text-xl font-semibold">
        In Congress
      </h2>
      {resolutions.length > 0 ? (
        <>
          <p className="mt-2 text-sm text-muted">
            {resolutions.length === 1 ? "One joint resolution of disapproval was" : `${resolutions.length} joint resolutions of disapproval were`} introduced against this
            sale. To block it, both chambers must pass one and the President sign it (or Congress override a veto); until then the sale may go ahead.{" "}
            <Link href={PAGE_HREF.congress}>All resolutions</Link>
          </p>
          <div className="mt-4 space-y-4">
            {resolutions.map((r) => (
              <ResolutionCard key={r.id} resolution={r} showSales={r.sales.length > 1} headingLevel={3} />
            ))}
          </div>
        </>
      ) : (
        <p className="mt-2 text-sm text-muted" data-testid="no-resolutions">
          {announcedOn < RESOLUTIONS_FROM
            ? "The record lists joint resolutions of disapproval from 2023 (the 118th Congress) on; whether Congress challenged this earlier sale is not recorded here."
            : "No joint resolution of disapproval aimed at this sale is in the record."}{" "}
          <Link href={PAGE_HREF.congress}>Resolutions on other sales</Link>
        </p>
      )}
    </section>
  );
}
