import type { Metadata } from "next";
import type { SystemProfile } from "@/lib/domain";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { plural, systemHref, timelineHref } from "@/lib/format";
import type { RecipientMap } from "@/lib/map";
import { getRecipientMap, getSystemProfile, resolveSystemSlug } from "@/lib/queries";
import { pageMetadata } from "@/lib/site";
import type { View } from "./view";

export type SystemData = {
  profile: SystemProfile;
  /** Where the system has been notified, drawn as the recipients map. */
  map: RecipientMap;
  /** The system's notifications on the timeline. */
  timelineHref: string;
};

/** A system's slug from the URL, resolved: any of its names, or null for none. */
async function profileOf(slug: string) {
  const resolved = await resolveSystemSlug(slug);
  return resolved ? { profile: await getSystemProfile(resolved), canonical: resolved === slug } : null;
}

/** A system's page (`/systems/m142-himars`): any of its names redirects (308) to its slug. */
export async function loadSystem(slug: string): Promise<View<SystemData>> {
  const found = await profileOf(slug);
  if (!found?.profile) return { notFound: true };
  const { profile, canonical } = found;
  if (!canonical) return { redirect: systemHref(profile.system.slug), permanent: true };
  const systems = [profile.system.slug];
  const { map } = await getRecipientMap({ ...EMPTY_FILTERS, systems });
  return { data: { profile, map, timelineHref: timelineHref(serializeFilters({ ...EMPTY_FILTERS, systems })) } };
}

export async function systemMetadata(slug: string): Promise<Metadata> {
  const profile = (await profileOf(slug))?.profile;
  if (!profile) return { title: "System not found" };
  const { system, notificationCount, recipients } = profile;
  return pageMetadata({
    title: `${system.name}: who was notified for it`,
    description: `${plural(notificationCount, "U.S. Foreign Military Sales notification", "U.S. Foreign Military Sales notifications")} listing the ${system.name}, to ${plural(recipients.length, "recipient", "recipients")}, with quantities, values and sources.`,
    path: systemHref(system.slug),
    twitter: "summary",
  });
}
