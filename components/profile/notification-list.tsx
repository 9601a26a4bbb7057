import Link from "next/link";
import { Flag } from "@/components/ui/flag";
import { Usd } from "@/components/ui/money";
import { formatShortDate } from "@/lib/dates";
import type { TimelineEntry } from "@/lib/definitions";
import { countryHref, systemHref } from "@/lib/paths";

/**
 * Every notification on a profile, newest first: the date, the deal, its systems (or its
 * recipient, on a system page) as links, and its estimated value. The rows carry no classes:
 * the .profile-list rules in app/globals.css style them.
 */
export function NotificationList({ entries, show, id = "notifications" }: { entries: TimelineEntry[]; show: "systems" | "recipient"; id?: string }) {
  return (
    <ol className="profile-list" aria-labelledby={`${id}-heading`} data-testid="profile-notifications">
      {entries.map((e) => (
        <li key={e.slug} data-testid="profile-notification">
          <p>
            <time dateTime={e.announcedOn}>{formatShortDate(e.announcedOn)}</time>
            {e.dateApproximate && <span>approx. date</span>}
          </p>
          <p>
            <Link href={`/deals/${e.slug}`}>{e.title}</Link>
          </p>
          <p>
            {show === "recipient" ? (
              <Link href={countryHref(e.recipient.code)}>
                <Flag code={e.recipient.code} kind={e.recipient.kind} />
                {e.recipient.name}
              </Link>
            ) : (
              e.systems.map((s) => (
                <Link key={s.slug} href={systemHref(s.slug)}>
                  {s.name}
                </Link>
              ))
            )}
            {e.lowConfidence && <span>Low confidence</span>}
          </p>
          <Usd amount={e.estimatedValueUsd} />
        </li>
      ))}
    </ol>
  );
}
