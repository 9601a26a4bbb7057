import { describe, expect, expectTypeOf, it } from "vitest";
import type { Vocabulary } from "@/lib/domain";
import { BAD_VALUES, SAMPLE_VOCABULARY, SAMPLES } from "@/tests/support/filter-samples";
import { describeFilters, filtersHeadline, withoutFilter } from "./describe";
import { countFilters, EMPTY_FILTERS, parseFilters, serializeFilters } from "./filters";
import { API_PARAMS, FILTER_PARAMS, validateExportQuery } from "./strict";
import { FILTER_KEYS, FILTERS, FLAG_OFF, FLAG_ON, MAX_PAGE, MAX_YEAR, MIN_YEAR, type FilterKey, type Filters } from "./table";
import { indexVocabulary } from "./vocabulary";

// Every filter is one entry of FILTERS (table.ts). These tests go through the table entry by entry,
// with an example of each (tests/support/filter-samples.ts), so a new entry is checked by every
// consumer as soon as it has its example: parsing and the canonical URL, the exports' reader, the
// chips and the headline. Its SQL is checked in tests/integration/filter-sql.test.ts.

const index = indexVocabulary(SAMPLE_VOCABULARY);
const parse = (query: string) => parseFilters(new URLSearchParams(query), index);
const strict = (query: string) => validateExportQuery(new URLSearchParams(query), index, API_PARAMS);
const vocabulary: Vocabulary = {
  recipients: SAMPLE_VOCABULARY.recipients.map((r) => ({ ...r, kind: "country", notifiedAs: null, count: 1 })),
  systems: SAMPLE_VOCABULARY.systems.map((s) => ({ slug: s.slug, name: s.aliases[0]!, category: { slug: "rocket-artillery", name: "Rocket artillery" }, aliases: s.aliases, count: 1 })),
  categories: [
    { slug: "rocket-artillery", name: "Rocket artillery", count: 1 },
    { slug: "air-to-air-missile", name: "Air-to-air missiles", count: 1 },
  ],
  regions: SAMPLE_VOCABULARY.regions.map((r) => ({ code: r.code as "EUCOM", name: `U.S. ${r.code}`, area: r.code === "EUCOM" ? "Europe" : "North America", count: 1 })),
  contractors: SAMPLE_VOCABULARY.contractors.map((k) => ({ slug: k.slug, name: k.aliases[0]!, names: k.aliases, count: 1 })),
  years: [2025, 2024],
};
const entries = FILTER_KEYS.map((key) => [key, SAMPLES[key]] as const);
/** The filters that select notifications (not the order or the page). */
const selecting = FILTER_KEYS.filter((key) => FILTERS[key].kind !== "sort" && FILTERS[key].kind !== "page");

