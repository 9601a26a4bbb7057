import "server-only";
import { cache } from "react";
import { createVersionedCache } from "@/lib/data-cache";
import { databaseFile } from "@/lib/database-url.mjs";
import { prisma } from "@/lib/db";
import { serializeFilters, type Filters, type Vocabulary } from "@/lib/filters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchHighlights, searchMatches, type SearchMatch } from "@/lib/search";
import type {
  ClaimDetail,
  MonthTotal,
  ExportNotification,
  NotificationDetail,
  SourceDetail,
  SourceKind,
  TimelineEntry,
  TimelinePage,
  Verdict,
  VocabularyDetail,
} from "@/lib/definitions";

export const PAGE_SIZE = 50;

// Query results, kept until the seed next commits (lib/data-cache.ts). Keys are the canonical
// query string (serializeFilters), so each view is cached once whatever URL spelled it.
// FMS_DATA_CACHE=off keeps nothing: the bench uses it to time the queries themselves.
const results = createVersionedCache(databaseFile(), process.env.FMS_DATA_CACHE === "off" ? 0 : 1_000);

/** A client or an open transaction: the queries of one view run in one read transaction. */
export type Db = Prisma.TransactionClient;

/**
 * Runs a view's queries in one read transaction, so its totals, rows and relations all come
 * from one snapshot even while the seed rewrites notifications (e2e/operations.spec.ts). The
 * driver adapter runs transactions one at a time: waits are generous so a burst of requests
 * queues instead of failing.
 */
function snapshot<T>(read: (db: Db) => Promise<T>): Promise<T> {
  return prisma.$transaction(read, { maxWait: 60_000, timeout: 60_000 });
}

/**
 * A view's queries run in one snapshot and cached until the seed next commits, under `key`
 * (lib/profiles.ts uses it for the recipient and system pages and their indexes).
 */
export function cachedView<T>(key: string, read: (db: Db) => Promise<T>): Promise<T> {
  return results.get(key, () => snapshot(read));
}

/** What a timeline entry shows; lib/profiles.ts selects the same for its lists. */
export const entrySelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  announcedOn: true,
  dateApproximate: true,
  estimatedValueUsd: true,
  confidence: true,
  recipient: { select: { code: true, name: true, kind: true, notifiedAs: true } },
  systems: {
    orderBy: { position: "asc" },
    select: { system: { select: { slug: true, name: true, category: { select: { slug: true, name: true } } } } },
  },
} satisfies Prisma.NotificationSelect;

type EntryRow = Prisma.NotificationGetPayload<{ select: typeof entrySelect }>;

export function toEntry(row: EntryRow): TimelineEntry {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    announcedOn: row.announcedOn,
    dateApproximate: row.dateApproximate,
    estimatedValueUsd: row.estimatedValueUsd,
    lowConfidence: row.confidence === "low",
    recipient: row.recipient,
    systems: row.systems.map((s) => s.system),
  };
}

/** The search's matches, best first, or null when the filters have no search. */
async function searchOf(db: Db, filters: Filters): Promise<SearchMatch[] | null> {
  return filters.q ? searchMatches(db, filters.q) : null;
}

function whereWith(filters: Filters, matches: SearchMatch[] | null): Prisma.NotificationWhereInput {
  const and: Prisma.NotificationWhereInput[] = [];
  if (matches) and.push({ id: { in: matches.map((m) => m.id) } });
  if (filters.countries.length) and.push({ recipient: { code: { in: filters.countries } } });
  if (filters.systems.length) and.push({ systems: { some: { system: { slug: { in: filters.systems } } } } });
  if (filters.categories.length) and.push({ systems: { some: { system: { category: { slug: { in: filters.categories } } } } } });
  if (filters.year !== null) and.push({ announcedOn: { gte: `${filters.year}-01-01`, lte: `${filters.year}-12-31` } });
  if (filters.from) and.push({ announcedOn: { gte: filters.from } });
  if (filters.to) and.push({ announcedOn: { lte: filters.to } });
  return { AND: and };
}

