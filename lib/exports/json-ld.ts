import { dealDescription, dealHeadline, type NotificationDetail } from "@/lib/domain";
import { dealUrl, safeHref } from "@/lib/format";

/**
 * Structured data (schema.org JSON-LD) for a deal page. A notification to Congress is a
 * proposed sale, so the page's main entity is a SellAction in PotentialActionStatus: the
 * U.S. Government (every Foreign Military Sale is government to government) selling the
 * notified systems to the recipient at the estimated value. Only facts the record holds:
 * no start time when the date is approximate, only http(s) sources.
 */
export function dealJsonLd(deal: NotificationDetail, origin: URL): Record<string, unknown> {
  const url = dealUrl(deal.slug, origin);
  const sources = deal.sources.flatMap((s) => safeHref(s.url) ?? []);
  const estimatedValueUsd = Number(deal.estimatedValueUsd);
  return {
    "@context": "https://schema.org",
    "@type": "WebPage",
    "@id": url,
    url,
    name: dealHeadline(deal),
    description: dealDescription(deal),
    inLanguage: "en",
    ...(sources.length > 0 ? { isBasedOn: sources } : {}),
    mainEntity: {
      "@type": "SellAction",
      name: deal.title,
      description: deal.summary,
      actionStatus: "https://schema.org/PotentialActionStatus",
      ...(deal.dateApproximate ? {} : { startTime: deal.announcedOn }),
      seller: { "@type": "GovernmentOrganization", name: "United States Government" },
      buyer:
        deal.recipient.kind === "country"
          ? { "@type": "Country", name: deal.recipient.name, identifier: deal.recipient.code }
          : { "@type": "Organization", name: deal.recipient.name },
      object: deal.systems.map((s) => ({ "@type": "Product", name: s.name, category: s.category.name })),
      // Exact as a JSON number: seed validation caps values at 2^53 − 1.
      ...(Number.isSafeInteger(estimatedValueUsd) ? { price: estimatedValueUsd, priceCurrency: "USD" } : {}),
    },
  };
}

/** JSON for a <script> element: `<` escaped, so no text in the data can close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replaceAll("<", "\\u003c").replaceAll("\u2028", "\\u2028").replaceAll("\u2029", "\\u2029");
}
