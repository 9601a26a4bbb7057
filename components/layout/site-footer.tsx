import Link from "next/link";
import { PAGE_HREF } from "@/lib/format";

export function SiteFooter() {
  return (
    <footer className="border-t border-rule bg-white text-sm text-muted">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 sm:px-6">
        <p>
          A notification is not a contract: it is the State Department telling Congress that a sale may go ahead. Values
          are DSCA&rsquo;s estimated ceilings in U.S. dollars. Every figure on this site names its sources; most are
          public reporting of the DSCA press release.
        </p>
        <p>
          <Link href={PAGE_HREF.changes}>Changes to the record</Link>: what each release added, changed and removed.
        </p>
      </div>
    </footer>
  );
}
