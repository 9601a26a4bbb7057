import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db";
import { EMPTY_FILTERS } from "@/lib/filters";
import { searchHighlights } from "@/lib/search/fts";
import { writeSeedData, type SeedData } from "@/lib/seed";
import { realRecord, useRecordDatabase } from "../support/db";
import { expectedMatches, fieldsHolding } from "../support/search-oracle";


// Search on the real seed data (seeds/), in a temporary database, through the timeline's own
// query (lib/queries/timeline.ts). What each search should find is worked out from the seed records by an
// oracle that shares no code with the app (tests/support/search-oracle.ts: plain word matching in the
// fields the search covers), so the expectations follow the record as research adds to it.
let work: string;
let file: string;
let prisma: PrismaClient;
let data: SeedData;
let timeline: typeof import("@/lib/queries");
let disconnect: () => Promise<void>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-search-"));
  file = path.join(work, "search.db");
  data = realRecord();
  disconnect = await useRecordDatabase(file);
  timeline = await import("@/lib/queries");
  prisma = (await import("@/lib/db")).prisma;
});
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

/** Every notification the search finds, best first: one timeline page as long as the record. */
async function slugsFor(query: string): Promise<string[]> {
  const page = await timeline.getTimeline({ ...EMPTY_FILTERS, q: query, sort: "relevance" }, 10_000);
  expect(page.entries).toHaveLength(page.total);
  return page.entries.map((e) => e.slug);
}

async function indexedRows(): Promise<number> {
  const rows = await prisma.$queryRaw<{ count: bigint }[]>`SELECT COUNT(*) AS count FROM NotificationSearch`;
  return Number(rows[0]?.count);
}

/** What a search for `phrases` should find in `record` (the seed data by default), sorted. */
const expected = (phrases: string[], record: SeedData = data) => expectedMatches(record, ...phrases);
const sorted = (slugs: string[]) => [...slugs].sort();
const bySlug = (slug: string) => data.notifications.find((n) => n.slug === slug)!;

describe("full-text search on the seeded data", () => {
  it('"Lockheed" finds every deal with Lockheed Martin as contractor, in its title, summary, equipment or sources, and none that only mention it in notes', async () => {
    const want = expected(["lockheed"]);
    expect(want.length).toBeGreaterThan(1);
    const found = await slugsFor("Lockheed");
    expect(sorted(found)).toEqual(want);
    // Mentioned only in researchers' notes, claims or what a source supports: not searched.
    const onlyInNotes = data.notifications.filter((n) => /lockheed/i.test(JSON.stringify(n)) && !want.includes(n.slug)).map((n) => n.slug);
    expect(onlyInNotes.length).toBeGreaterThan(0);
    for (const slug of onlyInNotes) expect(found).not.toContain(slug);
    // Lower case finds the same deals; the contractor's full name as a phrase finds the deals that hold the phrase.
    expect(sorted(await slugsFor("lockheed"))).toEqual(want);
    expect(sorted(await slugsFor('"Lockheed Martin"'))).toEqual(expected(["lockheed martin"]));
  });

  it('"GMLRS" finds the deals that name GMLRS (in their summary, equipment lines or systems), and only them', async () => {
    const want = expected(["gmlrs"]);
    expect(want.length).toBeGreaterThan(1);
    expect(sorted(await slugsFor("GMLRS"))).toEqual(want);
    expect(sorted(await slugsFor("gmlrs"))).toEqual(want);
  });

  it('"Zone 5" finds the deals that hold both words (Zone 5 Technologies), and the quoted phrase those that hold it', async () => {
    const want = expected(["zone", "5"]);
    expect(want).toContain("2025-08-28-ukraine-eram");
    expect(sorted(await slugsFor("Zone 5"))).toEqual(want);
    expect(sorted(await slugsFor('"Zone 5 Technologies"'))).toEqual(expected(["zone 5 technologies"]));
  });

  it('"air-to-air" ranks the deals titled "… Air-to-Air Missiles" above every deal that names it only in its equipment lines', async () => {
    const want = expected(["air to air"]);
    const titled = want.filter((slug) => fieldsHolding(bySlug(slug), data, "air to air").includes("title"));
    // Deals whose only mention is an equipment line (weight 3 against the title's 10): a fighter sale
    // with its missiles. (A deal filed under AMRAAM holds the phrase in its system's names, once per
    // name that holds it, and may rank among the titled ones: it is an air-to-air missile sale.)
    const onlyAside = want.filter((slug) => fieldsHolding(bySlug(slug), data, "air to air").every((f) => f === "equipment"));
    expect(titled.length).toBeGreaterThan(1);
    expect(onlyAside.length).toBeGreaterThan(0);
    const found = await slugsFor("air-to-air");
    expect(sorted(found)).toEqual(want);
    const lastTitled = Math.max(...titled.map((slug) => found.indexOf(slug)));
    const firstAside = Math.min(...onlyAside.map((slug) => found.indexOf(slug)));
    expect(lastTitled).toBeLessThan(firstAside);
    // The best match has the phrase in its title.
    expect(titled).toContain(found[0]);
    // Typed as a quoted phrase without hyphens it is the same search; as loose words it
    // finds more (any "air" and "to"), every titled deal among them.
    expect(await slugsFor('"air to air"')).toEqual(found);
    const loose = await slugsFor("air to air");
    expect(sorted(loose)).toEqual(expected(["air", "to"]));
    expect(loose).toEqual(expect.arrayContaining(titled));
    expect(/\bair\b/i.test(bySlug(loose[0]!).title) && /\bto\b/i.test(bySlug(loose[0]!).title)).toBe(true);
  });

  it("a title match outranks a match only in an equipment line, and the best match is in a title", async () => {
    const found = await slugsFor("AMRAAM");
    const fields = (slug: string) => fieldsHolding(bySlug(slug), data, "amraam");
    const inTitle = found.filter((slug) => fields(slug).includes("title"));
    const onlyAside = found.filter((slug) => fields(slug).every((f) => f === "equipment"));
    expect(inTitle).toContain(found[0]);
    expect(inTitle.length).toBeGreaterThan(0);
    expect(onlyAside.length).toBeGreaterThan(0);
    expect(Math.max(...inTitle.map((s) => found.indexOf(s)))).toBeLessThan(Math.min(...onlyAside.map((s) => found.indexOf(s))));
  });

  it("hostile or empty input returns no rows and no error", async () => {
    for (const q of ['NEAR(" * ^x', '"', "*", "title:x", "a OR", "'; DROP TABLE Notification; --", "   ", "\u0000"]) {
      await expect(slugsFor(q), q).resolves.toBeInstanceOf(Array);
    }
    expect(await slugsFor("***")).toEqual([]);
    expect(await prisma.notification.count()).toBe(data.notifications.length);
  });

  it("highlights each match in the title and summary, and shows a snippet of other fields that matched", async () => {
    // A deal naming GMLRS in its summary and its equipment lines (Canada's HIMARS, among others).
    const slug = expected(["gmlrs"]).find((s) => ["summary", "equipment"].every((f) => fieldsHolding(bySlug(s), data, "gmlrs").includes(f as never)));
    expect(slug).toBeDefined();
    const deal = await prisma.notification.findUniqueOrThrow({ where: { slug }, select: { id: true, title: true, summary: true } });
    const h = (await searchHighlights(prisma, "GMLRS", [deal])).get(deal.id)!;
    expect(h.title.map((p) => p.text).join("")).toBe(deal.title);
    expect(h.summary.filter((p) => p.mark).map((p) => p.text)).toEqual(deal.summary.match(/\bGMLRS\b/gi));
    expect(h.summary.map((p) => p.text).join("")).toBe(deal.summary);
    const equipment = h.elsewhere.find((e) => e.field === "equipment");
    expect(equipment?.parts.filter((p) => p.mark).map((p) => p.text.toUpperCase())).toContain("GMLRS");

    // A deal naming Lockheed Martin only as its contractor: nothing marked in the summary, one snippet.
    const contractorOnly = expected(["lockheed"]).find((s) => fieldsHolding(bySlug(s), data, "lockheed").join() === "contractors");
    expect(contractorOnly).toBeDefined();
    const other = await prisma.notification.findUniqueOrThrow({ where: { slug: contractorOnly }, select: { id: true, title: true, summary: true } });
    const q = (await searchHighlights(prisma, "Lockheed", [other])).get(other.id)!;
    expect(q.title.some((p) => p.mark)).toBe(false);
    expect(q.summary.some((p) => p.mark)).toBe(false);
    expect(q.elsewhere.map((e) => e.field)).toEqual(["contractors"]);
  });
});

