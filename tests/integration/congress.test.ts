import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "@/lib/filters";
import type { SeedData } from "@/lib/seed";
import { realRecord, useRecordDatabase } from "../support/db";


/**
 * Congress's response through seed and data layer, on the project's own seeds: what the deal
 * page, /congress, the challenged filter, the exports and the feed read back, checked against
 * the seed files themselves (so the test holds as resolutions are added).
 */
const TANKS = "2024-08-13-israel-120mm-tank-ammunition";

let work: string;
let seeds: SeedData;
let data: typeof import("@/lib/queries");
let congress: typeof import("@/lib/queries");
let disconnect: () => Promise<void>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-congress-"));
  seeds = realRecord();
  disconnect = await useRecordDatabase(path.join(work, "congress.db"));
  data = await import("@/lib/queries");
  congress = await import("@/lib/queries");
});
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

/** The sales the seed's resolutions are aimed at. */
const challengedSlugs = () => new Set(seeds.resolutions.flatMap((r) => r.saleSlugs));

describe("resolutions from the database", () => {
  it("lists every resolution newest first, each with its sales, sponsor and votes", async () => {
    const all = await congress.getResolutions();
    expect(all.map((r) => r.id).sort()).toEqual(seeds.resolutions.map((r) => r.id).sort());
    // Newest first: the introduction days never increase down the list.
    const dated = all.filter((r) => r.introducedOn).map((r) => r.introducedOn!);
    expect(dated).toEqual([...dated].sort().reverse());
    const sjres111 = all.find((r) => r.id === "118-sjres-111")!;
    expect(sjres111.sponsor).toEqual({ name: "Bernie Sanders", party: "I", state: "VT" });
    expect(sjres111.sales.map((s) => s.slug)).toEqual([TANKS]);
    expect(sjres111.sales[0]!.recipient.code).toBe("IL");
    expect(sjres111.votes).toEqual([expect.objectContaining({ on: "2024-11-20", yeas: 18, nays: 79, present: 1, notVoting: 2, result: "rejected", rollCall: 292 })]);
    // A resolution that names its sale by transmittal number reaches the same record.
    const sjres33 = all.find((r) => r.id === "119-sjres-33")!;
    expect(sjres33.sales.map((s) => s.slug)).toEqual(["2025-02-28-israel-mk-84"]);
    expect(sjres33.votes[0]).toMatchObject({ yeas: 15, nays: 82, on: "2025-04-03" });
  });

  it("gives a deal page the resolutions aimed at that sale only", async () => {
    const forTanks = await congress.getResolutionsForSale(TANKS);
    const expected = seeds.resolutions.filter((r) => r.saleSlugs.includes(TANKS)).map((r) => r.id);
    expect(forTanks.map((r) => r.id).sort()).toEqual(expected.sort());
    expect(await congress.getResolutionsForSale("2025-10-01-canada-m142-himars")).toEqual([]);
  });

  it("challenged=1 keeps exactly the sales a resolution is aimed at, alone and with other filters", async () => {
    const all = await data.getTimeline({ ...EMPTY_FILTERS, challenged: true }, 10_000);
    expect(new Set(all.entries.map((e) => e.slug))).toEqual(challengedSlugs());
    expect(all.total).toBe(challengedSlugs().size);
    const israel = await data.getTimeline({ ...EMPTY_FILTERS, challenged: true, countries: ["IL"] }, 10_000);
    const israeli = new Set(seeds.notifications.filter((n) => n.recipient === "IL" && challengedSlugs().has(n.slug)).map((n) => n.slug));
    expect(new Set(israel.entries.map((e) => e.slug))).toEqual(israeli);
    expect(israel.total).toBeLessThan(all.total);
  });

  it("the exports carry each sale's resolutions, and an unchallenged sale an empty list", async () => {
    const { notifications } = await data.getNotificationsForExport({ ...EMPTY_FILTERS, challenged: true }, 0, 200);
    const tanks = notifications.find((n) => n.slug === TANKS)!;
    expect(tanks.resolutions.map((r) => r.id)).toEqual(expect.arrayContaining(["118-sjres-111"]));
    expect(tanks.resolutions.find((r) => r.id === "118-sjres-111")!.votes[0]).toMatchObject({ yeas: 18, nays: 79 });
    for (const n of notifications) expect(n.resolutions.length).toBeGreaterThan(0);
    const { notifications: canada } = await data.getNotificationsForExport({ ...EMPTY_FILTERS, countries: ["CA"] }, 0, 200);
    for (const n of canada) expect(n.resolutions).toEqual([]);
  });

  it("feed events: one per dated resolution of the view, newest first, linked to a sale of the view", async () => {
    const events = await congress.getFeedEvents({ ...EMPTY_FILTERS, countries: ["IL"] }, 1_000);
    const resolutions = events.filter((e) => e.kind === "resolution");
    const israeli = seeds.resolutions.filter((r) => r.saleSlugs.some((s) => seeds.notifications.find((n) => n.slug === s)?.recipient === "IL"));
    const withADate = israeli.filter((r) => r.introducedOn || r.votes.some((v) => v.on));
    expect(resolutions.map((e) => e.id).sort()).toEqual(withADate.map((r) => r.id).sort());
    expect(events.map((e) => e.updated)).toEqual(events.map((e) => e.updated).sort().reverse());
    const sjres111 = resolutions.find((e) => e.id === "118-sjres-111")!;
    expect(sjres111).toMatchObject({ published: "2024-09-25", updated: "2024-11-20", sale: { slug: TANKS, recipientName: "Israel" } });
    expect(sjres111.sale.systems.length).toBeGreaterThan(0);
    // Another country's view has none of them.
    const canada = await congress.getFeedEvents({ ...EMPTY_FILTERS, countries: ["CA"] }, 1_000);
    expect(canada.filter((e) => e.kind === "resolution")).toEqual([]);
  });
});
