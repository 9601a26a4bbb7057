import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FacetCounts } from "@/lib/domain";
import { EMPTY_FILTERS, type Filters } from "@/lib/filters";
import { type NotificationSeed, type SeedData } from "@/lib/seed";
import { realRecord, useRecordDatabase } from "../support/db";


// The filter panel's counts, against the real seed data in a temporary database. The oracle
// works from the seed files themselves: an option's count is how many notifications match every
// other filter and that option.

let work: string;
let seeds: SeedData;
let facets: typeof import("@/lib/queries");
let data: typeof import("@/lib/queries");
let disconnect: () => Promise<void>;
let categoryOf: Map<string, string>;
let regionOf: Map<string, string>;
/** Each notification's contractors (slugs), each once: a principal contractor is the contractor one of whose names it prints. */
let contractorsOf: (n: NotificationSeed) => Set<string>;
/** The sales that reports in seeds/reports/ change, and those resolutions in seeds/resolutions/ aim at. */
let changedSlugs: Set<string>;
let challengedSlugs: Set<string>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-facets-"));
  seeds = realRecord();
  categoryOf = new Map(seeds.systems.map((s) => [s.slug, s.category]));
  regionOf = new Map(seeds.recipients.map((r) => [r.code, r.region]));
  const owner = new Map(seeds.contractors.flatMap((k) => k.names.map((name) => [name, k.slug] as const)));
  contractorsOf = (n) => new Set(n.principalContractors.map((c) => owner.get(c.name)!));
  changedSlugs = new Set(seeds.reports.map((r) => r.saleSlug));
  challengedSlugs = new Set(seeds.resolutions.flatMap((r) => r.saleSlugs));
  disconnect = await useRecordDatabase(path.join(work, "facets.db"));
  facets = await import("@/lib/queries");
  data = await import("@/lib/queries");
});
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

const view = (more: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...more });

/** Whether a seed record is in the view (every filter but the search, which the oracle cannot run). */
function inView(n: NotificationSeed, f: Filters): boolean {
  return (
    (f.countries.length === 0 || f.countries.includes(n.recipient)) &&
    (f.regions.length === 0 || f.regions.includes(regionOf.get(n.recipient)!)) &&
    (f.contractors.length === 0 || [...contractorsOf(n)].some((k) => f.contractors.includes(k))) &&
    (f.systems.length === 0 || n.systems.some((s) => f.systems.includes(s))) &&
    (f.categories.length === 0 || n.systems.some((s) => f.categories.includes(categoryOf.get(s)!))) &&
    (f.year === null || n.announcedOn.startsWith(`${f.year}-`)) &&
    (!f.from || n.announcedOn >= f.from) &&
    (!f.to || n.announcedOn <= f.to) &&
    (f.transmittals.length === 0 || (n.transmittalNumber !== null && f.transmittals.includes(n.transmittalNumber))) &&
    (!f.emergency || n.reviewWaived) &&
    (!f.changed || changedSlugs.has(n.slug)) &&
    (!f.challenged || challengedSlugs.has(n.slug))
  );
}

/** The counts worked out from the seed files: each option over the view with its own facet left out. */
function oracle(f: Filters): FacetCounts {
  const counts: FacetCounts = { countries: {}, regions: {}, systems: {}, categories: {}, contractors: {}, years: {}, emergency: 0, changed: 0, challenged: 0 };
  const add = (facet: "countries" | "regions" | "systems" | "categories" | "contractors" | "years", value: string) => (counts[facet][value] = (counts[facet][value] ?? 0) + 1);
  for (const n of seeds.notifications) {
    if (inView(n, { ...f, countries: [] })) add("countries", n.recipient);
    if (inView(n, { ...f, regions: [] })) add("regions", regionOf.get(n.recipient)!);
    if (inView(n, { ...f, contractors: [] })) for (const k of contractorsOf(n)) add("contractors", k);
    if (inView(n, { ...f, systems: [] })) for (const s of n.systems) add("systems", s);
    if (inView(n, { ...f, categories: [] })) for (const c of new Set(n.systems.map((s) => categoryOf.get(s)!))) add("categories", c);
    if (inView(n, { ...f, year: null })) add("years", n.announcedOn.slice(0, 4));
    if (inView(n, { ...f, emergency: true })) counts.emergency++;
    if (inView(n, { ...f, changed: true })) counts.changed++;
    if (inView(n, { ...f, challenged: true })) counts.challenged++;
  }
  return counts;
}

