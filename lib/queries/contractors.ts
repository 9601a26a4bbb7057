import "server-only";
import { cache } from "react";
import { cachedQuery, cachedView, exactSum, toCount, type Db } from "@/lib/db";
import {
  contractorKey,
  resolveContractor,
  type ContractorIndex,
  type ContractorName,
  type ContractorProfile,
  type ContractorRef,
  type ContractorSummary,
  type HistorySource,
} from "@/lib/domain";
import { Prisma } from "@/lib/generated/prisma/client";
import { entriesSql, NEWEST_FIRST, toEntry, type EntryRow } from "./notification-sql";
import { PROFILE_LIST_SIZE } from "./profiles";

/**
 * Contractors (/contractors, /contractors/<slug>): principal contractors normalised by
 * seeds/contractors.json. A notification counts for a contractor when any of its principal
 * contractors prints one of the contractor's names, once however many; its value counts whole
 * for each contractor it names (DSCA gives one estimate for the whole sale), so totals of
 * different contractors overlap and are never added up.
 */

/** The notifications of a contractor, each once: `x.contractorId`, `x.notificationId`. */
const DISTINCT_SALES = Prisma.sql`(SELECT DISTINCT pc.contractorId AS contractorId, pc.notificationId AS notificationId FROM PrincipalContractor pc WHERE pc.contractorId IS NOT NULL)`;

type JsonRef = [string, string];
const refs = (json: string | null): ContractorRef[] => (JSON.parse(json ?? "[]") as JsonRef[]).map(([slug, name]) => ({ slug, name }));

/** Every contractor with its notifications' count, total value and first and last dates (zero for none). Cached until the seed runs. */
export const getContractorSummaries = cache((): Promise<ContractorSummary[]> => cachedView("contractor-summaries", queryContractorSummaries));

async function queryContractorSummaries(db: Db): Promise<ContractorSummary[]> {
  const rows = await db.$queryRaw<{ slug: string; name: string; partners: string; count: number | bigint | null; valueUsd: string | null; firstOn: string | null; lastOn: string | null }[]>`
    SELECT k.slug AS slug, k.name AS name,
      (SELECT json_group_array(json_array(p.slug, p.name)) FROM (SELECT p.slug AS slug, p.name AS name FROM ContractorPartner cp JOIN Contractor p ON p.id = cp.partnerId
        WHERE cp.jointVentureId = k.id ORDER BY cp.position) p) AS partners,
      t.count AS count, t.valueUsd AS valueUsd, t.firstOn AS firstOn, t.lastOn AS lastOn
    FROM Contractor k
    LEFT JOIN (SELECT x.contractorId AS contractorId, COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd,
                      MIN(n.announcedOn) AS firstOn, MAX(n.announcedOn) AS lastOn
               FROM ${DISTINCT_SALES} x JOIN Notification n ON n.id = x.notificationId
               GROUP BY x.contractorId) t ON t.contractorId = k.id`;
  return rows
    .map((r) => ({ slug: r.slug, name: r.name, partners: refs(r.partners), count: toCount(r.count), valueUsd: exactSum(r.valueUsd), firstOn: r.firstOn, lastOn: r.lastOn }))
    .sort((a, b) => b.count - a.count || (b.valueUsd > a.valueUsd ? 1 : b.valueUsd < a.valueUsd ? -1 : 0) || a.name.localeCompare(b.name));
}

/** What a contractor URL segment can name: every slug, and every slug and name by key. Built once per seed. */
const getContractorIndex = cache(() =>
  cachedQuery("contractor-index", async (db) => {
    const rows = await db.$queryRaw<{ slug: string; name: string; names: string }[]>`
      SELECT k.slug AS slug, k.name AS name, (SELECT json_group_array(cn.normalized) FROM ContractorName cn WHERE cn.contractorId = k.id) AS names FROM Contractor k`;
    const index = new Map<string, string>();
    for (const r of rows) for (const key of [contractorKey(r.slug), contractorKey(r.name), ...(JSON.parse(r.names) as string[])]) if (key && !index.has(key)) index.set(key, r.slug);
    return { slugs: new Set(rows.map((r) => r.slug)), index: index as ContractorIndex };
  }),
);

/**
 * The contractor a `/contractors/<segment>` names: its slug, and whether the segment is that slug
 * (else the page redirects there: `/contractors/Raytheon` → `/contractors/rtx`). Null for a name
 * no contractor has, which the page turns into a 404.
 */