/**
 * The one place filters become a query, search included (asked of the full-text index
 * first, hence async). Every view of "the notifications matching these filters" uses it.
 */
export async function whereFor(filters: Filters, db: Db = prisma): Promise<Prisma.NotificationWhereInput> {
  return whereWith(filters, await searchOf(db, filters));
}

const NEWEST_FIRST = [{ announcedOn: "desc" }, { estimatedValueUsd: "desc" }, { slug: "asc" }] satisfies Prisma.NotificationOrderByWithRelationInput[];

/** Ids of one page of the matching notifications, in display order. */
async function orderedIds(
  db: Db,
  filters: Filters,
  matches: SearchMatch[] | null,
  where: Prisma.NotificationWhereInput,
  skip: number,
  take: number,
): Promise<number[]> {
  if (!matches || filters.sort !== "relevance") {
    return (await db.notification.findMany({ where, select: { id: true }, orderBy: NEWEST_FIRST, skip, take })).map((r) => r.id);
  }
  // By relevance; ties keep the newest-first order.
  const newest = await db.notification.findMany({ where, select: { id: true }, orderBy: NEWEST_FIRST });
  const newestPosition = new Map(newest.map((r, i) => [r.id, i]));
  return matches
    .filter((m) => newestPosition.has(m.id))
    .sort((a, b) => a.rank - b.rank || newestPosition.get(a.id)! - newestPosition.get(b.id)!)
    .slice(skip, skip + take)
    .map((m) => m.id);
}

function inOrder<T extends { id: number }>(rows: T[], ids: number[]): T[] {
  const position = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/**
 * Notifications matching the filters, one page at a time, with totals: newest first, or
 * with a search, by relevance unless `sort=newest`. Search results carry their highlights.
 * Cached until the seed next runs.
 */
export function getTimeline(filters: Filters, pageSize = PAGE_SIZE): Promise<TimelinePage> {
  return results.get(`timeline?${serializeFilters(filters)}&size=${pageSize}`, () => snapshot((db) => queryTimeline(db, filters, pageSize)));
}

async function queryTimeline(db: Db, filters: Filters, pageSize: number): Promise<TimelinePage> {
  const matches = await searchOf(db, filters);
  const where = whereWith(filters, matches);
  const totals = await db.notification.aggregate({ where, _count: { _all: true }, _sum: { estimatedValueUsd: true } });
  const total = totals._count._all;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.page, pageCount);
  const skip = (page - 1) * pageSize;
  const ids = await orderedIds(db, filters, matches, where, skip, pageSize);
  const rows = inOrder(await db.notification.findMany({ where: { id: { in: ids } }, select: entrySelect }), ids);
  const highlights = filters.q ? await searchHighlights(db, filters.q, rows) : new Map();
  return {
    total,
    totalValueUsd: totals._sum.estimatedValueUsd ?? 0n,
    page,
    pageCount,
    pageSize,
    entries: rows.map((row) => ({ ...toEntry(row), ...(highlights.has(row.id) ? { match: highlights.get(row.id) } : {}) })),
  };
}

const exportSelect = {
  ...entrySelect,
  transmittalNumber: true,
  reviewWaived: true,
  lineItems: { orderBy: [{ kind: "asc" }, { position: "asc" }], select: { kind: true, description: true, quantity: true, upTo: true } },
  contractors: { orderBy: { position: "asc" }, select: { name: true, location: true } },
  sources: { orderBy: { position: "asc" }, select: { publisher: true, title: true, url: true } },
} satisfies Prisma.NotificationSelect;

/** Pages of the API are cached like the timeline's; a whole-record CSV is not kept in memory. */
const MAX_CACHED_EXPORT = 200;

/**
 * Notifications matching the filters with their equipment, contractors and sources, in the
 * timeline's order, for the CSV export and the JSON API: `limit` from `offset`, plus the
 * total that match.
 */
export function getNotificationsForExport(filters: Filters, offset: number, limit: number): Promise<{ total: number; notifications: ExportNotification[] }> {
  const read = () => snapshot((db) => queryExport(db, filters, offset, limit));
  return limit <= MAX_CACHED_EXPORT ? results.get(`export?${serializeFilters(filters)}&offset=${offset}&limit=${limit}`, read) : read();
}

