import "server-only";
import { cache } from "react";
import { createVersionedCache, prisma } from "@/lib/db";
import { databaseFile } from "@/lib/server/database-url.mjs";
import { serializeFilters, type Filters, type Vocabulary } from "@/lib/filters";
import type {
  ClaimDetail,
  ContextFact,
  DatedFact,
  ExportNotification,
  FundingSource,
  MonthTotal,
  NotificationDetail,
  ReportDetail,
  SourceDetail,
  TimelinePage,
  VocabularyDetail,
} from "@/lib/domain";
import { Prisma } from "@/lib/generated/prisma/client";
import { count, driveFor, ENTRY_COLUMNS, entriesSql, exactSum, filterSql, NEWEST_FIRST, searchOf, toEntry, type EntryRow } from "./notification-sql";
import { RELEVANCE, searchHighlights } from "@/lib/search/fts";
import { EXPORT_RESOLUTIONS_COLUMN, parseExportResolutions } from "./export";

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

/** How many notifications match the filters, and their total value. */
async function totalsOf(db: Db, filters: Filters): Promise<{ total: number; totalValueUsd: bigint }> {
  const [row] = await db.$queryRaw<{ total: number | bigint; valueUsd: string | null }[]>`
    SELECT COUNT(*) AS total, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd
    FROM Notification n WHERE ${filterSql(filters, searchOf(filters), "list")}`;
  return { total: count(row?.total), totalValueUsd: exactSum(row?.valueUsd) };
}

/**
 * One page of the notifications matching the filters, in display order: newest first, or by
 * relevance for a search (ties keep the newest-first order). `matching` is how many match
 * (it picks the plan, see Drive). `columns` are the entry's, or the export's.
 */
function pageQuery(db: Db, filters: Filters, matching: number, skip: number, take: number, columns?: Prisma.Sql): Promise<EntryRow[]> {
  const search = searchOf(filters);
  if (search && filters.sort === "relevance") {
    // The search table drives: every match is ranked (bm25), then the page is cut.
    const page = Prisma.sql`SELECT n.id AS id, ${RELEVANCE} AS rank
      FROM NotificationSearch JOIN Notification n ON n.id = NotificationSearch.rowid
      WHERE NotificationSearch MATCH ${search} AND ${filterSql(filters, null, "scan")}
      ORDER BY rank, ${NEWEST_FIRST} LIMIT ${take} OFFSET ${skip}`;
    return db.$queryRaw<EntryRow[]>(entriesSql(page, Prisma.sql`p.rank, ${NEWEST_FIRST}`, columns));
  }
  const page = Prisma.sql`SELECT n.id AS id FROM Notification n
    WHERE ${filterSql(filters, search, driveFor(matching))}
    ORDER BY ${NEWEST_FIRST} LIMIT ${take} OFFSET ${skip}`;
  return db.$queryRaw<EntryRow[]>(entriesSql(page, NEWEST_FIRST, columns));
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
  const { total, totalValueUsd } = await totalsOf(db, filters);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.page, pageCount);
  const rows = total > 0 ? await pageQuery(db, filters, total, (page - 1) * pageSize, pageSize) : [];
  const highlights = filters.q && rows.length > 0 ? await searchHighlights(db, filters.q, rows.map((r) => ({ id: Number(r.id), title: r.title, summary: r.summary }))) : new Map();
  return {
    total,
    totalValueUsd,
    page,
    pageCount,
    pageSize,
    entries: rows.map((row) => {
      const match = highlights.get(Number(row.id));
      return match ? { ...toEntry(row), match } : toEntry(row);
    }),
  };
}

/** The official record's columns of a notification, shared by the deal page and the exports. */
const RECORD_COLUMNS = Prisma.sql`CAST(n.valueMdeUsd AS TEXT) AS valueMdeUsd, CAST(n.valueOtherUsd AS TEXT) AS valueOtherUsd,
  n.deliveredOn AS deliveredOn, n.deliveredSourceKey AS deliveredSourceKey, n.recordOn AS recordOn, n.recordSourceKey AS recordSourceKey,
  n.registerOn AS registerOn, n.registerSourceKey AS registerSourceKey, n.implementingAgency AS implementingAgency, n.caseDesignator AS caseDesignator,
  n.fundingSources AS fundingSources, n.emergencyBy AS emergencyBy, n.emergencyOn AS emergencyOn, n.emergencySourceKey AS emergencySourceKey,
  n.addsToEarlierCase AS addsToEarlierCase, n.addsToBelowThreshold AS addsToBelowThreshold, n.addsToTransmittal AS addsToTransmittal,
  n.addsToDescription AS addsToDescription, n.addsToSourceKey AS addsToSourceKey, n.priorRelatedCases AS priorRelatedCases,
  (SELECT json_group_array(json_object('slug', rp.slug, 'kind', rp.kind, 'transmittalNumber', rp.transmittalNumber, 'reportedOn', rp.reportedOn,
      'deliveredOn', rp.deliveredOn, 'recordOn', rp.recordOn, 'registerOn', rp.registerOn, 'title', rp.title, 'description', rp.description,
      'valueBeforeUsd', CAST(rp.valueBeforeUsd AS TEXT), 'valueAfterUsd', CAST(rp.valueAfterUsd AS TEXT), 'notes', rp.notes, 'sources', json(rp.sources))
      ORDER BY rp.reportedOn, rp.slug)
   FROM Report rp WHERE rp.notificationId = n.id) AS reports`;

