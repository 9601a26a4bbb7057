import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RecipientSummary } from "@/lib/domain";
import { EMPTY_FILTERS, indexVocabulary, isBounded, mapQuery, parseMapFilters, serializeFilters } from "@/lib/filters";
import { countriesHref } from "@/lib/format";
import { loadSeedData } from "@/lib/seed";
import { worldMap } from "./geometry";
import { landSvg, recipientMap, shapesSvg } from "./recipient-map";
import { STEP_COLORS } from "./scale";

const seeds = path.resolve(__dirname, "../../seeds");

/** The /countries rows worked out from the seed files themselves (lib/queries/profiles.ts computes them in SQL). */
function summariesFromSeeds(): RecipientSummary[] {
  const data = loadSeedData(seeds);
  return data.recipients.map((r) => {
    const mine = data.notifications.filter((n) => n.recipient === r.code).map((n) => n.announcedOn).sort();
    return {
      code: r.code,
      name: r.name,
      kind: r.kind,
      notifiedAs: r.notifiedAs ?? null,
      nato: r.nato,
      region: r.region,
      count: mine.length,
      valueUsd: data.notifications.filter((n) => n.recipient === r.code).reduce((sum, n) => sum + BigInt(n.estimatedValueUsd), 0n),
      firstOn: mine[0] ?? null,
      lastOn: mine.at(-1) ?? null,
    };
  });
}

const row = (over: Partial<RecipientSummary> & Pick<RecipientSummary, "code" | "name">): RecipientSummary => ({
  kind: "country",
  notifiedAs: null,
  nato: false,
  region: null,
  count: 1,
  valueUsd: 1_000_000_000n,
  firstOn: "2024-03-12",
  lastOn: "2024-03-12",
  ...over,
});

describe("recipientMap", () => {
  it("places every recipient in seeds/recipients.json with a notification: on the map, or beside it when it is an organisation", () => {
    const rows = summariesFromSeeds();
    const raw = JSON.parse(readFileSync(path.join(seeds, "recipients.json"), "utf8")) as { recipients: { code: string; kind: string }[] };
    const map = recipientMap(rows, false);
    const onMap = new Set(map.regions.map((r) => r.code));
    const beside = new Set(map.offMap.map((r) => r.code));
    for (const r of raw.recipients) {
      if (!rows.find((x) => x.code === r.code)!.count) continue;
      if (r.kind === "organization") expect(beside.has(r.code), r.code).toBe(true);
      else expect(onMap.has(r.code), `${r.code} is not on the map`).toBe(true);
    }
    expect(map.recipients.length).toBe(rows.filter((r) => r.count > 0).length);
    // Each region is a link to its page, drawn as a shape or a dot, in one of the steps' colours.
    for (const r of map.regions) {
      expect(r.href).toBe(`/countries/${r.code}`);
      expect(r.d || r.dot, r.code).toBeTruthy();
      expect(STEP_COLORS).toContain(r.color);
    }
  });

  it("lists the table's rows largest value first; the land underneath (one file for every view) holds every shape", () => {
    const map = recipientMap(summariesFromSeeds(), false);
    const values = map.recipients.map((r) => r.valueUsd);
    expect(values).toEqual([...values].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    const poland = worldMap().byCode.get("PL")!.d;
    expect(map.regions.find((r) => r.code === "PL")!.d).toBe(poland);
    // A country with no notification in the seeds (found, not assumed) is land only; a shaded one is drawn over its outline there.
    const notified = new Set(map.regions.map((r) => r.code));
    const unnotified = [...worldMap().byCode.keys()].find((code) => !notified.has(code) && worldMap().byCode.get(code)!.d);
    expect(unnotified, "a country on the map with no notification").toBeDefined();
    const land = landSvg();
    expect(land).toContain(worldMap().byCode.get(unnotified!)!.d);
    expect(land).toContain(poland);
    expect(land).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}"`));
  });

  it("writes every shape a map shades into the shapes file, by its code, with no colour of its own", () => {
    const file = shapesSvg();
    expect(file).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${worldMap().width} ${worldMap().height}"`));
    const paths = [...file.matchAll(/<path id="([A-Z]{2})" d="([^"]+)" vector-effect="non-scaling-stroke"\/>/g)];
    // Nothing in the file but those paths: no fill or stroke of its own, so each takes its use's.
    expect(file.replace(/<path [^>]*\/>/g, "")).toMatch(/^<svg [^>]*><\/svg>\n$/);
    const ids = paths.map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    // Each shaded recipient of the seeds' map is there, with the very shape placeOf draws for it.
    const map = recipientMap(summariesFromSeeds(), false);
    const shaded = map.regions.filter((r) => r.d);
    expect(shaded.length).toBeGreaterThan(20);
    const byId = new Map(paths.map((m) => [m[1]!, m[2]!]));
    for (const r of shaded) expect(byId.get(r.code), r.code).toBe(r.d);
  });

  it("titles each country with its figures: count, value, since when; a range that ends says from and to", () => {
    const rows = [
      row({ code: "PL", name: "Poland", count: 14, valueUsd: 14_080_000_000n, firstOn: "2019-03-12", lastOn: "2025-06-01" }),
      row({ code: "CA", name: "Canada", count: 1, valueUsd: 1_750_000_000n, firstOn: "2025-10-01", lastOn: "2025-10-01" }),
      row({ code: "JP", name: "Japan", count: 0, valueUsd: 0n, firstOn: null, lastOn: null }),
    ];
    const open = recipientMap(rows, false);
    expect(open.regions.map((r) => r.title)).toEqual(["Poland: 14 notifications, US$14.08 billion since 12 Mar 2019", "Canada: 1 notification, US$1.75 billion on 1 Oct 2025"]);
    expect(recipientMap(rows, true).regions[0]!.title).toBe("Poland: 14 notifications, US$14.08 billion from 12 Mar 2019 to 1 Jun 2025");
    // Japan has nothing in view: not shaded, not a link (only the land underneath draws it).
    expect(open.regions.map((r) => r.code)).not.toContain("JP");
  });

  it("lists organisations, and codes no atlas can place, beside the map with the same figures and colours", () => {
    const rows = [
      row({ code: "NSPA", name: "NATO Support and Procurement Agency", kind: "organization", nato: true, count: 3, valueUsd: 900_000_000n }),
      row({ code: "RE", name: "Réunion", count: 1, valueUsd: 20_000_000n }),
      row({ code: "SG", name: "Singapore", count: 2, valueUsd: 5_000_000_000n }),
      row({ code: "PL", name: "Poland", count: 1, valueUsd: 100_000_000n }),
    ];
    const map = recipientMap(rows, false);
    expect(map.offMap.map((r) => r.code)).toEqual(["NSPA", "RE"]);
    expect(map.offMap[0]).toMatchObject({ count: 3, valueUsd: 900_000_000n, href: "/countries/NSPA" });
    expect(STEP_COLORS).toContain(map.offMap[0]!.color);
    // Singapore is too small for 1:110m: a dot, with no shape.
    const singapore = map.regions.find((r) => r.code === "SG")!;
    expect(singapore.d).toBeNull();
    expect(singapore.dot).not.toBeNull();
    expect(map.hasDots).toBe(true);
    expect(map.legend.reduce((n, s) => n + s.count, 0)).toBe(4);
  });
});

