import { CongressSummary } from "@/components/congress/congress-summary";
import { ResolutionsByCongress } from "@/components/congress/resolutions-by-congress";
import { TablesLinks } from "@/components/ui/tables-links";
import { PAGE_HREF } from "@/lib/format";
import { congressMetadata, loadCongress } from "@/lib/views";

export const metadata = congressMetadata;

export default async function CongressPage() {
  const { data } = await loadCongress();
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">In Congress</h1>
      <p className="mt-2 text-muted">
        Congress can block a notified sale only by enacting a joint resolution of disapproval: both chambers pass it and the President signs it, or Congress overrides a
        veto. In the Senate a sponsor can force a vote on a motion to discharge the Foreign Relations Committee. Below is every resolution aimed at a sale in the
        record, newest first, from the 118th Congress (2023) on, each fact with its source.
      </p>
      <CongressSummary
        resolutions={data.resolutions.length}
        sales={data.sales}
        votes={data.votes}
        rejected={data.rejected}
        enacted={data.enacted}
        timelineHref={data.timelineHref}
      />
      <p className="mt-2 text-xs text-muted">
        Not listed: resolutions against licences for direct commercial sales (AECA §36(c)) and against reports on earlier sales, which are not sales notified
        under §36(b). Background: Congressional Research Service,{" "}
        <a href="https://www.everycrsreport.com/reports/R47094.html" rel="noopener noreferrer" target="_blank">
          Joint Resolutions of Disapproval Under the Arms Export Control Act (R47094)
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
        .
      </p>
      <TablesLinks page={PAGE_HREF.congress} what="The resolutions, their votes and the sales they are aimed at" />
      <ResolutionsByCongress byCongress={data.byCongress} />
    </div>
  );
}
