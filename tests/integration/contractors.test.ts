import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fiscalYearOf } from "@/lib/domain";
import { EMPTY_FILTERS } from "@/lib/filters";
import { loadSeedData, writeSeedData, type NotificationSeed, type SeedData } from "@/lib/seed";
import { changedTables, dumpDatabase, newestFirst, realRecord, sumValues, useRecordDatabase } from "../support/db";

/**
 * Contractors on the real record: every principal contractor linked to the contractor one of whose
 * names it prints, a sale counted once per contractor however many of its names it prints and
 * whole for each contractor it names, a joint venture's sales under the venture, and a name moved
 * from one contractor to another followed by the next seed without the notifications changing.
 */
const seedsDir = path.resolve(__dirname, "../../seeds");

let work: string;
let file: string;
let data: SeedData;
let queries: typeof import("@/lib/queries");
let disconnect: () => Promise<void>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-contractors-"));
  data = realRecord();
  file = path.join(work, "contractors.db");
  disconnect = await useRecordDatabase(file);
  queries = await import("@/lib/queries");
});
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

/** The contractors a notification names, by slug, from the seed files. */
function contractorsOf(d: SeedData) {
  const owner = new Map(d.contractors.flatMap((c) => c.names.map((name) => [name, c.slug] as const)));
  return (n: NotificationSeed) => new Set(n.principalContractors.map((c) => owner.get(c.name)!));
}

