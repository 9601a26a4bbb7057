import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ContractorView } from "@/components/contractors/contractor-view";
import { contractorHref, formatUsdCompact, plural, todayInWashington } from "@/lib/format";
import { getContractorProfile, resolveContractorSlug } from "@/lib/queries";
import { OPEN_GRAPH_BASE } from "@/lib/site";

type Props = { params: Promise<{ slug: string }> };

/** A contractor's page by its slug; any of its names redirects there (`/contractors/Raytheon` → `/contractors/rtx`); anything else is a 404. */
async function load(props: Props) {
  const resolved = await resolveContractorSlug((await props.params).slug);
  if (!resolved) return { profile: null, canonical: true } as const;
  return { profile: await getContractorProfile(resolved.slug), canonical: resolved.canonical } as const;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { profile } = await load(props);
  if (!profile) return { title: "Contractor not found" };
  const { contractor, notificationCount, totalValueUsd } = profile;
  const title = `${contractor.name}: U.S. arms sales naming it as principal contractor`;
  const description = `${plural(notificationCount, "Foreign Military Sales notification names", "Foreign Military Sales notifications name")} ${contractor.name}${notificationCount ? `, worth ${formatUsdCompact(totalValueUsd)} in estimated value (each sale counted whole)` : ""}: its names, recipients, systems and history, with sources.`;
  const url = contractorHref(contractor.slug);
  return { title, description, alternates: { canonical: url }, openGraph: { ...OPEN_GRAPH_BASE, type: "website", title, description, url } };
}

export default async function ContractorPage(props: Props) {
  const { profile, canonical } = await load(props);
  if (!profile) notFound();
  if (!canonical) permanentRedirect(contractorHref(profile.contractor.slug));
  return <ContractorView profile={profile} today={todayInWashington()} />;
}
