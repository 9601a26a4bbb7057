import { describe, expect, it } from "vitest";
import type { CountryProfile, SystemProfile, TimelineEntry } from "@/lib/domain";
import { countriesTables } from "./index-tables";
import { countryTables, pageTablesCsv, pageTablesJson, systemTables, tableNames } from "./page-tables";
import { PAGE_TABLES } from "./openapi";

const origin = new URL("https://fms-timeline.example");
const entry = (slug: string, systems: string[], value: bigint): TimelineEntry =>
  ({ slug, announcedOn: slug.slice(0, 10), dateApproximate: false, estimatedValueUsd: value, systems: systems.map((name) => ({ slug: name.toLowerCase(), name })) }) as unknown as TimelineEntry;

const history = {
  periods: [
    { key: "FY2024", label: "FY2024", count: 0, valueUsd: 0n, href: "/?country=CA&from=2023-10-01&to=2024-09-30" },
    { key: "FY2025", label: "FY2025", count: 2, valueUsd: 3_000_000_000n, href: "/?country=CA&from=2024-10-01&to=2025-09-30" },
  ],
  earlier: { count: 1, valueUsd: 5n, href: "/?country=CA&to=2008-04-20" },
  count: 2,
  valueUsd: 3_000_000_000n,
};
const canada = {
  recipient: { code: "CA", name: "Canada", region: { code: "NORTHCOM" } },
  notificationCount: 3,
  totalValueUsd: 3_000_000_005n,
  systems: [{ slug: "m142-himars", name: "=HIMARS", count: 2, valueUsd: 3_000_000_000n }],
} as unknown as CountryProfile;
const input = { profile: canada, history, timelineHref: "/?country=CA", earlierLabel: "Before 21 April 2008", link: (slug: string) => `/?country=CA&system=${slug}` };

describe("a page's tables as files", () => {
  const tables = countryTables(input, [entry("2025-10-01-canada-m142-himars", ["HIMARS", "GMLRS"], 1_750_000_000n)], origin);

  it("a recipient's: its fiscal years (the examples before the archive in a row of their own, first as on the page; nothing linked for an empty year), its systems and its notifications", () => {
    expect(tableNames(tables)).toEqual([...PAGE_TABLES.recipient]);
    const json = pageTablesJson(tables, null);
    expect((json as Record<string, unknown>).recipient).toEqual({ code: "CA", name: "Canada", region: "NORTHCOM" });
    expect(json.tables["fiscal-years"]!.map((r) => [r.key, r.notifications, r.estimatedValueUsd, r.timeline])).toEqual([
      ["before-archive", 1, 5, "https://fms-timeline.example/?country=CA&to=2008-04-20"],
      ["FY2024", 0, 0, null],
      ["FY2025", 2, 3000000000, "https://fms-timeline.example/?country=CA&from=2024-10-01&to=2025-09-30"],
    ]);
    expect(json.tables.systems![0]).toMatchObject({ key: "m142-himars", notifications: 2, timeline: "https://fms-timeline.example/?country=CA&system=m142-himars", page: "https://fms-timeline.example/systems/m142-himars" });
    expect(json.tables.notifications![0]).toMatchObject({ key: "2025-10-01-canada-m142-himars", label: "HIMARS, GMLRS", date: "2025-10-01", estimatedValueUsd: 1750000000 });
  });

  it("without the strip (too many notifications to draw), no notifications table", () => {
    expect(tableNames(countryTables(input, null, origin))).toEqual(["fiscal-years", "systems"]);
  });

  it("as CSV: one long table, the table named first, exact dollars, empty cells where a table has no column, and formulas defused", () => {
    const lines = pageTablesCsv(tables, null).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("table,key,label,date,notifications,estimated_value_usd,quantity,up_to,timeline_url,page_url");
    expect(lines[3]).toBe("fiscal-years,FY2025,FY2025,,2,3000000000,,,https://fms-timeline.example/?country=CA&from=2024-10-01&to=2025-09-30,");
    expect(lines.find((l) => l.startsWith("systems,"))).toContain(",'=HIMARS,");
  });

  it("?table= keeps one table, in both formats", () => {
    const csv = pageTablesCsv(tables, "systems").replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(csv.slice(1).every((l) => l.startsWith("systems,"))).toBe(true);
    expect(csv).toHaveLength(2);
    expect(Object.keys(pageTablesJson(tables, "systems").tables)).toEqual(["systems"]);
  });

  it("a system's: its fiscal years, its recipients and a row per equipment line of its quantities", () => {
    const himars = {
      system: { slug: "m142-himars", name: "M142 HIMARS" },
      notificationCount: 2,
      totalValueUsd: 3_000_000_000n,
      recipients: [{ code: "CA", name: "Canada", count: 2, valueUsd: 3_000_000_000n }],
      quantities: [
        {
          slug: "2025-10-01-canada-m142-himars",
          announcedOn: "2025-10-01",
          recipient: { name: "Canada" },
          items: [
            { description: "M142 launchers", quantity: 26, upTo: false },
            { description: "GMLRS pods", quantity: 100, upTo: true },
          ],
        },
      ],
      quantityCount: 1,
    } as unknown as SystemProfile;
    const t = systemTables({ ...input, profile: himars, link: (code) => `/?country=${code}&system=m142-himars` }, origin);
    expect(tableNames(t)).toEqual([...PAGE_TABLES.system]);
    const json = pageTablesJson(t, null);
    expect(json.tables.recipients![0]).toMatchObject({ key: "CA", notifications: 2, page: "https://fms-timeline.example/countries/CA" });
    expect(json.tables.quantities!.map((r) => [r.label, r.quantity, r.upTo])).toEqual([
      ["Canada: M142 launchers", 26, false],
      ["Canada: GMLRS pods", 100, true],
    ]);
  });

  it("the recipients map's: its view and every recipient in it", () => {
    const rows = [{ code: "PL", name: "Poland", nato: true, region: "EUCOM" as const, count: 3, valueUsd: 12n, firstOn: "2024-01-01", lastOn: "2025-01-01" }];
    const json = pageTablesJson(countriesTables(rows, { query: "year=2024", page: "/countries?year=2024", timeline: "/?year=2024" }, origin), null);
    expect(json).toMatchObject({ view: "year=2024", notifications: 3, estimatedValueUsd: 12, page: "https://fms-timeline.example/countries?year=2024" });
    expect(json.tables.recipients).toEqual([{ code: "PL", name: "Poland", region: "EUCOM", nato: true, notifications: 3, estimatedValueUsd: 12, firstOn: "2024-01-01", lastOn: "2025-01-01", page: "https://fms-timeline.example/countries/PL" }]);
  });
});
