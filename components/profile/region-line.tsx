import type { RegionDetail } from "@/lib/domain";
import { hostOf, safeHref } from "@/lib/format";

/**
 * A recipient's region, under its name: the U.S. geographic combatant command whose area holds it,
 * with the pages that say so (seeds/recipients.json, one set of sources per command).
 */
export function RegionLine({ region }: { region: RegionDetail | null }) {
  if (!region) return null;
  return (
    <details className="mt-2 text-sm" data-testid="recipient-region">
      <summary className="cursor-pointer">
        <span className="text-muted">Region: </span>
        {region.area}, in the area of the {region.name} ({region.code})
      </summary>
      <div className="mt-1 max-w-3xl text-xs text-muted">
        <p>{region.description}</p>
        <ul className="mt-1 space-y-0.5">
          {region.sources.map((s) => {
            const href = safeHref(s.url);
            return (
              <li key={s.url}>
                Source: {s.publisher}, {href ? <a href={href}>{s.title}</a> : s.title}
                {href && ` (${hostOf(href)})`}
                {s.supports && `: ${s.supports}`}
              </li>
            );
          })}
        </ul>
      </div>
    </details>
  );
}
