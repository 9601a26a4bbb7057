import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "./filters";
import { API_PARAMS, DEFAULT_PAGE_SIZE, unknownParameters, validateExportQuery, type ValidationResult } from "./strict";
import { indexVocabulary, type ParseVocabulary } from "./vocabulary";

const vocabulary: ParseVocabulary = {
  recipients: [
    { code: "CA", name: "Canada" },
    { code: "NL", name: "Netherlands" },
  ],
  systems: [
    { slug: "m142-himars", aliases: ["M142 HIMARS", "HIMARS", "M142"] },
    { slug: "amraam", aliases: ["AMRAAM", "AIM-120"] },
  ],
  categories: [{ slug: "rocket-artillery" }],
  regions: [{ code: "EUCOM" }, { code: "NORTHCOM" }],
  contractors: [{ slug: "rtx", aliases: ["RTX", "Raytheon Company", "Raytheon"] }],
};
const index = indexVocabulary(vocabulary);
const api = (query: string) => validateExportQuery(new URLSearchParams(query), index, API_PARAMS);
const feed = (query: string) => validateExportQuery(new URLSearchParams(query), index);
const error = (r: ValidationResult) => (r.ok ? null : r.error);

describe("export and API parameters", () => {
  it("accepts what the timeline accepts, aliases and comma lists included, with the same meaning", () => {
    const r = api("q=Zone%205&country=ca,Netherlands&region=eucom&system=HIMARS&category=rocket-artillery&contractor=Raytheon&year=2025&from=2025-01-01&to=2025-12-31&sort=newest&page=2&pageSize=10");
    expect(r).toEqual({
      ok: true,
      query: {
        filters: {
          q: "Zone 5",
          countries: ["CA", "NL"],
          regions: ["EUCOM"],
          systems: ["m142-himars"],
          categories: ["rocket-artillery"],
          contractors: ["rtx"],
          year: 2025,
          from: "2025-01-01",
          to: "2025-12-31",
          transmittals: [],
          emergency: false,
          changed: false,
          challenged: false,
          sort: "newest",
          page: 2,
        },
        pageSize: 10,
      },
    });
    expect(api("")).toEqual({ ok: true, query: { filters: EMPTY_FILTERS, pageSize: DEFAULT_PAGE_SIZE } });
    // Transmittal numbers in any printed spelling, and the yes/no filters.
    expect(api("transmittal=25%E2%80%93034,24-7&emergency=1&changed=yes&challenged=1")).toMatchObject({
      ok: true,
      query: { filters: { transmittals: ["24-07", "25-34"], emergency: true, changed: true, challenged: true } },
    });
    // Empty form fields mean "not given".
    expect(api("country=&q=&year=").ok).toBe(true);
  });

  it("names the parameter, the value and the problem for anything it cannot honour", () => {
    expect(error(api("country=XX"))).toEqual({ parameter: "country", value: "XX", message: expect.stringContaining('Unknown country "XX"') });
    expect(error(api("system=F-99"))).toMatchObject({ parameter: "system", value: "F-99" });
    expect(error(api("category=lasers"))).toMatchObject({ parameter: "category", value: "lasers" });
    expect(error(api("transmittal=26-1C"))).toMatchObject({ parameter: "transmittal", value: "26-1C", message: expect.stringContaining("not a sale's transmittal number") });
    expect(error(api("emergency=maybe"))).toMatchObject({ parameter: "emergency", value: "maybe" });
    expect(error(api("challenged=perhaps"))).toMatchObject({ parameter: "challenged", value: "perhaps" });
    expect(error(api("year=25"))).toMatchObject({ parameter: "year", message: expect.stringContaining("four-digit year") });
    expect(error(api("year=2025&year=2024"))).toMatchObject({ parameter: "year", message: expect.stringContaining("only once") });
    expect(error(api("from=2025-02-30"))).toMatchObject({ parameter: "from", value: "2025-02-30" });
    expect(error(api("to=tomorrow"))).toMatchObject({ parameter: "to" });
    expect(error(api("from=2025-06-01&to=2025-01-01"))).toMatchObject({ parameter: "from", message: expect.stringContaining("after") });
    expect(error(api("sort=alphabetical"))).toMatchObject({ parameter: "sort" });
    expect(error(api("sort=relevance"))).toMatchObject({ parameter: "sort", message: expect.stringContaining("needs a search") });
    expect(error(api(`q=${"x".repeat(201)}`))).toMatchObject({ parameter: "q", message: expect.stringContaining("200") });
    expect(error(api("colour=red"))).toMatchObject({ parameter: "colour", message: expect.stringContaining("Unknown parameter") });
  });

  it("bounds page and pageSize", () => {
    for (const bad of ["page=0", "page=-1", "page=1.5", "page=abc", "page=99999999", "pageSize=0", "pageSize=201", "pageSize=ten"]) {
      const e = error(api(bad));
      expect(e?.parameter, bad).toBe(bad.split("=")[0]);
      expect(e?.message, bad).toMatch(/whole number from 1 to/);
    }
    expect(api("pageSize=200").ok).toBe(true);
  });

  it("names every unknown parameter at once, with the ones allowed", () => {
    expect(error(api("colour=red&country=CA&size=xl&colour=blue"))).toEqual({
      parameter: "colour",
      value: "red",
      message: `Unknown parameters "colour", "size". Allowed: ${API_PARAMS.join(", ")}.`,
    });
    // An address that takes no parameters (the dataset's files, the OpenAPI description) says so.
    expect(unknownParameters(new URLSearchParams("v=2"), [])).toEqual({ parameter: "v", value: "2", message: 'Unknown parameter "v". This address takes no parameters.' });
    expect(unknownParameters(new URLSearchParams(""), [])).toBeNull();
  });

  it("the CSV export and the feed take the filters but not pages", () => {
    expect(feed("country=CA&q=lockheed").ok).toBe(true);
    expect(error(feed("page=2"))).toMatchObject({ parameter: "page", message: expect.stringContaining("Unknown parameter") });
    expect(error(feed("pageSize=2"))).toMatchObject({ parameter: "pageSize" });
  });

  it("hostile search text is accepted as text (it is searched for, never run)", () => {
    const r = api(`q=${encodeURIComponent('NEAR(" * ^x OR title:lockheed')}`);
    expect(r.ok && r.query.filters.q).toBe('NEAR(" * ^x OR title:lockheed');
  });
});
