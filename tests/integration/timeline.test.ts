import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_FILTERS, type Filters } from "@/lib/filters";
import type { NotificationSeed } from "@/lib/seed";
import { ANOTHER_SALE, newestFirst, realRecord, sumValues, useSeededDatabase } from "../support/db";


const TEMPLATE = "2024-03-12-poland-amraam";
/** Copies whose summary names a word no real record has. Search used to count at most 900 matches. */
const MATCHING = 1_234;
/** Copies without the word, dated among the others, which a search must leave out. */
const OTHERS = 300;
const WORD = "Quokka";

let work: string;
let copies: NotificationSeed[];
let data: typeof import("@/lib/queries");
let disconnect: () => Promise<void>;

const search = (q: string, more: Partial<Filters> = {}): Filters => ({ ...EMPTY_FILTERS, q, sort: "relevance", ...more });

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-data-"));
  const seeds = realRecord();
  const template = seeds.notifications.find((n) => n.slug === TEMPLATE)!;
  // Copies of a real record under new slugs, dates (several a day, so ties are ordered by value, then slug) and values.
  copies = Array.from({ length: MATCHING + OTHERS }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1 + Math.floor(i / 3) * 5)).toISOString().slice(0, 10);
    const matching = i % 5 !== 4 || i / 5 >= OTHERS;
    return {
      ...template,
      slug: `${day}-copy-${String(i).padStart(4, "0")}`,
      announcedOn: day,
      estimatedValueUsd: 1_000_000 * (1 + (i % 7)),
      ...ANOTHER_SALE,
      summary: matching ? `${template.summary} ${WORD}.` : template.summary,
    };
  });
  expect(copies.filter((c) => c.summary.includes(WORD))).toHaveLength(MATCHING);

  const file = path.join(work, "data.db");
  disconnect = await useSeededDatabase(file, { ...seeds, notifications: [...seeds.notifications, ...copies] });
  data = await import("@/lib/queries");
});
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

describe("a search matching more than 900 notifications", () => {
  const matching = () => copies.filter((c) => c.summary.includes(WORD));

  it("counts and sums every match, and pages through all of them", async () => {
    const first = await data.getTimeline(search(WORD));
    expect(first.total).toBe(MATCHING);
    expect(first.totalValueUsd).toBe(sumValues(matching()));
    expect(first.pageCount).toBe(Math.ceil(MATCHING / data.PAGE_SIZE));
    // The copies read alike, so they rank alike: ties keep the newest-first order.
    const expected = matching().sort(newestFirst).map((n) => n.slug);
    expect(first.entries.map((e) => e.slug)).toEqual(expected.slice(0, data.PAGE_SIZE));
    expect(first.entries[0]?.match?.summary.filter((p) => p.mark).map((p) => p.text)).toEqual([WORD]);

    const last = await data.getTimeline(search(WORD, { page: first.pageCount }));
    expect(last.page).toBe(first.pageCount);
    expect(last.entries.map((e) => e.slug)).toEqual(expected.slice((first.pageCount - 1) * data.PAGE_SIZE));
  });

  it("newest first, combined with other filters, and in the chart and the export, counts exactly", async () => {
    const newest = await data.getTimeline(search(WORD, { sort: "newest", page: 3 }));
    expect(newest.total).toBe(MATCHING);
    expect(newest.entries.map((e) => e.slug)).toEqual(matching().sort(newestFirst).slice(2 * data.PAGE_SIZE, 3 * data.PAGE_SIZE).map((n) => n.slug));

    const in2003 = matching().filter((n) => n.announcedOn.startsWith("2003"));
    expect(in2003.length).toBeGreaterThan(0);
    const year = await data.getTimeline(search(WORD, { year: 2003, countries: ["PL"], systems: ["amraam"] }));
    expect(year.total).toBe(in2003.length);
    expect(year.totalValueUsd).toBe(sumValues(in2003));

    const months = await data.getMonthlyTotals(search(WORD));
    expect(months.reduce((total, m) => total + m.count, 0)).toBe(MATCHING);
    expect(months.reduce((total, m) => total + m.valueUsd, 0n)).toBe(sumValues(matching()));

    const exported = await data.getNotificationsForExport(search(WORD), MATCHING - 10, 50);
    expect(exported.total).toBe(MATCHING);
    expect(exported.notifications).toHaveLength(10);
  });

  it("a system filter, with few and with many matches, lists the same notifications whichever way SQLite walks them", async () => {
    // AMRAAM: the copies (many) and the real AMRAAM records. Past 1,000 matches the page walks the newest-first index.
    const all = realRecord().notifications.concat(copies).filter((n) => n.systems.includes("amraam"));
    expect(all.length).toBeGreaterThan(1_000);
    const many = await data.getTimeline({ ...EMPTY_FILTERS, systems: ["amraam"], page: 2 });
    expect(many.total).toBe(all.length);
    expect(many.entries.map((e) => e.slug)).toEqual(all.sort(newestFirst).slice(data.PAGE_SIZE, 2 * data.PAGE_SIZE).map((n) => n.slug));
    const few = await data.getTimeline({ ...EMPTY_FILTERS, systems: ["m142-himars"] });
    const himars = realRecord().notifications.filter((n) => n.systems.includes("m142-himars"));
    expect(few.entries.map((e) => e.slug)).toEqual(himars.sort(newestFirst).slice(0, data.PAGE_SIZE).map((n) => n.slug));
  });
});
