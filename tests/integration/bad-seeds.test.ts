import { createHash } from "node:crypto";
import { cpSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedData, SeedValidationError, writeSeedData } from "@/lib/seed";
import { migrateFreshDatabase, runSeed } from "../support/db";

/**
 * The broken-seed corpus: each folder in tests/fixtures/bad-seeds/ holds one or two files laid
 * over a copy of tests/fixtures/minimal-seeds/ (a small valid set). The seed must refuse every
 * case with a message naming the file, the record and the field, and the real seed command must
 * exit non-zero and leave the database file byte for byte as it was.
 *
 * Every case goes through the seed's check (loadSeedData, which the command runs before it opens
 * the database, printing its message as it is); a few, one of each kind of problem, also through
 * the command itself: starting it costs a second of CPU, and 24 of them were the slowest part of
 * the suite.
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

/** Through the real command too: a file that does not parse, a field of a record, a file too big to echo back, a rule across two files. */
const THROUGH_THE_COMMAND = ["malformed-json", "missing-field", "huge-string", "duplicate-transmittal"];

let work: string;
let baseDb: string;
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "fms-bad-seeds-"));
  baseDb = path.join(work, "base.db");
  migrateFreshDatabase(baseDb);
  expect(writeSeedData(baseDb, loadSeedData(path.join(fixtures, "minimal-seeds")))).toMatchObject({ created: 2 });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The case's seed folder (one per test): minimal-seeds/ with the case's files laid over it. */
function caseSeeds(c: Case, test: "check" | "command"): string {
  const dir = path.join(work, test, c.name, "seeds");
  cpSync(path.join(fixtures, "minimal-seeds"), dir, { recursive: true });
  cpSync(path.join(fixtures, "bad-seeds", c.name), dir, { recursive: true });
  c.prepare?.(dir);
  return dir;
}

/** The report's lines that name this case's file, record and field; and the one that says what is wrong. */
function expectNamed(c: Case, dir: string, report: string) {
  const where = [path.join(path.relative(root, dir), c.file), c.record && `record "${c.record}"`, c.field && `field ${c.field}`].filter(Boolean).join(", ");
  const lines = report.split("\n").filter((l) => l.startsWith(`${where}: `));
  expect(lines, `a line starting "${where}: " in:\n${report.slice(0, 2000)}`).not.toEqual([]);
  expect(lines.some((l) => c.phrase.test(l)), `${c.phrase} in:\n${lines.join("\n")}`).toBe(true);
  // The message stays readable: the 1 MB string is not echoed back.
  expect(report.length).toBeLessThan(4_000);
}

describe("the seed refuses broken files and changes nothing", () => {
  it("every folder in the corpus has a row in the table, and every row a folder; the command's cases are rows", () => {
    expect(readdirSync(path.join(fixtures, "bad-seeds")).sort()).toEqual(CASES.map((c) => c.name).sort());
    for (const name of THROUGH_THE_COMMAND) expect(CASES.map((c) => c.name)).toContain(name);
  });

  it.each(CASES)("$name: refused by the seed's check, naming file, record and field", (c) => {
    const dir = caseSeeds(c, "check");
    let error: unknown;
    try {
      loadSeedData(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    expectNamed(c, dir, (error as SeedValidationError).message);
  });

  it.concurrent.each(CASES.filter((c) => THROUGH_THE_COMMAND.includes(c.name)))("$name: the command exits non-zero, says so, and leaves the database as it was", { timeout: 120_000 }, async (c) => {
    const dir = caseSeeds(c, "command");
    const dbDir = path.join(work, "command", c.name, "db");
    mkdirSync(dbDir);
    const db = path.join(dbDir, "fms.db");
    copyFileSync(baseDb, db);
    const before = sha256(db);

    const result = await runSeed(db, dir);

    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Seed data is invalid; the database was not changed \(\d+ problems?\):\n/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expectNamed(c, dir, result.stderr);

    expect(sha256(db)).toBe(before);
    expect(readdirSync(dbDir)).toEqual(["fms.db"]);
  });
});
