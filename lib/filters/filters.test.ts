import { describe, expect, it } from "vitest";
import { timelineHref } from "@/lib/format";
import { EMPTY_FILTERS, hasFilters, parseFilters, rawQueryString, serializeFilters } from "./filters";
import { indexVocabulary, type ParseVocabulary } from "./vocabulary";

const vocabulary: ParseVocabulary = {
  recipients: [
    { code: "CA", name: "Canada" },
    { code: "NL", name: "Netherlands" },
    { code: "TW", name: "Taiwan" },
  ],
  systems: [
    { slug: "m142-himars", aliases: ["M142 HIMARS", "HIMARS", "M142", "High Mobility Artillery Rocket System"] },
    { slug: "amraam", aliases: ["AMRAAM", "AIM-120", "AIM-120C-8", "AIM-120D-3"] },
  ],
  categories: [{ slug: "rocket-artillery" }, { slug: "air-to-air-missile" }],
  regions: [{ code: "EUCOM" }, { code: "NORTHCOM" }],
  contractors: [{ slug: "rtx", aliases: ["RTX", "Raytheon Company", "Raytheon"] }],
};
const index = indexVocabulary(vocabulary);
const parse = (query: string) => parseFilters(new URLSearchParams(query), index);

describe("parseFilters", () => {
  it("reads several countries and systems at once", () => {
    expect(parse("country=NL&country=CA&system=amraam&system=m142-himars")).toEqual({
      ...EMPTY_FILTERS,
      countries: ["CA", "NL"],
      systems: ["amraam", "m142-himars"],
    });
  });

  it("finds a system by any of its common names", () => {
    expect(parse("system=HIMARS").systems).toEqual(["m142-himars"]);
    expect(parse("system=M142").systems).toEqual(["m142-himars"]);
    expect(parse("system=m-142").systems).toEqual(["m142-himars"]);
    expect(parse("system=AMRAAM").systems).toEqual(["amraam"]);
    expect(parse("system=aim-120").systems).toEqual(["amraam"]);
    expect(parse("system=AIM120C8").systems).toEqual(["amraam"]);
  });

  it("accepts country codes in any case and country names", () => {
    expect(parse("country=ca&country=Netherlands").countries).toEqual(["CA", "NL"]);
  });

  it("accepts comma-separated values", () => {
    expect(parse("country=CA,NL").countries).toEqual(["CA", "NL"]);
  });

  it("drops what it does not know instead of failing", () => {
    const f = parse("country=ZZ&country=<script>&system=nope&category=bogus&year=abc&from=2025-02-30&to=tomorrow&page=-3&utm_source=x");
    expect(f).toEqual(EMPTY_FILTERS);
  });

  it("keeps years and dates within a sane range", () => {
    expect(parse("year=2025").year).toBe(2025);
    expect(parse("year=0999").year).toBeNull();
    expect(parse("year=99999").year).toBeNull();
    expect(parse("from=0001-01-01").from).toBeNull();
  });

  it("reads transmittal numbers in any printed spelling as the canonical number, and drops what is not one", () => {
    expect(parse("transmittal=25%E2%80%93034&transmittal=24-7").transmittals).toEqual(["24-07", "25-34"]);
    expect(parse("transmittal=26-1C&transmittal=abc").transmittals).toEqual([]);
    expect(serializeFilters(parse("transmittal=25-034&country=CA"))).toBe("country=CA&transmittal=25-34");
  });

  it("reads the emergency and later-changes filters as yes/no, with one canonical spelling", () => {
    expect(parse("emergency=1&changed=yes")).toMatchObject({ emergency: true, changed: true });
    expect(parse("emergency=0&changed=maybe")).toMatchObject({ emergency: false, changed: false });
    expect(serializeFilters(parse("changed=true&emergency=on"))).toBe("emergency=1&changed=1");
    expect(hasFilters(parse("emergency=1"))).toBe(true);
  });

  it("reads the challenged-in-Congress filter as yes/no, placed after the other yes/no filters", () => {
    expect(parse("challenged=1").challenged).toBe(true);
    expect(parse("challenged=no").challenged).toBe(false);
    expect(parse("challenged=banana").challenged).toBe(false);
    expect(serializeFilters(parse("challenged=on&country=CA&emergency=true"))).toBe("country=CA&emergency=1&challenged=1");
    expect(hasFilters(parse("challenged=1"))).toBe(true);
    expect(hasFilters(parse("challenged=0"))).toBe(false);
  });

  it("reads a reversed date range as the range meant", () => {
    expect(parse("from=2025-12-31&to=2025-01-01")).toMatchObject({ from: "2025-01-01", to: "2025-12-31" });
  });

  it("survives hostile input: huge values, many repeats, unicode", () => {
    const many = Array.from({ length: 5000 }, () => "country=CA").join("&");
    expect(parse(many).countries).toEqual(["CA"]);
    expect(parse(`system=${"A".repeat(100_000)}`).systems).toEqual([]);
    expect(parse("country=%F0%9F%87%A8%F0%9F%87%A6&system=%E2%80%AE").countries).toEqual([]);
    expect(parse("page=99999999999999999999").page).toBe(1);
  });

  it("reads a record of string | string[] as Next.js passes searchParams", () => {
    expect(parseFilters({ country: ["CA", "NL"], system: "HIMARS", year: "2025" }, index)).toMatchObject({
      countries: ["CA", "NL"],
      systems: ["m142-himars"],
      year: 2025,
    });
  });
});

