import type { Metadata } from "next";
import { fillKeys, yearRange, type ChartDatum } from "@/lib/charts";
import { currentFiscalYear, fiscalYearOf, talliedFrom, type ContractorProfile, type ContractorSummary } from "@/lib/domain";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { contractorHref, formatUsdCompact, PAGE_HREF, plural, timelineHref, todayInWashington } from "@/lib/format";
import { getContractorProfile, getContractorSummaries, resolveContractorSlug } from "@/lib/queries";
import { pageMetadata } from "@/lib/site";
import type { View } from "./view";

/** /contractors: every contractor, most notifications first. */
export async function loadContractors(): Promise<{ data: ContractorSummary[] }> {
  return { data: await getContractorSummaries() };
}

export const contractorsMetadata: Metadata = pageMetadata({
  title: "Contractors named in U.S. arms sales notified to Congress",
  description:
    "Every principal contractor the Foreign Military Sales notifications name, one company by all its names, with how many notifications name it and their estimated value.",
  path: PAGE_HREF.contractors,
});

export type ContractorData = {
  profile: ContractorProfile;
  /** Fiscal years the record counts, to today's (unless it holds nothing yet for the contractor), a year without one at $0. */
  years: ChartDatum[];
  /** Its notifications before the record counts (examples): listed apart, never charted. */
  earlier: { count: number; valueUsd: bigint };
  /** The timeline of every notification naming it (its contractor filter): the same count as the page's. */
  timelineHref: string;
};

/** A contractor by its URL segment: its slug, or any of its names (redirected, 308); null for none. */
async function profileOf(segment: string) {
  const resolved = await resolveContractorSlug(segment);
  return resolved ? { profile: await getContractorProfile(resolved.slug), canonical: resolved.canonical } : null;
}

/** `/contractors/rtx`; `/contractors/Raytheon` and `/contractors/raytheon-company` redirect there. */
export async function loadContractor(segment: string): Promise<View<ContractorData>> {
  const found = await profileOf(segment);
  if (!found?.profile) return { notFound: true };
  const { profile, canonical } = found;
  if (!canonical) return { redirect: contractorHref(profile.contractor.slug), permanent: true };
  const firstCounted = fiscalYearOf(talliedFrom());
  const counted = profile.byFiscalYear.filter((y) => Number(y.year) >= firstCounted);
  const present = currentFiscalYear(todayInWashington());
  const last = counted.some((y) => Number(y.year) === present) ? present : present - 1;
  return {
    data: {
      profile,
      years: fillKeys(counted.length > 0 ? yearRange(firstCounted, last) : [], new Map(counted.map((y) => [y.year, y])), (y) => `FY${y}`),
      earlier: profile.byFiscalYear
        .filter((y) => Number(y.year) < firstCounted)
        .reduce((t, y) => ({ count: t.count + y.count, valueUsd: t.valueUsd + y.valueUsd }), { count: 0, valueUsd: 0n }),
      timelineHref: timelineHref(serializeFilters({ ...EMPTY_FILTERS, contractors: [profile.contractor.slug] })),
    },
  };
}

export async function contractorMetadata(segment: string): Promise<Metadata> {
  const profile = (await profileOf(segment))?.profile;
  if (!profile) return { title: "Contractor not found" };
  const { contractor, notificationCount, totalValueUsd } = profile;
  return pageMetadata({
    title: `${contractor.name}: U.S. arms sales naming it as principal contractor`,
    description: `${plural(notificationCount, "Foreign Military Sales notification names", "Foreign Military Sales notifications name")} ${contractor.name}${notificationCount ? `, worth ${formatUsdCompact(totalValueUsd)} in estimated value (each sale counted whole)` : ""}: its names, recipients, systems and history, with sources.`,
    path: contractorHref(contractor.slug),
  });
}
