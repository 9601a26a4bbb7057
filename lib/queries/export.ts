import "server-only";
import { cachedView, snapshot, streamedRead, toCount, type Db } from "@/lib/db";
import { isRegionCode, type ExportNotification, type ExportResolution, type Member, type ResolutionType, type ResolutionVote, type SourceDetail } from "@/lib/domain";
import { serializeFilters, validateExportQuery, type Filters, type ValidationResult } from "@/lib/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { ENTRY_COLUMNS, toEntry, type EntryRow } from "./notification-sql";
import { RECORD_COLUMNS, toRecord, type RecordRow } from "./notification";
import { pageQuery, pageSql, totalsOf, totalsSql, type TotalsRow } from "./timeline";
import { getVocabularyIndex } from "./vocabulary";

/**
 * The resolutions aimed at a notification `n`, as one JSON column for the exports (the JSON API
 * and the CSV): newest first, each with its floor votes.
 */
const EXPORT_RESOLUTIONS_COLUMN = Prisma.sql`(SELECT json_group_array(json_object('id', r.slug, 'congress', r.congress, 'type', r.type,
    'number', r.number, 'sponsor', json_object('name', r.sponsorName, 'party', r.sponsorParty, 'state', r.sponsorState),
    'introducedOn', r.introducedOn, 'named', t.named, 'becameLawOn', r.becameLawOn, 'becameLawPublicLaw', r.becameLawPublicLaw,
    'votes', json((SELECT json_group_array(json_object('chamber', v.chamber, 'on', v.votedOn, 'question', v.question, 'threshold', v.threshold,
        'yeas', v.yeas, 'nays', v.nays, 'present', v.present, 'notVoting', v.notVoting, 'result', v.result, 'rollCall', v.rollCall,
        'sourceKey', v.sourceKey) ORDER BY v.position)
      FROM ResolutionVote v WHERE v.resolutionId = r.id)))
    ORDER BY r.sortOn DESC, r.congress DESC, r.number DESC)
  FROM ResolutionTarget t JOIN Resolution r ON r.id = t.resolutionId WHERE t.notificationId = n.id) AS resolutions`;

type ExportResolutionJson = {
  id: string;
  congress: number;
  type: ResolutionType;
  number: number;
  sponsor: Member;
  introducedOn: string | null;
  named: string;
  becameLawOn: string | null;
  becameLawPublicLaw: string | null;
  votes: ResolutionVote[];
};

function parseExportResolutions(json: string): ExportResolution[] {
  return (JSON.parse(json) as ExportResolutionJson[]).map(({ becameLawOn, becameLawPublicLaw, ...r }) => ({
    ...r,
    becameLaw: becameLawOn && becameLawPublicLaw ? { on: becameLawOn, publicLaw: becameLawPublicLaw } : null,
  }));
}

/**
 * The last day a release of the change log changed, renamed or added the record (its history's
 * lastChangedOn, lib/domain/changes.ts recordHistory, which the deal page's citation gives). A rename
 * is logged under the new slug, after every event under the old ones, so the record's own slug
 * finds it (RecordChange's slug index).
 */
const LAST_CHANGED_COLUMN = Prisma.sql`(SELECT MAX(rl.date) FROM RecordChange c JOIN Release rl ON rl.id = c.releaseId
  WHERE c.slug = n.slug AND c.kind <> 'removed') AS lastChangedOn`;

/** What the CSV export and the JSON API add to an entry: the record's facts, equipment, contractors and sources, in the record's order. */
const EXPORT_COLUMNS = Prisma.sql`${ENTRY_COLUMNS}, ${RECORD_COLUMNS}, r.regionCode AS recipientRegion,
  (SELECT json_group_array(json_array(l.kind, l.description, l.quantity, l.upTo) ORDER BY l.kind, l.position) FROM LineItem l WHERE l.notificationId = n.id) AS lineItems,
  (SELECT json_group_array(json_array(pc.name, pc.location) ORDER BY pc.position) FROM PrincipalContractor pc WHERE pc.notificationId = n.id) AS contractors,
  (SELECT json_group_array(json_array(so.kind, so.publisher, so.title, so.url, so.via) ORDER BY so.position) FROM Source so WHERE so.notificationId = n.id) AS sources,
  ${EXPORT_RESOLUTIONS_COLUMN},
  ${LAST_CHANGED_COLUMN}`;

export type ExportRow = EntryRow & RecordRow & { recipientRegion: string | null; lineItems: string; contractors: string; sources: string; resolutions: string; lastChangedOn: string | null };

/** Pages of the API are cached like the timeline's; a whole-record CSV is not kept in memory. */
const MAX_CACHED_EXPORT = 200;

