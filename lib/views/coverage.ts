import type { Metadata } from "next";
import type { Coverage } from "@/lib/domain";
import { PAGE_HREF } from "@/lib/format";
import { getCoverage } from "@/lib/queries";
import { pageMetadata } from "@/lib/site";

/** What the record holds (`/coverage`): by fiscal year, official texts against reporting, transmittal numbers held and missing. */
export async function loadCoverage(): Promise<{ data: Coverage }> {
  return { data: await getCoverage() };
}

export const coverageMetadata: Metadata = pageMetadata({
  title: "Coverage: what the record holds",
  description:
    "How complete FMS Timeline's record of U.S. arms sales notifications is: by fiscal year, official texts against reporting, and the transmittal numbers held and missing.",
  path: PAGE_HREF.coverage,
});
