import Link from "next/link";
import { Flag } from "@/components/ui/flag";
import { Usd } from "@/components/ui/money";
import { formatShortDate } from "@/lib/dates";
import type { TimelineEntry } from "@/lib/definitions";
import { countryHref, systemHref } from "@/lib/paths";

/**
 * Every notification on a profile, newest first: the date, the deal, its systems (or its
 * recipient, on a system page) as links, and its estimated value.
 */
export function NotificationList({ entries, show, id = "notifications" }: { entries: TimelineEntry[]; show: "systems" | "recipient"; id?: string }) {
  return (
    <ol className="divide-y divide-rule rounded-lg border border-rule bg-white" aria-labelledby={`${id}-heading`} data-testid="profile-notifications">
      {entries.map((e) => (
        <li key={e.slug} className="grid gap-x-4 gap-y-0.5 p-3 text-sm sm:grid-cols-[6.5rem_minmax(0,1fr)_auto]" data-testid="profile-notification">
          <p className="figures text-muted">
            <time dateTime={e.announcedOn}>{formatShortDate(e.announcedOn)}</time>
            {e.dateApproximate && <span className="block text-xs italic">approx. date</span>}
          </p>
          <div className="min-w-0">
            <p className="font-medium">
              <Link href={`/deals/${e.slug}`}>{e.title}</Link>
            </p>
            <p className="mt-0.5 flex flex-wrap gap-x-2 gap-y-0.5 text-xs text-muted">
              {show === "recipient" ? (
                <Link href={countryHref(e.recipient.code)} className="inline-flex items-center gap-1">
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
              {e.lowConfidence && <span className="font-medium text-amber-800">Low confidence</span>}
            </p>
          </div>
          <p className="font-semibold sm:text-right">
            <Usd amount={e.estimatedValueUsd} />
          </p>
        </li>
      ))}
    </ol>
  );
}
