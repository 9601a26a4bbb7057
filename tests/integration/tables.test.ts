import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARCHIVE_FROM } from "@/lib/domain";
import { PAGE_TABLES } from "@/lib/exports";
import type { NotificationSeed, SeedData } from "@/lib/seed";
import { parseCsv } from "../support/csv";
import { realRecord, useRecordDatabase } from "../support/db";

/**
 * Every page's tables as files (lib/views/tables.ts) on the real record: each figure equals what
 * the seed files give (counted here from them, not from the queries), a table kept by `?table=`
 * is that table alone, and bad input is a 400 or a 404, never a 500.
 */

let work: string;
let data: SeedData;
let views: typeof import("@/lib/views");
let disconnect: () => Promise<void>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-tables-"));
  data = realRecord();
  disconnect = await useRecordDatabase(path.join(work, "tables.db"));
  views = await import("@/lib/views");
});
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

const none = new URLSearchParams();
type Row = Record<string, string | number | boolean | null>;
type Doc = { tables: Record<string, Row[]> } & Record<string, unknown>;

async function json(load: Promise<unknown>): Promise<Doc> {
  const view = (await load) as { data?: { body: string; contentType: string } };
  if (!view.data) throw new Error(`expected a file, got ${JSON.stringify(view)}`);
  expect(view.data.contentType).toBe("json");
  return JSON.parse(view.data.body) as Doc;
}

/** How many of `list` each key has. */
function countBy<T>(list: T[], keys: (item: T) => string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of list) for (const key of new Set(keys(item))) out.set(key, (out.get(key) ?? 0) + 1);
  return out;
}

const newestFirst = (a: NotificationSeed, b: NotificationSeed) => b.announcedOn.localeCompare(a.announcedOn) || b.slug.localeCompare(a.slug);

describe("a recipient's page's tables", () => {
  /** A recipient with few enough notifications for its page to list every one (the strip), and more than one. */
  const pick = () => {
    const counts = countBy(data.notifications, (n) => [n.recipient]);
    return [...counts.entries()].filter(([, c]) => c > 1 && c <= 200).sort((a, b) => b[1] - a[1])[0]![0];
  };

  it("count what the seeds hold: by fiscal year (with the examples before the archive), by system, and every notification", async () => {
    const code = pick();
    const mine = data.notifications.filter((n) => n.recipient === code);
    const doc = await json(views.loadCountryTables(code, "json", none));
    expect(doc).toMatchObject({ recipient: { code }, notifications: mine.length });
    const years = doc.tables["fiscal-years"]!;
    expect(years.reduce((sum, r) => sum + Number(r.notifications), 0)).toBe(mine.length);
    expect(years.find((r) => r.key === "before-archive")?.notifications ?? 0).toBe(mine.filter((n) => n.announcedOn < ARCHIVE_FROM).length);
    expect(new Map(doc.tables.systems!.map((r) => [r.key, r.notifications]))).toEqual(countBy(mine, (n) => n.systems));
    const held = mine.filter((n) => n.announcedOn >= ARCHIVE_FROM).sort(newestFirst);
    expect(doc.tables.notifications!.map((r) => r.key)).toEqual(held.map((n) => n.slug));
  });

  it("as CSV: the same rows, and ?table= keeps one table", async () => {
    const code = pick();
    const view = (await views.loadCountryTables(code, "csv", new URLSearchParams("table=systems"))) as { data: { body: string; filename: string } };
    expect(view.data.filename).toBe(`fms-recipient-${code.toLowerCase()}.csv`);
    const [header, ...rows] = parseCsv(view.data.body.replace(/^\uFEFF/, ""));
    expect(header).toEqual(["table", "key", "label", "date", "notifications", "estimated_value_usd", "quantity", "up_to", "timeline_url", "page_url"]);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(["systems"]));
    expect(rows.length).toBe(new Set(data.notifications.filter((n) => n.recipient === code).flatMap((n) => n.systems)).size);
  });

  it("404 for no such recipient or another spelling of its code; 400 naming an unknown parameter or table", async () => {
    const code = pick();
    expect(await views.loadCountryTables("XX", "csv", none)).toEqual({ notFound: true });
    expect(await views.loadCountryTables(code.toLowerCase(), "csv", none)).toEqual({ notFound: true });
    expect(await views.loadCountryTables(code, "csv", new URLSearchParams("colour=red"))).toMatchObject({ badRequest: { parameter: "colour" } });
    const bad = await views.loadCountryTables(code, "json", new URLSearchParams("table=votes"));
    expect(bad).toMatchObject({ badRequest: { parameter: "table", value: "votes" } });
    expect((bad as { badRequest: { message: string } }).badRequest.message).toContain("fiscal-years, systems, notifications");
  });
});

