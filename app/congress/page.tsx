import type { Metadata } from "next";
import Link from "next/link";
import { ResolutionCard } from "@/components/congress/resolution-card";
import { congressFirstYear, congressOrdinal, type ListedResolution } from "@/lib/domain";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { PAGE_HREF, timelineHref } from "@/lib/format";
import { getResolutions } from "@/lib/queries";
import { OPEN_GRAPH_BASE } from "@/lib/site";

const title = "In Congress: resolutions of disapproval against arms sales";
const description =
  "Every joint resolution of disapproval aimed at a sale in the record since 2023: its sponsor, the sales it targets, what happened to it and each floor vote, with sources.";

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: PAGE_HREF.congress },
  openGraph: { ...OPEN_GRAPH_BASE, type: "website", title, description, url: PAGE_HREF.congress },
};

export default async function CongressPage() {
  const resolutions = await getResolutions();
  const byCongress = new Map<number, ListedResolution[]>();
  for (const r of resolutions) byCongress.set(r.congress, [...(byCongress.get(r.congress) ?? []), r]);
  const sales = new Set(resolutions.flatMap((r) => r.sales.map((s) => s.slug)));
  const votes = resolutions.flatMap((r) => r.votes);
  const enacted = resolutions.filter((r) => r.becameLaw).length;

  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">In Congress</h1>
      <p className="mt-2 text-muted">
        Congress can block a notified sale only by enacting a joint resolution of disapproval: both chambers pass it and the President signs it, or Congress overrides a
        veto. In the Senate a sponsor can force a vote on a motion to discharge the Foreign Relations Committee. Below is every resolution aimed at a sale in the
        record, newest first, from the 118th Congress (2023) on, each fact with its source.
      </p>
      <p className="mt-3 text-sm" data-testid="congress-summary">
        <strong className="figures">{resolutions.length}</strong> {resolutions.length === 1 ? "resolution" : "resolutions"} aimed at{" "}
        <strong className="figures">{sales.size}</strong> {sales.size === 1 ? "sale" : "sales"};{" "}
        <strong className="figures">{votes.length}</strong> floor {votes.length === 1 ? "vote" : "votes"}, {votes.filter((v) => v.result === "rejected").length} rejected;{" "}
        {enacted === 0 ? "none became law." : `${enacted} became law.`} <Link href={timelineHref(serializeFilters({ ...EMPTY_FILTERS, challenged: true }))}>These sales on the timeline</Link>
      </p>
      <p className="mt-2 text-xs text-muted">
        Not listed: resolutions against licences for direct commercial sales (AECA §36(c)) and against reports on earlier sales, which are not sales notified
        under §36(b). Background: Congressional Research Service,{" "}
        <a href="https://www.everycrsreport.com/reports/R47094.html" rel="noopener noreferrer" target="_blank">
          Joint Resolutions of Disapproval Under the Arms Export Control Act (R47094)
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
        .
      </p>
      {resolutions.length === 0 ? (
        <p className="mt-6 rounded-lg border border-rule bg-white p-4 text-sm">No resolution of disapproval is in the record.</p>
      ) : (
        <div className="mt-6 space-y-8">
          {[...byCongress.entries()].map(([congress, list]) => (
            <section key={congress} aria-labelledby={`congress-${congress}`}>
              <h2 id={`congress-${congress}`} className="font-serif text-xl font-semibold">
                {congressOrdinal(congress)}{" "}
                <span className="text-base font-normal text-muted">
                  ({congressFirstYear(congress)}–{congressFirstYear(congress) + 1}) · {list.length} {list.length === 1 ? "resolution" : "resolutions"}
                </span>
              </h2>
              <div className="mt-3 space-y-4">
                {list.map((r) => (
                  <ResolutionCard key={r.id} resolution={r} showSales headingLevel={3} />
                ))}
              </div>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
