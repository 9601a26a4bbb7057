import Link from "next/link";
import type { CountryProfile } from "@/lib/domain";
import { plural, systemHref } from "@/lib/format";

/** The systems notified to a recipient, each with how many notifications list it. */
export function SystemsNotified({ systems }: { systems: CountryProfile["systems"] }) {
  if (systems.length === 0) return null;
  return (
    <section aria-labelledby="systems-heading" className="rounded-lg border border-rule bg-white p-4 text-sm">
      <h2 id="systems-heading" className="font-serif text-lg font-semibold">
        Systems notified
      </h2>
      <ul className="mt-2 space-y-1.5" data-testid="country-systems">
        {systems.map((s) => (
          <li key={s.slug}>
            <Link href={systemHref(s.slug)}>{s.name}</Link> <span className="text-muted">{`· ${plural(s.count, "notification", "notifications")}`}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
