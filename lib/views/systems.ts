import type { Metadata } from "next";
import type { SystemSummary } from "@/lib/domain";
import { PAGE_HREF } from "@/lib/format";
import { getSystemSummaries } from "@/lib/queries";
import { pageMetadata } from "@/lib/site";

/** A category of the systems index, with its systems. */
export type SystemCategory = { slug: string; name: string; systems: SystemSummary[] };

/** The systems index (`/systems`): every system in the record, grouped by category, categories by name. */
export async function loadSystems(): Promise<{ data: SystemCategory[] }> {
  const categories = new Map<string, SystemCategory>();
  for (const s of await getSystemSummaries()) {
    const c = categories.get(s.category.slug) ?? { slug: s.category.slug, name: s.category.name, systems: [] };
    c.systems.push(s);
    categories.set(s.category.slug, c);
  }
  return { data: [...categories.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}

export const systemsMetadata: Metadata = pageMetadata({
  title: "Weapon systems in U.S. arms sales notified to Congress",
  description: "Every weapon system in the record, by category, with how many recipients were notified for it and the estimated value of those notifications.",
  path: PAGE_HREF.systems,
});
