import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, FILTER_KEYS, FILTERS, indexVocabulary, parseFilters, type Filters } from "@/lib/filters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { facetsSql } from "@/lib/queries/facets";
import { FILTER_SQL } from "@/lib/queries/filter-sql";
import { filterSql, searchOf } from "@/lib/queries/notification-sql";
import { SAMPLE_VOCABULARY, SAMPLES } from "../support/filter-samples";

// The SQL the filters produce, pinned: the condition every list of notifications uses (filterSql)
// and the filter panel's counts (one UNION ALL), for a set of views. SQLite plans a query by its
// text, and the bench's budgets were measured on these texts (docs/benchmark.md), so a change to
// how the SQL is assembled must leave them as they are; a new filter adds views here, it does not
// change these. Building SQL opens no database: these are Prisma.Sql values, compared as text
// and bound values (`npx vitest run tests/integration/filter-sql.test.ts -u` rewrites the
// snapshot, for a change to the SQL that is meant).

const VIEWS: [string, Partial<Filters>][] = [
  ["nothing", {}],
  ["one recipient", { countries: ["CA"] }],
  ["two recipients", { countries: ["CA", "NL"] }],
  ["systems", { systems: ["amraam", "m142-himars"] }],
  ["a category", { categories: ["rocket-artillery"] }],
  ["a year", { year: 2024 }],
  ["a range", { from: "2024-01-01", to: "2024-06-30" }],
  ["from only", { from: "2025-03-01" }],
  ["transmittals", { transmittals: ["24-07", "25-34"] }],
  ["emergency", { emergency: true }],
  ["changed", { changed: true }],
  ["challenged", { challenged: true }],
  ["a search", { q: "Lockheed Martin", sort: "relevance" }],
  ["a search sorted newest", { q: "GMLRS", sort: "newest", page: 3 }],
  ["a search of punctuation only", { q: "!!!", sort: "relevance" }],
  ["a recipient and its years", { countries: ["PL"], year: 2025, emergency: true }],
  ["a region", { regions: ["EUCOM"] }],
  ["two regions and a system", { regions: ["CENTCOM", "INDOPACOM"], systems: ["patriot"] }],
  ["a contractor", { contractors: ["rtx"] }],
  ["two contractors in a region and a year", { contractors: ["lockheed-martin", "rtx"], regions: ["EUCOM"], year: 2025 }],
  [
    "everything",
    {
      q: "air-to-air",
      countries: ["CA", "NL"],
      systems: ["amraam"],
      categories: ["air-to-air-missile"],
      year: 2025,
      from: "2025-01-01",
      to: "2025-06-30",
      transmittals: ["25-34"],
      emergency: true,
      changed: true,
      challenged: true,
      sort: "relevance",
    },
  ],
];

const text = (sql: Prisma.Sql) => ({ sql: sql.sql, values: sql.values });

describe("the SQL of a view", () => {
  it.each(VIEWS)("%s: filterSql, each way a query drives it", (_, more) => {
    const filters: Filters = { ...EMPTY_FILTERS, ...more };
    expect({
      list: text(filterSql(filters, searchOf(filters), "list")),
      scan: text(filterSql(filters, searchOf(filters), "scan")),
      ranked: text(filterSql(filters, null, "scan")),
    }).toMatchSnapshot();
  });

  it.each(VIEWS)("%s: the facet counts' query", (_, more) => {
    expect(text(facetsSql({ ...EMPTY_FILTERS, ...more, page: 1, sort: "relevance" }))).toMatchSnapshot();
  });
});

describe("the table's SQL half (FILTER_SQL)", () => {
  it("has an entry for each filter of the table, and a SELECT of options exactly for the facets of lists and years", () => {
    expect(Object.keys(FILTER_SQL)).toEqual(FILTER_KEYS);
    for (const key of FILTER_KEYS) {
      const entry = FILTERS[key];
      expect(!!FILTER_SQL[key].options, key).toBe("facet" in entry && entry.kind !== "flag");
    }
  });

  const index = indexVocabulary(SAMPLE_VOCABULARY);
  it.each(FILTER_KEYS.map((key) => [key] as const))("%s: in force, it narrows the rows (the order and the page do not)", (key) => {
    const filters = parseFilters(new URLSearchParams(SAMPLES[key].url), index);
    const own = { ...EMPTY_FILTERS, [key]: filters[key] };
    const narrows = FILTER_SQL[key].where !== null;
    expect(filterSql(own, searchOf(own), "list").sql !== "1", key).toBe(narrows);
    expect(narrows).toBe(FILTERS[key].kind !== "sort" && FILTERS[key].kind !== "page");
  });
});
