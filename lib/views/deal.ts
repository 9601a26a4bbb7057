import type { Metadata } from "next";
import {
  dealDescription,
  dealHeadline,
  dealStage,
  isDealSlug,
  reviewPeriod,
  sourcingOf,
  type DealStage,
  type ListedResolution,
  type NotificationDetail,
  type RecordHistory,
  type ReviewPeriod,
  type Sourcing,
} from "@/lib/domain";
import { citationOf, dealJsonLd, type Citation } from "@/lib/exports";
import { dealHref, todayInWashington } from "@/lib/format";
import { getNotification, getRecordHistory, getRenamedTo, getResolutionsForSale } from "@/lib/queries";
import { pageMetadata, siteUrl } from "@/lib/site";
import type { View } from "./view";

export type DealData = {
  deal: NotificationDetail;
  /** The congressional review period as of today in Washington, and where the sale stands since. */
  review: ReviewPeriod;
  stage: DealStage;
  /** Official text read by the project, official release as compiled, or reporting only (lib/domain/sourcing.ts). */
  sourcing: Sourcing;
  /** The joint resolutions of disapproval aimed at it. */
  resolutions: ListedResolution[];
  /** The schema.org description of the page (lib/exports/json-ld.ts). */
  jsonLd: Record<string, unknown>;
  /**
   * How to cite the record (lib/exports/citation.ts), retrieved today in Washington: the page cache
   * keys a page by that day too, so the date a kept page shows is always today's.
   */
  citation: Citation;
  /** Today in Washington: the citation's retrieval date. */
  today: string;
  /** When the record was added and last changed, and what changed (seeds/changes.json). */
  history: RecordHistory;
};

/** A notification by its slug, or null when the slug cannot be one or names none. */
async function notificationOf(slug: string): Promise<NotificationDetail | null> {
  return isDealSlug(slug) ? getNotification(slug) : null;
}

/**
 * A deal page (`/deals/2025-10-01-canada-m142-himars`). A slug the change log says was renamed
 * redirects permanently (308) to the record's slug now; any other unknown slug is not found.
 */
export async function loadDeal(slug: string): Promise<View<DealData>> {
  const deal = await notificationOf(slug);
  if (!deal) {
    const renamed = isDealSlug(slug) ? await getRenamedTo(slug) : null;
    return renamed ? { redirect: dealHref(renamed), permanent: true } : { notFound: true };
  }
  const today = todayInWashington();
  const review = reviewPeriod(deal.recipient, deal, deal.reviewWaived, today);
  const [resolutions, history] = await Promise.all([getResolutionsForSale(deal.slug), getRecordHistory(deal.slug)]);
  const origin = siteUrl();
  return {
    data: {
      deal,
      review,
      stage: dealStage(deal, review, resolutions),
      sourcing: sourcingOf(deal.sources),
      resolutions,
      jsonLd: dealJsonLd(deal, origin),
      citation: citationOf(deal, { accessedOn: today, lastChanged: history.lastChangedOn }, origin),
      today,
      history,
    },
  };
}

export async function dealMetadata(slug: string): Promise<Metadata> {
  const deal = await notificationOf(slug);
  if (!deal) return { title: "Notification not found" };
  return pageMetadata({
    title: dealHeadline(deal),
    description: dealDescription(deal),
    path: dealHref(deal.slug),
    type: "article",
    publishedTime: deal.announcedOn,
    // The large card shows the generated image (opengraph-image.tsx), which Next.js adds as og:image.
    twitter: "summary_large_image",
  });
}

/** The notification a deal page's link-preview image shows, or null. */
export const loadDealPreview = notificationOf;