type RecordRow = {
  valueMdeUsd: string | null;
  valueOtherUsd: string | null;
  deliveredOn: string | null;
  deliveredSourceKey: string | null;
  recordOn: string | null;
  recordSourceKey: string | null;
  registerOn: string | null;
  registerSourceKey: string | null;
  implementingAgency: string | null;
  caseDesignator: string | null;
  fundingSources: string;
  emergencyBy: string | null;
  emergencyOn: string | null;
  emergencySourceKey: string | null;
  addsToEarlierCase: boolean | number | bigint;
  addsToBelowThreshold: boolean | number | bigint | null;
  addsToTransmittal: string | null;
  addsToDescription: string | null;
  addsToSourceKey: string | null;
  priorRelatedCases: string | null;
  /** JSON array, oldest first; amounts as text. */
  reports: string;
};

type ReportJson = Omit<ReportDetail, "valueBeforeUsd" | "valueAfterUsd"> & { valueBeforeUsd: string | null; valueAfterUsd: string | null };

const bigOrNull = (text: string | null) => (text === null ? null : BigInt(text));
const dated = (on: string | null, sourceKey: string | null): DatedFact | null => (on && sourceKey ? { on, sourceKey } : null);

/** The official record's facts of a row, as the deal page and the exports show them. */
function toRecord(row: RecordRow) {
  return {
    valueMdeUsd: bigOrNull(row.valueMdeUsd),
    valueOtherUsd: bigOrNull(row.valueOtherUsd),
    deliveredToCongress: dated(row.deliveredOn, row.deliveredSourceKey),
    congressionalRecord: dated(row.recordOn, row.recordSourceKey),
    federalRegister: dated(row.registerOn, row.registerSourceKey),
    implementingAgency: row.implementingAgency,
    caseDesignator: row.caseDesignator,
    fundingSources: JSON.parse(row.fundingSources) as FundingSource[],
    emergency: row.emergencySourceKey ? { determinedBy: row.emergencyBy, determinedOn: row.emergencyOn, sourceKey: row.emergencySourceKey } : null,
    addsToEarlierCase: row.addsToEarlierCase
      ? { belowThreshold: Boolean(row.addsToBelowThreshold), transmittalNumber: row.addsToTransmittal, description: row.addsToDescription, sourceKey: row.addsToSourceKey! }
      : null,
    priorRelatedCases: row.priorRelatedCases,
    reports: (JSON.parse(row.reports) as ReportJson[]).map((r) => ({ ...r, valueBeforeUsd: bigOrNull(r.valueBeforeUsd), valueAfterUsd: bigOrNull(r.valueAfterUsd) })),
  };
}

/** What the CSV export and the JSON API add to an entry: the record's facts, equipment, contractors and sources, in the record's order. */
const EXPORT_COLUMNS = Prisma.sql`${ENTRY_COLUMNS}, ${RECORD_COLUMNS},
  (SELECT json_group_array(json_array(l.kind, l.description, l.quantity, l.upTo) ORDER BY l.kind, l.position) FROM LineItem l WHERE l.notificationId = n.id) AS lineItems,
  (SELECT json_group_array(json_array(pc.name, pc.location) ORDER BY pc.position) FROM PrincipalContractor pc WHERE pc.notificationId = n.id) AS contractors,
  (SELECT json_group_array(json_array(so.kind, so.publisher, so.title, so.url) ORDER BY so.position) FROM Source so WHERE so.notificationId = n.id) AS sources,
  ${EXPORT_RESOLUTIONS_COLUMN}`;

