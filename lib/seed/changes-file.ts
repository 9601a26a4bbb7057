import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CHANGE_FIELDS, describeReleaseCounts, type ChangeLog, type Release } from "@/lib/domain";
import { todayInWashington } from "@/lib/format";
import { diffRecords, isEmptyRelease, project, type Projection } from "./changes";

/**
 * The change log on disk: seeds/changes.json (the releases, oldest first, append-only) and
 * seeds/changes-snapshot.json (each record as the log's last release left it, as projections:
 * what `npm run changes` diffs the files against; the seed never reads it).
 */
export const CHANGE_LOG_FILE = "changes.json";
export const SNAPSHOT_FILE = "changes-snapshot.json";

type Snapshot = { fields: string[]; records: Record<string, unknown[]> };

export function readChangeLog(dir: string): ChangeLog {
  const file = path.join(dir, CHANGE_LOG_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as ChangeLog) : { releases: [] };
}

/** One line per slug, field change or rename, so a release reads (and diffs) line by line. */
export function formatChangeLog(log: ChangeLog): string {
  const list = (items: unknown[], indent: string) => (items.length === 0 ? "[]" : `[\n${items.map((x) => `${indent}  ${JSON.stringify(x)}`).join(",\n")}\n${indent}]`);
  const release = (r: Release) =>
    [
      `    {`,
      `      "date": ${JSON.stringify(r.date)},`,
      `      "added": ${list(r.added, "      ")},`,
      `      "changed": ${list(r.changed, "      ")},`,
      `      "renamed": ${list(r.renamed, "      ")},`,
      `      "removed": ${list(r.removed, "      ")}`,
      `    }`,
    ].join("\n");
  return `{\n  "releases": [\n${log.releases.map(release).join(",\n")}\n  ]\n}\n`;
}

export function readSnapshot(dir: string): Map<string, Projection> | null {
  const file = path.join(dir, SNAPSHOT_FILE);
  if (!existsSync(file)) return null;
  const snapshot = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
  return new Map(Object.entries(snapshot.records).map(([slug, values]) => [slug, Object.fromEntries(snapshot.fields.map((f, i) => [f, values[i]]))]));
}

export function formatSnapshot(records: Map<string, Projection>): string {
  const fields = Object.keys(CHANGE_FIELDS);
  const lines = [...records.keys()].sort().map((slug) => `    ${JSON.stringify(slug)}: ${JSON.stringify(fields.map((f) => records.get(slug)![f] ?? null))}`);
  return `{\n  "fields": ${JSON.stringify(fields)},\n  "records": {\n${lines.join(",\n")}\n  }\n}\n`;
}

/** Every notification file as it is on disk, by slug (the file's name). */
export function readNotificationFiles(dir: string): Map<string, Record<string, unknown>> {
  const folder = path.join(dir, "notifications");
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(".json")).sort() : [];
  return new Map(files.map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(folder, f), "utf8")) as Record<string, unknown>]));
}

function writeAtomically(file: string, text: string) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

export function writeChangeLog(dir: string, log: ChangeLog, state: Map<string, Record<string, unknown>>) {
  writeAtomically(path.join(dir, SNAPSHOT_FILE), formatSnapshot(new Map([...state].map(([slug, r]) => [slug, project(r)]))));
  writeAtomically(path.join(dir, CHANGE_LOG_FILE), formatChangeLog(log));
}

/**
 * `npm run changes` (and the importer and sync, after they write): diffs seeds/notifications
 * against the snapshot and appends what differs as a release dated `date`; returns it, or null
 * when nothing changed (and then writes nothing). Without a snapshot and with an empty log, every
 * record is an addition (a new record's first release).
 */
export function appendChanges(dir: string, date: string): Release | null {
  const log = readChangeLog(dir);
  const snapshot = readSnapshot(dir);
  if (!snapshot && log.releases.length > 0) {
    throw new Error(`${path.join(dir, SNAPSHOT_FILE)} is missing, so the records' last logged state is unknown: restore it (git checkout) before appending a release.`);
  }
  const last = log.releases.at(-1)?.date;
  if (last && date < last) throw new Error(`Today (${date}) is before the log's last release (${last}): check the clock.`);
  const state = readNotificationFiles(dir);
  const release = diffRecords(date, snapshot ?? new Map(), state);
  if (isEmptyRelease(release)) return null;
  writeChangeLog(dir, { releases: [...log.releases, release] }, state);
  return release;
}

/** What the importer, sync and `npm run changes` run after writing seeds/: today's release appended, said in a line. */
export function logChanges(dir: string, date = todayInWashington()): string {
  const r = appendChanges(dir, date);
  if (!r) return "Change log: nothing changed since its last release.";
  const counts = describeReleaseCounts({ added: r.added.length, changed: r.changed.length, renamed: r.renamed.length, removed: r.removed.length });
  return `Change log: release of ${r.date} appended to ${path.join(path.relative(process.cwd(), dir) || ".", CHANGE_LOG_FILE)} (${counts}).`;
}
