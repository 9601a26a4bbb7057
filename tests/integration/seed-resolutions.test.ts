import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadSeedData, resolutionSortDates, writeSeedData } from "@/lib/seed";
import { changedTables, dumpDatabase, migrateFreshDatabase, seedProblems } from "../support/db";
import { cleanTemp, sampleSeeds } from "../support/import";

const seedsDir = path.resolve(__dirname, "../../seeds");
const TANKS = "118-sjres-111";
const TANK_SALE = "2024-08-13-israel-120mm-tank-ammunition";
const F15_SALE = "2024-08-13-israel-f-15";
let dir: string;

// Every resolution of seeds/resolutions/ with the sales they name (sampleSeeds()), and the F-15 sale the tests aim one at.
beforeEach(() => {
  dir = sampleSeeds([F15_SALE]);
});
afterEach(cleanTemp);

const file = (id: string) => path.join(dir, "resolutions", `${id}.json`);
const read = (id: string) => JSON.parse(readFileSync(file(id), "utf8"));
const write = (id: string, value: unknown) => writeFileSync(file(id), JSON.stringify(value));

const problems = () => seedProblems(dir);

describe("resolutions in the seed", () => {
  it("loads every file in seeds/resolutions/, each aimed at sales the record holds", () => {
    const data = loadSeedData(seedsDir);
    const files = readdirSync(path.join(seedsDir, "resolutions")).filter((f) => f.endsWith(".json"));
    expect(data.resolutions.map((r) => `${r.id}.json`).sort()).toEqual(files.sort());
    const slugs = new Set(data.notifications.map((n) => n.slug));
    for (const r of data.resolutions) {
      expect(r.saleSlugs.length).toBe(r.targets.length);
      for (const s of r.saleSlugs) expect(slugs.has(s), `${r.id} → ${s}`).toBe(true);
    }
    const tanks = data.resolutions.find((r) => r.id === TANKS)!;
    expect(tanks.saleSlugs).toEqual([TANK_SALE]);
    expect(tanks.votes[0]).toMatchObject({ on: "2024-11-20", yeas: 18, nays: 79, result: "rejected" });
  });

  it.each([
    [
      "a transmittal number the record lacks",
      (r: Record<string, unknown>) => ({ ...r, targets: [{ transmittalNumber: "99-996", slug: null, named: "Transmittal No. 99-996" }] }),
      "targets[0].transmittalNumber",
      /names transmittal 99-996, which no notification in the record carries/,
    ],
    [
      "a slug the record lacks",
      (r: Record<string, unknown>) => ({ ...r, targets: [{ transmittalNumber: null, slug: "2024-08-13-israel-no-such-sale", named: "a sale" }] }),
      "targets[0].slug",
      /not in the record/,
    ],
    ["no target at all", (r: Record<string, unknown>) => ({ ...r, targets: [] }), "targets", /names no sale/],
    [
      "a target with neither transmittal nor slug",
      (r: Record<string, unknown>) => ({ ...r, targets: [{ transmittalNumber: null, slug: null, named: "something" }] }),
      "targets[0]",
      /names no sale/,
    ],
    [
      "Senate tallies that do not add up to 100",
      (r: { votes: object[] }) => ({ ...r, votes: [{ ...r.votes[0], nays: 80 }] }),
      "votes[0].yeas",
      /18 \+ 80 \+ 1 \+ 2 = 101\) must be 100/,
    ],
    [
      "more votes than seats when the rest is not split",
      (r: { votes: object[] }) => ({ ...r, votes: [{ ...r.votes[0], yeas: 30, nays: 79, present: null, notVoting: null }] }),
      "votes[0].yeas",
      /\(109\) is more than the 100 seats of the senate/,
    ],
    [
      "a result the tallies contradict",
      (r: { votes: object[] }) => ({ ...r, votes: [{ ...r.votes[0], result: "agreed" }] }),
      "votes[0].result",
      /18 yeas to 79 nays does not carry a simple majority/,
    ],
    [
      "a vote before the resolution was introduced",
      (r: { votes: object[] }) => ({ ...r, votes: [{ ...r.votes[0], on: "2024-09-01" }] }),
      "votes[0].on",
      /before the resolution was introduced/,
    ],
    ["an id that is not its congress, type and number", (r: Record<string, unknown>) => ({ ...r, number: 112 }), "id", /must be "118-sjres-112"/],
    ["a date outside its Congress", (r: Record<string, unknown>) => ({ ...r, introducedOn: "2025-02-01" }), "introducedOn", /outside the 118th Congress/],
    [
      "a vote citing a source it does not list",
      (r: { votes: object[] }) => ({ ...r, votes: [{ ...r.votes[0], source: "nobody" }] }),
      "votes[0].source",
      /unknown source "nobody"/,
    ],
    [
      "a House vote on a Senate resolution that never passed the Senate",
      (r: { votes: object[] }) => ({ ...r, votes: [{ ...r.votes[0], chamber: "house" }] }),
      "votes[0].chamber",
      /reaches the house only after passing the senate/,
    ],
    [
      "an introduction before the sale was announced",
      (r: Record<string, unknown>) => ({ ...r, introducedOn: "2024-08-01", actions: [] }),
      "introducedOn",
      /before the sale it targets \(2024-08-13-israel-120mm-tank-ammunition\) was announced \(2024-08-13\)/,
    ],
    ["an unknown field", (r: Record<string, unknown>) => ({ ...r, outcome: "failed" }), "outcome", /is not a known field/],
  ])("refuses %s, naming file, record and field", (_label, mutate, field, message) => {
    write(TANKS, mutate(read(TANKS)));
    const found = problems();
    const p = found.find((x) => x.field === field && message.test(x.message));
    expect(p, JSON.stringify(found)).toBeDefined();
    expect(p!.file).toContain(path.join("resolutions", `${TANKS}.json`));
    expect(p!.record).toBe(TANKS);
  });

  it("refuses a transmittal number and a slug that name two different sales", () => {
    const sales = path.join(dir, "notifications");
    const f = path.join(sales, `${F15_SALE}.json`);
    writeFileSync(f, JSON.stringify({ ...JSON.parse(readFileSync(f, "utf8")), transmittalNumber: "24-01" }));
    write(TANKS, { ...read(TANKS), targets: [{ transmittalNumber: "24-01", slug: TANK_SALE, named: "Transmittal No. 24-01" }] });
    const p = problems().find((x) => x.field === "targets[0]");
    expect(p?.message).toMatch(/names transmittal 24-01 \(2024-08-13-israel-f-15\) and slug "2024-08-13-israel-120mm-tank-ammunition": they are two different sales/);
  });

  it("accepts a sale named by its transmittal number once the record carries it", () => {
    const f = path.join(dir, "notifications", `${F15_SALE}.json`);
    writeFileSync(f, JSON.stringify({ ...JSON.parse(readFileSync(f, "utf8")), transmittalNumber: "24-01" }));
    write("118-sjres-114", { ...read("118-sjres-114"), targets: [{ transmittalNumber: "24-01", slug: null, named: "Transmittal No. 24-01" }] });
    const r = loadSeedData(dir).resolutions.find((x) => x.id === "118-sjres-114");
    expect(r?.saleSlugs).toEqual([F15_SALE]);
  });

  it("orders an undated resolution after the nearest earlier-numbered one of its chamber", () => {
    const dates = resolutionSortDates([
      { id: "119-sjres-26", congress: 119, type: "sjres", number: 26, introducedOn: "2025-02-25" },
      { id: "119-sjres-32", congress: 119, type: "sjres", number: 32, introducedOn: null },
      { id: "119-sjres-33", congress: 119, type: "sjres", number: 33, introducedOn: "2025-03-10" },
      { id: "119-hjres-5", congress: 119, type: "hjres", number: 5, introducedOn: null },
    ]);
    expect(Object.fromEntries(dates)).toEqual({ "119-sjres-26": "2025-02-25", "119-sjres-32": "2025-02-25", "119-sjres-33": "2025-03-10", "119-hjres-5": "2025-01-03" });
  });
});

