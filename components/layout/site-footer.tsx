"use client";

import { Link } from "@/components/ui/link";
import { PAGE_HREF } from "@/lib/format";

/** The same on every page: a client component with no props, for the payload's sake (as SiteHeader). Its id is what app/layout.tsx holds the first paint for. */
export function SiteFooter() {
  return (
    <footer id="site-footer" className="border-t border-rule bg-white text-sm text-muted">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 sm:px-6">
        <p>
          A notification is not a contract: it is the State Department telling Congress that a sale may go ahead. Values
          are DSCA&rsquo;s estimated ceilings in U.S. dollars. Every figure on this site names its sources; nearly all
          come from the official release (<Link href={PAGE_HREF.coverage}>coverage</Link>).
        </p>
        <p>
          <Link href={PAGE_HREF.changes}>Changes to the record</Link>: what each release added, changed and removed.
        </p>
      </div>
    </footer>
  );
}
