import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBuild } from "@/lib/dataset";
import { datasetDirectory } from "@/lib/server/dataset-dir.mjs";
import { changedTables, dumpDatabase, migrateFreshDatabase, runSeed } from "../support/db";

/**
 * The seed command builds the dataset's files (/data) after its transaction commits: when it
 * changed the record, or when a file of the last build is missing; never when it changed
 * nothing, so a seed that changes nothing still writes nothing. A build that fails leaves the
 * seeded record and says so.
 */

const root = path.resolve(__dirname, "../..");
let work: string;
let seeds: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "fms-dataset-seed-"));
  seeds = path.join(work, "seeds");
  cpSync(path.join(root, "tests/fixtures/minimal-seeds"), seeds, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The real seed command, building the dataset's files as it does by default. */
const seed = (database: string) => runSeed(database, seeds, { dataset: true, env: { SITE_URL: "https://fms-timeline.example" } });

// Four runs of the seed command, three of them building the files in a process of their own.
describe("the seed builds the dataset's files", { timeout: 240_000 }, () => {
  it("after a seed that changed the record, not after one that changed nothing, and again when a file is missing", async () => {
    const database = path.join(work, "builds.db");
    migrateFreshDatabase(database);
    const directory = datasetDirectory(database);

    const first = await seed(database);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Dataset: built 5 files into .* in \d+ ms/m);
    const build = readBuild(database)!;
    expect(build.notifications).toBe(2);
    // The record's version the files hold: the seed's first change made it 1.
    const version = () => {
      const db = new Database(database, { readonly: true });
      try {
        return Number(db.pragma("user_version", { simple: true }));
      } finally {
        db.close();
      }
    };
    expect(build.recordVersion).toBe(1);
    expect(version()).toBe(1);
    expect(build.origin).toBe("https://fms-timeline.example");
    expect(readdirSync(directory).sort()).toEqual(build.files.map((f) => f.stored).sort());
    const json = JSON.parse(readFileSync(path.join(directory, build.files.find((f) => f.name === "record.json")!.stored), "utf8"));
    expect(json.dataset.url).toBe("https://fms-timeline.example/data");

    const before = dumpDatabase(database);
    const second = await seed(database);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).not.toContain("Dataset:");
    expect(changedTables(before, dumpDatabase(database))).toEqual([]);
    expect(version()).toBe(1);

    rmSync(path.join(directory, build.files[0]!.stored));
    const third = await seed(database);
    expect(third.stdout).toMatch(/^Dataset: built 5 files/m);
    expect(changedTables(before, dumpDatabase(database))).toEqual(["DatasetBuild"]);
    expect(existsSync(path.join(directory, build.files[0]!.stored))).toBe(true);
  });

  it("a build that fails leaves the seeded record, says so and exits non-zero", async () => {
    const database = path.join(work, "fails.db");
    migrateFreshDatabase(database);
    // The folder the files go in is a file: the build cannot write there.
    writeFileSync(datasetDirectory(database), "not a folder");
    const result = await seed(database);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain("Seeded");
    expect(result.stderr).toContain("The record was seeded (the transaction committed); building its files failed. Run `npm run dataset` to build them again.");
    expect(dumpDatabase(database)).toContain("2025-04-01-canada-m142-himars");
    expect(readBuild(database)).toBeNull();
  });
});
