import { contractorKey, type Vocabulary } from "@/lib/domain";
import type { ParseVocabulary } from "./vocabulary";

export type ContractorChoice = { slug: string; name: string; /** Names besides the name and the slug that compare differently, if any. */ otherNames?: string[] };

export type SystemChoice = { slug: string; name: string; /** Aliases besides the name and the slug, if any. */ otherNames?: string[] };

/**
 * What the filter panel (a client component) is sent: names, codes and slugs, and the systems'
 * other names for the "find a system" box. The same for every view (the counts, which follow the
 * view, come apart: lib/queries/facets.ts). It travels in the page payload on every request, so it
 * carries nothing the panel does not use, and each system once, under its category.
 */
export type PanelChoices = {
  recipients: { code: string; name: string }[];
  /** Every category in name order, with its systems in name order. */
  categories: { slug: string; name: string; systems: SystemChoice[] }[];
  regions: { code: string; name: string; area: string }[];
  /** Every contractor, in name order: the panel offers those the view names most, and finds the rest by any name. */
  contractors: ContractorChoice[];
  years: number[];
};

export function panelChoices(v: Vocabulary): PanelChoices {
  return {
    recipients: v.recipients.map((r) => ({ code: r.code, name: r.name })),
    categories: v.categories.map((c) => ({
      slug: c.slug,
      name: c.name,
      systems: v.systems
        .filter((s) => s.category.slug === c.slug)
        .map((s) => {
          // The name and the slug resolve anyway (choicesToParseVocabulary, indexVocabulary).
          const otherNames = s.aliases.filter((a) => a !== s.name && a !== s.slug);
          return { slug: s.slug, name: s.name, ...(otherNames.length ? { otherNames } : {}) };
        }),
    })),
    regions: v.regions.map((g) => ({ code: g.code, name: g.name, area: g.area })),
    contractors: v.contractors.map((k) => {
      // A name comparing as the name or the slug does resolves anyway: only the others travel.
      const known = new Set([contractorKey(k.slug), contractorKey(k.name)]);
      const otherNames = [...new Map(k.names.filter((n) => !known.has(contractorKey(n))).map((n) => [contractorKey(n), n])).values()];
      return { slug: k.slug, name: k.name, ...(otherNames.length ? { otherNames } : {}) };
    }),
    years: v.years,
  };
}

/** Every system, in name order (as the vocabulary lists them). */
export function allSystems(c: PanelChoices): SystemChoice[] {
  return c.categories.flatMap((g) => g.systems).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The choices as the filter parser's vocabulary: what the filter panel parses with in the browser. */
export function choicesToParseVocabulary(c: PanelChoices): ParseVocabulary {
  return {
    recipients: c.recipients,
    systems: allSystems(c).map((s) => ({ slug: s.slug, aliases: [s.name, ...(s.otherNames ?? [])] })),
    categories: c.categories,
    regions: c.regions,
    contractors: c.contractors.map((k) => ({ slug: k.slug, aliases: [k.name, ...(k.otherNames ?? [])] })),
  };
}

/**
 * What the server parses with: the vocabulary through the panel's choices, so the browser, which
 * has only the choices, resolves exactly the names the server does.
 */
export function toParseVocabulary(v: Vocabulary): ParseVocabulary {
  return choicesToParseVocabulary(panelChoices(v));
}
