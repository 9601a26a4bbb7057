import { normalizeAlias, type VocabularyDetail } from "@/lib/domain";

/**
 * The names filters resolve against: the parser's vocabulary (what the database holds, sent to
 * the browser as the filter panel's choices too) and the lookup tables built from it once.
 */

/** What the filters may name, from the database. Small: sent to the browser as is. */
export type Vocabulary = {
  recipients: { code: string; name: string }[];
  systems: { slug: string; aliases: string[] }[];
  categories: { slug: string }[];
};

/** The part of the vocabulary that filter parsing needs (also sent to the browser). */
export function filterVocabulary(v: VocabularyDetail): Vocabulary {
  return {
    recipients: v.recipients.map((r) => ({ code: r.code, name: r.name })),
    systems: v.systems.map((s) => ({ slug: s.slug, aliases: [s.name, ...s.aliases] })),
    categories: v.categories.map((c) => ({ slug: c.slug })),
  };
}


/** Lookup tables built once per vocabulary. */
export function indexVocabulary(vocabulary: Vocabulary) {
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
