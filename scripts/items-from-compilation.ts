/**
 * One-off (issue 19, item 7): fills the items of records that have none from the release text
 * the atlas compilation holds, read by lib/import/items.ts as the table import reads it. Only
 * records whose majorDefenseEquipment and otherItems are both empty are touched; the closing
 * "other related elements of logistics and program support" is left out.
 *
 *   npx tsx scripts/items-from-compilation.ts <compilation.jsonl> <slug>...
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readReleaseItems } from "../lib/import/items";

const [compilation, ...slugs] = process.argv.slice(2);
if (!compilation || slugs.length === 0) throw new Error("usage: items-from-compilation.ts <compilation.jsonl> <slug>...");
const rows = readFileSync(compilation, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { transmittal?: string; description?: string });

const NOTE = "The items were read from the release text as compiled (atlas).";
for (const slug of slugs) {
  const path = join("seeds/notifications", `${slug}.json`);
  const record = JSON.parse(readFileSync(path, "utf8"));
  if (record.majorDefenseEquipment.length > 0 || record.otherItems.length > 0) {
    console.log(`${slug}: has items, left as it is`);
    continue;
  }
  const row = rows.find((r) => r.transmittal === record.transmittalNumber && r.description);
  if (!row) {
    console.log(`${slug}: no compiled text`);
    continue;
  }
  const items = readReleaseItems(row.description!);
  const mde = items.majorDefenseEquipment ?? [];
  const other = [...new Set((items.otherItems ?? []).filter((o) => !/^other related elements of\b/i.test(o)).map((o) => o.charAt(0).toUpperCase() + o.slice(1)))];
  if (mde.length === 0 && other.length === 0) {
    console.log(`${slug}: the text gives no items the reader can read`);
    continue;
  }
  record.majorDefenseEquipment = mde;
  record.otherItems = other;
  record.notes = record.notes ? `${record.notes} ${NOTE}` : NOTE;
  const release = record.sources.find((s: { via?: string }) => s.via === "atlas");
  if (release?.supports && !/\bthe items\b/.test(release.supports)) {
    release.supports = / and (principal contractors?|no contractor)/.test(release.supports)
      ? release.supports.replace(/ and (principal contractors?|no contractor)/, ", the items and $1")
      : release.supports.replace(/ and ([^,]+)\.$/, ", $1 and the items.");
  }
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`${slug}: ${mde.length} MDE, ${other.length} other`);
}