describe("facet counts follow the view", () => {
  it("with Canada chosen, systems and categories count Canada's notifications; recipients still count across recipients", async () => {
    const all = await facets.getFacetCounts(EMPTY_FILTERS);
    const canada = await facets.getFacetCounts(view({ countries: ["CA"] }));
    const canadian = seeds.notifications.filter((n) => n.recipient === "CA");
    expect(canadian.length).toBeGreaterThan(0);

    // The systems offered are exactly Canada's: the issue saw Patriot offered with its count over every recipient.
    const canadianSystems = new Set(canadian.flatMap((n) => n.systems));
    expect(Object.keys(canada.systems).sort()).toEqual([...canadianSystems].sort());
    const himars = (rows: NotificationSeed[]) => rows.filter((n) => n.systems.includes("m142-himars")).length;
    expect(canada.systems["m142-himars"]).toBe(himars(canadian));
    expect(all.systems["m142-himars"]).toBe(himars(seeds.notifications));
    expect(himars(seeds.notifications)).toBeGreaterThan(himars(canadian));
    // Others' systems: counted over everything, not offered with Canada.
    const elsewhere = [...new Set(seeds.notifications.flatMap((n) => n.systems))].filter((slug) => !canadianSystems.has(slug));
    expect(elsewhere).toContain("patriot");
    for (const slug of elsewhere) {
      expect(canada.systems[slug]).toBeUndefined();
      expect(all.systems[slug]).toBeGreaterThan(0);
    }
    // Ticking a second recipient widens the view: Netherlands keeps its count over all notifications.
    expect(canada.countries).toEqual(all.countries);
    expect(canada.countries.NL).toBe(seeds.notifications.filter((n) => n.recipient === "NL").length);
    expect(canada).toEqual(oracle(view({ countries: ["CA"] })));
  });

  it("the whole record's counts are every notification's", async () => {
    const all = await facets.getFacetCounts(EMPTY_FILTERS);
    expect(all).toEqual(oracle(EMPTY_FILTERS));
    expect(Object.values(all.countries).reduce((a, b) => a + b, 0)).toBe(seeds.notifications.length);
    expect(Object.values(all.years).reduce((a, b) => a + b, 0)).toBe(seeds.notifications.length);
  });

  const views: [string, Partial<Filters>][] = [
    ["two recipients", { countries: ["CA", "NL"] }],
    ["a system", { systems: ["m142-himars"] }],
    ["two systems", { systems: ["amraam", "f-16"] }],
    ["a category", { categories: ["rocket-artillery"] }],
    ["a year", { year: 2024 }],
    ["a year and a recipient", { year: 2025, countries: ["TW"] }],
    ["a date range", { from: "2025-12-01", to: "2025-12-17" }],
    ["emergency sales", { emergency: true }],
    ["sales changed by later reports", { changed: true }],
    ["sales challenged in Congress", { challenged: true }],
    ["emergency sales of a recipient", { emergency: true, countries: ["IL"] }],
    ["a region", { regions: ["EUCOM"] }],
    ["two regions and a year", { regions: ["CENTCOM", "INDOPACOM"], year: 2024 }],
    ["a contractor", { contractors: ["rtx"] }],
    ["two contractors in a region", { contractors: ["lockheed-martin", "rtx"], regions: ["EUCOM"] }],
    ["every kind at once", { countries: ["TW", "PL", "DE"], systems: ["amraam", "patriot", "m142-himars"], categories: ["air-to-air-missile", "rocket-artillery"], year: 2025, from: "2025-03-01" }],
  ];
  it.each(views)("%s: each option counts the other filters and that option", async (_label, more) => {
    const f = view(more);
    const expected = oracle(f);
    // Each list offers something, so a count that ignored the view would show.
    for (const facet of [expected.countries, expected.regions, expected.systems, expected.categories, expected.contractors, expected.years]) expect(Object.keys(facet).length).toBeGreaterThan(0);
    expect(await facets.getFacetCounts(f)).toEqual(expected);
  });

  it("a view that holds nothing offers only the ways out of it: other recipients in that year, other years for that recipient", async () => {
    // A year with notifications, none of them Canada's.
    const canadianYears = new Set(seeds.notifications.filter((n) => n.recipient === "CA").map((n) => n.announcedOn.slice(0, 4)));
    const year = Number([...new Set(seeds.notifications.map((n) => n.announcedOn.slice(0, 4)))].filter((y) => !canadianYears.has(y)).sort().at(-1));
    const f = view({ countries: ["CA"], year });
    const counts = await facets.getFacetCounts(f);
    expect((await data.getTimeline(f)).total).toBe(0);
    expect(counts).toEqual(oracle(f));
    expect(counts.systems).toEqual({});
    expect(counts.categories).toEqual({});
    expect(counts.emergency).toBe(0);
    expect(counts.countries.CA).toBeUndefined();
    expect(Object.values(counts.countries).reduce((a, b) => a + b, 0)).toBe(seeds.notifications.filter((n) => n.announcedOn.startsWith(`${year}-`)).length);
    expect(Object.keys(counts.years).sort()).toEqual([...canadianYears].sort());
  });

  it("a filter the facets never name by hand (transmittal numbers) narrows every facet", async () => {
    const numbered = seeds.notifications.filter((n) => n.transmittalNumber !== null);
    const f = view({ transmittals: [numbered[0]!.transmittalNumber!, numbered.at(-1)!.transmittalNumber!] });
    const counts = await facets.getFacetCounts(f);
    expect(counts).toEqual(oracle(f));
    expect(Object.values(counts.countries).reduce((a, b) => a + b, 0)).toBe((await data.getTimeline(f)).total);
  });

  it("the yes/no filters count the view with them on: emergency sales, and sales changed by later reports", async () => {
    const waived = seeds.notifications.filter((n) => n.reviewWaived);
    expect(waived.length).toBeGreaterThan(0);
    expect((await facets.getFacetCounts(EMPTY_FILTERS)).emergency).toBe(waived.length);
    expect((await facets.getFacetCounts(EMPTY_FILTERS)).changed).toBe(changedSlugs.size);
    const israel = await facets.getFacetCounts(view({ countries: ["IL"] }));
    expect(israel.emergency).toBe(waived.filter((n) => n.recipient === "IL").length);
    expect(israel.emergency).toBe((await data.getTimeline(view({ countries: ["IL"], emergency: true }))).total);
    // With it on, it keeps its own count and every other facet counts only emergency sales.
    const on = await facets.getFacetCounts(view({ emergency: true }));
    expect(on.emergency).toBe(waived.length);
    expect(Object.values(on.countries).reduce((a, b) => a + b, 0)).toBe(waived.length);
  });

  it("a chosen option's count is what the view holds for it, and together the chosen recipients count the view", async () => {
    const f = view({ countries: ["CA", "NL"], year: 2025 });
    const counts = await facets.getFacetCounts(f);
    const timeline = await data.getTimeline(f);
    expect(counts.countries.CA! + counts.countries.NL!).toBe(timeline.total);
    expect(counts.years["2025"]).toBe(timeline.total);
    for (const code of ["CA", "NL", "TW"]) {
      expect(counts.countries[code] ?? 0).toBe((await data.getTimeline({ ...f, countries: [code] })).total);
    }
  });

  it("each region's and each contractor's count is the timeline's total with it chosen; a company's count leaves out its joint ventures' sales", async () => {
    const f = view({ year: 2024 });
    const counts = await facets.getFacetCounts(f);
    const total = (await data.getTimeline(f)).total;
    // Every recipient has a region: the regions' counts add up to the view.
    expect(Object.values(counts.regions).reduce((a, b) => a + b, 0)).toBe(total);
    for (const [code, n] of Object.entries(counts.regions)) expect(n, code).toBe((await data.getTimeline({ ...f, regions: [code] })).total);
    const top = Object.entries(counts.contractors).sort((a, b) => b[1] - a[1]).slice(0, 5);
    expect(top.length).toBeGreaterThan(0);
    for (const [slug, n] of top) expect(n, slug).toBe((await data.getTimeline({ ...f, contractors: [slug] })).total);
    // Lockheed Martin is exactly Lockheed Martin: the Javelin Joint Venture's sales that do not name it are the venture's.
    const venture = seeds.notifications.filter((n) => contractorsOf(n).has("javelin-joint-venture") && !contractorsOf(n).has("lockheed-martin"));
    const lockheed = seeds.notifications.filter((n) => contractorsOf(n).has("lockheed-martin"));
    expect(venture.length).toBeGreaterThan(0);
    expect((await data.getTimeline(view({ contractors: ["lockheed-martin"] }))).total).toBe(lockheed.length);
    expect((await data.getTimeline(view({ contractors: ["javelin-joint-venture", "lockheed-martin"] }))).total).toBe(lockheed.length + venture.length);
  });

  it("filters the facets never name (the search, the date range) narrow every facet, through the timeline's own condition", async () => {
    // Nothing in lib/queries/facets.ts lists these keys: each facet leaves out only its own.
    const f = view({ q: "GMLRS", sort: "relevance" });
    const counts = await facets.getFacetCounts(f);
    const matches = (await data.getTimeline(f)).total;
    expect(matches).toBeGreaterThan(0);
    expect(Object.values(counts.countries).reduce((a, b) => a + b, 0)).toBe(matches);
    expect(Object.values(counts.years).reduce((a, b) => a + b, 0)).toBe(matches);
    for (const [slug, n] of Object.entries(counts.systems)) expect(n).toBe((await data.getTimeline({ ...f, systems: [slug] })).total);
    expect(counts.systems["m142-himars"]).toBeGreaterThan(0);
    expect(counts.systems.patriot).toBeUndefined();

    const nothing = await facets.getFacetCounts(view({ q: "zzzxqj" }));
    expect(nothing).toEqual({ countries: {}, regions: {}, systems: {}, categories: {}, contractors: {}, years: {}, emergency: 0, changed: 0, challenged: 0 });
  });

  it("the page and the order share one cached answer", async () => {
    const f = view({ q: "Lockheed", countries: ["PL"], sort: "relevance" });
    const first = await facets.getFacetCounts(f);
    expect(first).toEqual(await facets.getFacetCounts(view({ q: "Lockheed", countries: ["PL"] })));
    // The same object: kept by lib/db/versioned-cache.ts under the canonical query string until the seed runs.
    expect(await facets.getFacetCounts({ ...f, page: 3, sort: "newest" })).toBe(first);
  });
});
