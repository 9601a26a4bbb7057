"use client";

import { Link } from "@/components/ui/link";
import { PAGE_HREF } from "@/lib/format";
import { SITE_NAME } from "@/lib/site";

/**
 * The same on every page: a client component with no props, so the page payload carries a
 * reference to it, not its element tree a second time (docs/architecture.md#client-components-for-the-payloads-sake).
 */
export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 py-3 sm:px-6">
        <Link href={PAGE_HREF.timeline} className="font-serif text-xl font-semibold tracking-tight text-ink no-underline">
          {SITE_NAME}
        </Link>
        <p className="text-sm text-muted">U.S. Foreign Military Sales notified to Congress, with sources</p>
        <nav aria-label="Site" className="w-full text-sm">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            <li>
              <Link href={PAGE_HREF.timeline}>Timeline</Link>
            </li>
            <li>
              <Link href={PAGE_HREF.recipients}>Recipients</Link>
            </li>
            <li>
              <Link href={PAGE_HREF.systems}>Weapon systems</Link>
            </li>
            <li>
              <Link href={PAGE_HREF.contractors}>Contractors</Link>
            </li>
            <li>
              <Link href={PAGE_HREF.years}>Fiscal years</Link>
            </li>
            <li>
              <Link href={PAGE_HREF.congress}>In Congress</Link>
            </li>
            <li>
              <Link href={PAGE_HREF.coverage}>Coverage</Link>
            </li>
            <li>
              <Link href={PAGE_HREF.data}>Data</Link>
            </li>
            <li>
              <Link href={PAGE_HREF.changes}>Changes</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
