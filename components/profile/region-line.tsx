import { Link } from "@/components/ui/link";
import type { RegionDetail } from "@/lib/domain";
import { EMPTY_FILTERS, serializeFilters } from "@/lib/filters";
import { hostOf, safeHref, timelineHref } from "@/lib/format";

/**
 * A recipient's region, under its name: the U.S. geographic combatant command whose area holds it,
 * with the pages that say so (seeds/recipients.json, one set of sources per command), and the
 * timeline of every notification to a recipient in it.
 */
export function RegionLine({ region }: { region: RegionDetail | null }) {
  if (!region) return null;
  return (
    <div className="mt-2 text-sm">
      <details data-testid="recipient-region">
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
      <p className="mt-0.5">
        <Link href={timelineHref(serializeFilters({ ...EMPTY_FILTERS, regions: [region.code] }))} data-testid="region-timeline">
          All of {region.area} ({region.code}) on the timeline
        </Link>
      </p>
    </div>
  );
}
