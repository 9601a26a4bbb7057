import type { VocabularyDetail } from "@/lib/definitions";
import type { Vocabulary } from "@/lib/filters";

/**
 * What the filter panel (a client component) is sent: names, codes, slugs and counts, and the
 * systems' other names for the "find a system" box. Everything in it travels in the page's
 * React payload on every request, so it carries nothing the panel does not use.
 */
export type FilterChoices = {
  recipients: { code: string; name: string; count: number }[];
  /** In name order; `category` is the category's slug. */
  systems: { slug: string; name: string; category: string; count: number; otherNames: string[] }[];
  categories: { slug: string; name: string; count: number }[];
  years: number[];
};

export function filterChoices(v: VocabularyDetail): FilterChoices {
  return {
    recipients: v.recipients.map((r) => ({ code: r.code, name: r.name, count: r.count })),
    // The name and the slug resolve anyway (choicesVocabulary, indexVocabulary): send only the other aliases.
    systems: v.systems.map((s) => ({
      slug: s.slug,
      name: s.name,
      category: s.category.slug,
      count: s.count,
      otherNames: s.aliases.filter((a) => a !== s.name && a !== s.slug),
    })),
    categories: v.categories,
    years: v.years,
  };
}

/** The choices as the filter parser's vocabulary: it resolves exactly what the server's does. */
export function choicesVocabulary(c: FilterChoices): Vocabulary {
  return {
    recipients: c.recipients,
    systems: c.systems.map((s) => ({ slug: s.slug, aliases: [s.name, ...s.otherNames] })),
    categories: c.categories,
  };
}
