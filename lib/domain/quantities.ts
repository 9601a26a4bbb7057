import type { LineItem } from "./record";
import { normalizeAlias } from "./aliases";

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
  const names = systems.map((s) => ({ slug: s.slug, names: matchableNames(s) }));
  return quantified.filter((item) => ownerOf(normalizeAlias(item.description), names) === slug);
}

/**
 * A system's names as lines are matched against, computed once per system object: a system
 * page checks the same few systems against the lines of thousands of notifications (npm run
 * bench), and normalising the names each time was most of its cost.
 */
const matchable = new WeakMap<NamedSystem, string[]>();

function matchableNames(system: NamedSystem): string[] {
  let names = matchable.get(system);
  if (!names) matchable.set(system, (names = [...new Set([system.slug, ...system.names].map(normalizeAlias))].filter((n) => n.length >= 2)));
  return names;
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