async function queryExport(db: Db, filters: Filters, offset: number, limit: number): Promise<{ total: number; notifications: ExportNotification[] }> {
  const matches = await searchOf(db, filters);
  const where = whereWith(filters, matches);
  const total = await db.notification.count({ where });
  const ids = await orderedIds(db, filters, matches, where, offset, limit);
  const rows = inOrder(await db.notification.findMany({ where: { id: { in: ids } }, select: exportSelect }), ids);
  return {
    total,
    notifications: rows.map((row) => ({
      ...toEntry(row),
      transmittalNumber: row.transmittalNumber,
      reviewWaived: row.reviewWaived,
      majorDefenseEquipment: row.lineItems.filter((l) => l.kind === "mde").map(({ description, quantity, upTo }) => ({ description, quantity, upTo })),
      otherItems: row.lineItems.filter((l) => l.kind === "other").map((l) => l.description),
      principalContractors: row.contractors,
      sources: row.sources,
    })),
  };
}

/**
 * Estimated value and count per month for everything the filters match (not just one page),
 * for the timeline's chart. Built on `whereFor`, so it follows every filter the list does.
 * A record with an approximate date counts in the month its recorded date falls in. The page
 * number and order do not change it, so they are not part of its cache key.
 */
export function getMonthlyTotals(filters: Filters): Promise<MonthTotal[]> {
  const key = `months?${serializeFilters({ ...filters, page: 1, sort: "relevance" })}`;
  return results.get(key, () => snapshot((db) => queryMonthlyTotals(db, filters)));
}