export async function resolveContractorSlug(raw: string): Promise<{ slug: string; canonical: boolean } | null> {
  let segment: string;
  try {
    segment = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (!segment || segment.length > 300) return null;
  const { slugs, index } = await getContractorIndex();
  return resolveContractor(segment, slugs, index);
}

type ProfileRow = {
  id: number;
  slug: string;
  name: string;
  note: string | null;
  history: string;
  /** JSON: [name, unit] in the file's order. */
  names: string;
  partners: string;
  /** JSON: [slug, name, count] per joint venture it is a partner in. */
  ventures: string;
};

/** A contractor's page, by its slug, or null for an unknown one. Cached until the seed runs. */
export const getContractorProfile = cache((slug: string): Promise<ContractorProfile | null> => cachedView(`contractor/${slug}`, (db) => queryContractorProfile(db, slug)));

async function queryContractorProfile(db: Db, slug: string): Promise<ContractorProfile | null> {
  const [row] = await db.$queryRaw<ProfileRow[]>`
    SELECT k.id AS id, k.slug AS slug, k.name AS name, k.note AS note, k.history AS history,
      (SELECT json_group_array(json_array(cn.name, cn.unit)) FROM (SELECT * FROM ContractorName WHERE contractorId = k.id ORDER BY position) cn) AS names,
      (SELECT json_group_array(json_array(p.slug, p.name)) FROM (SELECT p.slug AS slug, p.name AS name FROM ContractorPartner cp JOIN Contractor p ON p.id = cp.partnerId
        WHERE cp.jointVentureId = k.id ORDER BY cp.position) p) AS partners,
      (SELECT json_group_array(json_array(v.slug, v.name, (SELECT COUNT(DISTINCT pc.notificationId) FROM PrincipalContractor pc WHERE pc.contractorId = v.id)))
       FROM ContractorPartner cp JOIN Contractor v ON v.id = cp.jointVentureId WHERE cp.partnerId = k.id) AS ventures
    FROM Contractor k WHERE k.slug = ${slug}`;
  if (!row) return null;
  const sales = Prisma.sql`SELECT DISTINCT notificationId FROM PrincipalContractor WHERE contractorId = ${row.id}`;
  const [totals, years, recipients, systems, entries, printed] = await Promise.all([
    db.$queryRaw<{ count: number | bigint; valueUsd: string | null; shared: number | bigint | null; firstOn: string | null; lastOn: string | null }[]>`
      SELECT COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd, MIN(n.announcedOn) AS firstOn, MAX(n.announcedOn) AS lastOn,
        SUM(EXISTS (SELECT 1 FROM PrincipalContractor o WHERE o.notificationId = n.id AND o.contractorId IS NOT ${row.id})) AS shared
      FROM Notification n WHERE n.id IN (${sales})`,
    db.$queryRaw<{ fiscalYear: number | bigint; count: number | bigint; valueUsd: string | null }[]>`
      SELECT (CAST(substr(n.announcedOn, 1, 4) AS INTEGER) + (substr(n.announcedOn, 6, 2) >= '10')) AS fiscalYear, COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd
      FROM Notification n WHERE n.id IN (${sales}) GROUP BY fiscalYear ORDER BY fiscalYear`,
    db.$queryRaw<{ code: string; name: string; kind: string; notifiedAs: string | null; count: number | bigint; valueUsd: string | null }[]>`
      SELECT r.code AS code, r.name AS name, r.kind AS kind, r.notifiedAs AS notifiedAs, COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd
      FROM Notification n JOIN Recipient r ON r.id = n.recipientId WHERE n.id IN (${sales}) GROUP BY r.id`,
    db.$queryRaw<{ slug: string; name: string; categorySlug: string; categoryName: string; count: number | bigint; valueUsd: string | null }[]>`
      SELECT s.slug AS slug, s.name AS name, c.slug AS categorySlug, c.name AS categoryName, COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd
      FROM Notification n JOIN NotificationSystem ns ON ns.notificationId = n.id JOIN System s ON s.id = ns.systemId JOIN Category c ON c.id = s.categoryId
      WHERE n.id IN (${sales}) GROUP BY s.id`,
    db.$queryRaw<EntryRow[]>(entriesSql(Prisma.sql`SELECT n.id AS id FROM Notification n WHERE n.id IN (${sales}) ORDER BY ${NEWEST_FIRST} LIMIT ${PROFILE_LIST_SIZE}`, NEWEST_FIRST)),
    // How often the record prints each of its names (through the contractor's index, not a scan by name).
    db.$queryRaw<{ name: string; count: number | bigint }[]>`SELECT pc.name AS name, COUNT(*) AS count FROM PrincipalContractor pc WHERE pc.contractorId = ${row.id} GROUP BY pc.name`,
  ]);
  const printedCount = new Map(printed.map((p) => [p.name, toCount(p.count)]));
  const total = totals[0];
  const largestFirst = <T extends { valueUsd: bigint; count: number; name: string }>(a: T, b: T) =>
    b.valueUsd > a.valueUsd ? 1 : b.valueUsd < a.valueUsd ? -1 : b.count - a.count || a.name.localeCompare(b.name);
  return {
    contractor: {
      slug: row.slug,
      name: row.name,
      names: (JSON.parse(row.names) as [string, number][]).map(([name, unit]): ContractorName => ({ name, unit: Boolean(unit), count: printedCount.get(name) ?? 0 })),
      partners: refs(row.partners),
      ventures: (JSON.parse(row.ventures) as [string, string, number][]).map(([s, name, count]) => ({ slug: s, name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      history: JSON.parse(row.history) as { fact: string; source: HistorySource }[],
      note: row.note,
    },
    notifications: entries.map(toEntry),
    notificationCount: toCount(total?.count),
    totalValueUsd: exactSum(total?.valueUsd),
    sharedCount: toCount(total?.shared),
    firstOn: total?.firstOn ?? null,
    lastOn: total?.lastOn ?? null,
    byFiscalYear: years.map((y) => ({ year: String(toCount(y.fiscalYear)), count: toCount(y.count), valueUsd: exactSum(y.valueUsd) })),
    recipients: recipients.map((r) => ({ code: r.code, name: r.name, kind: r.kind, notifiedAs: r.notifiedAs, count: toCount(r.count), valueUsd: exactSum(r.valueUsd) })).sort(largestFirst),
    systems: systems.map((s) => ({ slug: s.slug, name: s.name, category: { slug: s.categorySlug, name: s.categoryName }, count: toCount(s.count), valueUsd: exactSum(s.valueUsd) })).sort(largestFirst),
  };
}