type ExportRow = EntryRow & RecordRow & { lineItems: string; contractors: string; sources: string; resolutions: string };

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
  const { total } = await totalsOf(db, filters);
  const rows = total > offset ? ((await pageQuery(db, filters, total, offset, limit, EXPORT_COLUMNS)) as ExportRow[]) : [];
  return {
    total,
    notifications: rows.map((row) => {
      const lineItems = JSON.parse(row.lineItems) as [string, string, number | null, number][];
      const record = toRecord(row);
      return {
        ...toEntry(row),
        valueMdeUsd: record.valueMdeUsd,
        valueOtherUsd: record.valueOtherUsd,
        deliveredOn: record.deliveredToCongress?.on ?? null,
        recordOn: record.congressionalRecord?.on ?? null,
        registerOn: record.federalRegister?.on ?? null,
        implementingAgency: record.implementingAgency,
        caseDesignator: record.caseDesignator,
        fundingSources: record.fundingSources,
        emergency: record.emergency && { determinedBy: record.emergency.determinedBy, determinedOn: record.emergency.determinedOn },
        addsToEarlierCase: record.addsToEarlierCase && {
          belowThreshold: record.addsToEarlierCase.belowThreshold,
          transmittalNumber: record.addsToEarlierCase.transmittalNumber,
          description: record.addsToEarlierCase.description,
        },
        priorRelatedCases: record.priorRelatedCases,
        reports: record.reports.map(({ kind, transmittalNumber, reportedOn, title, valueBeforeUsd, valueAfterUsd }) => ({ kind, transmittalNumber, reportedOn, title, valueBeforeUsd, valueAfterUsd })),
        majorDefenseEquipment: lineItems.filter(([kind]) => kind === "mde").map(([, description, quantity, upTo]) => ({ description, quantity, upTo: Boolean(upTo) })),
        otherItems: lineItems.filter(([kind]) => kind === "other").map(([, description]) => description),
        principalContractors: (JSON.parse(row.contractors) as [string, string | null][]).map(([name, location]) => ({ name, location })),
        sources: (JSON.parse(row.sources) as [SourceDetail["kind"], string, string | null, string | null][]).map(([kind, publisher, title, url]) => ({ kind, publisher, title, url })),
        resolutions: parseExportResolutions(row.resolutions),
      };
    }),
  };
}

/**
 * Estimated value and count per month for everything the filters match (not just one page),
 * for the timeline's chart: one GROUP BY over the same condition as the list. A record with
 * an approximate date counts in the month its recorded date falls in. The page number and
 * order do not change it, so they are not part of its cache key.
 */
export function getMonthlyTotals(filters: Filters): Promise<MonthTotal[]> {
  const key = `months?${serializeFilters({ ...filters, page: 1, sort: "relevance" })}`;
  return results.get(key, () => snapshot((db) => queryMonthlyTotals(db, filters)));
}

async function queryMonthlyTotals(db: Db, filters: Filters): Promise<MonthTotal[]> {
  const rows = await db.$queryRaw<{ month: string; count: number | bigint; valueUsd: string | null; approximateCount: number | bigint | null }[]>`
    SELECT substr(n.announcedOn, 1, 7) AS month, COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd,
           SUM(n.dateApproximate) AS approximateCount
    FROM Notification n WHERE ${filterSql(filters, searchOf(filters), "list")}
    GROUP BY month ORDER BY month`;
  return rows.map((m) => ({ month: m.month, count: count(m.count), valueUsd: exactSum(m.valueUsd), approximateCount: count(m.approximateCount) }));
}

/** Everything the filters can name, with how many notifications each has. Cached until the seed runs. */
export const getVocabulary = cache((): Promise<VocabularyDetail> => results.get("vocabulary", queryVocabulary));

type VocabularyJson = {
  recipients: { code: string; name: string; kind: string; notifiedAs: string | null; count: number }[];
  systems: { slug: string; name: string; category: { slug: string; name: string }; aliases: string[]; count: number }[];
  categories: { slug: string; name: string; count: number }[];
  first: string | null;
  last: string | null;
};

/**
 * The vocabulary is small (tens of rows): read as one JSON document, one query instead of one
 * per table and relation. json() keeps each subquery's JSON as JSON rather than as a string.
 * A category counts distinct notifications: one may list two systems of a category.
 */
