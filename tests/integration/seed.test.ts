import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { todayInWashington } from "@/lib/format";
import { appendChanges, loadSeedData, writeSeedData } from "@/lib/seed";
import { changedTables, dumpDatabase, migrateFreshDatabase } from "../support/db";

const root = path.resolve(__dirname, "../..");
const seedsDir = path.join(root, "seeds");
/** One notification per JSON file in seeds/notifications (the research branches keep adding files). */
const N = readdirSync(path.join(seedsDir, "notifications")).filter((f) => f.endsWith(".json")).length;
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "fms-seed-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function freshDb(name: string): string {
  const file = path.join(work, `${name}.db`);
  migrateFreshDatabase(file);
  return file;
}

/** Runs the real seed command (`npm run db:seed`) against a database and a seeds folder. */
function runSeedCli(dbFile: string, dir = seedsDir): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts", dir], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: 0, stdout, stderr: "" };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

// A seed command that changes the record also builds the dataset's files, in a process of its own:
// two runs of it take more than the default 30 s on a loaded 2-core machine.
describe("seed against a temporary SQLite file", { timeout: 120_000 }, () => {
  it("loads every notification with its facts, and money above US$2.1 billion round-trips exactly", async () => {
    const file = freshDb("full");
    const data = loadSeedData(seedsDir);
    const summary = writeSeedData(file, data);
    const prisma = createPrismaClient(file);
    try {
      expect(summary).toEqual({ created: data.notifications.length, updated: 0, unchanged: 0, removed: 0 });
      expect(await prisma.notification.count()).toBe(N);

      const seedCanada = data.notifications.find((n) => n.slug === "2025-10-01-canada-m142-himars")!;
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
    const file = freshDb("rerun");
    const first = runSeedCli(file);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`${N} notifications (${N} new, 0 updated, 0 unchanged, 0 removed)`);
    const before = dumpDatabase(file);
    const second = runSeedCli(file);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`(0 new, 0 updated, ${N} unchanged, 0 removed)`);
    expect(changedTables(before, dumpDatabase(file))).toEqual([]);
  });

  it("updates a changed file in place and removes a deleted one", async () => {
    const dir = path.join(work, "seeds-edit");
    cpSync(seedsDir, dir, { recursive: true });
    const file = freshDb("edit");
    expect(runSeedCli(file, dir).code).toBe(0);

    const target = path.join(dir, "notifications", "2025-09-16-netherlands-amraam.json");
    const record = JSON.parse(readFileSync(target, "utf8"));
    record.summary = "Edited summary.";
    writeFileSync(target, JSON.stringify(record));
    rmSync(path.join(dir, "notifications", "2025-08-28-ukraine-eram.json"));
    appendChanges(dir, todayInWashington()); // as `npm run changes` does: the log records the removal

    const result = runSeedCli(file, dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${N - 1} notifications (0 new, 1 updated, ${N - 2} unchanged, 1 removed)`);
    const prisma = createPrismaClient(file);
    try {
      expect((await prisma.notification.findUniqueOrThrow({ where: { slug: "2025-09-16-netherlands-amraam" } })).summary).toBe("Edited summary.");
      expect(await prisma.notification.findUnique({ where: { slug: "2025-08-28-ukraine-eram" } })).toBeNull();
      expect(await prisma.source.count({ where: { notification: { slug: "2025-08-28-ukraine-eram" } } })).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("a bad file stops the seed with file, record and field, a non-zero exit, and the database byte for byte as it was", () => {
    const dir = path.join(work, "seeds-bad");
    cpSync(seedsDir, dir, { recursive: true });
    const file = freshDb("bad");
    expect(runSeedCli(file).code).toBe(0);
    const before = readFileSync(file);

    // Change a good record and break another: neither change may land.
    const good = path.join(dir, "notifications", "2025-09-16-netherlands-amraam.json");
    writeFileSync(good, JSON.stringify({ ...JSON.parse(readFileSync(good, "utf8")), summary: "Should not be written." }));
    const bad = path.join(dir, "notifications", "2025-10-01-canada-m142-himars.json");
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(bad, "utf8")), announcedOn: "2025-02-30" }));

    const result = runSeedCli(file, dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("2025-10-01-canada-m142-himars.json");
    expect(result.stderr).toContain('record "2025-10-01-canada-m142-himars"');
    expect(result.stderr).toContain("field announcedOn");
    expect(result.stderr).toContain("not a real calendar date");
    expect(result.stderr).toContain("the database was not changed");
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("a failure while writing rolls the whole transaction back", async () => {
    const file = freshDb("rollback");
    expect(runSeedCli(file).code).toBe(0);
    const before = dumpDatabase(file);
    const data = loadSeedData(seedsDir);
    // Valid-looking data that the database rejects halfway: the second notification
    // repeats the first one's line-item positions under a duplicate slug.
    const [first] = data.notifications;
    const broken = {
      ...data,
      notifications: [
        { ...data.notifications[1]!, summary: "changed before the failure" },
        { ...first!, slug: "duplicate-of-first" },
        { ...first!, slug: "duplicate-of-first" },
      ],
    };
    expect(() => writeSeedData(file, broken)).toThrow(/UNIQUE constraint failed: Notification\.slug/);
    expect(changedTables(before, dumpDatabase(file))).toEqual([]);
  });
});
