import { Link } from "@/components/ui/link";
import { Usd } from "@/components/ui/money";
import { plural, systemHref } from "@/lib/format";
import type { SystemCategory } from "@/lib/views";

/** The systems index: a section per category, each system with its other names, how many notifications and recipients, and their value. */
export function SystemCategories({ categories }: { categories: SystemCategory[] }) {
  return (
    <div className="mt-6 space-y-8">
      {categories.map((c) => (
        <section key={c.slug} aria-labelledby={`category-${c.slug}`}>
          <h2 id={`category-${c.slug}`} className="font-serif text-lg font-semibold">
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
                  {`${plural(s.count, "notification", "notifications")}, ${plural(s.recipientCount, "recipient", "recipients")}`}
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
  );
}