describe("the search index stays in step with the seed", () => {
  it("an index emptied (as on a database seeded before the migration) is refilled by the next seed", async () => {
    await prisma.$executeRaw`DELETE FROM NotificationSearch`;
    expect(await slugsFor("GMLRS")).toEqual([]);
    writeSeedData(file, data);
    expect(sorted(await slugsFor("GMLRS"))).toEqual(expected(["gmlrs"]));
    expect(await indexedRows()).toBe(data.notifications.length);
  });

  it("follows an edited, a removed notification and a renamed system alias", async () => {
    // Words no record holds, checked rather than assumed.
    expect(expected(["quokka"])).toEqual([]);
    expect(expected(["wombat"])).toEqual([]);
    const gmlrs = expected(["gmlrs"]);
    const removed = gmlrs[gmlrs.length - 1]!;
    const edited = data.notifications.find((n) => n.slug !== removed)!;
    const himars = data.systems.find((s) => s.slug === "m142-himars")!;
    const changed: SeedData = {
      ...data,
      notifications: data.notifications.filter((n) => n.slug !== removed).map((n) => (n.slug === edited.slug ? { ...n, summary: `${n.summary} Quokka.` } : n)),
      systems: data.systems.map((s) => (s === himars ? { ...s, aliases: [...s.aliases, "Wombat launcher"] } : s)),
    };
    writeSeedData(file, changed);
    expect(await slugsFor("quokka")).toEqual([edited.slug]);
    expect(sorted(await slugsFor("GMLRS"))).toEqual(expected(["gmlrs"], changed));
    expect(await slugsFor("GMLRS")).not.toContain(removed);
    const wombat = expected(["wombat"], changed);
    expect(wombat).toEqual(changed.notifications.filter((n) => n.systems.includes("m142-himars")).map((n) => n.slug).sort());
    expect(wombat.length).toBeGreaterThan(1);
    expect(sorted(await slugsFor("wombat"))).toEqual(wombat);
    expect(await indexedRows()).toBe(changed.notifications.length);
    writeSeedData(file, data);
    expect(await slugsFor("quokka")).toEqual([]);
    expect(await slugsFor("wombat")).toEqual([]);
    expect(sorted(await slugsFor("GMLRS"))).toEqual(expected(["gmlrs"]));
  });
});