describe("resolutions in the database", () => {
  const dbFile = () => path.join(path.dirname(dir), "test.db");
  const rows = (sql: string) => {
    const db = new Database(dbFile(), { readonly: true });
    try {
      return db.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  };

  it("writes each resolution with its targets and votes, and a second seed changes nothing", () => {
    migrateFreshDatabase(dbFile());
    const data = loadSeedData(dir);
    writeSeedData(dbFile(), data);
    expect(rows(`SELECT COUNT(*) AS n FROM Resolution`)[0]!.n).toBe(data.resolutions.length);
    const tanks = rows(`SELECT v.yeas, v.nays, v.present, v.notVoting, v.rollCall, v.votedOn, n.slug AS sale FROM Resolution r
      JOIN ResolutionVote v ON v.resolutionId = r.id JOIN ResolutionTarget t ON t.resolutionId = r.id JOIN Notification n ON n.id = t.notificationId
      WHERE r.slug = '${TANKS}'`);
    expect(tanks).toEqual([{ yeas: 18, nays: 79, present: 1, notVoting: 2, rollCall: 292, votedOn: "2024-11-20", sale: TANK_SALE }]);
    const before = dumpDatabase(dbFile());
    writeSeedData(dbFile(), loadSeedData(dir));
    expect(changedTables(before, dumpDatabase(dbFile()))).toEqual([]);
  });

  it("keeps a resolution's targets when the sale it names is rewritten, and rewrites only the resolution that changed", () => {
    migrateFreshDatabase(dbFile());
    writeSeedData(dbFile(), loadSeedData(dir));
    const sale = path.join(dir, "notifications", `${TANK_SALE}.json`);
    writeFileSync(sale, JSON.stringify({ ...JSON.parse(readFileSync(sale, "utf8")), summary: "Edited." }));
    write("118-sjres-112", { ...read("118-sjres-112"), summary: "Edited resolution." });
    const before = rows(`SELECT slug, id FROM Resolution ORDER BY slug`);
    writeSeedData(dbFile(), loadSeedData(dir));
    const after = rows(`SELECT slug, id FROM Resolution ORDER BY slug`);
    const moved = after.filter((r, i) => r.id !== before[i]!.id).map((r) => r.slug);
    // The tank-round resolution was written again (its sale's row was replaced); the edited one too; no other.
    expect(moved.sort()).toEqual([TANKS, "118-sjres-112"].sort());
    expect(rows(`SELECT n.slug FROM ResolutionTarget t JOIN Notification n ON n.id = t.notificationId JOIN Resolution r ON r.id = t.resolutionId WHERE r.slug = '${TANKS}'`)).toEqual([
      { slug: TANK_SALE },
    ]);
  });

  it("removes a resolution whose file was deleted, with its votes and targets", () => {
    migrateFreshDatabase(dbFile());
    writeSeedData(dbFile(), loadSeedData(dir));
    rmSync(file(TANKS));
    writeSeedData(dbFile(), loadSeedData(dir));
    expect(rows(`SELECT COUNT(*) AS n FROM Resolution WHERE slug = '${TANKS}'`)[0]!.n).toBe(0);
    expect(rows(`SELECT COUNT(*) AS n FROM ResolutionVote WHERE resolutionId NOT IN (SELECT id FROM Resolution)`)[0]!.n).toBe(0);
    expect(rows(`SELECT COUNT(*) AS n FROM ResolutionTarget WHERE resolutionId NOT IN (SELECT id FROM Resolution)`)[0]!.n).toBe(0);
  });
});