async function queryMonthlyTotals(db: Db, filters: Filters): Promise<MonthTotal[]> {
  // Grouped by date in SQLite (one row per distinct day, not per notification), summed by month here.
  const where = await whereFor(filters, db);
  const days = await db.notification.groupBy({
    by: ["announcedOn"],
    where,
    _count: { _all: true },
    _sum: { estimatedValueUsd: true },
  });
  const approximate = await db.notification.groupBy({
    by: ["announcedOn"],
    where: { AND: [where, { dateApproximate: true }] },
    _count: { _all: true },
  });
  const months = new Map<string, MonthTotal>();
  const monthOf = (day: string) => {
    const month = day.slice(0, 7);
    let m = months.get(month);
    if (!m) months.set(month, (m = { month, count: 0, valueUsd: 0n, approximateCount: 0 }));
    return m;
  };
  for (const d of days) {
    const m = monthOf(d.announcedOn);
    m.count += d._count._all;
    m.valueUsd += d._sum.estimatedValueUsd ?? 0n;
  }
  for (const d of approximate) monthOf(d.announcedOn).approximateCount += d._count._all;
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** Everything the filters can name, with how many notifications each has. Cached until the seed runs. */
export const getVocabulary = cache((): Promise<VocabularyDetail> => results.get("vocabulary", queryVocabulary));

async function queryVocabulary(): Promise<VocabularyDetail> {
  const [recipients, systems, categories, dates] = await Promise.all([
    prisma.recipient.findMany({
      orderBy: { name: "asc" },
      select: { code: true, name: true, kind: true, notifiedAs: true, _count: { select: { notifications: true } } },
    }),
    prisma.system.findMany({
      orderBy: { name: "asc" },
      select: {
        slug: true,
        name: true,
        category: { select: { slug: true, name: true } },
        aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
        _count: { select: { notifications: true } },
      },
    }),
    // Distinct notifications per category: one notification may list two systems of a category.
    prisma.$queryRaw<{ slug: string; name: string; count: bigint | number }[]>`
      SELECT c.slug AS slug, c.name AS name, COUNT(DISTINCT ns.notificationId) AS count
      FROM Category c
      LEFT JOIN System s ON s.categoryId = c.id
      LEFT JOIN NotificationSystem ns ON ns.systemId = s.id
      GROUP BY c.id
      ORDER BY c.name`,
    prisma.notification.aggregate({ _min: { announcedOn: true }, _max: { announcedOn: true } }),
  ]);
  const first = Number(dates._min.announcedOn?.slice(0, 4) ?? NaN);
  const last = Number(dates._max.announcedOn?.slice(0, 4) ?? NaN);
  const years = Number.isFinite(first) && Number.isFinite(last) ? Array.from({ length: last - first + 1 }, (_, i) => last - i) : [];
  return {
    recipients: recipients.map(({ _count, ...r }) => ({ ...r, count: _count.notifications })),
    systems: systems.map(({ _count, aliases, ...s }) => ({ ...s, aliases: aliases.map((a) => a.alias), count: _count.notifications })),
    categories: categories.map((c) => ({ slug: c.slug, name: c.name, count: Number(c.count) })),
    years,
  };
}

/** The part of the vocabulary that filter parsing needs (also sent to the browser). */
export function filterVocabulary(v: VocabularyDetail): Vocabulary {
  return {
    recipients: v.recipients.map((r) => ({ code: r.code, name: r.name })),
    systems: v.systems.map((s) => ({ slug: s.slug, aliases: [s.name, ...s.aliases] })),
    categories: v.categories.map((c) => ({ slug: c.slug })),
  };
}

/** One notification with everything its deal page shows, or null for an unknown slug. */
export const getNotification = cache((slug: string): Promise<NotificationDetail | null> => results.get(`notification/${slug}`, () => queryNotification(slug)));

async function queryNotification(slug: string): Promise<NotificationDetail | null> {
  const row = await snapshot((db) => db.notification.findUnique({
    where: { slug },
    select: {
      ...entrySelect,
      recipient: {
        select: {
          code: true,
          name: true,
          kind: true,
          notifiedAs: true,
          nato: true,
          context: { orderBy: { position: "asc" }, select: { fact: true, sourceKind: true, sourcePublisher: true, sourceTitle: true, sourceUrl: true, sourceDocument: true } },
        },
      },
      transmittalNumber: true,
      fundingNotes: true,
      implementationNotes: true,
      reviewWaived: true,
      notes: true,
      lineItems: { orderBy: [{ kind: "asc" }, { position: "asc" }], select: { kind: true, description: true, quantity: true, upTo: true } },
      contractors: { orderBy: { position: "asc" }, select: { name: true, location: true } },
      sources: { orderBy: { position: "asc" } },
      claims: { orderBy: { position: "asc" }, select: { claim: true, verdict: true, reason: true, source: { select: { key: true, publisher: true } } } },
    },
  }));
  if (!row) return null;
  const sources: SourceDetail[] = row.sources.map((s) => ({
    key: s.key,
    kind: s.kind as SourceKind,
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    publishedOn: s.publishedOn,
    document: s.document,
    supports: s.supports,
    reportedValue:
      s.reportedValueAmount !== null && s.reportedValueCurrency && s.reportedValueText
        ? { amount: s.reportedValueAmount, currency: s.reportedValueCurrency, text: s.reportedValueText }
        : null,
  }));
  const claims: ClaimDetail[] = row.claims.map((c) => ({ ...c, verdict: c.verdict as Verdict }));
  return {
    ...toEntry(row),
    recipient: {
      ...row.recipient,
      context: row.recipient.context.map((c) => ({
        fact: c.fact,
        source: { kind: c.sourceKind as SourceKind, publisher: c.sourcePublisher, title: c.sourceTitle, url: c.sourceUrl, document: c.sourceDocument },
      })),
    },
    transmittalNumber: row.transmittalNumber,
    majorDefenseEquipment: row.lineItems.filter((l) => l.kind === "mde").map(({ description, quantity, upTo }) => ({ description, quantity, upTo })),
    otherItems: row.lineItems.filter((l) => l.kind === "other").map((l) => l.description),
    principalContractors: row.contractors,
    fundingNotes: row.fundingNotes,
    implementationNotes: row.implementationNotes,
    reviewWaived: row.reviewWaived,
    notes: row.notes,
    sources,
    claims,
  };
}
