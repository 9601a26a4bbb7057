import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ARCHIVE_FROM, fiscalYearOf, isBeforeArchive, lineItemsForSystem } from "@/lib/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedData, type NotificationSeed } from "@/lib/seed";
import { EMPTY_FILTERS, type Filters } from "@/lib/filters";
import { ANOTHER_SALE, newestFirst, sumValues, useSeededDatabase } from "../support/db";


const seedsDir = path.resolve(__dirname, "../../seeds");
const TEMPLATE = "2024-03-12-poland-amraam";
/** More than the list window (50) and the dot strip's limit (200), for one recipient and system. */
const EXTRA = 260;

let work: string;
let notifications: NotificationSeed[];
let profiles: typeof import("@/lib/queries");
let views: typeof import("@/lib/views");
let disconnect: () => Promise<void>;


beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-profiles-"));
  const seeds = path.join(work, "seeds");
  cpSync(seedsDir, seeds, { recursive: true });
  // Copies of a real record under new slugs, dates and values: Poland gets hundreds of AMRAAM notifications.
  const template = JSON.parse(readFileSync(path.join(seedsDir, "notifications", `${TEMPLATE}.json`), "utf8")) as Record<string, unknown>;
  for (let i = 0; i < EXTRA; i++) {
    const day = new Date(Date.UTC(2001, 0, 1 + i * 23)).toISOString().slice(0, 10);
    const slug = `${day}-poland-amraam-copy-${i}`;
    // Values above 2^31 so that the totals are well past what a 32-bit sum holds; exact as BigInt.
    const waived = i % 50 === 0;
    const firstSource = (template.sources as { id: string }[])[0]!.id;
    const copy = {
      ...template,
      slug,
      announcedOn: day,
      estimatedValueUsd: 3_000_000_000 + i * 1_000_003,
      ...ANOTHER_SALE,
      dateApproximate: i % 7 === 0,
      reviewWaived: waived,
      emergency: waived ? { determinedBy: "Secretary of State", determinedOn: null, source: firstSource } : null,
      notes: i % 7 === 0 ? "Test copy: the date is approximate." : null,
    };
    writeFileSync(path.join(seeds, "notifications", `${slug}.json`), JSON.stringify(copy, null, 2));
  }
  const data = loadSeedData(seeds);
  notifications = data.notifications;
  expect(notifications.filter((n) => n.recipient === "PL").length).toBeGreaterThan(EXTRA);

  const file = path.join(work, "profiles.db");
  disconnect = await useSeededDatabase(file, data);
  profiles = await import("@/lib/queries");
  views = await import("@/lib/views");
});

