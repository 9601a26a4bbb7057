import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { notificationSchema, type NotificationSeed } from "@/lib/seed/schema";

/**
 * File work for the importer: the seed files it reads to find duplicates, the release copies
 * it keeps in seeds/documents/, and the notification files it writes, formatted exactly like
 * the hand-written ones (two-space JSON, trailing newline) so a re-import is byte-identical.
 */

export type ExistingNotification = { file: string; record: NotificationSeed };

/** Every valid notification file; invalid ones are left for `npm run seeds:check` to report. */
export function readNotifications(seedsDir: string): ExistingNotification[] {
  const dir = path.join(seedsDir, "notifications");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      try {
        const parsed = notificationSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
        return parsed.success ? [{ file, record: parsed.data }] : [];
      } catch {
        return [];
      }
    });
}

export function serialize(record: NotificationSeed): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

export function notificationPath(seedsDir: string, slug: string): string {
  return path.join(seedsDir, "notifications", `${slug}.json`);
}

const DOCUMENT_NAME = /^([0-9]{3})_[0-9a-f]{16}\.txt$/;

/**
 * Where this release copy is (or will be) kept: the existing document with the same bytes, or
 * the next number with a content hash ("004_<sha256 prefix>.txt"), as the schema names them.
 */
export function documentFor(seedsDir: string, text: string): { path: string; exists: boolean } {
  const dir = path.join(seedsDir, "documents");
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => DOCUMENT_NAME.test(n)).sort() : [];
  for (const name of names) {
    if (readFileSync(path.join(dir, name), "utf8") === text) return { path: `seeds/documents/${name}`, exists: true };
  }
  const next = names.reduce((max, n) => Math.max(max, Number(DOCUMENT_NAME.exec(n)![1])), -1) + 1;
  if (next > 999) throw new Error("seeds/documents/ has no free number left (000–999)");
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 16);
  return { path: `seeds/documents/${String(next).padStart(3, "0")}_${hash}.txt`, exists: false };
}

export function writeDocument(seedsDir: string, documentPath: string, text: string) {
  const file = path.join(seedsDir, documentPath.replace(/^seeds\//, ""));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: "wx" });
}

export function writeNotification(file: string, record: NotificationSeed) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, serialize(record));
}