async function queryVocabulary(): Promise<VocabularyDetail> {
  const [row] = await prisma.$queryRaw<{ vocabulary: string }[]>`
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
      'first', (SELECT MIN(announcedOn) FROM Notification),
      'last', (SELECT MAX(announcedOn) FROM Notification)) AS vocabulary`;
  const v = JSON.parse(row!.vocabulary) as VocabularyJson;
  const first = Number(v.first?.slice(0, 4) ?? NaN);
  const last = Number(v.last?.slice(0, 4) ?? NaN);
  const years = Number.isFinite(first) && Number.isFinite(last) ? Array.from({ length: last - first + 1 }, (_, i) => last - i) : [];
  return { recipients: v.recipients, systems: v.systems, categories: v.categories, years };
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

type NotificationRow = EntryRow &
  RecordRow & {
  recipientNato: boolean | number | bigint;
  fundingNotes: string | null;
  implementationNotes: string | null;
  notes: string | null;
  /** The earlier sale this one adds to, when the record holds it. */
  earlierSlug: string | null;
  earlierTitle: string | null;
  earlierAnnouncedOn: string | null;
  /** JSON arrays, each in the record's order. */
  context: string;
  lineItems: string;
  contractors: string;
  sources: string;
  claims: string;
};

type SourceJson = Omit<SourceDetail, "reportedValue"> & { amount: string | null; currency: string | null; text: string | null };

/** A deal page in one query: the record's lists come as JSON columns (amounts as text, so they stay exact). */
async function queryNotification(slug: string): Promise<NotificationDetail | null> {
  const [row] = await snapshot((db) =>
    db.$queryRaw<NotificationRow[]>`
      SELECT ${ENTRY_COLUMNS}, ${RECORD_COLUMNS}, r.nato AS recipientNato, n.fundingNotes AS fundingNotes,
        n.implementationNotes AS implementationNotes, n.notes AS notes,
        e.slug AS earlierSlug, e.title AS earlierTitle, e.announcedOn AS earlierAnnouncedOn,
        (SELECT json_group_array(json_object('fact', x.fact, 'source', json_object('kind', x.sourceKind, 'publisher', x.sourcePublisher,
            'title', x.sourceTitle, 'url', x.sourceUrl, 'document', x.sourceDocument)) ORDER BY x.position)
         FROM RecipientContext x WHERE x.recipientId = r.id) AS context,
        (SELECT json_group_array(json_array(l.kind, l.description, l.quantity, l.upTo) ORDER BY l.kind, l.position) FROM LineItem l WHERE l.notificationId = n.id) AS lineItems,
        (SELECT json_group_array(json_object('name', pc.name, 'location', pc.location) ORDER BY pc.position) FROM PrincipalContractor pc WHERE pc.notificationId = n.id) AS contractors,
        (SELECT json_group_array(json_object('key', so.key, 'kind', so.kind, 'publisher', so.publisher, 'title', so.title, 'url', so.url,
            'publishedOn', so.publishedOn, 'document', so.document, 'supports', so.supports, 'amount', CAST(so.reportedValueAmount AS TEXT),
            'currency', so.reportedValueCurrency, 'text', so.reportedValueText) ORDER BY so.position)
         FROM Source so WHERE so.notificationId = n.id) AS sources,
        (SELECT json_group_array(json_object('claim', cl.claim, 'verdict', cl.verdict, 'reason', cl.reason,
            'source', json_object('key', so.key, 'publisher', so.publisher)) ORDER BY cl.position)
         FROM Claim cl JOIN Source so ON so.id = cl.sourceId WHERE cl.notificationId = n.id) AS claims
      FROM Notification n JOIN Recipient r ON r.id = n.recipientId LEFT JOIN Notification e ON e.transmittalNumber = n.addsToTransmittal
      WHERE n.slug = ${slug}`,
  );
  if (!row) return null;
  const lineItems = JSON.parse(row.lineItems) as [string, string, number | null, number][];
  const sources: SourceDetail[] = (JSON.parse(row.sources) as SourceJson[]).map(({ amount, currency, text, ...s }) => ({
    ...s,
    reportedValue: amount !== null && currency && text ? { amount: BigInt(amount), currency, text } : null,
  }));
  const entry = toEntry(row);
  const record = toRecord(row);
  return {
    ...entry,
    ...record,
    addsToEarlierCase: record.addsToEarlierCase && {
      ...record.addsToEarlierCase,
      sale: row.earlierSlug ? { slug: row.earlierSlug, title: row.earlierTitle!, announcedOn: row.earlierAnnouncedOn! } : null,
    },
    recipient: { ...entry.recipient, nato: Boolean(row.recipientNato), context: JSON.parse(row.context) as ContextFact[] },
    majorDefenseEquipment: lineItems.filter(([kind]) => kind === "mde").map(([, description, quantity, upTo]) => ({ description, quantity, upTo: Boolean(upTo) })),
    otherItems: lineItems.filter(([kind]) => kind === "other").map(([, description]) => description),
    principalContractors: JSON.parse(row.contractors) as { name: string; location: string | null }[],
    fundingNotes: row.fundingNotes,
    implementationNotes: row.implementationNotes,
    notes: row.notes,
    sources,
    claims: JSON.parse(row.claims) as ClaimDetail[],
  };
}