/** Test oracle: notifications by fiscal year from the archive on, oldest first, as a profile gives them. */
function byFiscalYear(rows: NotificationSeed[]) {
  const years = new Map<number, { fiscalYear: number; count: number; valueUsd: bigint; approximateCount: number }>();
  for (const n of rows.filter((r) => !isBeforeArchive(r.announcedOn))) {
    const fy = fiscalYearOf(n.announcedOn);
    const y = years.get(fy) ?? { fiscalYear: fy, count: 0, valueUsd: 0n, approximateCount: 0 };
    years.set(fy, { fiscalYear: fy, count: y.count + 1, valueUsd: y.valueUsd + BigInt(n.estimatedValueUsd), approximateCount: y.approximateCount + (n.dateApproximate ? 1 : 0) });
  }
  return [...years.values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
}
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

describe("profiles of a recipient and a system with hundreds of notifications", () => {
  it("a recipient's totals, years, systems and counts cover every notification; its list is the newest 50; no dot strip", async () => {
    const poland = notifications.filter((n) => n.recipient === "PL");
    const profile = (await profiles.getCountryProfile("PL"))!;
    expect(profile.notificationCount).toBe(poland.length);
    expect(profile.totalValueUsd).toBe(sumValues(poland));
    expect(profile.approximateCount).toBe(poland.filter((n) => n.dateApproximate).length);
    expect(profile.waivedCount).toBe(poland.filter((n) => n.reviewWaived).length);

    // Fiscal years from the archive on; the copies dated before it are examples, counted apart.
    expect(profile.byFiscalYear).toEqual(byFiscalYear(poland));
    const earlier = poland.filter((n) => isBeforeArchive(n.announcedOn));
    expect(earlier.length).toBeGreaterThan(0);
    expect(profile.earlier).toEqual({ count: earlier.length, valueUsd: sumValues(earlier) });

    const amraam = profile.systems.find((s) => s.slug === "amraam")!;
    const polishAmraam = poland.filter((n) => n.systems.includes("amraam"));
    expect(amraam).toMatchObject({ count: polishAmraam.length, valueUsd: sumValues(polishAmraam) });
    expect(profile.systems.reduce((total, s) => total + s.count, 0)).toBe(poland.reduce((total, n) => total + n.systems.length, 0));

    expect(profile.notifications).toHaveLength(profiles.PROFILE_LIST_SIZE);
    expect(profile.notifications.map((n) => n.slug)).toEqual([...poland].sort(newestFirst).slice(0, profiles.PROFILE_LIST_SIZE).map((n) => n.slug));
    expect(profile.strip).toBeNull();
  });

  it("a recipient with few notifications still gets every one, and its dot strip", async () => {
    const canada = notifications.filter((n) => n.recipient === "CA");
    const profile = (await profiles.getCountryProfile("CA"))!;
    expect(profile.notificationCount).toBe(canada.length);
    expect(profile.notifications).toHaveLength(canada.length);
    expect(profile.strip?.map((n) => n.slug)).toEqual(canada.sort(newestFirst).map((n) => n.slug));
  });

  it("a system's totals, recipients and quantity count cover every notification; its lists are the newest 50", async () => {
    const { systems } = loadSeedData(seedsDir);
    const named = (slugs: string[]) => slugs.map((slug) => ({ slug, names: (({ name, aliases }) => [name, ...aliases])(systems.find((s) => s.slug === slug)!) }));
    const amraam = notifications.filter((n) => n.systems.includes("amraam"));
    const withQuantities = amraam.filter((n) => lineItemsForSystem(n.majorDefenseEquipment, named(n.systems), "amraam").length > 0).sort(newestFirst);
    const profile = (await profiles.getSystemProfile("amraam"))!;

    expect(profile.notificationCount).toBe(amraam.length);
    expect(profile.totalValueUsd).toBe(sumValues(amraam));
    expect(profile.sharedCount).toBe(amraam.filter((n) => n.systems.length > 1).length);
    const poland = amraam.filter((n) => n.recipient === "PL");
    expect(profile.recipients[0]).toMatchObject({ code: "PL", count: poland.length, valueUsd: sumValues(poland) });
    expect(profile.recipients.reduce((total, r) => total + r.count, 0)).toBe(amraam.length);
    expect(profile.byFiscalYear).toEqual(byFiscalYear(amraam));
    expect(profile.earlier).toEqual({ count: amraam.filter((n) => isBeforeArchive(n.announcedOn)).length, valueUsd: sumValues(amraam.filter((n) => isBeforeArchive(n.announcedOn))) });
    expect(profile.approximateCount).toBe(amraam.filter((n) => n.dateApproximate).length);

    expect(profile.notifications.map((n) => n.slug)).toEqual([...amraam].sort(newestFirst).slice(0, profiles.PROFILE_LIST_SIZE).map((n) => n.slug));
    expect(profile.quantityCount).toBe(withQuantities.length);
    // The newest 50 that give a quantity, shown oldest first.
    expect(profile.quantities.map((q) => q.slug)).toEqual(withQuantities.slice(0, profiles.PROFILE_LIST_SIZE).reverse().map((n) => n.slug));
  });

  it("the /countries and /systems rows total every notification", async () => {
    const poland = notifications.filter((n) => n.recipient === "PL");
    const recipients = await profiles.getRecipientSummaries();
    expect(recipients.find((r) => r.code === "PL")).toMatchObject({ count: poland.length, valueUsd: sumValues(poland) });
    const amraam = notifications.filter((n) => n.systems.includes("amraam"));
    const systems = await profiles.getSystemSummaries();
    expect(systems.find((s) => s.slug === "amraam")).toMatchObject({ count: amraam.length, valueUsd: sumValues(amraam), recipientCount: new Set(amraam.map((n) => n.recipient)).size });
    expect(systems.reduce((total, s) => total + s.count, 0)).toBe(notifications.reduce((total, n) => total + n.systems.length, 0));
  });

  it("the map's rows follow a year, a date range, a category or a system, and keep recipients with none at zero", async () => {
    const data = loadSeedData(path.join(work, "seeds"));
    const categoryOf = new Map(data.systems.map((s) => [s.slug, s.category]));
    const oracle = (keep: (n: NotificationSeed) => boolean) => {
      const out = new Map<string, { count: number; valueUsd: bigint; firstOn: string | null; lastOn: string | null }>();
      for (const r of data.recipients) {
        const mine = notifications.filter((n) => n.recipient === r.code && keep(n));
        const dates = mine.map((n) => n.announcedOn).sort();
        out.set(r.code, { count: mine.length, valueUsd: sumValues(mine), firstOn: dates[0] ?? null, lastOn: dates.at(-1) ?? null });
      }
      return out;
    };
    const cases: [Filters, (n: NotificationSeed) => boolean][] = [
      [{ ...EMPTY_FILTERS, year: 2024 }, (n) => n.announcedOn.startsWith("2024")],
      [{ ...EMPTY_FILTERS, from: "2005-01-01", to: "2024-06-30" }, (n) => n.announcedOn >= "2005-01-01" && n.announcedOn <= "2024-06-30"],
      [{ ...EMPTY_FILTERS, categories: ["air-to-air-missile"] }, (n) => n.systems.some((s) => categoryOf.get(s) === "air-to-air-missile")],
      [{ ...EMPTY_FILTERS, systems: ["amraam"] }, (n) => n.systems.includes("amraam")],
    ];
    for (const [filters, keep] of cases) {
      const rows = await profiles.getRecipientSummaries(filters);
      expect(rows.length, JSON.stringify(filters)).toBe(data.recipients.length);
      const expected = oracle(keep);
      for (const r of rows) expect({ code: r.code, count: r.count, valueUsd: r.valueUsd, firstOn: r.firstOn, lastOn: r.lastOn }).toEqual({ code: r.code, ...expected.get(r.code) });
      expect(rows.some((r) => r.count === 0), JSON.stringify(filters)).toBe(true);
    }
    // A system's map rows agree with its page.
    const amraam = (await profiles.getSystemProfile("amraam"))!;
    const onMap = (await profiles.getRecipientSummaries({ ...EMPTY_FILTERS, systems: ["amraam"] })).filter((r) => r.count > 0);
    expect(onMap.map((r) => [r.code, r.count, r.valueUsd]).sort()).toEqual(amraam.recipients.map((r) => [r.code, r.count, r.valueUsd]).sort());
  });
});

describe("a whole history by fiscal year (a recipient with notifications from 2001 on)", () => {
  it("draws every fiscal year from the archive's first to the record's last, counts the examples apart, and each column links to a view holding its count", async () => {
    const { history } = ((await views.loadCountry("PL")) as { data: import("@/lib/views").CountryData }).data;
    const poland = notifications.filter((n) => n.recipient === "PL");
    const last = notifications.map((n) => n.announcedOn).sort().at(-1)!;
    expect(history.periods[0]).toMatchObject({ key: String(fiscalYearOf(ARCHIVE_FROM)), from: ARCHIVE_FROM, whole: false });
    expect(history.periods.at(-1)!.key).toBe(String(fiscalYearOf(last)));
    // No year is missing: one with nothing notified is there at zero.
    expect(history.periods.map((p) => Number(p.key))).toEqual(Array.from({ length: history.periods.length }, (_, i) => fiscalYearOf(ARCHIVE_FROM) + i));
    expect(history.periods.filter((p) => p.count > 0).map((p) => ({ fiscalYear: Number(p.key), count: p.count }))).toEqual(
      byFiscalYear(poland).map(({ fiscalYear, count }) => ({ fiscalYear, count })),
    );
    expect(history.earlier.count).toBe(poland.filter((n) => isBeforeArchive(n.announcedOn)).length);
    for (const p of history.periods.filter((q) => q.count > 0)) {
      const view = await views.loadTimeline(new URL(p.href, "http://test").searchParams);
      expect("data" in view && view.data.timeline.total, p.href).toBe(p.count);
    }
    const earlier = await views.loadTimeline(new URL(history.earlier.href, "http://test").searchParams);
    expect("data" in earlier && earlier.data.timeline.total).toBe(history.earlier.count);
  });

  it("the timeline's chart over the same notifications: a column per fiscal year, each link holding its count, the examples apart", async () => {
    const { months, filters, earlier } = ((await views.loadTimeline({ country: "PL" })) as { data: import("@/lib/views").TimelineData }).data;
    const { timelinePeriods } = await import("@/lib/charts");
    const laid = timelinePeriods(months, { from: filters.from, to: filters.to })!;
    expect(laid.unit).toBe("fiscal-year");
    const poland = notifications.filter((n) => n.recipient === "PL");
    expect(earlier).toBe(poland.filter((n) => isBeforeArchive(n.announcedOn)).length);
    expect(laid.periods.reduce((sum, p) => sum + p.count, 0)).toBe(poland.length - earlier);
    for (const p of laid.periods.filter((q) => q.count > 0)) {
      const view = await views.loadTimeline({ country: "PL", from: p.from, to: p.to });
      expect("data" in view && view.data.timeline.total, `${p.from} to ${p.to}`).toBe(p.count);
    }
  });
});
