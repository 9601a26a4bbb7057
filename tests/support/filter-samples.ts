import type { FilterKey, FilterKind, Filters, ParseVocabulary } from "@/lib/filters";

/**
 * One example of every filter in force, as a URL may spell it and as it is read, for the tests
 * that go through the table of filters entry by entry (lib/filters/table.test.ts,
 * tests/integration/filter-sql.test.ts). Keyed by the table's names: a filter added to the table
 * without its sample here does not compile. Values name things in SAMPLE_VOCABULARY.
 */
export const SAMPLES: { [K in FilterKey]: { url: string; filters: Partial<Filters> & Pick<Filters, K> } } = {
  q: { url: "q=%20Lockheed%20%20Martin", filters: { q: "Lockheed Martin", sort: "relevance" } },
  countries: { url: "country=netherlands&country=ca", filters: { countries: ["CA", "NL"] } },
  regions: { url: "region=eucom&region=NORTHCOM", filters: { regions: ["EUCOM", "NORTHCOM"] } },
  systems: { url: "system=HIMARS", filters: { systems: ["m142-himars"] } },
  categories: { url: "category=Rocket-Artillery", filters: { categories: ["rocket-artillery"] } },
  contractors: { url: "contractor=Raytheon%20Company&contractor=lockheed-martin", filters: { contractors: ["lockheed-martin", "rtx"] } },
  year: { url: "year=2024", filters: { year: 2024 } },
  from: { url: "from=2024-03-01", filters: { from: "2024-03-01" } },
  to: { url: "to=2025-06-30", filters: { to: "2025-06-30" } },
  transmittals: { url: "transmittal=25%E2%80%93034", filters: { transmittals: ["25-34"] } },
  emergency: { url: "emergency=yes", filters: { emergency: true } },
  changed: { url: "changed=1", filters: { changed: true } },
  challenged: { url: "challenged=true", filters: { challenged: true } },
  sort: { url: "q=gmlrs&sort=newest", filters: { q: "gmlrs", sort: "newest" } },
  page: { url: "page=3", filters: { page: 3 } },
};

/** A value of each kind that no filter of that kind accepts: pages drop it (or cut it short), the exports answer 400. */
export const BAD_VALUES: Record<FilterKind, string> = {
  search: "x".repeat(201),
  list: "no-such-thing-anywhere",
  year: "25",
  date: "2025-02-30",
  flag: "maybe",
  sort: "alphabetical",
  page: "0",
};

export const SAMPLE_VOCABULARY: ParseVocabulary = {
  recipients: [
    { code: "CA", name: "Canada" },
    { code: "NL", name: "Netherlands" },
  ],
  systems: [
    { slug: "m142-himars", aliases: ["M142 HIMARS", "HIMARS", "M142"] },
    { slug: "amraam", aliases: ["AMRAAM", "AIM-120"] },
  ],
  categories: [{ slug: "rocket-artillery" }, { slug: "air-to-air-missile" }],
  regions: [{ code: "EUCOM" }, { code: "NORTHCOM" }],
  contractors: [
    { slug: "rtx", aliases: ["RTX", "Raytheon Company", "Raytheon Missiles & Defense"] },
    { slug: "lockheed-martin", aliases: ["Lockheed Martin", "Lockheed Martin Rotary and Mission Systems"] },
    { slug: "bae-systems", aliases: ["BAE Systems", "BAE Systems, Inc."] },
  ],
};
