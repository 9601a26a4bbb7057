import { normalizeAlias } from "@/lib/domain";

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
  return { recipientByKey, systemByAlias, categories };
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