/**
 * Notifications matching the filters with their equipment, contractors and sources, in the
 * timeline's order, for the CSV export and the JSON API: `limit` from `offset`, plus the
 * total that match.
 */
export function getNotificationsForExport(filters: Filters, offset: number, limit: number): Promise<{ total: number; notifications: ExportNotification[] }> {
  const read = (db: Db) => queryExport(db, filters, offset, limit);
  return limit <= MAX_CACHED_EXPORT ? cachedView(`export?${serializeFilters(filters)}&offset=${offset}&limit=${limit}`, read) : snapshot(read);
}

async function queryExport(db: Db, filters: Filters, offset: number, limit: number): Promise<{ total: number; notifications: ExportNotification[] }> {
  const { total } = await totalsOf(db, filters);
  const rows = await exportRows(db, filters, total, offset, limit);
  return { total, notifications: rows.map(toExportNotification) };
}

/** A page of the export's rows (with each notification's id), `limit` from `offset` of the `total` that match. */
export async function exportRows(db: Db, filters: Filters, total: number, offset: number, limit: number): Promise<ExportRow[]> {
  return total > offset ? ((await pageQuery(db, filters, total, offset, limit, EXPORT_COLUMNS)) as ExportRow[]) : [];
}

/**
 * One row as the exports' notification. The entry's fields are added to with Object.assign, not
 * written as `{ ...toEntry(row), valueMdeUsd, … }` (same keys, same order): V8 builds each
 * object of that spread-then-sixteen-more-fields shape the slow way, and it made 10,000 rows
 * take 1.2 s and 100 MB of short-lived garbage instead of 0.19 s and 8 MB (docs/benchmark.md).
 */
export function toExportNotification(row: ExportRow): ExportNotification {
  const lineItems = JSON.parse(row.lineItems) as [string, string, number | null, number][];
  const record = toRecord(row);
  return Object.assign(toEntry(row), {
    lastChangedOn: row.lastChangedOn,
    valueMdeUsd: record.valueMdeUsd,
    valueOtherUsd: record.valueOtherUsd,
    deliveredOn: record.deliveredOn,
    congressionalRecordOn: record.congressionalRecordOn,
    federalRegisterOn: record.federalRegisterOn,
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
    recipientRegion: row.recipientRegion && isRegionCode(row.recipientRegion) ? row.recipientRegion : null,
    sources: (JSON.parse(row.sources) as [SourceDetail["kind"], string, string | null, string | null, SourceDetail["via"]][]).map(([kind, publisher, title, url, via]) => ({ kind, publisher, title, url, via })),
    resolutions: parseExportResolutions(row.resolutions),
  });
}

/** Rows a page of the streamed CSV export holds: small enough that a download of 10,000 never holds more than this many at once. */
export const EXPORT_STREAM_PAGE = 200;

/**
 * Every notification of a view, `limit` at most, a page at a time, for a download that must
 * not hold the whole file in memory (/notifications.csv): each notification is read and
 * handed to `each` (the CSV turns it into its line) before the next is read, and a page is
 * what `each` made of its rows. Each page is a short read of its own (lib/db/stream.ts, which
 * says why it is not Prisma's), so a slow client never holds a transaction open; if the seed
 * commits between two pages the rest would come from another version of the record, so it
 * throws instead, and the download ends in an error rather than a file mixing two versions.
 * The first page carries the total.
 */
export async function* streamNotificationsForExport<T>(
  filters: Filters,
  limit: number,
  each: (notification: ExportNotification) => T,
  pageSize = EXPORT_STREAM_PAGE,
): AsyncGenerator<{ total: number; items: T[] }> {
  let version: number | null = null;
  let total = 0;
  for (let offset = 0; offset === 0 || offset < Math.min(total, limit); offset += pageSize) {
    const items = streamedRead((db) => {
      const now = db.dataVersion();
      if (version !== null && now !== version) throw new Error("The record changed (the seed ran) while the export was being written; download it again.");
      version = now;
      if (offset === 0) for (const row of db.rows<TotalsRow>(totalsSql(filters))) total = toCount(row.total);
      const page: T[] = [];
      if (total > offset) for (const row of db.rows<ExportRow>(pageSql(filters, total, offset, Math.min(pageSize, limit - offset), EXPORT_COLUMNS))) page.push(each(toExportNotification(row)));
      return page;
    });
    yield { total, items };
  }
}

/** Validates an export request's query string against the database's vocabulary. */
export async function readExportQuery(params: URLSearchParams, allowed?: readonly string[]): Promise<ValidationResult> {
  return validateExportQuery(params, await getVocabularyIndex(), allowed);
}
