import type { Metadata } from "next";
import Link from "next/link";
import { Usd } from "@/components/ui/money";
import { PAGE_HREF, systemHref } from "@/lib/format";
import { getSystemSummaries } from "@/lib/queries";
import { OPEN_GRAPH_BASE } from "@/lib/site";
import type { SystemSummary } from "@/lib/domain";

const title = "Weapon systems in U.S. arms sales notified to Congress";
const description = "Every weapon system in the record, by category, with how many recipients were notified for it and the estimated value of those notifications.";

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: PAGE_HREF.systems },
  openGraph: { ...OPEN_GRAPH_BASE, type: "website", title, description, url: PAGE_HREF.systems },
};

export default async function SystemsPage() {
  const systems = await getSystemSummaries();
  const categories = new Map<string, { name: string; systems: SystemSummary[] }>();
  for (const s of systems) {
    const c = categories.get(s.category.slug) ?? { name: s.category.name, systems: [] };
    c.systems.push(s);
    categories.set(s.category.slug, c);
  }
  const sorted = [...categories.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name));
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Weapon systems</h1>
      <p className="mt-2 text-muted">
        Every system in the record, by category. Each page lists who was notified for it, quantities and values over time. A notification
        that lists several systems counts for each; its value is the whole notification&apos;s.
      </p>
      <div className="mt-6 space-y-8">
        {sorted.map(([slug, c]) => (
          <section key={slug} aria-labelledby={`category-${slug}`}>
            <h2 id={`category-${slug}`} className="font-serif text-lg font-semibold">
              {c.name}
            </h2>
            <ul className="mt-2 divide-y divide-rule rounded-lg border border-rule bg-white text-sm">
              {c.systems.map((s) => (
                <li key={s.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 p-2.5" data-testid="system-row">
                  <span className="min-w-0">
                    <Link href={systemHref(s.slug)} className="font-medium">
                      {s.name}
                    </Link>
                    {s.aliases.length > 0 && <span className="block text-xs text-muted">{s.aliases.join(" · ")}</span>}
                  </span>
                  <span className="figures text-muted">
                    {s.count} {s.count === 1 ? "notification" : "notifications"}, {s.recipientCount} {s.recipientCount === 1 ? "recipient" : "recipients"}
                    {s.count > 0 && (
                      <>
                        , <Usd amount={s.valueUsd} className="text-ink" />
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
