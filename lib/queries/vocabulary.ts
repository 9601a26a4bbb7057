import "server-only";
import { filterVocabulary, getVocabulary } from "./timeline";
import { indexVocabulary, resolveSystem } from "@/lib/filters";
import { normalizeAlias } from "@/lib/domain";

/**
 * What a profile URL segment names. Recipient codes are canonical in uppercase, and a
 * recipient's name also finds it (`/countries/ca` and `/countries/canada` → `/countries/CA`);
 * a system's slug is canonical, and any of its names finds it (`/systems/HIMARS` →
 * `/systems/m142-himars`). Null for anything unknown, which the page turns into a 404.
 */
/** Route params can arrive still percent-encoded ("t%C3%BCrkiye"); bad encodings name nothing. */
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export async function resolveRecipientCode(raw: string): Promise<string | null> {
  const segment = decoded(raw);
  if (!segment || segment.length > 120) return null;
  const index = indexVocabulary(filterVocabulary(await getVocabulary()));
  const key = segment.toUpperCase();
  return index.recipientByKey.get(key) ?? index.recipientByKey.get(normalizeAlias(segment).toUpperCase()) ?? null;
}

export async function resolveSystemSlug(raw: string): Promise<string | null> {
  const segment = decoded(raw);
  if (!segment || segment.length > 120) return null;
  return resolveSystem(segment, indexVocabulary(filterVocabulary(await getVocabulary())));
}
