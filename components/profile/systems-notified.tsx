import { Link } from "@/components/ui/link";
import type { CountryProfile } from "@/lib/domain";
import { ArrowRightIcon } from "@/components/ui/icons";
import { filterOptionsHref, formatCount, plural, SYSTEMS_SHOWN, systemHref } from "@/lib/format";

/** The systems notified to a recipient, each with how many notifications list it: the first SYSTEMS_SHOWN, and a link to all. */
export function SystemsNotified({ systems, code }: { systems: CountryProfile["systems"]; code: string }) {
  if (systems.length === 0) return null;
  const shown = systems.slice(0, SYSTEMS_SHOWN);
  return (
    <section aria-labelledby="systems-heading" className="rounded-lg border border-rule bg-white p-4 text-sm">
      <h2 id="systems-heading" className="font-serif text-lg font-semibold">
        Systems notified
      </h2>
      <ul className="mt-2 space-y-1.5" data-testid="country-systems">
        {shown.map((s) => (
          <li key={s.slug}>
            <Link href={systemHref(s.slug)}>{s.name}</Link> <span className="text-muted">{`· ${plural(s.count, "notification", "notifications")}`}</span>
          </li>
        ))}
      </ul>
      {shown.length < systems.length && (
        <p className="mt-3" data-testid="country-systems-window">
          {`The ${shown.length} with most notifications, of ${plural(systems.length, "system", "systems")}: `}
          <Link href={filterOptionsHref("system", `country=${encodeURIComponent(code)}`)} className="inline-flex items-center gap-1">
            {`see all ${formatCount(systems.length)}`}
            <ArrowRightIcon />
          </Link>
        </p>
      )}
    </section>
  );
}
