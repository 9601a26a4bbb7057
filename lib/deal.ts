import { formatLongDate } from "@/lib/dates";
import type { TimelineEntry } from "@/lib/definitions";
import { formatUsdCompact } from "@/lib/money";

/** "Canada: M142 HIMARS, $1.75 billion" — used for titles and link previews. */
export function dealHeadline(deal: TimelineEntry): string {
  return `${deal.recipient.name}: ${deal.systems.map((s) => s.name).join(" / ")}, ${formatUsdCompact(deal.estimatedValueUsd)}`;
}

/** The preview text: recipient, system, value and date. */
export function dealDescription(deal: TimelineEntry): string {
  const date = `${deal.dateApproximate ? "about " : ""}${formatLongDate(deal.announcedOn)}`;
  return `Possible U.S. Foreign Military Sale to ${deal.recipient.name} of ${deal.systems.map((s) => s.name).join(" and ")}, estimated at US${formatUsdCompact(deal.estimatedValueUsd)}, announced ${date}. ${deal.title}.`;
}
