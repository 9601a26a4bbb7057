import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSeed } from "../support/db";

// A database that cannot be used stops `npm start` (and the seed) with one paragraph naming
// the path and what to do, a non-zero exit, and no stack trace.
const root = path.resolve(__dirname, "../..");
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "fms-start-db-"));
  mkdirSync(path.join(work, "a-folder.db"));
  writeFileSync(path.join(work, "not-sqlite.db"), "this is a text file, not a database\n");
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function start(databaseUrl: string) {
  return spawnSync(process.execPath, ["scripts/start.mjs", "--prepare-only", "--no-build"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
}

describe("npm start with a database it cannot use", () => {
  const cases: [string, () => string, RegExp][] = [
    ["a folder that does not exist", () => `file:${path.join(work, "no/such/dir/fms.db")}`, /because the folder .*no\/such\/dir does not exist/],
    ["a path that is a folder", () => path.join(work, "a-folder.db"), /because .*a-folder\.db is a folder, not a database file/],
    ["a file that is not SQLite", () => `file:${path.join(work, "not-sqlite.db")}`, /because .*not-sqlite\.db is not a SQLite database/],
  ];
  it.each(cases)("%s: a clear message, exit 1, no stack trace", (_label, url, reason) => {
    const result = start(url());
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Cannot start: the database cannot be used because /);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).toContain(`DATABASE_URL is "${url()}"`);
    expect(result.stderr).toMatch(/`npm start` creates, migrates and seeds the file/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stdout).not.toMatch(/migrate|seed \(|next start/);
  });

  it("the seed command alone names the missing file and says how to create it", async () => {
    const file = path.join(work, "missing.db");
    const result = await runSeed(file, "tests/fixtures/minimal-seeds");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot seed: the database file ${file} does not exist.`);
    expect(result.stderr).toMatch(/run `npm start`/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
