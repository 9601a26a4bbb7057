import "server-only";
import { cache } from "react";
import { cachedQuery, type Db } from "@/lib/db";
import { isRegionCode, type RegionCode, type Vocabulary } from "@/lib/domain";
import { indexVocabulary, panelChoices, resolveRecipient, resolveSystem, toParseVocabulary, type PanelChoices, type VocabularyIndex } from "@/lib/filters";

/** Everything the filters can name, with how many notifications each has. Cached until the seed runs. */
export const getVocabulary = cache((): Promise<Vocabulary> => cachedQuery("vocabulary", queryVocabulary));

type VocabularyDocument = {
  recipients: { code: string; name: string; kind: string; notifiedAs: string | null; count: number }[];
  systems: { slug: string; name: string; category: { slug: string; name: string }; aliases: string[]; count: number }[];
  categories: { slug: string; name: string; count: number }[];
  regions: { code: string; name: string; area: string; count: number }[];
  contractors: { slug: string; name: string; names: string[]; count: number }[];
  first: string | null;
  last: string | null;
};

/**
 * The vocabulary is small (hundreds of rows): read as one JSON document, one query instead of one
 * per table and relation. json() keeps each subquery's JSON as JSON rather than as a string.
 * A category counts distinct notifications: one may list two systems of a category.
 */
async function queryVocabulary(db: Db): Promise<Vocabulary> {
  const [row] = await db.$queryRaw<{ vocabulary: string }[]>`
    SELECT json_object(
      'recipients', json((SELECT json_group_array(json_object('code', r.code, 'name', r.name, 'kind', r.kind, 'notifiedAs', r.notifiedAs,
          'count', (SELECT COUNT(*) FROM Notification n WHERE n.recipientId = r.id)) ORDER BY r.name) FROM Recipient r)),
      'systems', json((SELECT json_group_array(json_object('slug', s.slug, 'name', s.name, 'category', json_object('slug', c.slug, 'name', c.name),
          'aliases', json((SELECT json_group_array(a.alias ORDER BY a.alias) FROM SystemAlias a WHERE a.systemId = s.id)),
          'count', (SELECT COUNT(*) FROM NotificationSystem ns WHERE ns.systemId = s.id)) ORDER BY s.name)
        FROM System s JOIN Category c ON c.id = s.categoryId)),
      'categories', json((SELECT json_group_array(json_object('slug', c.slug, 'name', c.name,
          'count', (SELECT COUNT(DISTINCT ns.notificationId) FROM System s JOIN NotificationSystem ns ON ns.systemId = s.id WHERE s.categoryId = c.id)) ORDER BY c.name)
        FROM Category c)),
      'regions', json((SELECT json_group_array(json_object('code', g.code, 'name', g.name, 'area', g.area,
          'count', (SELECT COUNT(*) FROM Notification n JOIN Recipient r ON r.id = n.recipientId WHERE r.regionCode = g.code)) ORDER BY g.code) FROM Region g)),
      'contractors', json((SELECT json_group_array(json_object('slug', k.slug, 'name', k.name,
          'names', json((SELECT json_group_array(cn.name) FROM (SELECT name FROM ContractorName WHERE contractorId = k.id ORDER BY position) cn)),
          'count', (SELECT COUNT(DISTINCT pc.notificationId) FROM PrincipalContractor pc WHERE pc.contractorId = k.id)) ORDER BY k.name)
        FROM Contractor k)),
      'first', (SELECT MIN(announcedOn) FROM Notification),
      'last', (SELECT MAX(announcedOn) FROM Notification)) AS vocabulary`;
  const v = JSON.parse(row!.vocabulary) as VocabularyDocument;
  const first = Number(v.first?.slice(0, 4) ?? NaN);
  const last = Number(v.last?.slice(0, 4) ?? NaN);
  const years = Number.isFinite(first) && Number.isFinite(last) ? Array.from({ length: last - first + 1 }, (_, i) => last - i) : [];
  const regions = v.regions.filter((g) => isRegionCode(g.code)).map((g) => ({ ...g, code: g.code as RegionCode }));
  return { recipients: v.recipients, systems: v.systems, categories: v.categories, regions, contractors: v.contractors, years };
}

// getVocabulary hands every request the same object until the data changes, so what is derived
// from it (the parser's lookup tables, the filter panel's choices) is derived once per seed, not
// once per request.
const derived = new WeakMap<Vocabulary, { index: VocabularyIndex; choices: PanelChoices }>();

function derive(vocabulary: Vocabulary) {
  let d = derived.get(vocabulary);
  if (!d) derived.set(vocabulary, (d = { index: indexVocabulary(toParseVocabulary(vocabulary)), choices: panelChoices(vocabulary) }));
  return d;
}

/** The lookup tables filter parsing resolves names with (recipients, systems by any alias, categories). */
export async function getVocabularyIndex(): Promise<VocabularyIndex> {
  return derive(await getVocabulary()).index;
}

/** What the filter panel offers (names, codes, slugs, years), the same for every view. */
export async function getPanelChoices(): Promise<PanelChoices> {
  return derive(await getVocabulary()).choices;
}

/** Route params can arrive still percent-encoded ("t%C3%BCrkiye"); bad encodings name nothing. */
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * What a profile URL segment names. Recipient codes are canonical in uppercase, and a
 * recipient's name also finds it (`/countries/ca` and `/countries/canada` → `/countries/CA`);
 * a system's slug is canonical, and any of its names finds it (`/systems/HIMARS` →
 * `/systems/m142-himars`). Null for anything unknown, which the page turns into a 404.
 */
export async function resolveRecipientCode(raw: string): Promise<string | null> {
  const segment = decoded(raw);
  if (!segment || segment.length > 120) return null;
  return resolveRecipient(segment, await getVocabularyIndex());
}

export async function resolveSystemSlug(raw: string): Promise<string | null> {
  const segment = decoded(raw);
  if (!segment || segment.length > 120) return null;
  return resolveSystem(segment, await getVocabularyIndex());
}