describe("serializeFilters", () => {
  it("writes one canonical query string: fixed key order, sorted values, no defaults", () => {
    expect(
      serializeFilters({ ...EMPTY_FILTERS, systems: ["m142-himars", "amraam"], countries: ["NL", "CA"], year: 2025, page: 1 }),
    ).toBe("country=CA&country=NL&system=amraam&system=m142-himars&year=2025");
    expect(serializeFilters(EMPTY_FILTERS)).toBe("");
    expect(timelineHref(serializeFilters(EMPTY_FILTERS))).toBe("/");
    expect(timelineHref(serializeFilters({ ...EMPTY_FILTERS, page: 2 }))).toBe("/?page=2");
  });

  it("round-trips: parsing the canonical string gives the same filters and string", () => {
    const queries = [
      "country=CA&system=m142-himars",
      "system=HIMARS&country=nl&country=CA&year=2025",
      "category=rocket-artillery&category=air-to-air-missile&from=2025-01-01&to=2025-06-30&page=3",
      "",
    ];
    for (const q of queries) {
      const once = parse(q);
      const canonical = serializeFilters(once);
      expect(parse(canonical)).toEqual(once);
      expect(serializeFilters(parse(canonical))).toBe(canonical);
    }
  });

  it("tells a canonical URL from one that needs normalising", () => {
    const canonical = (q: string) => serializeFilters(parse(q)) === rawQueryString(new URLSearchParams(q));
    expect(canonical("country=CA&system=m142-himars")).toBe(true);
    expect(canonical("system=HIMARS")).toBe(false);
    expect(canonical("country=&system=&year=")).toBe(false);
    expect(canonical("country=NL&country=CA")).toBe(false);
  });

  it("knows when any filter is in force", () => {
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, page: 4 })).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, year: 2024 })).toBe(true);
  });
});

describe("search text (q)", () => {
  it("trims, collapses whitespace, keeps commas and case, and ranks by relevance by default", () => {
    expect(parse("q=%20%20Lockheed%20%0A%20Martin,%20Texas%20")).toMatchObject({ q: "Lockheed Martin, Texas", sort: "relevance" });
    expect(serializeFilters(parse("q=Zone%205&country=CA"))).toBe("q=Zone+5&country=CA");
  });

  it("drops an empty search and a sort without a search", () => {
    expect(parse("q=%20%20")).toEqual(EMPTY_FILTERS);
    expect(parse("sort=newest")).toEqual(EMPTY_FILTERS);
    expect(serializeFilters(parse("sort=relevance"))).toBe("");
  });

  it("keeps sort=newest with a search, and omits the default", () => {
    expect(serializeFilters(parse("q=gmlrs&sort=newest"))).toBe("q=gmlrs&sort=newest");
    expect(serializeFilters(parse("q=gmlrs&sort=relevance"))).toBe("q=gmlrs");
    expect(serializeFilters(parse("q=gmlrs&sort=bogus"))).toBe("q=gmlrs");
  });

  it("caps the length at a word boundary and drops control characters", () => {
    const long = parse(`q=${encodeURIComponent("lockheed ".repeat(40))}`).q!;
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith("lockheed")).toBe(true);
    expect(parse("q=a%00b%1Fc").q).toBe("a b c");
  });

  it("takes the first q only and survives hostile text", () => {
    expect(parse("q=one&q=two").q).toBe("one");
    expect(parse(`q=${encodeURIComponent('NEAR(" * ^x')}`).q).toBe('NEAR(" * ^x');
    expect(parseFilters({ q: ["a", "b"] }, index).q).toBe("a");
  });

  it("counts as a filter and round-trips through the canonical URL", () => {
    const f = parse("q=air-to-air&year=2025&page=2");
    expect(hasFilters(f)).toBe(true);
    expect(timelineHref(serializeFilters(f))).toBe("/?q=air-to-air&year=2025&page=2");
    expect(parse(serializeFilters(f))).toEqual(f);
  });
});