describe("the table of filters", () => {
  it("is what Filters is: one member per entry, no other", () => {
    expectTypeOf<keyof Filters>().toEqualTypeOf<FilterKey>();
    expect(Object.keys(EMPTY_FILTERS)).toEqual(FILTER_KEYS);
    // @ts-expect-error A filter outside the table is not a Filters member.
    const outside: Filters = { ...EMPTY_FILTERS, offsets: [] };
    expect(outside).toBeDefined();
  });

  it("gives each filter a parameter of its own", () => {
    const params = FILTER_KEYS.map((key) => FILTERS[key].param);
    expect(new Set(params).size).toBe(params.length);
    expect(FILTER_PARAMS).toEqual(params.filter((p) => p !== FILTERS.page.param));
    expect(API_PARAMS).toEqual([...FILTER_PARAMS, FILTERS.page.param, "pageSize"]);
  });

  it.each(entries)("%s: read from a URL, written back canonically, read the same again", (key, sample) => {
    const filters = parse(sample.url);
    expect(filters).toEqual({ ...EMPTY_FILTERS, ...sample.filters });
    const canonical = serializeFilters(filters);
    // In force, so in the canonical URL.
    expect(new URLSearchParams(canonical).has(FILTERS[key].param)).toBe(true);
    expect(parse(canonical)).toEqual(filters);
    expect(serializeFilters(parse(canonical))).toBe(canonical);
  });

  it.each(entries)("%s: the exports read it as the timeline does", (_, sample) => {
    expect(strict(sample.url)).toEqual({ ok: true, query: { filters: parse(sample.url), pageSize: 50 } });
  });

  it.each(FILTER_KEYS)("%s: a value it cannot take is dropped by pages and named by the exports' 400", (key) => {
    const { kind, param } = FILTERS[key];
    const bad = `${param}=${encodeURIComponent(BAD_VALUES[kind])}`;
    const result = strict(bad);
    expect(result.ok ? null : result.error.parameter).toBe(param);
    // A search too long for a program is cut short for a reader; anything else is dropped.
    if (kind !== "search") expect(parse(bad)[key]).toEqual(EMPTY_FILTERS[key]);
    // Only a list may be given twice.
    const twice = strict(`${SAMPLES[key].url}&${SAMPLES[key].url}`);
    expect(twice.ok).toBe(kind === "list");
  });

  it.each(selecting)("%s: a chip per value in force, in the headline, and a link that takes it off", (key) => {
    const filters = parse(SAMPLES[key].url);
    const active = describeFilters(filters, vocabulary);
    const own = active.filter((a) => a.key === key);
    expect(own.length).toBeGreaterThan(0);
    expect(active).toHaveLength(countFilters(filters));
    expect(filtersHeadline(active)).toContain(own[0]!.label);
    for (const a of own) expect(describeFilters(withoutFilter(filters, a), vocabulary)).not.toContainEqual(a);
    const cleared = own.reduce((f, a) => withoutFilter(f, a), filters);
    expect(cleared[key]).toEqual(EMPTY_FILTERS[key]);
  });

  it("writes every filter in the table's order, whatever order the URL had", () => {
    const all = [...entries].reverse().map(([, s]) => s.url).join("&");
    const keys = [...new Set(new URLSearchParams(serializeFilters(parse(all))).keys())];
    expect(keys).toEqual(FILTER_KEYS.map((key) => FILTERS[key].param));
    // The chips and the headline follow the same order.
    const active = describeFilters(parse(all), vocabulary);
    expect([...new Set(active.map((a) => a.key))]).toEqual(selecting);
    expect(filtersHeadline(active)).toBe("“gmlrs” · Canada, Netherlands · Europe (EUCOM), North America (NORTHCOM) · M142 HIMARS · Rocket artillery · contractor Lockheed Martin, contractor RTX · 2024, from 1 Mar 2024, to 30 Jun 2025 · transmittal 25-34, emergency sales, changed by later reports, challenged in Congress");
  });

  it("spells yes/no once: on by FLAG_ON, explicitly off by FLAG_OFF (the exports take both, pages anything)", () => {
    for (const v of FLAG_ON) {
      expect(parse(`emergency=${v.toUpperCase()}`).emergency).toBe(true);
      expect(strict(`emergency=${v}`).ok).toBe(true);
    }
    for (const v of FLAG_OFF) {
      expect(parse(`emergency=${v}`).emergency).toBe(false);
      expect(strict(`emergency=${v.toUpperCase()}`).ok).toBe(true);
    }
    expect(serializeFilters(parse("emergency=on"))).toBe("emergency=1");
  });

  it("bounds years, dates and pages by one constant each, for pages and exports alike", () => {
    for (const [query, ok] of [
      [`year=${MIN_YEAR}`, true],
      [`year=${MAX_YEAR}`, true],
      [`year=${MIN_YEAR - 1}`, false],
      [`from=${MAX_YEAR + 1}-01-01`, false],
      [`to=${MIN_YEAR}-01-01`, true],
      [`page=${MAX_PAGE}`, true],
      [`page=${MAX_PAGE + 1}`, false],
    ] as const) {
      expect(strict(query).ok, query).toBe(ok);
      if (!query.startsWith("page")) expect(serializeFilters(parse(query)) !== "", query).toBe(ok);
    }
    expect(parse(`page=${MAX_PAGE + 1}`).page).toBe(MAX_PAGE);
    expect(strict(`year=${MAX_YEAR + 1}`)).toMatchObject({ ok: false, error: { message: `"year" must be a four-digit year between ${MIN_YEAR} and ${MAX_YEAR}.` } });
  });
});

describe("the region and contractor filters", () => {
  it("read a region's code in any case, and a contractor by its slug or any name it is printed under, to one canonical URL", () => {
    expect(serializeFilters(parse("region=eucom&region=EUCOM&contractor=Raytheon%20Missiles%20%26%20Defense&contractor=RTX&contractor=lockheed-martin-rotary-and-mission-systems"))).toBe(
      "region=EUCOM&contractor=lockheed-martin&contractor=rtx",
    );
  });

  it("read a name with a comma whole (contractors are printed so), and a comma list as a list", () => {
    expect(parse("contractor=Raytheon%20Missiles%20%26%20Defense,%20Lockheed%20Martin&contractor=BAE%20Systems,%20Inc.").contractors).toEqual(["bae-systems", "lockheed-martin", "rtx"]);
    expect(strict("contractor=BAE%20Systems,%20Inc.").ok).toBe(true);
    expect(strict("contractor=rtx,%20Inc.")).toMatchObject({ ok: false, error: { parameter: "contractor", value: "Inc." } });
  });

  it("drop what names no region or contractor on pages, and the exports name it in a 400 with what to give", () => {
    expect(parse("region=NATO&region=Europe&contractor=Boeing").regions).toEqual([]);
    expect(parse("contractor=Boeing").contractors).toEqual([]);
    expect(strict("region=Europe")).toMatchObject({ ok: false, error: { parameter: "region", value: "Europe", message: expect.stringContaining("EUCOM") } });
    expect(strict("contractor=rtx&contractor=Boeing")).toMatchObject({ ok: false, error: { parameter: "contractor", value: "Boeing", message: expect.stringContaining("/contractors") } });
  });

  it("describe a view by the region's area and the contractor's name", () => {
    const active = describeFilters(parse("region=EUCOM&contractor=raytheon-company"), vocabulary);
    expect(filtersHeadline(active)).toBe("Europe (EUCOM) · contractor RTX");
  });
});
