import type { LineItem } from "@/lib/definitions";
import { normalizeAlias } from "@/lib/systems";

export type NamedSystem = { slug: string; names: string[] };

/**
 * The major-defense-equipment lines of one notification that belong to one of its systems,
 * with a quantity. A notification of a single system lists that system's equipment, so all
 * its quantified lines count. When it lists several (Canada's HIMARS with GMLRS and ATACMS),
 * a line belongs to the system whose name it spells out, the longest name winning so that
 * "AMRAAM-ER missiles" goes to AMRAAM-ER rather than AMRAAM; a line naming none of them is
 * shown on no system page rather than guessed.
 */
export function lineItemsForSystem(items: readonly LineItem[], systems: readonly NamedSystem[], slug: string): LineItem[] {
  const quantified = items.filter((i) => i.quantity !== null);
  if (systems.length === 1) return systems[0]!.slug === slug ? quantified : [];
  const names = systems.map((s) => ({ slug: s.slug, names: [...new Set([s.slug, ...s.names].map(normalizeAlias))].filter((n) => n.length >= 2) }));
  return quantified.filter((item) => ownerOf(normalizeAlias(item.description), names) === slug);
}

function ownerOf(description: string, systems: { slug: string; names: string[] }[]): string | null {
  let best: { slug: string; length: number } | null = null;
  for (const s of systems) {
    for (const n of s.names) {
      if (description.includes(n) && (!best || n.length > best.length)) best = { slug: s.slug, length: n.length };
    }
  }
  return best?.slug ?? null;
}