describe("contractors", () => {
  it("links every principal contractor of every notification to a contractor", () => {
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM PrincipalContractor WHERE contractorId IS NULL`).get()).toEqual({ n: 0 });
      expect(db.prepare(`SELECT COUNT(*) AS n FROM PrincipalContractor`).get()).toEqual({ n: data.notifications.reduce((n, x) => n + x.principalContractors.length, 0) });
    } finally {
      db.close();
    }
  });

  it("/contractors: each contractor's notifications (each once), value (each whole) and dates are the seed files'", async () => {
    const of = contractorsOf(data);
    const summaries = await queries.getContractorSummaries();
    expect(summaries.length).toBe(data.contractors.length);
    for (const s of summaries) {
      const mine = data.notifications.filter((n) => of(n).has(s.slug));
      const dates = mine.map((n) => n.announcedOn).sort();
      expect([s.count, s.valueUsd, s.firstOn, s.lastOn], s.slug).toEqual([mine.length, sumValues(mine), dates[0] ?? null, dates.at(-1) ?? null]);
    }
    // Most notifications first.
    expect(summaries.map((s) => s.count)).toEqual([...summaries.map((s) => s.count)].sort((a, b) => b - a));
    expect(summaries.find((s) => s.slug === "javelin-joint-venture")!.partners.map((p) => p.slug)).toEqual(["rtx", "lockheed-martin"]);
  });

  it("the timeline's contractor filter keeps what each contractor's page counts: the same notifications, the same value", async () => {
    const summaries = await queries.getContractorSummaries();
    for (const s of summaries) {
      const page = await queries.getTimeline({ ...EMPTY_FILTERS, contractors: [s.slug] }, 1);
      expect([page.total, page.totalValueUsd], s.slug).toEqual([s.count, s.valueUsd]);
    }
    // Exactly the contractor chosen: Lockheed Martin's view holds none of the Javelin Joint Venture's sales that do not name it.
    const of = contractorsOf(data);
    const lm = await queries.getTimeline({ ...EMPTY_FILTERS, contractors: ["lockheed-martin"], page: 1 }, 1);
    expect(lm.total).toBe(data.notifications.filter((n) => of(n).has("lockheed-martin")).length);
  });

  it("a contractor's page: its names with how often each is printed, units marked; its sales, years, recipients and systems", async () => {
    const of = contractorsOf(data);
    const rtx = (await queries.getContractorProfile("rtx"))!;
    const mine = data.notifications.filter((n) => of(n).has("rtx"));
    expect(rtx.notificationCount).toBe(mine.length);
    expect(rtx.totalValueUsd).toBe(sumValues(mine));
    expect(rtx.sharedCount).toBe(mine.filter((n) => of(n).size > 1).length);
    expect(rtx.notifications.map((n) => n.slug)).toEqual([...mine].sort(newestFirst).slice(0, 50).map((n) => n.slug));
    const seed = data.contractors.find((c) => c.slug === "rtx")!;
    expect(rtx.contractor.names.map((n) => n.name)).toEqual(seed.names);
    for (const n of rtx.contractor.names) {
      expect(n.unit, n.name).toBe(seed.units.includes(n.name));
      expect(n.count, n.name).toBe(data.notifications.flatMap((x) => x.principalContractors).filter((c) => c.name === n.name).length);
    }
    const years = new Map<string, NotificationSeed[]>();
    for (const n of mine) years.set(String(fiscalYearOf(n.announcedOn)), [...(years.get(String(fiscalYearOf(n.announcedOn))) ?? []), n]);
    expect(rtx.byFiscalYear).toEqual([...years].sort(([a], [b]) => a.localeCompare(b)).map(([year, ns]) => ({ year, count: ns.length, valueUsd: sumValues(ns) })));
    expect(rtx.recipients.reduce((n, r) => n + r.count, 0)).toBe(mine.length);
    for (const s of rtx.systems) expect(s.count, s.slug).toBe(mine.filter((n) => n.systems.includes(s.slug)).length);
    expect(rtx.contractor.history.length).toBe(seed.history.length);
  });

  it("a joint venture's sales count under the venture; its partners' pages name it with its count, not in their totals", async () => {
    const of = contractorsOf(data);
    const jv = (await queries.getContractorProfile("javelin-joint-venture"))!;
    expect(jv.contractor.partners.map((p) => p.slug)).toEqual(["rtx", "lockheed-martin"]);
    const jvSales = data.notifications.filter((n) => of(n).has("javelin-joint-venture"));
    expect(jv.notificationCount).toBe(jvSales.length);
    const lm = (await queries.getContractorProfile("lockheed-martin"))!;
    expect(lm.contractor.ventures).toContainEqual({ slug: "javelin-joint-venture", name: "Javelin Joint Venture", count: jvSales.length });
    // A venture's sale that does not also name Lockheed Martin itself is not Lockheed Martin's.
    expect(lm.notificationCount).toBe(data.notifications.filter((n) => of(n).has("lockheed-martin")).length);
  });

  it("a URL finds a contractor by slug or by any name; anything else finds none", async () => {
    expect(await queries.resolveContractorSlug("rtx")).toEqual({ slug: "rtx", canonical: true });
    expect(await queries.resolveContractorSlug("Raytheon")).toEqual({ slug: "rtx", canonical: false });
    expect(await queries.resolveContractorSlug("raytheon-company")).toEqual({ slug: "rtx", canonical: false });
    expect(await queries.resolveContractorSlug("Sikorsky%2C%20a%20Lockheed%20Martin%20Company")).toEqual({ slug: "lockheed-martin", canonical: false });
    for (const bad of ["no-such-company", "%", "%E0%A4%A", "", "a".repeat(400), "---"]) expect(await queries.resolveContractorSlug(bad), bad).toBeNull();
    expect(await queries.getContractorProfile("no-such-company")).toBeNull();
  });

  it("the deal page links each principal contractor to its contractor", async () => {
    const of = contractorsOf(data);
    for (const slug of ["2025-02-07-israel-jdam", "2025-10-01-canada-m142-himars"]) {
      const deal = (await queries.getNotification(slug))!;
      const seed = data.notifications.find((n) => n.slug === slug)!;
      expect(deal.principalContractors.map((c) => c.name)).toEqual(seed.principalContractors.map((c) => c.name));
      expect(new Set(deal.principalContractors.map((c) => c.contractor!.slug))).toEqual(of(seed));
    }
    // "ATK Tactical Systems Company LLC" is Northrop Grumman's (Orbital ATK, bought in 2018).
    const jdam = (await queries.getNotification("2025-02-07-israel-jdam"))!;
    expect(jdam.principalContractors.find((c) => c.name.startsWith("ATK"))!.contractor).toEqual({ slug: "northrop-grumman", name: "Northrop Grumman" });
  });
});

describe("the seed and contractors.json", () => {
  it("a second seed writes nothing; moving a name to another contractor relinks its notifications and changes no notification", () => {
    const dir = path.join(work, "seeds");
    cpSync(seedsDir, dir, { recursive: true });
    const copy = path.join(work, "moved.db");
    cpSync(file, copy);
    const before = dumpDatabase(copy);
    writeSeedData(copy, loadSeedData(dir));
    expect(dumpDatabase(copy)).toBe(before);

    // "Hughes Aircraft Co." leaves RTX for a contractor of its own.
    const contractorsFile = path.join(dir, "contractors.json");
    const json = JSON.parse(readFileSync(contractorsFile, "utf8")) as { contractors: { slug: string; name: string; names: string[]; units: string[]; history: unknown[] }[] };
    const rtx = json.contractors.find((c) => c.slug === "rtx")!;
    rtx.names = rtx.names.filter((n) => n !== "Hughes Aircraft Co.");
    rtx.units = rtx.units.filter((n) => n !== "Hughes Aircraft Co.");
    json.contractors.push({ slug: "hughes-aircraft", name: "Hughes Aircraft", names: ["Hughes Aircraft Co."], units: [], history: [] });
    writeFileSync(contractorsFile, JSON.stringify(json));
    writeSeedData(copy, loadSeedData(dir));
    // The new contractor's row (and SQLite's AUTOINCREMENT counter), the names, and the links: no notification.
    expect(changedTables(before, dumpDatabase(copy))).toEqual(["Contractor", "ContractorName", "PrincipalContractor", "sqlite_sequence"]);
    const db = new Database(copy, { readonly: true });
    try {
      const linked = db
        .prepare(`SELECT k.slug AS slug FROM PrincipalContractor pc JOIN Contractor k ON k.id = pc.contractorId WHERE pc.name = 'Hughes Aircraft Co.'`)
        .all() as { slug: string }[];
      expect(linked.length).toBeGreaterThan(0);
      expect(new Set(linked.map((r) => r.slug))).toEqual(new Set(["hughes-aircraft"]));
    } finally {
      db.close();
    }
  });
});
