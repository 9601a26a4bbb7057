import type { Metadata } from "next";
import { isBeforeArchive, reviewTier, type CountryProfile, type ReviewTier, type TimelineEntry } from "@/lib/domain";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { countryHref, formatUsdCompact, plural, timelineHref } from "@/lib/format";
import { getCountryProfile, getRecordSpan, resolveRecipientCode } from "@/lib/queries";
import { pageMetadata } from "@/lib/site";
import { fiscalYearHistory, type FiscalYearHistory } from "./history";
import type { View } from "./view";

export type CountryData = {
  profile: CountryProfile;
  /** Its notifications by fiscal year from the archive on, and its examples from before it (lib/views/history.ts). */
  history: FiscalYearHistory;
  /**
   * The dot strip: its notifications from the archive on, from the archive's first day to the end
   * of the record's last year; null when there are too many to draw one dot each.
   */
  strip: { entries: TimelineEntry[]; lastYear: number } | null;
  tier: ReviewTier;
  /** The recipient's notifications on the timeline. */
  timelineHref: string;
};

/** A recipient's code from the URL, resolved: any spelling or name, or null for none. */
async function profileOf(code: string) {
  const resolved = await resolveRecipientCode(code);
  return resolved ? { profile: await getCountryProfile(resolved), canonical: resolved === code } : null;
}

/** A recipient's page (`/countries/CA`): any spelling of its code or name redirects (308) to the canonical one. */
export async function loadCountry(code: string): Promise<View<CountryData>> {
  const found = await profileOf(code);
  if (!found?.profile) return { notFound: true };
  const { profile, canonical } = found;
  if (!canonical) return { redirect: countryHref(profile.recipient.code), permanent: true };
  const countries = [profile.recipient.code];
  const span = await getRecordSpan();
  const held = profile.strip?.filter((n) => !isBeforeArchive(n.announcedOn)) ?? null;
  return {
    data: {
      profile,
      history: fiscalYearHistory(profile, span, { countries }),
      strip: held && held.length > 0 ? { entries: held, lastYear: Number((span.last ?? held[0]!.announcedOn).slice(0, 4)) } : null,
      tier: reviewTier(profile.recipient),
      timelineHref: timelineHref(serializeFilters({ ...EMPTY_FILTERS, countries })),
    },
  };
}

export async function countryMetadata(code: string): Promise<Metadata> {
  const profile = (await profileOf(code))?.profile;
  if (!profile) return { title: "Recipient not found" };
  const { recipient, notificationCount, totalValueUsd } = profile;
  return pageMetadata({
    title: `${recipient.name}: U.S. arms sales notified to Congress`,
    description: `${plural(notificationCount, "Foreign Military Sales notification", "Foreign Military Sales notifications")} to ${recipient.name} worth ${formatUsdCompact(totalValueUsd)} in estimated value, by fiscal year and by system, with sources.`,
    path: countryHref(recipient.code),
    twitter: "summary",
  });
}
