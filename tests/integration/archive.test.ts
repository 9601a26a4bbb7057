import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timelinePeriods } from "@/lib/charts";
import { ARCHIVE_FROM, ARCHIVE_THROUGH, earlierTotals, fiscalYearOf, isBeforeArchive } from "@/lib/domain";
import { EMPTY_FILTERS } from "@/lib/filters";
import { todayInWashington } from "@/lib/format";
import { loadSeedData, type NotificationSeed } from "@/lib/seed";
import { ANOTHER_SALE, useSeededDatabase } from "../support/db";

/**
 * Where the official archive begins and where its list ends (lib/domain/coverage.ts), on the
 * project's seeds and three copies of a real record around those days: an example a few days
 * before the archive's first release (in the same month), a notification just after it, and one
 * after the list ends. Every expectation is worked out from the seed files.
 */

const seedsDir = path.resolve(__dirname, "../../seeds");
const AROUND = ["2008-04-10", "2008-04-25", "2026-10-20"];

let work: string;
let notifications: NotificationSeed[];
let queries: typeof import("@/lib/queries");
let disconnect: () => Promise<void>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-archive-"));
  const seeds = path.join(work, "seeds");
  cpSync(seedsDir, seeds, { recursive: true });
  const template = JSON.parse(readFileSync(path.join(seedsDir, "notifications", "2024-03-12-poland-amraam.json"), "utf8")) as Record<string, unknown>;
  for (const day of AROUND) {
    const slug = `${day}-poland-amraam-archive-edge`;
    writeFileSync(path.join(seeds, "notifications", `${slug}.json`), JSON.stringify({ ...template, slug, announcedOn: day, ...ANOTHER_SALE }, null, 2));
  }
  notifications = loadSeedData(seeds).notifications;
  disconnect = await useSeededDatabase(path.join(work, "archive.db"), loadSeedData(seeds));
  queries = await import("@/lib/queries");
});
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

describe("the archive's first day and the end of its list", () => {
  it("a month holding both an example and the archive's first notifications counts the example apart", async () => {
    const months = await queries.getMonthlyTotals(EMPTY_FILTERS);
    const april = months.filter((m) => m.month === ARCHIVE_FROM.slice(0, 7));
    const inApril = notifications.filter((n) => n.announcedOn.startsWith(ARCHIVE_FROM.slice(0, 7)));
    expect(april.find((m) => m.beforeArchive)?.count).toBe(inApril.filter((n) => isBeforeArchive(n.announcedOn)).length);
    expect(april.find((m) => !m.beforeArchive)?.count).toBe(inApril.filter((n) => !isBeforeArchive(n.announcedOn)).length);
    expect(earlierTotals(months).count).toBe(notifications.filter((n) => isBeforeArchive(n.announcedOn)).length);

    // The year's chart starts on the archive's first day: its April column counts from there, and the example is not in it.
    const year = await queries.getMonthlyTotals({ ...EMPTY_FILTERS, year: 2008 });
    const first = timelinePeriods(year, { from: "2008-01-01", to: "2008-12-31" })!.periods[0]!;
    expect(first).toMatchObject({ key: "2008-04", from: ARCHIVE_FROM, count: inApril.filter((n) => !isBeforeArchive(n.announcedOn)).length, whole: false });
  });

  it("the record's span counts the examples and what came after the list", async () => {
    const span = await queries.getRecordSpan();
    const dates = notifications.map((n) => n.announcedOn).sort();
    expect(span).toEqual({
      first: dates[0],
      last: dates.at(-1),
      years: [...new Set(dates.map((d) => Number(d.slice(0, 4))))].sort((a, b) => b - a),
      total: notifications.length,
      beforeArchive: dates.filter((d) => d < ARCHIVE_FROM).length,
      afterList: dates.filter((d) => d > ARCHIVE_THROUGH).length,
    });
  });

  it("/coverage: every fiscal year from the archive's first to today's, each counting from the archive on; series gaps between the lowest and highest held", async () => {
    const coverage = await queries.getCoverage();
    const today = todayInWashington();
    expect(coverage.fiscalYears.map((fy) => fy.fiscalYear)).toEqual(
      Array.from({ length: fiscalYearOf(today) - fiscalYearOf(ARCHIVE_FROM) + 1 }, (_, i) => fiscalYearOf(ARCHIVE_FROM) + i),
    );
    const held = notifications.filter((n) => !isBeforeArchive(n.announcedOn));
    for (const fy of coverage.fiscalYears) {
      expect(fy.total, `FY${fy.fiscalYear}`).toBe(held.filter((n) => fiscalYearOf(n.announcedOn) === fy.fiscalYear).length);
      expect(fy.official + fy.reportingOnly).toBe(fy.total);
      expect(fy.officialRead + fy.officialCompiled).toBe(fy.official);
    }
    expect(coverage.fiscalYears[0]).toMatchObject({ from: ARCHIVE_FROM, cover: "complete" });
    expect(coverage.fiscalYears.find((fy) => fy.fiscalYear === fiscalYearOf(ARCHIVE_THROUGH))!.cover).toBe("partial");
    expect(coverage.fiscalYears.at(-1)).toMatchObject({ current: true, cover: "beyond" });
    expect(coverage.archive.afterList).toBe(held.filter((n) => n.announcedOn > ARCHIVE_THROUGH).length);
    expect(coverage.earlier.total).toBe(notifications.length - held.length);

    const bySeries = new Map<string, number[]>();
    for (const n of held) {
      const [series, serial] = n.transmittalNumber?.split("-") ?? [];
      if (series && serial && /^\d+$/.test(serial)) bySeries.set(series, [...(bySeries.get(series) ?? []), Number(serial)]);
    }
    expect(coverage.series.map((s) => s.series)).toEqual([...bySeries.keys()].sort());
    for (const s of coverage.series) {
      const serials = [...new Set(bySeries.get(s.series)!)].sort((a, b) => a - b);
      expect(s.held).toBe(serials.length);
      expect(s.missingCount).toBe(serials.at(-1)! - serials[0]! + 1 - serials.length);
    }
  });
});
