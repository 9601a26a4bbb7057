import type { Metadata } from "next";
import { fillKeys, yearRange, type ChartDatum } from "@/lib/charts";
import { BEFORE_RESEARCHED, isResearched, RESEARCHED_FROM, reviewTier, type CountryProfile, type ReviewTier, type TimelineEntry } from "@/lib/domain";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { countryHref, formatUsdCompact, plural, timelineHref } from "@/lib/format";
import { getCountryProfile, getVocabulary, resolveRecipientCode } from "@/lib/queries";
import { pageMetadata } from "@/lib/site";
import type { View } from "./view";

/** The researched part of a recipient's record, as its charts draw it (lib/domain/coverage.ts). */
export type RecipientYears = {
  /** The researched range's first year (counted from October only) and the record's last. */
  firstYear: number;
  lastYear: number;
  /** Notifications from the researched range on, and their value. */
  count: number;
  valueUsd: bigint;
  /** Every year of the range, a year with nothing notified at $0, labelled ("2023*" for the partial first year). */
  years: ChartDatum[];
  /** The dot strip's notifications (from the researched range on), or null when there are too many to draw one dot each. */
  strip: TimelineEntry[] | null;
};

export type CountryData = {
  profile: CountryProfile;
  researched: RecipientYears;
  tier: ReviewTier;
  /** The recipient's notifications on the timeline, and its earlier examples there. */
  timelineHref: string;
  earlierHref: string;
};

/** A recipient's code from the URL, resolved: any spelling or name, or null for none. */
async function profileOf(code: string) {
  const resolved = await resolveRecipientCode(code);
  return resolved ? { profile: await getCountryProfile(resolved), canonical: resolved === code } : null;
}

/**
 * The researched range (lib/domain/coverage.ts) to the record's last year: a year with nothing
 * there is a year with nothing notified, so it shows as $0 and a pause in buying is visible.
 * Earlier notifications are examples from years nobody researched: counted apart, never drawn.
 */
function researchedYears(profile: CountryProfile, recordYears: number[]): RecipientYears {
  const { byYear, earlier } = profile;
  const firstYear = Number(RESEARCHED_FROM.slice(0, 4));
  const lastYear = Math.max(...recordYears, Number(byYear.at(-1)?.year ?? -Infinity), firstYear);
  const count = profile.notificationCount - earlier.count;
  // The first year is researched only from October: its column says so.
  const label = (y: string) => (y === String(firstYear) ? `${y}*` : y);
  const years = fillKeys(count ? yearRange(firstYear, lastYear) : [], new Map(byYear.map((y) => [y.year, y])), label);
  return {
    firstYear,
    lastYear,
    count,
    valueUsd: profile.totalValueUsd - earlier.valueUsd,
    years,
    strip: profile.strip?.filter((n) => isResearched(n.announcedOn)) ?? null,
  };
}

/** A recipient's page (`/countries/CA`): any spelling of its code or name redirects (308) to the canonical one. */
export async function loadCountry(code: string): Promise<View<CountryData>> {
  const found = await profileOf(code);
  if (!found?.profile) return { notFound: true };
  const { profile, canonical } = found;
  if (!canonical) return { redirect: countryHref(profile.recipient.code), permanent: true };
  const countries = [profile.recipient.code];
  return {
    data: {
      profile,
      researched: researchedYears(profile, (await getVocabulary()).years),
      tier: reviewTier(profile.recipient),
      timelineHref: timelineHref(serializeFilters({ ...EMPTY_FILTERS, countries })),
      earlierHref: timelineHref(serializeFilters({ ...EMPTY_FILTERS, countries, to: BEFORE_RESEARCHED })),
    },
  };
}

export async function countryMetadata(code: string): Promise<Metadata> {
  const profile = (await profileOf(code))?.profile;
  if (!profile) return { title: "Recipient not found" };
  const { recipient, notificationCount, totalValueUsd } = profile;
  return pageMetadata({
    title: `${recipient.name}: U.S. arms sales notified to Congress`,
    description: `${plural(notificationCount, "Foreign Military Sales notification", "Foreign Military Sales notifications")} to ${recipient.name} worth ${formatUsdCompact(totalValueUsd)} in estimated value, by year and by system, with sources.`,
    path: countryHref(recipient.code),
    twitter: "summary",
  });
}
