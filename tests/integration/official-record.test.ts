import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "@/lib/filters";
import { writeSeedData, type SeedData } from "@/lib/seed";
import { dumpDatabase, realRecord, useSeededDatabase } from "../support/db";


/**
 * The official record's facts through seed and data layer: a real record given a transmittal
 * number, the dates kept apart, the value split, agency and funding, and a report on it; what
 * the deal page, the timeline filters and the exports read back. The number is one no real sale
 * has (99-999), so the test holds as the record grows.
 */
const CANADA = "2025-10-01-canada-m142-himars";
const NUMBER = "99-999";

let work: string;
let file: string;
let seeds: SeedData;
let data: typeof import("@/lib/queries");
let disconnect: () => Promise<void>;

function withRecord(base: SeedData): SeedData {
  return {
    ...base,
    notifications: base.notifications.map((n) =>
      n.slug === CANADA
        ? {
            ...n,
            transmittalNumber: NUMBER,
            valueMdeUsd: 1_200_000_000,
            valueOtherUsd: 550_000_000,
            deliveredToCongress: { on: "2025-09-30", source: "castanet" },
            congressionalRecord: { on: "2025-11-04", source: "castanet" },
            federalRegister: null,
            implementingAgency: "Army",
            caseDesignator: "CN-B-ZZZ",
            fundingSources: ["national-funds"],
          }
        : n,
    ),
    reports: [
      {
        id: "99-9z",
        kind: "cost-increase",
        transmittalNumber: null,
        sale: { transmittalNumber: NUMBER, slug: null },
        saleSlug: CANADA,
        deliveredToCongress: { on: "2026-03-02", source: "record" },
        congressionalRecord: null,
        federalRegister: null,
        title: "More launchers",
        description: "The estimated cost rises with four more launchers.",
        valueBeforeUsd: 1_750_000_000,
        valueAfterUsd: 1_900_000_000,
        notes: null,
        sources: [
          { id: "record", kind: "congressional-record", publisher: "Congressional Record", title: null, url: "https://www.congress.gov/", publishedOn: null, document: null, supports: null, reportedValue: null },
        ],
      },
    ],
  };
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-record-"));
  file = path.join(work, "record.db");
  seeds = withRecord(realRecord());
  disconnect = await useSeededDatabase(file, seeds);
  data = await import("@/lib/queries");
});
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

describe("the official record's facts", () => {
  it("reach the deal page kept apart, each date with the source that gives it", async () => {
    const deal = (await data.getNotification(CANADA))!;
    expect(deal).toMatchObject({
      transmittalNumber: NUMBER,
      valueMdeUsd: 1_200_000_000n,
      valueOtherUsd: 550_000_000n,
      deliveredOn: "2025-09-30",
      congressionalRecordOn: "2025-11-04",
      federalRegisterOn: null,
      dateSources: { deliveredOn: "castanet", congressionalRecordOn: "castanet", federalRegisterOn: null },
      implementingAgency: "Army",
      caseDesignator: "CN-B-ZZZ",
      fundingSources: ["national-funds"],
      emergency: null,
      laterChangeCount: 1,
    });
    expect(deal.reports).toEqual([
      expect.objectContaining({ kind: "cost-increase", reportedOn: "2026-03-02", title: "More launchers", valueBeforeUsd: 1_750_000_000n, valueAfterUsd: 1_900_000_000n }),
    ]);
    expect(deal.reports[0]!.sources[0]).toMatchObject({ kind: "congressional-record", publisher: "Congressional Record" });
  });

  it("a record no text splits keeps its value parts missing, never zero", async () => {
    // Records whose files give no split and no delivered date (most of those researched from press releases).
    const unsplit = seeds.notifications.filter((n) => n.valueMdeUsd === null && n.valueOtherUsd === null && n.deliveredToCongress === null);
    expect(unsplit.length).toBeGreaterThan(0);
    const other = (await data.getNotification(unsplit[0]!.slug))!;
    expect(other.estimatedValueUsd).toBe(BigInt(unsplit[0]!.estimatedValueUsd));
    expect(other.valueMdeUsd).toBeNull();
    expect(other.valueOtherUsd).toBeNull();
    expect(other.deliveredOn).toBeNull();
  });

  it("the emergency sales carry who determined the emergency", async () => {
    const waived = seeds.notifications.filter((n) => n.reviewWaived);
    expect(waived.length).toBeGreaterThan(0);
    for (const n of waived) {
      const deal = (await data.getNotification(n.slug))!;
      expect(deal.emergency?.determinedBy).toBe(n.emergency!.determinedBy);
      expect(deal.sources.map((s) => s.key)).toContain(deal.emergency!.sourceKey);
    }
  });

  it("the timeline filters by transmittal number, by emergency and by later changes", async () => {
    const byNumber = await data.getTimeline({ ...EMPTY_FILTERS, transmittals: [NUMBER] });
    expect(byNumber.entries.map((e) => e.slug)).toEqual([CANADA]);
    expect(byNumber.entries[0]).toMatchObject({ transmittalNumber: NUMBER, laterChangeCount: 1 });

    const changed = await data.getTimeline({ ...EMPTY_FILTERS, changed: true }, 10_000);
    const reported = new Set(seeds.reports.map((r) => r.saleSlug));
    expect(new Set(changed.entries.map((e) => e.slug))).toEqual(reported);

    const emergency = await data.getTimeline({ ...EMPTY_FILTERS, emergency: true }, 10_000);
    expect(emergency.entries.map((e) => e.slug).sort()).toEqual(seeds.notifications.filter((n) => n.reviewWaived).map((n) => n.slug).sort());
    expect(emergency.entries.every((e) => e.reviewWaived)).toBe(true);
  });

  it("a search for the transmittal number finds the sale, whatever dash it is typed with", async () => {
    for (const q of [NUMBER, "99–999"]) {
      const found = await data.getTimeline({ ...EMPTY_FILTERS, q, sort: "relevance" });
      expect(found.entries.map((e) => e.slug)).toContain(CANADA);
    }
  });

  it("the export carries the new fields", async () => {
    const { notifications } = await data.getNotificationsForExport({ ...EMPTY_FILTERS, transmittals: [NUMBER] }, 0, 10);
    expect(notifications[0]).toMatchObject({
      transmittalNumber: NUMBER,
      valueMdeUsd: 1_200_000_000n,
      deliveredOn: "2025-09-30",
      congressionalRecordOn: "2025-11-04",
      federalRegisterOn: null,
      implementingAgency: "Army",
      reports: [expect.objectContaining({ kind: "cost-increase", valueAfterUsd: 1_900_000_000n })],
    });
  });

  it("re-seeding unchanged data writes nothing; removing the report deletes it", () => {
    const before = dumpDatabase(file);
    writeSeedData(file, seeds);
    expect(dumpDatabase(file)).toBe(before);
    writeSeedData(file, { ...seeds, reports: [] });
    expect(dumpDatabase(file)).not.toContain("More launchers");
    writeSeedData(file, seeds);
    expect(dumpDatabase(file)).toContain("More launchers");
  });
});
