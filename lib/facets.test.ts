import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { FacetCounts } from "./definitions";
import { EMPTY_FILTERS, type Filters } from "./filters";
import { loadSeedData, type SeedData } from "./seed/load";
import type { NotificationSeed } from "./seed/schema";
import { useSeededDatabase } from "./seed/test-db";

// lib/data.ts (which lib/facets.ts uses) is server code: "server-only" throws outside a React Server Component build.
vi.mock("server-only", () => ({}));

// The filter panel's counts, against the real seed data in a temporary database. The oracle
// works from the seed files themselves: an option's count is how many notifications match every
// other filter and that option.

let work: string;
let seeds: SeedData;
let facets: typeof import("./facets");
let data: typeof import("./data");
let disconnect: () => Promise<void>;
let categoryOf: Map<string, string>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-facets-"));
  seeds = loadSeedData(path.resolve(__dirname, "../seeds"));
  categoryOf = new Map(seeds.systems.map((s) => [s.slug, s.category]));
  disconnect = await useSeededDatabase(path.join(work, "facets.db"), seeds);
  facets = await import("./facets");
  data = await import("./data");
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
    (f.systems.length === 0 || n.systems.some((s) => f.systems.includes(s))) &&
    (f.categories.length === 0 || n.systems.some((s) => f.categories.includes(categoryOf.get(s)!))) &&
    (f.year === null || n.announcedOn.startsWith(`${f.year}-`)) &&
    (!f.from || n.announcedOn >= f.from) &&
    (!f.to || n.announcedOn <= f.to)
  );
}

/** The counts worked out from the seed files: each option over the view with its own facet left out. */
function oracle(f: Filters): FacetCounts {
  const counts: FacetCounts = { countries: {}, systems: {}, categories: {}, years: {} };
  const add = (facet: keyof FacetCounts, value: string) => (counts[facet][value] = (counts[facet][value] ?? 0) + 1);
  for (const n of seeds.notifications) {
    if (inView(n, { ...f, countries: [] })) add("countries", n.recipient);
    if (inView(n, { ...f, systems: [] })) for (const s of n.systems) add("systems", s);
    if (inView(n, { ...f, categories: [] })) for (const c of new Set(n.systems.map((s) => categoryOf.get(s)!))) add("categories", c);
    if (inView(n, { ...f, year: null })) add("years", n.announcedOn.slice(0, 4));
  }
  return counts;
}

describe("facet counts follow the view", () => {
  it("with Canada chosen, systems and categories count Canada's notifications; recipients still count across recipients", async () => {
    const all = await facets.getFacetCounts(EMPTY_FILTERS);
    const canada = await facets.getFacetCounts(view({ countries: ["CA"] }));
    const canadian = seeds.notifications.filter((n) => n.recipient === "CA");
    expect(canadian.length).toBeGreaterThan(0);

    // The systems offered are exactly Canada's: what the issue saw was Patriot offered with its count over every recipient.
    expect(Object.keys(canada.systems).sort()).toEqual([...new Set(canadian.flatMap((n) => n.systems))].sort());
    expect(canada.systems["m142-himars"]).toBe(1);
    expect(all.systems["m142-himars"]).toBe(3);
    expect(canada.systems.patriot).toBeUndefined();
    expect(all.systems.patriot).toBeGreaterThan(0);
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
    ["every kind at once", { countries: ["TW", "PL", "DE"], systems: ["amraam", "patriot", "m142-himars"], categories: ["air-to-air-missile", "rocket-artillery"], year: 2025, from: "2025-03-01" }],
  ];
  it.each(views)("%s: each option counts the other filters and that option", async (_label, more) => {
    const f = view(more);
    const expected = oracle(f);
    // Each facet offers something, so a count that ignored the view would show.
    for (const facet of Object.values(expected)) expect(Object.keys(facet).length).toBeGreaterThan(0);
    expect(await facets.getFacetCounts(f)).toEqual(expected);
  });

  it("a view that holds nothing offers only the ways out of it: other recipients in that year, other years for that recipient", async () => {
    const f = view({ countries: ["CA"], year: 2024 });
    const counts = await facets.getFacetCounts(f);
    expect(counts).toEqual(oracle(f));
    expect(counts.systems).toEqual({});
    expect(counts.categories).toEqual({});
    expect(counts.countries.CA).toBeUndefined();
    expect(Object.values(counts.countries).reduce((a, b) => a + b, 0)).toBe(seeds.notifications.filter((n) => n.announcedOn.startsWith("2024")).length);
    expect(counts.years).toEqual({ "2025": 1 });
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

  it("filters the facets never name (the search, the date range) narrow every facet, through the timeline's own condition", async () => {
    // Nothing in lib/facets.ts lists these keys: each facet leaves out only its own.
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
    expect(nothing).toEqual({ countries: {}, systems: {}, categories: {}, years: {} });
  });

  it("the page and the order share one cached answer", async () => {
    const f = view({ q: "Lockheed", countries: ["PL"], sort: "relevance" });
    const first = await facets.getFacetCounts(f);
    expect(first).toEqual(await facets.getFacetCounts(view({ q: "Lockheed", countries: ["PL"] })));
    // The same object: kept by lib/data-cache.ts under the canonical query string until the seed runs.
    expect(await facets.getFacetCounts({ ...f, page: 3, sort: "newest" })).toBe(first);
  });
});
