import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { administrationOf, ARCHIVE_FROM, fiscalYearOf, fiscalYearRange, fiscalYearsTo, regionOf, talliedFrom, type FiscalYearTally } from "@/lib/domain";
import { parseFilters } from "@/lib/filters";
import { type NotificationSeed, type SeedData } from "@/lib/seed";
import { realRecord, sumValues, useRecordDatabase } from "../support/db";

/**
 * The fiscal-year tallies on the real record: every figure equals what the seed files give (an
 * oracle written from them, not from the queries), and every figure's link opens a timeline view
 * with the same count and value, the page's promise.
 */
const TODAY = "2026-12-06";

let work: string;
let data: SeedData;
let queries: typeof import("@/lib/queries");
let disconnect: () => Promise<void>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-years-"));
  data = realRecord();
  disconnect = await useRecordDatabase(path.join(work, "years.db"));
  queries = await import("@/lib/queries");
});
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

const counted = (n: NotificationSeed) => n.announcedOn >= talliedFrom();
const challenged = () => new Set(data.resolutions.flatMap((r) => r.saleSlugs));

/** The timeline's count and value for a link the tallies give. */
async function timelineOf(href: string) {
  const url = new URL(href, "http://fms.test");
  expect(url.pathname, href).toBe("/");
  const filters = parseFilters(url.searchParams, await queries.getVocabularyIndex());
  const page = await queries.getTimeline(filters, 1);
  return { count: page.total, valueUsd: page.totalValueUsd };
}

describe("/years: every fiscal year side by side", () => {
  it("lists FY2008 to today's year; each counted year's figures are the seed files', each uncounted year holds only examples", async () => {
    const o = await queries.getFiscalYearsOverview(TODAY);
    expect(o.years.map((y) => y.span.fiscalYear)).toEqual(fiscalYearsTo(TODAY));
    expect(o.years[0]!.span.fiscalYear).toBe(2008);
    const waived = challenged();
    for (const y of o.years) {
      const inYear = data.notifications.filter((n) => fiscalYearOf(n.announcedOn) === y.span.fiscalYear);
      if (!y.span.covered) {
        expect(y.tally.count, `FY${y.span.fiscalYear}`).toBe(0);
        expect(y.examples, `FY${y.span.fiscalYear}`).toBe(inYear.length);
        expect(y.href).toBeNull();
        continue;
      }
      const mine = inYear.filter(counted);
      expect(y.tally, `FY${y.span.fiscalYear}`).toEqual({
        count: mine.length,
        valueUsd: sumValues(mine),
        withoutValue: 0,
        emergency: mine.filter((n) => n.reviewWaived).length,
        challenged: mine.filter((n) => waived.has(n.slug)).length,
        approximate: mine.filter((n) => n.dateApproximate).length,
      });
      expect(y.examples).toBe(inYear.length - mine.length);
    }
    expect(o.total.count).toBe(data.notifications.filter((n) => counted(n) && n.announcedOn <= fiscalYearRange(fiscalYearOf(TODAY)).to).length);
    expect(o.before.count).toBe(data.notifications.filter((n) => n.announcedOn < fiscalYearRange(2008).from).length);
  });

  it("each year's link, each administration's and the examples' before FY2008 open timeline views with the same count and value", async () => {
    const o = await queries.getFiscalYearsOverview(TODAY);
    const linked = [...o.years, ...o.administrations].filter((r) => r.href);
    expect(linked.length).toBeGreaterThan(3);
    for (const r of linked) expect(await timelineOf(r.href!), r.href!).toEqual({ count: r.tally.count, valueUsd: r.tally.valueUsd });
    if (o.before.href) expect(await timelineOf(o.before.href)).toEqual({ count: o.before.count, valueUsd: o.before.valueUsd });
  });

  it("groups by administration by each notification's date, the day of an inauguration counting for the new one", async () => {
    const o = await queries.getFiscalYearsOverview(TODAY);
    expect(o.administrations.map((a) => a.administration.slug)).toEqual(["bush", "obama", "trump-1", "biden", "trump-2"]);
    for (const a of o.administrations) {
      const mine = data.notifications.filter((n) => administrationOf(n.announcedOn)?.slug === a.administration.slug);
      expect(a.tally.count + a.examples, a.administration.slug).toBe(mine.length);
      expect(a.tally.valueUsd, a.administration.slug).toBe(sumValues(mine.filter(counted)));
    }
    const biden = o.administrations.find((a) => a.administration.slug === "biden")!;
    expect(biden.covered).toEqual({ from: talliedFrom() > "2021-01-20" ? talliedFrom() : "2021-01-20", to: "2025-01-19" });
    expect(biden.startsLate).toBe(talliedFrom() > "2021-01-20");
    expect(o.administrations.at(-1)!.inOffice).toBe(true);
  });
});

