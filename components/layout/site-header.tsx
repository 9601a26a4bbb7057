import Link from "next/link";
import { PAGE_HREF, SITE_NAV } from "@/lib/format";
import { SITE_NAME } from "@/lib/site";

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
            {SITE_NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
