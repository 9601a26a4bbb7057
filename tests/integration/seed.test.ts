import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { todayInWashington } from "@/lib/format";
import { appendChanges, loadSeedData, writeSeedData } from "@/lib/seed";
import { ANOTHER_SALE, changedTables, dumpDatabase, migrateFreshDatabase, runSeed, type SeedRun } from "../support/db";
import { cleanTemp, sampleSeeds } from "../support/import";

const root = path.resolve(__dirname, "../..");
const seedsDir = path.join(root, "seeds");
/** One notification per JSON file in seeds/notifications (the research branches keep adding files). */
const N = readdirSync(path.join(seedsDir, "notifications")).filter((f) => f.endsWith(".json")).length;
const NETHERLANDS = "2025-09-16-netherlands-amraam";
const UKRAINE = "2025-08-28-ukraine-eram";
const CANADA = "2025-10-01-canada-m142-himars";
let work: string;
/** The whole record, seeded once by the real command (`npm run db:seed`; no dataset build: dataset-seed.test.ts covers that). */
let record: string;
let firstRun: SeedRun;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-seed-"));
  record = freshDb("record");
  firstRun = await runSeed(record, seedsDir);
}, 120_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  cleanTemp();
});

function freshDb(name: string): string {
  const file = path.join(work, `${name}.db`);
  migrateFreshDatabase(file);
  return file;
}

/**
 * A database holding a sample of the real record (sampleSeeds(): the sales named here and those
 * the reports and resolutions name), seeded in this process, and its seed folder to edit: the
 * command's updates, removals and refusals are the same on 30 files as on 1,300.
 */
function sampleDb(name: string): { file: string; dir: string } {
  const dir = sampleSeeds([NETHERLANDS, UKRAINE, CANADA]);
  const file = freshDb(name);
  writeSeedData(file, loadSeedData(dir));
  return { file, dir };
}

describe("seed against a temporary SQLite file", { timeout: 120_000 }, () => {
  it("loads every notification with its facts, and money above US$2.1 billion round-trips exactly", async () => {
    expect(firstRun.code, firstRun.stderr).toBe(0);
    const data = loadSeedData(seedsDir);
    const prisma = createPrismaClient(record);
    try {
      expect(firstRun.stdout).toContain(`${N} notifications (${N} new, 0 updated, 0 unchanged, 0 removed)`);
      expect(await prisma.notification.count()).toBe(N);

      const seedCanada = data.notifications.find((n) => n.slug === CANADA)!;
      const canada = await prisma.notification.findUniqueOrThrow({
        where: { slug: seedCanada.slug },
        include: { recipient: true, lineItems: { where: { kind: "mde" }, orderBy: { position: "asc" } }, claims: true, sources: true },
      });
      expect(canada.estimatedValueUsd).toBe(BigInt(seedCanada.estimatedValueUsd));
      expect(canada.recipient.code).toBe(seedCanada.recipient);
      expect(canada.lineItems.map((l) => [l.description, l.quantity])).toEqual(seedCanada.majorDefenseEquipment.map((m) => [m.description, m.quantity]));
      const cad = seedCanada.sources.find((s) => s.reportedValue?.currency === "CAD")!;
      expect(canada.sources.find((s) => s.key === cad.id)).toMatchObject({ reportedValueAmount: BigInt(cad.reportedValue!.amount), reportedValueCurrency: "CAD" });
      expect(canada.claims.map((c) => c.verdict).sort()).toEqual(seedCanada.claims.map((c) => c.verdict).sort());

      // The largest sale in the record is above a 32-bit integer's range and survives exactly.
      const largest = data.notifications.reduce((a, b) => (b.estimatedValueUsd > a.estimatedValueUsd ? b : a));
      const big = await prisma.notification.findUniqueOrThrow({ where: { slug: largest.slug } });
      expect(big.estimatedValueUsd).toBe(BigInt(largest.estimatedValueUsd));
      expect(big.estimatedValueUsd > 2_147_483_647n).toBe(true);
      const rows = await prisma.$queryRaw<{ total: bigint }[]>`SELECT SUM(estimatedValueUsd) AS total FROM Notification`;
      const total = rows[0]?.total ?? 0n;
      const expected = data.notifications.reduce((sum, n) => sum + BigInt(n.estimatedValueUsd), 0n);
      expect(BigInt(total)).toBe(expected);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("re-running the seed changes nothing", async () => {
    expect(firstRun.code, firstRun.stderr).toBe(0);
    const file = path.join(work, "rerun.db");
    copyFileSync(record, file);
    const before = dumpDatabase(file);
    const second = await runSeed(file, seedsDir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(`(0 new, 0 updated, ${N} unchanged, 0 removed)`);
    expect(changedTables(before, dumpDatabase(file))).toEqual([]);
  });

  it("updates a changed file in place and removes a deleted one", async () => {
    const { file, dir } = sampleDb("edit");
    const n = readdirSync(path.join(dir, "notifications")).length;

    const target = path.join(dir, "notifications", `${NETHERLANDS}.json`);
    const edited = JSON.parse(readFileSync(target, "utf8"));
    edited.summary = "Edited summary.";
    writeFileSync(target, JSON.stringify(edited));
    rmSync(path.join(dir, "notifications", `${UKRAINE}.json`));
    appendChanges(dir, todayInWashington()); // as `npm run changes` does: the log records the removal

    const result = await runSeed(file, dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${n - 1} notifications (0 new, 1 updated, ${n - 2} unchanged, 1 removed)`);
    const prisma = createPrismaClient(file);
    try {
      expect((await prisma.notification.findUniqueOrThrow({ where: { slug: NETHERLANDS } })).summary).toBe("Edited summary.");
      expect(await prisma.notification.findUnique({ where: { slug: UKRAINE } })).toBeNull();
      expect(await prisma.source.count({ where: { notification: { slug: UKRAINE } } })).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("a bad file stops the seed with file, record and field, a non-zero exit, and the database byte for byte as it was", async () => {
    const { file, dir } = sampleDb("bad");
    const before = readFileSync(file);

    // Change a good record and break another: neither change may land.
    const good = path.join(dir, "notifications", `${NETHERLANDS}.json`);
    writeFileSync(good, JSON.stringify({ ...JSON.parse(readFileSync(good, "utf8")), summary: "Should not be written." }));
    const bad = path.join(dir, "notifications", `${CANADA}.json`);
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(bad, "utf8")), announcedOn: "2025-02-30" }));

    const result = await runSeed(file, dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`${CANADA}.json`);
    expect(result.stderr).toContain(`record "${CANADA}"`);
    expect(result.stderr).toContain("field announcedOn");
    expect(result.stderr).toContain("not a real calendar date");
    expect(result.stderr).toContain("the database was not changed");
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("a failure while writing rolls the whole transaction back", () => {
    const { file, dir } = sampleDb("rollback");
    const before = dumpDatabase(file);
    const data = loadSeedData(dir);
    // Valid-looking data that the database rejects halfway: a copy of the first notification
    // (another sale: no transmittal number of its own) written twice under one slug.
    const [first] = data.notifications;
    const copy = { ...first!, ...ANOTHER_SALE, slug: "duplicate-of-first" };
    const broken = {
      ...data,
      notifications: [{ ...data.notifications[1]!, summary: "changed before the failure" }, copy, copy],
    };
    expect(() => writeSeedData(file, broken)).toThrow(/UNIQUE constraint failed: Notification\.slug/);
    expect(changedTables(before, dumpDatabase(file))).toEqual([]);
  });
});
