/**
 * Test oracle for full-text search, written from what a reader expects of it and sharing no
 * code with the app: a notification matches a phrase when the phrase's words appear one after
 * another in one of the texts the search covers (a title, a summary, one equipment line, one
 * contractor, one source's publisher and title, or one of its names: the recipient, the
 * transmittal number, the case designator, its systems' names and aliases). Words are runs of
 * letters and digits, compared without case or accents. It does not model stemming: the
 * specs choose words whose only forms in the record are the ones searched.
 *
 * Used by tests/integration/search.test.ts (on the database) and e2e/search.spec.ts (in the browser).
 */

export type OracleNotification = {
  slug: string;
  title: string;
  summary: string;
  recipient: string;
  systems: string[];
  transmittalNumber?: string | null;
  caseDesignator?: string | null;
  majorDefenseEquipment: { description: string }[];
  otherItems: string[];
  principalContractors: { name: string; location: string | null }[];
  sources: { publisher: string; title: string | null }[];
};
export type OracleRecord = {
  notifications: OracleNotification[];
  recipients: { code: string; name: string; notifiedAs?: string | null }[];
  systems: { slug: string; name: string; aliases: string[] }[];
};

export const FIELDS = ["title", "summary", "equipment", "contractors", "sources", "names"] as const;
export type Field = (typeof FIELDS)[number];

/** The words of a text: letters and digits, lower case, accents dropped. */
export function words(text: string): string[] {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function holds(text: string, phrase: string[]): boolean {
  const w = words(text);
  return w.some((_, i) => phrase.every((p, j) => w[i + j] === p));
}

/** The texts of each searched field of a notification. */
export function searchedTexts(n: OracleNotification, record: OracleRecord): Record<Field, string[]> {
  const recipient = record.recipients.find((r) => r.code === n.recipient);
  const systems = n.systems.map((slug) => record.systems.find((s) => s.slug === slug));
  return {
    title: [n.title],
    summary: [n.summary],
    equipment: [...n.majorDefenseEquipment.map((m) => m.description), ...n.otherItems],
    contractors: n.principalContractors.map((c) => (c.location ? `${c.name}, ${c.location}` : c.name)),
    sources: n.sources.map((s) => `${s.publisher}: ${s.title ?? ""}`),
    names: [
      recipient?.name ?? "",
      recipient?.notifiedAs ?? "",
      n.transmittalNumber ? `Transmittal ${n.transmittalNumber}` : "",
      n.caseDesignator ?? "",
      ...systems.flatMap((s) => (s ? [s.name, ...s.aliases] : [])),
    ],
  };
}

/** The fields of `n` in which `phrase` (a text, split into words) appears. */
export function fieldsHolding(n: OracleNotification, record: OracleRecord, phrase: string): Field[] {
  const p = words(phrase);
  const texts = searchedTexts(n, record);
  return FIELDS.filter((f) => texts[f].some((t) => holds(t, p)));
}

/**
 * The slugs of the notifications a search for all of `phrases` should find (each phrase in
 * some field, not necessarily the same one), sorted.
 */
export function expectedMatches(record: OracleRecord, ...phrases: string[]): string[] {
  return record.notifications
    .filter((n) => phrases.every((p) => fieldsHolding(n, record, p).length > 0))
    .map((n) => n.slug)
    .sort();
}