describe("a system's page's tables", () => {
  it("count what the seeds hold: by fiscal year and by recipient; 404 for another name", async () => {
    const counts = countBy(data.notifications, (n) => n.systems);
    const [slug, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const mine = data.notifications.filter((n) => n.systems.includes(slug));
    const doc = await json(views.loadSystemTables(slug, "json", none));
    expect(doc).toMatchObject({ system: { slug }, notifications: count });
    expect(doc.tables["fiscal-years"]!.reduce((sum, r) => sum + Number(r.notifications), 0)).toBe(count);
    expect(new Map(doc.tables.recipients!.map((r) => [r.key, r.notifications]))).toEqual(countBy(mine, (n) => [n.recipient]));
    expect(await views.loadSystemTables("no-such-system", "json", none)).toEqual({ notFound: true });
    const name = data.systems.find((s) => s.slug === slug)!.name;
    if (name !== slug) expect(await views.loadSystemTables(name, "json", none)).toEqual({ notFound: true });
  });
});

describe("the indexes' tables", () => {
  it("/countries: the map's view, with its filters read strictly", async () => {
    const year = Number(data.notifications[0]!.announcedOn.slice(0, 4));
    const inYear = data.notifications.filter((n) => n.announcedOn.startsWith(`${year}-`));
    const doc = await json(views.loadCountriesTables("json", new URLSearchParams(`year=${year}`)));
    expect(doc).toMatchObject({ view: `year=${year}`, notifications: inYear.length });
    expect(new Map(doc.tables.recipients!.map((r) => [r.code, r.notifications]))).toEqual(countBy(inYear, (n) => [n.recipient]));
    const all = await json(views.loadCountriesTables("json", none));
    expect(all.notifications).toBe(data.notifications.length);
    expect(await views.loadCountriesTables("csv", new URLSearchParams("country=CA"))).toMatchObject({ badRequest: { parameter: "country" } });
    expect(await views.loadCountriesTables("csv", new URLSearchParams("year=abc"))).toMatchObject({ badRequest: { parameter: "year" } });
    expect(await views.loadCountriesTables("csv", new URLSearchParams("category=nothing-such"))).toMatchObject({ badRequest: { parameter: "category" } });
  });

  it("/systems, /congress and /coverage hold every system, resolution, vote and targeted sale, and every transmittal series", async () => {
    const systems = await json(views.loadSystemsTables("json", none));
    expect(systems.tables.systems!.map((r) => r.slug).sort()).toEqual(data.systems.map((s) => s.slug).sort());
    const congress = await json(views.loadCongressTables("json", none));
    expect(congress.tables.resolutions).toHaveLength(data.resolutions.length);
    expect(congress.tables.votes).toHaveLength(data.resolutions.reduce((n, r) => n + r.votes.length, 0));
    expect(congress.tables.sales).toHaveLength(data.resolutions.reduce((n, r) => n + r.saleSlugs.length, 0));
    const coverage = await json(views.loadCoverageTables("json", none));
    expect(coverage.tables["fiscal-years"]!.reduce((n, r) => n + Number(r.notifications), 0)).toBe(data.notifications.filter((n) => n.announcedOn >= ARCHIVE_FROM).length);
    const series = new Set(data.notifications.flatMap((n) => (n.transmittalNumber ? [n.transmittalNumber.split("-")[0]] : [])));
    expect(coverage.tables["transmittal-series"]!.map((r) => r.key).sort()).toEqual([...series].sort());
    expect(await views.loadCoverageTables("csv", new URLSearchParams("table=nope"))).toMatchObject({ badRequest: { parameter: "table" } });
    // The tables the OpenAPI description offers for ?table= are the ones each file holds.
    expect(Object.keys(systems.tables)).toEqual([...PAGE_TABLES.systems]);
    expect(Object.keys(congress.tables)).toEqual([...PAGE_TABLES.congress]);
    expect(Object.keys(coverage.tables)).toEqual([...PAGE_TABLES.coverage]);
  });
});
