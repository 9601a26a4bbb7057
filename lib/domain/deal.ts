import { formatLongDate, formatUsdCompact } from "@/lib/format";
import type { TimelineEntry } from "./views";

const list = new Intl.ListFormat("en", { style: "long", type: "conjunction" });

/** "Canada: M142 HIMARS, $1.75 billion" for titles and link previews (the main system only). */
export function dealHeadline(deal: TimelineEntry): string {
  const system = deal.systems[0]?.name ?? deal.title;
  return `${deal.recipient.name}: ${system}, ${formatUsdCompact(deal.estimatedValueUsd)}`;
}

/** The preview text: recipient, systems, value and date. */
export function dealDescription(deal: TimelineEntry): string {
  const date = `${deal.dateApproximate ? "about " : ""}${formatLongDate(deal.announcedOn)}`;
  const systems = list.format(deal.systems.map((s) => s.name));
  return `Possible U.S. Foreign Military Sale to ${deal.recipient.name} of ${systems}, estimated at US${formatUsdCompact(deal.estimatedValueUsd)}, announced ${date}. ${deal.title}.`;
}

/** Deal slugs are lower-case words and digits joined by hyphens, e.g. 2025-10-01-canada-m142-himars. */
export function isDealSlug(slug: string): boolean {
  return slug.length <= 120 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
