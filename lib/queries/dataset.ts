import "server-only";
import { open, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { cachedQuery, snapshot, toCount } from "@/lib/db";
import { CITED_FACTS, DATASET_FILE_NAMES, type CitedFact, type CompilationId, type DatasetBuild, type DatasetFile, type DatasetFileName, type DatasetLineItem, type DatasetSource, type RecordPage, type SourceKind } from "@/lib/domain";
import { EMPTY_FILTERS } from "@/lib/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { databaseFile } from "@/lib/server/database-url.mjs";
import { datasetDirectory } from "@/lib/server/dataset-dir.mjs";
import { exportRows, toExportNotification } from "./export";
import { totalsOf } from "./timeline";

/**
 * The dataset (/data): the record read whole for its files (lib/dataset writes them, from a
 * frozen copy of the database), and the files as last built (DatasetBuild) for the page and
 * the downloads.
 */

// ---------------------------------------------------------------------------------------------
// The files as built

type BuildRow = { builtAt: string; dataAsOf: string | null; notifications: number | bigint; recordVersion: number | bigint; origin: string; files: string };

/** The dataset as last built from this database, or null when it never was. Cached until the next commit (a build is one). */
export function getDatasetBuild(): Promise<DatasetBuild | null> {
  return cachedQuery("dataset-build", async (db) => {
    const [row] = await db.$queryRaw<BuildRow[]>`SELECT builtAt, dataAsOf, notifications, recordVersion, origin, files FROM DatasetBuild WHERE id = 1`;
    if (!row) return null;
    return {
      builtAt: row.builtAt,
      dataAsOf: row.dataAsOf,
      notifications: toCount(row.notifications),
      recordVersion: toCount(row.recordVersion),
      origin: row.origin,
      files: JSON.parse(row.files) as DatasetFile[],
    };
  });
}

/** The record's version now (PRAGMA user_version, which the seed bumps when it changes the record). */
export function getRecordVersion(): Promise<number> {
  return cachedQuery("record-version", async (db) => {
    const [row] = await db.$queryRaw<{ user_version: number | bigint }[]>`PRAGMA user_version`;
    return toCount(row?.user_version);
  });
}

/** A file of the last build, open for reading: the caller streams it and closes the handle. */
export type OpenDatasetFile = { build: DatasetBuild; file: DatasetFile; handle: FileHandle };

/**
 * Opens a file of the last build by the name it is served under, or null when there is no
 * such file (or no build). Opened before anything is sent, so a file the next build has
 * already removed is a clean "not found", and a download that has begun keeps its file
 * whatever a build does meanwhile.
 */
export async function openDatasetFile(name: string): Promise<OpenDatasetFile | null> {
  if (!(DATASET_FILE_NAMES as readonly string[]).includes(name)) return null;
  const build = await getDatasetBuild();
  const file = build?.files.find((f) => f.name === (name as DatasetFileName));
  if (!build || !file) return null;
  try {
    const handle = await open(path.join(datasetDirectory(databaseFile()), path.basename(file.stored)), "r");
    return { build, file, handle };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The record, read whole for the files

/** The whole record's size and date: what the JSON file's description says before its notifications. */
export async function getRecordSummary(): Promise<{ notifications: number; dataAsOf: string | null }> {
  return snapshot(async (db) => {
    const [row] = await db.$queryRaw<{ total: number | bigint; newest: string | null }[]>`SELECT COUNT(*) AS total, MAX(announcedOn) AS newest FROM Notification`;
    return { notifications: toCount(row?.total), dataAsOf: row?.newest ?? null };
  });
}

/** Notifications a page holds when the dataset is built. */
export const RECORD_PAGE = 500;

/**
 * The whole record, a page of notifications at a time (each page one read), newest first as
 * on the timeline, with their equipment lines and sources. Meant to read a copy that nothing
 * writes (the dataset's builder reads the copy it publishes), so pages cannot disagree.
 */
export async function* recordPages(pageSize = RECORD_PAGE): AsyncGenerator<RecordPage> {
  const { total } = await snapshot((db) => totalsOf(db, EMPTY_FILTERS));
  for (let offset = 0; offset < total; offset += pageSize) {
    yield await snapshot(async (db) => {
      const rows = await exportRows(db, EMPTY_FILTERS, total, offset, pageSize);
      const ids = JSON.stringify(rows.map((r) => Number(r.id)));
      const lines = await db.$queryRaw<LineRow[]>`
        SELECT n.slug AS slug, n.announcedOn AS announcedOn, r.code AS recipientCode, l.kind AS kind, l.position AS position,
          l.description AS description, l.quantity AS quantity, l.upTo AS upTo
        FROM json_each(${ids}) page JOIN LineItem l ON l.notificationId = page.value
          JOIN Notification n ON n.id = l.notificationId JOIN Recipient r ON r.id = n.recipientId
        ORDER BY page.key, l.kind, l.position`;
      const sources = await db.$queryRaw<SourceRow[]>`
        SELECT n.slug AS slug, so.key AS key, so.position AS position, so.kind AS kind, so.publisher AS publisher, so.title AS title,
          so.url AS url, so.document AS document, so.publishedOn AS publishedOn, so.supports AS supports, so.via AS via,
          CAST(so.reportedValueAmount AS TEXT) AS reportedValueAmount, so.reportedValueCurrency AS reportedValueCurrency, so.reportedValueText AS reportedValueText,
          ${CITED_FOR} AS citedFor
        FROM json_each(${ids}) page JOIN Source so ON so.notificationId = page.value JOIN Notification n ON n.id = so.notificationId
        ORDER BY page.key, so.position`;
      return { notifications: rows.map(toExportNotification), equipment: lines.map(toLineItem), sources: sources.map(toSource) };
    });
  }
}

/** Which of the notification's official facts a source `so` is the given source of, as a JSON list (CITED_FACTS' order). */
const CITED_FOR = Prisma.sql`json_array(
  CASE WHEN so.key = n.deliveredSourceKey THEN 'delivered_on' END, CASE WHEN so.key = n.recordSourceKey THEN 'congressional_record_on' END,
  CASE WHEN so.key = n.registerSourceKey THEN 'federal_register_on' END, CASE WHEN so.key = n.emergencySourceKey THEN 'emergency' END,
  CASE WHEN so.key = n.addsToSourceKey THEN 'adds_to_earlier_case' END)`;

type LineRow = { slug: string; announcedOn: string; recipientCode: string; kind: string; position: number | bigint; description: string; quantity: number | bigint | null; upTo: boolean | number | bigint };

function toLineItem(row: LineRow): DatasetLineItem {
  return {
    slug: row.slug,
    announcedOn: row.announcedOn,
    recipientCode: row.recipientCode,
    kind: row.kind === "mde" ? "mde" : "other",
    line: toCount(row.position) + 1,
    description: row.description,
    quantity: row.quantity === null ? null : toCount(row.quantity),
    upTo: Boolean(row.upTo),
  };
}

type SourceRow = {
  slug: string;
  key: string;
  position: number | bigint;
  kind: SourceKind;
  publisher: string;
  title: string | null;
  url: string | null;
  document: string | null;
  publishedOn: string | null;
  supports: string | null;
  reportedValueAmount: string | null;
  reportedValueCurrency: string | null;
  reportedValueText: string | null;
  citedFor: string;
  via: CompilationId | null;
};

function toSource(row: SourceRow): DatasetSource {
  const cited = new Set(JSON.parse(row.citedFor) as (string | null)[]);
  return {
    slug: row.slug,
    key: row.key,
    position: toCount(row.position) + 1,
    kind: row.kind,
    publisher: row.publisher,
    title: row.title,
    url: row.url,
    document: row.document,
    publishedOn: row.publishedOn,
    supports: row.supports,
    citedFor: CITED_FACTS.filter((f: CitedFact) => cited.has(f)),
    via: row.via,
    reportedValue:
      row.reportedValueAmount !== null && row.reportedValueCurrency !== null && row.reportedValueText !== null
        ? { amount: BigInt(row.reportedValueAmount), currency: row.reportedValueCurrency, text: row.reportedValueText }
        : null,
  };
}
