import { describe, expect, it } from "vitest";
import type { FacetCounts } from "@/lib/domain";
import type { PanelChoices } from "./choices";
import { AS_GIVEN, EMPTY_FILTERS, parseFilters } from "./filters";
import { listByParam, offeredOptions, panelData, PANEL_LISTS, TOP_OPTIONS, topOptions, type PanelOption } from "./panel";
import { FILTERS, keysOfKind } from "./table";

// A long list of the filter panel shows what a reader needs first, and nothing a filter needs is
// lost: every option with notifications is on the page of every option, the chosen ones always show.

const recipients = Array.from({ length: 40 }, (_, i) => ({ code: `R${String(i).padStart(2, "0")}`, name: `Recipient ${String(i).padStart(2, "0")}` }));
const choices: PanelChoices = {
  recipients,
  categories: [
    { slug: "a", name: "Aircraft", systems: [{ slug: "f-16", name: "F-16", otherNames: ["Viper"] }, { slug: "c-130", name: "C-130" }] },
    { slug: "m", name: "Missiles", systems: [{ slug: "aim-120", name: "AIM-120" }] },
  ],
  years: [2025, 2024, 2023],
  regions: [],
  contractors: [],
};
// Recipient i has i notifications (R00 none); the systems 5, 0 and 2.
const counts: FacetCounts = {
  countries: Object.fromEntries(recipients.map((r, i) => [r.code, i])),
  systems: { "f-16": 5, "aim-120": 2 },
  categories: { a: 5, m: 2 },
  years: { 2025: 3, 2023: 1 },
  emergency: 2,
  changed: 0,
  challenged: 1,
  regions: {},
  contractors: {},
};

describe("the filter panel's lists", () => {
  it("covers every list filter the panel offers as a checklist, by its URL parameter", () => {
    expect(PANEL_LISTS).toEqual(keysOfKind("list").filter((k) => ["checklist", "systems"].includes(FILTERS[k].panel.as)));
    expect(listByParam("country")).toBe("countries");
    expect(listByParam("system")).toBe("systems");
    expect(listByParam("transmittal")).toBeUndefined();
    expect(listByParam("nope")).toBeUndefined();
  });

  it("offers every option with notifications, and a chosen one at 0, in the list's order, a system under its category", () => {
    const offered = offeredOptions("countries", choices, counts, { ...EMPTY_FILTERS, countries: ["R00"] });
    expect(offered).toHaveLength(40);
    expect(offered[0]).toEqual({ value: "R00", label: "Recipient 00", count: 0, checked: true });
    expect(offeredOptions("countries", choices, counts, EMPTY_FILTERS).map((o) => o.value)).not.toContain("R00");
    expect(offeredOptions("systems", choices, counts, EMPTY_FILTERS)).toEqual([
      { value: "f-16", label: "F-16", count: 5, checked: false, group: "Aircraft" },
      { value: "aim-120", label: "AIM-120", count: 2, checked: false, group: "Missiles" },
    ]);
  });

  it("shows a long list's chosen options, then the top ones by count, and says how many there are in all", () => {
    const filters = { ...EMPTY_FILTERS, countries: ["R03", "R00"] };
    const list = panelData(choices, counts, filters).lists.find((l) => l.key === "countries")!;
    expect(list.offered).toBe(40);
    expect(list.plural).toBe("recipients");
    expect(list.options.map((o) => o.value)).toEqual(["R03", "R00", ...Array.from({ length: TOP_OPTIONS }, (_, i) => `R${39 - i}`)]);
    // Whether an option is ticked is the view's to say (the panel reads its filters): it is not sent twice.
    expect(list.options.every((o) => !("checked" in o))).toBe(true);
  });

  it("shows a short list whole, most first, with no group headings", () => {
    const list = panelData(choices, counts, EMPTY_FILTERS).lists.find((l) => l.key === "systems")!;
    expect(list.find).toBe(true);
    expect(list.offered).toBe(2);
    expect(list.options).toEqual([
      { value: "f-16", label: "F-16", count: 5 },
      { value: "aim-120", label: "AIM-120", count: 2 },
    ]);
  });

  it("breaks ties by name, and keeps a few more rather than hide two", () => {
    const same = (n: number): PanelOption[] => Array.from({ length: n }, (_, i) => ({ value: `v${i}`, label: `Z${n - i}`, count: 1, checked: false }));
    expect(topOptions(same(TOP_OPTIONS + 3))).toHaveLength(TOP_OPTIONS + 3);
    const long = topOptions(same(TOP_OPTIONS + 4));
    expect(long).toHaveLength(TOP_OPTIONS);
    expect(long.map((o) => o.label)).toEqual([...long.map((o) => o.label)].sort());
  });

  it("sends the years and yes/no filters with notifications, and a chosen one at 0", () => {
    const data = panelData(choices, counts, { ...EMPTY_FILTERS, year: 2024, changed: true });
    expect(data.years).toEqual([{ year: 2025, count: 3 }, { year: 2024, count: 0 }, { year: 2023, count: 1 }]);
    expect(data.flags.map((f) => [f.param, f.count])).toEqual([["emergency", 2], ["changed", 0], ["challenged", 1]]);
    expect(panelData(choices, counts, EMPTY_FILTERS).flags.map((f) => f.param)).toEqual(["emergency", "challenged"]);
  });
});

describe("reading the panel's form in the browser (AS_GIVEN)", () => {
  it("keeps the boxes' canonical values as given, and tidies the rest as a URL would be", () => {
    const filters = parseFilters(new URLSearchParams("country=NL&country=CA&system=f-16&year=2024&page=3"), AS_GIVEN);
    expect(filters.countries).toEqual(["CA", "NL"]);
    expect(filters.systems).toEqual(["f-16"]);
    expect(filters.year).toBe(2024);
  });
});