describe("/years/<FY>: one fiscal year", () => {
  const FY = 2025;
  let tally: FiscalYearTally;
  let inYear: NotificationSeed[];
  beforeAll(async () => {
    tally = (await queries.getFiscalYearTally(FY, TODAY))!;
    const { from, to } = fiscalYearRange(FY);
    inYear = data.notifications.filter((n) => n.announcedOn >= from && n.announcedOn <= to && counted(n));
    expect(inYear.length).toBeGreaterThan(10);
  });

  it("is null for a year outside FY2008 to today's", async () => {
    for (const fy of [1999, 2007, fiscalYearOf(TODAY) + 1, 2100]) expect(await queries.getFiscalYearTally(fy, TODAY), String(fy)).toBeNull();
    expect(await queries.getFiscalYearTally(2008, TODAY)).not.toBeNull();
  });

  it("counts the year as the seed files do, by recipient, region, category, system and month", () => {
    expect(tally.tally.count).toBe(inYear.length);
    expect(tally.tally.valueUsd).toBe(sumValues(inYear));
    const byRecipient = new Map<string, NotificationSeed[]>();
    for (const n of inYear) byRecipient.set(n.recipient, [...(byRecipient.get(n.recipient) ?? []), n]);
    expect(tally.recipients.map((r) => [r.code, r.count, r.valueUsd]).sort()).toEqual([...byRecipient].map(([code, ns]) => [code, ns.length, sumValues(ns)]).sort());
    // Largest value first.
    expect(tally.recipients.map((r) => r.valueUsd)).toEqual([...tally.recipients.map((r) => r.valueUsd)].sort((a, b) => (b > a ? 1 : b < a ? -1 : 0)));
    for (const region of tally.regions) {
      const mine = inYear.filter((n) => regionOf(n.recipient) === region.code);
      expect([region.count, region.valueUsd], String(region.code)).toEqual([mine.length, sumValues(mine)]);
    }
    expect(tally.regions.reduce((n, r) => n + r.count, 0)).toBe(inYear.length);
    const categoryOf = new Map(data.systems.map((s) => [s.slug, s.category]));
    for (const c of tally.categories) {
      const mine = inYear.filter((n) => n.systems.some((s) => categoryOf.get(s) === c.slug));
      expect([c.count, c.valueUsd], c.slug).toEqual([mine.length, sumValues(mine)]);
    }
    for (const s of tally.systems) {
      const mine = inYear.filter((n) => n.systems.includes(s.slug));
      expect([s.count, s.valueUsd], s.slug).toEqual([mine.length, sumValues(mine)]);
    }
    expect(tally.months.map((m) => m.month)).toEqual(["2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"]);
    for (const m of tally.months) {
      const mine = inYear.filter((n) => n.announcedOn.startsWith(m.month));
      expect([m.count, m.valueUsd], m.month).toEqual([mine.length, sumValues(mine)]);
    }
    const busiest = Math.max(...tally.months.map((m) => m.count));
    expect(tally.months.find((m) => m.month === tally.busiestMonth)!.count).toBe(busiest);
  });

  it("counts each sale whole for every contractor it names (once however many of its names), and says how many name none or several", () => {
    const owner = new Map(data.contractors.flatMap((c) => c.names.map((name) => [name, c.slug] as const)));
    const slugsOf = (n: NotificationSeed) => new Set(n.principalContractors.map((c) => owner.get(c.name)!));
    for (const k of tally.contractors) {
      const mine = inYear.filter((n) => slugsOf(n).has(k.slug));
      expect([k.count, k.valueUsd], k.slug).toEqual([mine.length, sumValues(mine)]);
      expect(k.href, k.slug).toMatch(/[?&]contractor=/);
    }
    expect(tally.withoutContractor).toBe(inYear.filter((n) => slugsOf(n).size === 0).length);
    expect(tally.sharedContractor).toBe(inYear.filter((n) => slugsOf(n).size > 1).length);
  });

  it("every figure's link opens the timeline view it counts: the same count and value", async () => {
    const figures = [
      { href: tally.href, count: tally.tally.count, valueUsd: tally.tally.valueUsd },
      ...tally.months.filter((m) => m.covered),
      ...tally.recipients,
      ...tally.regions,
      ...tally.categories,
      ...tally.systems,
      ...tally.contractors,
    ];
    // Every recipient has a region: each region's figure is the timeline's region view.
    for (const r of tally.regions) expect(r.href, String(r.code)).toContain(`region=${r.code}`);
    expect(figures.length).toBeGreaterThan(40);
    for (const f of figures) expect(await timelineOf(f.href!), f.href!).toEqual({ count: f.count, valueUsd: f.valueUsd });
    expect((await timelineOf(tally.emergencyHref!)).count).toBe(tally.tally.emergency);
    expect((await timelineOf(tally.challengedHref!)).count).toBe(tally.tally.challenged);
    expect(tally.emergencyEntries.every((e) => e.reviewWaived)).toBe(true);
    expect(tally.challengedEntries.every((e) => e.resolutionCount > 0)).toBe(true);
  });

  it("compares the year with the one before; the average needs two earlier years covered whole", () => {
    const { from, to } = fiscalYearRange(FY - 1);
    const before = data.notifications.filter((n) => n.announcedOn >= from && n.announcedOn <= to && counted(n));
    const previous = tally.comparison.previous;
    if (talliedFrom() <= from) {
      expect(previous).toMatchObject({ fiscalYear: FY - 1, count: before.length, valueUsd: sumValues(before) });
      if ("fiscalYear" in previous) expect(previous.countChange.difference).toBe(inYear.length - before.length);
    } else expect(previous).toHaveProperty("none");
    expect(tally.comparison.stretch).toBeNull();
  });

  it("a year in progress is compared over the same days of earlier years", async () => {
    const fy = fiscalYearOf(TODAY);
    const now = (await queries.getFiscalYearTally(fy, TODAY))!;
    expect(now.span.inProgress).toBe(true);
    expect(now.comparison.stretch).toEqual({ through: TODAY });
    const previous = now.comparison.previous;
    if ("fiscalYear" in previous) {
      const { from } = fiscalYearRange(fy - 1);
      // The same day and month in the year before: in its calendar year before it for October to December.
      const through = `${Number(TODAY.slice(5, 7)) >= 10 ? fy - 2 : fy - 1}-${TODAY.slice(5)}`;
      const sameDays = data.notifications.filter((n) => n.announcedOn >= from && n.announcedOn <= through);
      expect(sameDays.length).toBeGreaterThan(0);
      expect(previous.count).toBe(sameDays.length);
      expect(previous.valueUsd).toBe(sumValues(sameDays));
    }
  });

  it("a year the record does not count says so, holding its examples apart", async () => {
    const old = (await queries.getFiscalYearTally(2011, TODAY))!;
    if (talliedFrom() > ARCHIVE_FROM) {
      expect(old.span.covered).toBeNull();
      expect(old.tally.count).toBe(0);
      expect(old.examples).toBe(data.notifications.filter((n) => fiscalYearOf(n.announcedOn) === 2011).length);
      expect(old.recipients).toEqual([]);
    }
  });
});
