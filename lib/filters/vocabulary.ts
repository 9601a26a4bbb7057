import { contractorKey, normalizeAlias } from "@/lib/domain";

/**
 * The names filters resolve against, and the lookup tables built from them once. Four shapes of
 * the vocabulary, from the most to the least: Vocabulary (lib/domain: everything, with counts;
 * what getVocabulary returns), PanelChoices (choices.ts: what the filter panel is sent),
 * ParseVocabulary (what parsing needs: codes and names, slugs and every alias, category slugs)
 * and VocabularyIndex (its lookup tables).
 */

export type ParseVocabulary = {
  recipients: { code: string; name: string }[];
  systems: { slug: string; aliases: string[] }[];
  categories: { slug: string }[];
  regions: { code: string }[];
  /** Each contractor's slug and the names a URL may give for it (lib/domain/contractors.ts compares them as contractorKey does). */
  contractors: { slug: string; aliases: string[] }[];
};

/** Lookup tables built once per vocabulary. */
export function indexVocabulary(vocabulary: ParseVocabulary) {
  const recipientByKey = new Map<string, string>();
  for (const r of vocabulary.recipients) {
    recipientByKey.set(r.code.toUpperCase(), r.code);
    recipientByKey.set(normalizeAlias(r.name).toUpperCase(), r.code);
  }
  const systemByAlias = new Map<string, string>();
  for (const s of vocabulary.systems) {
    systemByAlias.set(normalizeAlias(s.slug), s.slug);
    for (const a of s.aliases) systemByAlias.set(normalizeAlias(a), s.slug);
  }
  const categories = new Set(vocabulary.categories.map((c) => c.slug));
  const regions = new Set(vocabulary.regions.map((r) => r.code));
  // As /contractors/<segment> resolves (lib/queries/contractors.ts): a slug, then every name, the first contractor to claim a key keeping it.
  const contractorByKey = new Map<string, string>();
  for (const c of vocabulary.contractors) for (const key of [c.slug, ...c.aliases].map(contractorKey)) if (key && !contractorByKey.has(key)) contractorByKey.set(key, c.slug);
  const contractorSlugs = new Set(vocabulary.contractors.map((c) => c.slug));
  return { recipientByKey, systemByAlias, categories, regions, contractorByKey, contractorSlugs };
}

export type VocabularyIndex = ReturnType<typeof indexVocabulary>;

/** A system's slug from any of its names ("HIMARS", "M142", "m142-himars"), or null. */
export function resolveSystem(name: string, index: VocabularyIndex): string | null {
  return index.systemByAlias.get(normalizeAlias(name)) ?? null;
}

/** A recipient's code from its code in any case ("ca") or its name ("Canada"), or null. */
export function resolveRecipient(name: string, index: VocabularyIndex): string | null {
  return index.recipientByKey.get(name.toUpperCase()) ?? index.recipientByKey.get(normalizeAlias(name).toUpperCase()) ?? null;
}

/** A region's code in any case ("eucom"), or null. */
export function resolveRegion(name: string, index: VocabularyIndex): string | null {
  const code = name.toUpperCase();
  return index.regions.has(code) ? code : null;
}

/**
 * A contractor's slug from its slug or any name the record prints for it ("Raytheon Company",
 * "raytheon-company" → rtx), compared without case and punctuation, or null. Exactly that
 * contractor: a parent company does not bring its joint ventures with it.
 */
export function resolveContractorName(name: string, index: VocabularyIndex): string | null {
  return index.contractorSlugs.has(name) ? name : (index.contractorByKey.get(contractorKey(name)) ?? null);
}