describe("the map's URL", () => {
  const index = indexVocabulary({ recipients: [{ code: "CA", name: "Canada" }], systems: [{ slug: "amraam", aliases: ["AMRAAM"] }], categories: [{ slug: "air-to-air-missile" }, { slug: "helicopters" }], regions: [], contractors: [] });

  it("keeps the range and categories and drops every other filter", () => {
    const filters = parseMapFilters(new URLSearchParams("q=lockheed&country=CA&system=amraam&category=helicopters&category=AIR-TO-AIR-MISSILE&year=2024&page=3&sort=newest"), index);
    expect(filters).toEqual({ ...EMPTY_FILTERS, categories: ["air-to-air-missile", "helicopters"], year: 2024 });
    expect(countriesHref(mapQuery(filters))).toBe("/countries?category=air-to-air-missile&category=helicopters&year=2024");
    expect(serializeFilters(filters)).toBe("category=air-to-air-missile&category=helicopters&year=2024");
  });

  it("drops bad values and puts a reversed range the right way round", () => {
    const filters = parseMapFilters(new URLSearchParams("year=20x4&from=2025-12-31&to=2024-01-01&category=%3Cscript%3E"), index);
    expect(countriesHref(mapQuery(filters))).toBe("/countries?from=2024-01-01&to=2025-12-31");
    expect(countriesHref(mapQuery(parseMapFilters(new URLSearchParams("from=2024-02-30&year="), index)))).toBe("/countries");
  });

  it("a view is bounded when it ends: a year or a 'to' date", () => {
    expect(isBounded(EMPTY_FILTERS)).toBe(false);
    expect(isBounded({ ...EMPTY_FILTERS, from: "2020-01-01" })).toBe(false);
    expect(isBounded({ ...EMPTY_FILTERS, year: 2024 })).toBe(true);
    expect(isBounded({ ...EMPTY_FILTERS, to: "2024-01-01" })).toBe(true);
  });
});
