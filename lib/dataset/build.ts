import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { DatasetBuild, DatasetFile, DatasetFileName, RecordPage } from "@/lib/domain";
import { csvHeaderOf, csvRow, csvValuesOf, datasetHeader, EQUIPMENT_COLUMNS, NOTIFICATION_COLUMNS, SOURCE_COLUMNS, toApiNotification } from "@/lib/exports";
import { todayInWashington } from "@/lib/format";
import { cleanCopy, snapshotDatabase } from "./copy";
import { FileWriter, hashFile } from "./write";

/**
 * Builds the dataset's files (/data) from a database: a snapshot of the database first, then the
 * CSV and JSON files read from that snapshot (so every file holds the same version of the record,
 * whatever the seed does meanwhile), each written a page at a time, then the snapshot cleaned
 * into the published copy. The files get
 * content-addressed names in `directory`, the build is recorded in the database's DatasetBuild
 * row (one commit: the server's caches see it), and files no longer named by this build or the
 * one before are removed (a download of the previous build can still finish).
 */

/** The record as read for the files: what lib/queries gives, over the copy. */
export type RecordReader = {
  summary(): Promise<{ notifications: number; dataAsOf: string | null }>;
  pages(): AsyncIterable<RecordPage>;
  close(): Promise<void>;
};

export type BuildOptions = {
  /** The site's database file. */
  database: string;
  /** Where the files go (lib/server/dataset-dir.mjs). */
  directory: string;
  /** The public origin, for the addresses in the files. */
  origin: URL;
  /** Opens a reader on the copy of the database at `file`. */
  open: (file: string) => Promise<RecordReader>;
  now?: () => Date;
};

export type BuildReport = { build: DatasetBuild; directory: string; tables: number; ms: { snapshot: number; files: number; total: number } };

const BOM = "\uFEFF";

export async function buildDataset({ database, directory, origin, open, now = () => new Date() }: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const builtAt = `${now().toISOString().slice(0, 19)}Z`;
  // record.json's citations were retrieved the day the file was built.
  const builtOn = todayInWashington(now());
  mkdirSync(directory, { recursive: true });
  const work = path.join(directory, `.build-${process.pid}-${Date.now()}`);
  mkdirSync(work);
  try {
    const previous = readBuild(database);
    const copyFile = path.join(work, "record.sqlite");
    const { recordVersion } = snapshotDatabase(database, copyFile);
    const copied = performance.now();

    const reader = await open(copyFile);
    const written: Omit<DatasetFile, "stored">[] = [];
    let summary: { notifications: number; dataAsOf: string | null };
    try {
      summary = await reader.summary();
      const csv = async (name: DatasetFileName, header: string[]) => {
        const writer = new FileWriter(path.join(work, name));
        await writer.write(`${BOM}${csvRow(header)}\r\n`);
        return writer;
      };
      const notifications = await csv("notifications.csv", csvHeaderOf(NOTIFICATION_COLUMNS));
      const equipment = await csv("equipment.csv", csvHeaderOf(EQUIPMENT_COLUMNS));
      const sources = await csv("sources.csv", csvHeaderOf(SOURCE_COLUMNS));
      const json = new FileWriter(path.join(work, "record.json"));
      await json.write(`{"dataset":${JSON.stringify(datasetHeader({ builtAt, ...summary }, origin))},\n"notifications":[`);

      // A page at a time: each file gets one write per page (a few hundred KB), never the whole record.
      for await (const page of reader.pages()) {
        await notifications.writeRows(page.notifications.map((n) => `${csvRow(csvValuesOf(NOTIFICATION_COLUMNS, n, origin))}\r\n`));
        await json.writeRows(page.notifications.map((n, i) => `${json.rows + i > 0 ? "," : ""}\n${JSON.stringify(toApiNotification(n, origin, builtOn))}`));
        await equipment.writeRows(page.equipment.map((line) => `${csvRow(csvValuesOf(EQUIPMENT_COLUMNS, line, origin))}\r\n`));
        await sources.writeRows(page.sources.map((source) => `${csvRow(csvValuesOf(SOURCE_COLUMNS, source, origin))}\r\n`));
      }
      await json.write("\n]}\n");
      if (notifications.rows !== summary.notifications) throw new Error(`the record holds ${summary.notifications} notifications but ${notifications.rows} were read`);
      for (const [name, writer] of [["notifications.csv", notifications], ["equipment.csv", equipment], ["sources.csv", sources], ["record.json", json]] as const) {
        written.push({ name, bytes: writer.bytes, rows: writer.rows, sha256: await writer.close() });
      }
    } finally {
      await reader.close();
    }
    const copy = cleanCopy(copyFile);
    written.push({ name: "record.sqlite", rows: copy.notifications, ...(await hashFile(copyFile)) });
    const filesDone = performance.now();

    const files: DatasetFile[] = written.map((f) => {
      const { name: stem, ext } = path.parse(f.name);
      const stored = `${stem}-${f.sha256.slice(0, 16)}${ext}`;
      renameSync(path.join(work, f.name), path.join(directory, stored));
      return { ...f, stored };
    });
    const build: DatasetBuild = { builtAt, dataAsOf: summary.dataAsOf, notifications: summary.notifications, recordVersion, origin: origin.origin, files };
    writeBuild(database, build);

    const keep = new Set([...files, ...(previous?.files ?? [])].map((f) => f.stored));
    for (const entry of readdirSync(directory)) {
      if (!entry.startsWith(".") && !keep.has(entry)) rmSync(path.join(directory, entry), { force: true });
    }
    return { build, directory, tables: copy.tables, ms: { snapshot: copied - started, files: filesDone - copied, total: performance.now() - started } };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

type BuildRow = { builtAt: string; dataAsOf: string | null; notifications: number; recordVersion: number; origin: string; files: string };

/** The build the database records, or null (none yet). */
export function readBuild(database: string): DatasetBuild | null {
  const db = new Database(database, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    const row = db.prepare(`SELECT "builtAt", "dataAsOf", "notifications", "recordVersion", "origin", "files" FROM "DatasetBuild" WHERE "id" = 1`).get() as BuildRow | undefined;
    return row ? { ...row, files: JSON.parse(row.files) as DatasetFile[] } : null;
  } finally {
    db.close();
  }
}

/** Records a build: one small commit, which is what tells a running server (PRAGMA data_version) to drop its kept /data page. */
function writeBuild(database: string, build: DatasetBuild): void {
  const db = new Database(database, { fileMustExist: true, timeout: 10_000 });
  try {
    db.prepare(
      `INSERT INTO "DatasetBuild" ("id", "builtAt", "dataAsOf", "notifications", "recordVersion", "origin", "files") VALUES (1, ?, ?, ?, ?, ?, ?)
       ON CONFLICT ("id") DO UPDATE SET "builtAt" = excluded."builtAt", "dataAsOf" = excluded."dataAsOf", "notifications" = excluded."notifications",
         "recordVersion" = excluded."recordVersion", "origin" = excluded."origin", "files" = excluded."files"`,
    ).run(build.builtAt, build.dataAsOf, build.notifications, build.recordVersion, build.origin, JSON.stringify(build.files));
  } finally {
    db.close();
  }
}

/** Whether every file a build names is on disk: a database copied without its folder, or a folder deleted, needs a new build. */
export function buildIsComplete(build: DatasetBuild | null, directory: string): boolean {
  if (!build) return false;
  let present: Set<string>;
  try {
    present = new Set(readdirSync(directory));
  } catch {
    return false;
  }
  return build.files.every((f) => present.has(f.stored));
}
