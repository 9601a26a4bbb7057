import { isNamedPartner, NATO_PLUS_FIVE } from "./alliances";
import { addDaysIso } from "@/lib/format";

/**
 * AECA section 36(b): Congress has 15 days to review a notified sale to NATO, a NATO
 * member, Japan, Australia, South Korea, Israel or New Zealand ("NATO+5"), and 30 days
 * for every other recipient. The one place this rule lives; who is NATO and who the five are is
 * the one table in lib/domain/alliances.ts, which the importer reads too.
 */

export type ReviewRecipient = { code: string; name: string; nato: boolean; kind: string };

export type ReviewTier = { days: 15 | 30; reason: string };

export function reviewTier(recipient: ReviewRecipient): ReviewTier {
  if (recipient.nato) {
    return {
      days: 15,
      reason: recipient.kind === "organization" ? `${recipient.name} is a NATO organization` : `${recipient.name} is a NATO member`,
    };
  }
  if (isNamedPartner(recipient.code)) {
    return { days: 15, reason: `${recipient.name} is one of the five non-NATO partners the law names (${Object.values(NATO_PLUS_FIVE).join(", ")})` };
  }
  return { days: 30, reason: `${recipient.name} is neither a NATO member nor one of the five named partners` };
}

export type ReviewPeriod =
  | (ReviewTier & {
      waived: false;
      startsOn: string;
      /** "delivered": from the date delivered to Congress; "announced": from the announcement, the delivered date not being known. */
      countedFrom: "delivered" | "announced";
      endsOn: string;
      status: "open" | "over";
      daysLeft: number;
    })
  | (ReviewTier & { waived: true });

/**
 * The review clock runs from the day the notification was delivered to Congress (paragraph
 * (viii) of the official text). Where no source gives that day it is counted from the
 * announcement (DSCA usually notifies Congress that day or the day before), and says so.
 * `today` is a `YYYY-MM-DD` date in Washington.
 */
export function reviewPeriod(
  recipient: ReviewRecipient,
  dates: { announcedOn: string; deliveredOn: string | null },
  waived: boolean,
  today: string,
): ReviewPeriod {
  const tier = reviewTier(recipient);
  if (waived) return { ...tier, waived: true };
  const startsOn = dates.deliveredOn ?? dates.announcedOn;
  const endsOn = addDaysIso(startsOn, tier.days);
  const over = today > endsOn;
  return {
    ...tier,
    waived: false,
    startsOn,
    countedFrom: dates.deliveredOn ? "delivered" : "announced",
    endsOn,
    status: over ? "over" : "open",
    daysLeft: over ? 0 : daysBetween(today, endsOn),
  };
}

function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
