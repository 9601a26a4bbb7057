import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateFreshDatabase } from "../support/db";

/**
 * The broken-seed corpus: each folder in tests/fixtures/bad-seeds/ holds one or two files laid
 * over a copy of tests/fixtures/minimal-seeds/ (a small valid set). The real seed command must
 * refuse every case with a message naming the file, the record and the field, exit non-zero,
 * and leave the database file byte for byte as it was.
 *
 * To add a case: add a folder under tests/fixtures/bad-seeds/ and a row here.
 */
const root = path.resolve(__dirname, "../..");
const fixtures = path.join(root, "tests/fixtures");
const NL = "notifications/2025-05-01-netherlands-amraam.json";
const NL_RECORD = "2025-05-01-netherlands-amraam";

type Case = {
  /** Folder name in tests/fixtures/bad-seeds/. */
  name: string;
  /** The file the message names, relative to the seed folder. */
  file: string;
  record: string | null;
  field: string | null;
  /** What the message says about this kind of problem. */
  phrase: RegExp;
  /** Changes the overlay cannot hold (a 1 MB string does not belong in the repository). */
  prepare?: (dir: string) => void;
};

const CASES: Case[] = [
  // No record or field can be read from a file that does not parse; the file name says which record, and the line and column where.
  { name: "malformed-json", file: NL, record: NL_RECORD, field: null, phrase: /is not valid JSON \(.*line \d+ column \d+\)/ },
  { name: "missing-field", file: NL, record: NL_RECORD, field: "announcedOn", phrase: /is missing/ },
  { name: "unknown-recipient", file: NL, record: NL_RECORD, field: "recipient", phrase: /names unknown recipient "XX"/ },
  { name: "duplicate-slug", file: "notifications/2025-05-02-netherlands-amraam-copy.json", record: NL_RECORD, field: "slug", phrase: /repeats the slug of .*2025-05-01-netherlands-amraam\.json/ },
  { name: "impossible-date", file: NL, record: NL_RECORD, field: "announcedOn", phrase: /is not a real calendar date/ },
  { name: "negative-value", file: NL, record: NL_RECORD, field: "estimatedValueUsd", phrase: /must be greater than zero/ },
  { name: "non-numeric-value", file: NL, record: NL_RECORD, field: "estimatedValueUsd", phrase: /must be a number/ },
  { name: "non-numeric-quantity", file: NL, record: NL_RECORD, field: "majorDefenseEquipment[0].quantity", phrase: /expected number, received string/ },
  { name: "javascript-link", file: NL, record: NL_RECORD, field: "sources[0].url", phrase: /must be an http\(s\) URL/ },
  { name: "unknown-compilation", file: NL, record: NL_RECORD, field: "sources[0].via", phrase: /must name a compilation lib\/domain\/sourcing\.ts lists \("atlas"\)/ },
  { name: "unknown-field", file: NL, record: NL_RECORD, field: "estimatedValueUSD", phrase: /is not a known field/ },
  // The official record's identity and facts.
  { name: "duplicate-transmittal", file: NL, record: NL_RECORD, field: "transmittalNumber", phrase: /repeats transmittal 25-34 of .*2025-04-01-canada-m142-himars\.json/ },
  { name: "malformed-transmittal", file: NL, record: NL_RECORD, field: "transmittalNumber", phrase: /is not a transmittal number/ },
  { name: "value-split-mismatch", file: NL, record: NL_RECORD, field: "valueMdeUsd", phrase: /plus valueOtherUsd \(500000000 \+ 100000000 = 600000000\) must equal estimatedValueUsd \(100000000\)/ },
  { name: "delivered-after-announced", file: NL, record: NL_RECORD, field: "deliveredToCongress.on", phrase: /\(2025-05-21\) is more than 5 days after announcedOn \(2025-05-01\)/ },
  { name: "report-no-sale", file: "reports/25-0a.json", record: "25-0a", field: "sale", phrase: /names no earlier sale/ },
  { name: "report-unknown-sale", file: "reports/25-0a.json", record: "25-0a", field: "sale.transmittalNumber", phrase: /names transmittal 19-99, which no notification in the record carries/ },
  { name: "duplicate-recipient", file: "recipients.json", record: "NL", field: "recipients[2].code", phrase: /repeats recipient code "NL"/ },
  // Regions: every recipient has one, and it is the one lib/domain/regions.ts gives its code.
  { name: "recipient-without-region", file: "recipients.json", record: "NL", field: "recipients[1].region", phrase: /is missing .*must be one of AFRICOM, CENTCOM, EUCOM, INDOPACOM, NORTHCOM, SOUTHCOM/ },
  { name: "wrong-region", file: "recipients.json", record: "NL", field: "recipients[1].region", phrase: /is "CENTCOM", but NL is in EUCOM's area/ },
  // Contractors: a principal contractor is one of a contractor's names, exactly; a name belongs to one contractor.
  { name: "unknown-contractor", file: NL, record: NL_RECORD, field: "principalContractors[0].name", phrase: /names "FIXTURE CORPORATION", which no contractor in seeds\/contractors.json lists.*differs only in case or punctuation from "Fixture Corporation"/ },
  { name: "contractor-name-twice", file: "contractors.json", record: "other-fixture", field: "contractors[1].names[1]", phrase: /"Fixture Corp\." already names contractor "fixture-corporation"/ },
  { name: "contractor-unknown-partner", file: "contractors.json", record: "fixture-joint-venture", field: "contractors[1].parents[1]", phrase: /names contractor "no-such-contractor", which is not in the file/ },
  {
    // The 512 KiB file limit fires first (before any field rule); the loader still says which field made the file too big.
    name: "huge-string",
    file: NL,
    record: NL_RECORD,
    field: "summary",
    phrase: /file is \d+ bytes; the limit is 524288 \(field summary alone is 1048576 characters\)/,
    prepare: (dir) => {
      const file = path.join(dir, NL);
      writeFileSync(file, readFileSync(file, "utf8").replace("@@1MB@@", "A".repeat(1024 * 1024)));
    },
  },
];

let work: string;
let baseDb: string;
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

function runSeed(dbFile: string, dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(root, "node_modules/.bin/tsx"),
      ["prisma/seed.ts", dir],
      { cwd: root, env: { ...process.env, DATABASE_URL: `file:${dbFile}` }, encoding: "utf8" },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-bad-seeds-"));
  baseDb = path.join(work, "base.db");
  migrateFreshDatabase(baseDb);
  const seeded = await runSeed(baseDb, path.join(fixtures, "minimal-seeds"));
  expect(seeded.stderr).toBe("");
  expect(seeded.stdout).toMatch(/2 notifications \(2 new/);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the seed refuses broken files and changes nothing", () => {
  it("every folder in the corpus has a row in the table, and every row a folder", () => {
    expect(readdirSync(path.join(fixtures, "bad-seeds")).sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  // Each case starts the seed command (about 1.5 s of CPU for tsx); on a busy machine they queue.
  it.concurrent.each(CASES)("$name", { timeout: 120_000 }, async (c) => {
    const dir = path.join(work, c.name, "seeds");
    cpSync(path.join(fixtures, "minimal-seeds"), dir, { recursive: true });
    cpSync(path.join(fixtures, "bad-seeds", c.name), dir, { recursive: true });
    c.prepare?.(dir);
    const dbDir = path.join(work, c.name, "db");
    mkdirSync(dbDir);
    const db = path.join(dbDir, "fms.db");
    copyFileSync(baseDb, db);
    const before = sha256(db);

    const result = await runSeed(db, dir);

    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Seed data is invalid; the database was not changed \(\d+ problems?\):\n/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    // One line of the report names this file, record and field, and says what is wrong.
    const where = [path.join(path.relative(root, dir), c.file), c.record && `record "${c.record}"`, c.field && `field ${c.field}`].filter(Boolean).join(", ");
    const lines = result.stderr.split("\n").filter((l) => l.startsWith(`${where}: `));
    expect(lines, `a line starting "${where}: " in:\n${result.stderr.slice(0, 2000)}`).not.toEqual([]);
    expect(lines.some((l) => c.phrase.test(l)), `${c.phrase} in:\n${lines.join("\n")}`).toBe(true);
    // The message stays readable: the 1 MB string is not echoed back.
    expect(result.stderr.length).toBeLessThan(4_000);

    expect(sha256(db)).toBe(before);
    expect(readdirSync(dbDir)).toEqual(["fms.db"]);
  });
});
