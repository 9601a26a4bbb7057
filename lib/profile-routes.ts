import "server-only";
import { filterVocabulary, getVocabulary } from "@/lib/data";
import { indexVocabulary, resolveSystem } from "@/lib/filters";
import { normalizeAlias } from "@/lib/systems";

/**
 * What a profile URL segment names. Recipient codes are canonical in uppercase, and a
 * recipient's name also finds it (`/countries/ca` and `/countries/canada` → `/countries/CA`);
 * a system's slug is canonical, and any of its names finds it (`/systems/HIMARS` →
 * `/systems/m142-himars`). Null for anything unknown, which the page turns into a 404.
 */
export async function resolveRecipientCode(segment: string): Promise<string | null> {
  if (segment.length === 0 || segment.length > 120) return null;
  const index = indexVocabulary(filterVocabulary(await getVocabulary()));
  const key = segment.toUpperCase();
  return index.recipientByKey.get(key) ?? index.recipientByKey.get(normalizeAlias(segment).toUpperCase()) ?? null;
}

export async function resolveSystemSlug(segment: string): Promise<string | null> {
  if (segment.length === 0 || segment.length > 120) return null;
  return resolveSystem(segment, indexVocabulary(filterVocabulary(await getVocabulary())));
}
