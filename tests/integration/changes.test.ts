import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import type { ChangeLog } from "@/lib/domain";
import { loadSeedData, writeSeedData } from "@/lib/seed";
import { dumpDatabase, migrateFreshDatabase, runSeed, seedProblems } from "../support/db";
import { cleanTemp, minimalSeeds, readJson, root, tempDir } from "../support/import";

// The change log (seeds/changes.json): `npm run changes` appends what changed and only that; the
// seed refuses a log that contradicts itself or the record, naming file, release and field, and
// writes nothing; a good log is loaded into Release and RecordChange.

const CANADA = "2025-04-01-canada-m142-himars";
const NETHERLANDS = "2025-05-01-netherlands-amraam";

function runChanges(seeds: string): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ["--import", "tsx", "scripts/changes.ts", seeds], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { code: 0, stdout, stderr: "" };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

afterAll(cleanTemp);

describe("npm run changes", () => {
  it("appends exactly the change made to a record, and a second run appends nothing", () => {
    const seeds = minimalSeeds();
    expect(runChanges(seeds).code).toBe(0);
    const first = readJson<ChangeLog>(path.join(seeds, "changes.json"));
    expect(first.releases).toHaveLength(1);
    expect(first.releases[0]!.added).toEqual([CANADA, NETHERLANDS]);

    // One value corrected in one file; the other file rewritten with its keys in another order.
    const canadaFile = path.join(seeds, "notifications", `${CANADA}.json`);
    const canada = readJson(canadaFile);
    const oldValue = canada.estimatedValueUsd;
    writeFileSync(canadaFile, JSON.stringify({ ...canada, estimatedValueUsd: 1_800_000_000 }, null, 2));
    const nlFile = path.join(seeds, "notifications", `${NETHERLANDS}.json`);
    writeFileSync(nlFile, JSON.stringify(Object.fromEntries(Object.entries(readJson(nlFile)).reverse()), null, 2));

    const run = runChanges(seeds);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 changed");
    const second = readJson<ChangeLog>(path.join(seeds, "changes.json"));
    expect(second.releases).toHaveLength(2);
    expect(second.releases[0]).toEqual(first.releases[0]);
    const release = second.releases[1]!;
    expect(release.added).toEqual([]);
    expect(release.renamed).toEqual([]);
    expect(release.removed).toEqual([]);
    expect(release.changed).toHaveLength(1);
    expect(release.changed[0]!.slug).toBe(CANADA);
    expect(release.changed[0]!.fields.map(({ field, before, after }) => ({ field, before, after }))).toEqual([{ field: "estimatedValueUsd", before: oldValue, after: 1_800_000_000 }]);
    // The seed accepts what it wrote.
    expect(loadSeedData(seeds).changeLog.releases).toHaveLength(2);

    const log = readFileSync(path.join(seeds, "changes.json"), "utf8");
    const again = runChanges(seeds);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("nothing changed");
    expect(readFileSync(path.join(seeds, "changes.json"), "utf8")).toBe(log);
  });
});

describe("the seed and the change log", () => {
  function logged(): string {
    const seeds = minimalSeeds();
    const release = (date: string, over: object) => ({ date, added: [], changed: [], renamed: [], removed: [], ...over });
    const log = {
      releases: [
        release("2026-11-22", { added: ["2025-04-01-canada-old-slug", NETHERLANDS] }),
        release("2026-12-06", {
          renamed: [{ from: "2025-04-01-canada-old-slug", to: CANADA }],
          changed: [{ slug: NETHERLANDS, fields: [{ field: "transmittalNumber", before: null, after: "25-12", source: { id: "dsca", publisher: "Defense Security Cooperation Agency", kind: "official-notice", via: null } }] }],
        }),
      ],
    };
    writeFileSync(path.join(seeds, "changes.json"), JSON.stringify(log, null, 2));
    return seeds;
  }

  it("loads a good log into its releases and each record's changes", () => {
    const seeds = logged();
    const file = path.join(tempDir(), "good.db");
    migrateFreshDatabase(file);
    writeSeedData(file, loadSeedData(seeds));
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare(`SELECT id, date, added, changed, renamed, removed FROM Release ORDER BY id`).all()).toEqual([
        { id: 1, date: "2026-11-22", added: 2, changed: 0, renamed: 0, removed: 0 },
        { id: 2, date: "2026-12-06", added: 0, changed: 1, renamed: 1, removed: 0 },
      ]);
      expect(db.prepare(`SELECT kind, slug, fromSlug FROM RecordChange WHERE releaseId = 2 ORDER BY kind`).all()).toEqual([
        { kind: "changed", slug: NETHERLANDS, fromSlug: null },
        { kind: "renamed", slug: CANADA, fromSlug: "2025-04-01-canada-old-slug" },
      ]);
      const fields = JSON.parse((db.prepare(`SELECT fields FROM RecordChange WHERE kind = 'changed'`).get() as { fields: string }).fields);
      expect(fields[0]).toMatchObject({ field: "transmittalNumber", after: "25-12" });
    } finally {
      db.close();
    }
  });

  it("refuses a bad log, naming the file, the release and the field, and writes nothing", async () => {
    const seeds = logged();
    const file = path.join(tempDir(), "bad.db");
    migrateFreshDatabase(file);
    writeSeedData(file, loadSeedData(seeds));
    const before = dumpDatabase(file);

    const log = readJson<{ releases: { changed: { fields: { field: string }[] }[] }[] }>(path.join(seeds, "changes.json"));
    log.releases[1]!.changed[0]!.fields[0]!.field = "colour";
    writeFileSync(path.join(seeds, "changes.json"), JSON.stringify(log));
    expect(seedProblems(seeds)).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/changes\.json$/), record: "release 2026-12-06 (releases[1])", field: "releases[1].changed[0].fields[0].field" }),
    ]);

    const run = await runSeed(file, seeds);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/changes\.json, record "release 2026-12-06 \(releases\[1\]\)", field releases\[1\]\.changed\[0\]\.fields\[0\]\.field: must be a field of a notification file/);
    expect(run.stderr).toContain("the database was not changed");
    expect(dumpDatabase(file)).toBe(before);
  });

  it("refuses a log naming a record that neither exists nor was renamed or removed", () => {
    const seeds = logged();
    const log = readJson<{ releases: { added: string[] }[] }>(path.join(seeds, "changes.json"));
    log.releases[0]!.added.push("2020-01-01-nowhere-f-16");
    writeFileSync(path.join(seeds, "changes.json"), JSON.stringify(log));
    expect(seedProblems(seeds).map((p) => p.message)).toEqual([expect.stringContaining('"2020-01-01-nowhere-f-16"')]);
  });
});
