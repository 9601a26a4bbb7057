"use client";

import { Link } from "@/components/ui/link";
import { Flag } from "@/components/ui/flag";
import { Usd } from "@/components/ui/money";
import { countryHref, dealHref, systemHref } from "@/lib/format";

/** What one row of a profile's notification list shows; the date comes formatted from the server. */
export type NotificationRowProps = {
  slug: string;
  title: string;
  announcedOn: string;
  /** "14 Nov 2026" */
  date: string;
  dateApproximate?: true;
  estimatedValueUsd: bigint;
  lowConfidence?: true;
  /** On a system page: who it was notified to. */
  recipient?: { code: string; name: string; kind: string };
  /** On a recipient page: what it lists. */
  systems?: { slug: string; name: string }[];
};

/**
 * The rows of a profile's notification list (components/profile/notification-list.tsx), a client
 * component for the payload's sake (docs/architecture.md#client-components-for-the-payloads-sake).
 * Styles: .profile-list in app/globals.css.
 */
export function NotificationRows({ rows }: { rows: NotificationRowProps[] }) {
  return rows.map((e) => (
    <li key={e.slug} data-testid="profile-notification">
      <p>
        <time dateTime={e.announcedOn}>{e.date}</time>
        {e.dateApproximate && <span>approx. date</span>}
      </p>
      <p>
        <Link href={dealHref(e.slug)}>{e.title}</Link>
      </p>
      <p>
        {e.recipient && (
          <Link href={countryHref(e.recipient.code)}>
            <Flag code={e.recipient.code} kind={e.recipient.kind} />
            {e.recipient.name}
          </Link>
        )}
        {e.systems?.map((s) => (
          <Link key={s.slug} href={systemHref(s.slug)}>
            {s.name}
          </Link>
        ))}
        {e.lowConfidence && <span>Low confidence</span>}
      </p>
      <Usd amount={e.estimatedValueUsd} />
    </li>
  ));
}
