import type { Metadata } from "next";
import type { ListedResolution } from "@/lib/domain";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { PAGE_HREF, timelineHref } from "@/lib/format";
import { getResolutions } from "@/lib/queries";
import { pageMetadata } from "@/lib/site";

export type CongressData = {
  /** Every resolution, newest first, and the same grouped by Congress (newest Congress first). */
  resolutions: ListedResolution[];
  byCongress: { congress: number; resolutions: ListedResolution[] }[];
  /** How many sales they are aimed at, floor votes, votes rejected, and resolutions that became law. */
  sales: number;
  votes: number;
  rejected: number;
  enacted: number;
  /** The challenged sales on the timeline. */
  timelineHref: string;
};

/** "In Congress" (`/congress`): every joint resolution of disapproval aimed at a sale in the record. */
export async function loadCongress(): Promise<{ data: CongressData }> {
  const resolutions = await getResolutions();
  const byCongress = new Map<number, ListedResolution[]>();
  for (const r of resolutions) byCongress.set(r.congress, [...(byCongress.get(r.congress) ?? []), r]);
  const votes = resolutions.flatMap((r) => r.votes);
  return {
    data: {
      resolutions,
      byCongress: [...byCongress.entries()].map(([congress, list]) => ({ congress, resolutions: list })),
      sales: new Set(resolutions.flatMap((r) => r.sales.map((s) => s.slug))).size,
      votes: votes.length,
      rejected: votes.filter((v) => v.result === "rejected").length,
      enacted: resolutions.filter((r) => r.becameLaw).length,
      timelineHref: timelineHref(serializeFilters({ ...EMPTY_FILTERS, challenged: true })),
    },
  };
}

export const congressMetadata: Metadata = pageMetadata({
  title: "In Congress: resolutions of disapproval against arms sales",
  description:
    "Every joint resolution of disapproval aimed at a sale in the record since 2023: its sponsor, the sales it targets, what happened to it and each floor vote, with sources.",
  path: PAGE_HREF.congress,
});
