import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildDataset, readBuild, type BuildReport, type RecordReader } from "@/lib/dataset";
import { DATABASE_DICTIONARY, DATABASE_LEFT_OUT, DATASET_FILES, datasetFileSpec, downloadName, fieldPaths, keyPaths, RECORD_JSON_FIELDS } from "@/lib/exports";
import { writeSeedData } from "@/lib/seed";
import { LENGTH_HEADER } from "@/lib/server/content-length.mjs";
import { datasetDirectory } from "@/lib/server/dataset-dir.mjs";
import { parseCsv } from "../support/csv";
import { realRecord, useRecordDatabase } from "../support/db";

/**
 * The dataset's files (/data) built from the real seeds as the seed builds them, read back as a
 * user would: every file's columns (its header, its JSON keys, its tables) are exactly the data
 * dictionary's; rows match the record; the copy of the database holds nothing of the site's
 * bookkeeping; and the files are served with their name, type and caching.
 */

const seeds = realRecord();
const origin = new URL("https://fms-timeline.example");

let work: string;
let database: string;
let directory: string;
let report: BuildReport;
let disconnect: () => Promise<void>;
let queries: typeof import("@/lib/queries");
let fileRoute: typeof import("@/app/data/[file]/route");
let csvRoute: typeof import("@/app/notifications.csv/route");

/** The record through lib/queries, as scripts/dataset.ts reads it (here from the test's database itself: nothing writes to it meanwhile). */
const reader = async (): Promise<RecordReader> => ({ summary: () => queries.getRecordSummary(), pages: () => queries.recordPages(100), close: async () => {} });

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-dataset-"));
  database = path.join(work, "record.db");
  directory = datasetDirectory(database);
  disconnect = await useRecordDatabase(database);
  queries = await import("@/lib/queries");
  fileRoute = await import("@/app/data/[file]/route");
  csvRoute = await import("@/app/notifications.csv/route");
  report = await buildDataset({ database, directory, origin, open: reader, now: () => new Date("2026-11-29T12:00:00Z") });
});
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

const stored = (name: string) => path.join(directory, report.build.files.find((f) => f.name === name)!.stored);
const csv = (name: string) => parseCsv(readFileSync(stored(name), "utf8"));
const dictionaryNames = (name: string) => datasetFileSpec(name)!.dictionary().map((e) => e.name);

describe("the data dictionary names every column of every built file, and nothing else", () => {
  it.each(["notifications.csv", "equipment.csv", "sources.csv"])("%s: its header row", (name) => {
    const [header] = csv(name);
    expect(header).toEqual(dictionaryNames(name));
  });

  it("record.json: every key path its objects hold", () => {
    const document = JSON.parse(readFileSync(stored("record.json"), "utf8"));
    // Real keys, read from the file: every field of every notification (nested ones as `systems[].category.slug`).
    const real = keyPaths(document);
    const documented = dictionaryNames("record.json");
    expect([...real].filter((k) => !documented.includes(k)), "keys the dictionary does not name").toEqual([]);
    // A field inside an object no record has yet (a resolution that became law) cannot be read from the file:
    // only those may be missing, and only where the file holds the object as null.
    const missing = documented.filter((k) => !real.has(k));
    const nullEverywhere = (k: string) => real.has(k.slice(0, k.lastIndexOf("."))) && ![...real].some((r) => r.startsWith(`${k.slice(0, k.lastIndexOf("."))}.`));
    expect(missing.filter((k) => !nullEverywhere(k)), "documented keys the file does not hold").toEqual([]);
    expect(missing.length).toBeLessThan(5);
    expect(documented.sort()).toEqual([...fieldPaths(RECORD_JSON_FIELDS)].sort());
  });

  it("record.sqlite: every table and column of the copy", () => {
    const copy = new Database(stored("record.sqlite"), { readonly: true });
    try {
      const tables = (copy.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
      const columns = tables.flatMap((t) => (copy.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[]).map((c) => `${t}.${c.name}`));
      expect(columns.sort()).toEqual(dictionaryNames("record.sqlite").sort());
      expect(tables.sort()).toEqual(DATABASE_DICTIONARY.map((t) => t.table).sort());
    } finally {
      copy.close();
    }
  });

  it("every entry says what the column means and where it comes from", () => {
    for (const spec of DATASET_FILES) {
      for (const entry of spec.dictionary()) {
        expect(entry.meaning.length, `${spec.name} ${entry.name}`).toBeGreaterThan(8);
        expect(entry.origin.length, `${spec.name} ${entry.name}`).toBeGreaterThan(3);
        expect(entry.type.length, `${spec.name} ${entry.name}`).toBeGreaterThan(2);
      }
    }
  });
});

describe("the files hold the record", () => {
  const lines = seeds.notifications.reduce((n, s) => n + s.majorDefenseEquipment.length + s.otherItems.length, 0);
  const sources = seeds.notifications.reduce((n, s) => n + s.sources.length, 0);
  const newest = seeds.notifications.map((n) => n.announcedOn).sort().at(-1);

  it("a row per notification, per equipment line and per source, counted in the build", () => {
    expect(csv("notifications.csv")).toHaveLength(seeds.notifications.length + 1);
    expect(csv("equipment.csv")).toHaveLength(lines + 1);
    expect(csv("sources.csv")).toHaveLength(sources + 1);
    const rows = Object.fromEntries(report.build.files.map((f) => [f.name, f.rows]));
    expect(rows).toEqual({ "notifications.csv": seeds.notifications.length, "equipment.csv": lines, "sources.csv": sources, "record.json": seeds.notifications.length, "record.sqlite": seeds.notifications.length });
    expect(report.build).toMatchObject({ builtAt: "2026-11-29T12:00:00Z", dataAsOf: newest, notifications: seeds.notifications.length });
  });

  it("the notifications file is the CSV export of the whole record, byte for byte", async () => {
    const response = await csvRoute.GET(new NextRequest("https://fms-timeline.example/notifications.csv"));
    const exported = Buffer.from(await response.arrayBuffer()).toString("utf8").replaceAll("http://localhost:3000", origin.origin);
    expect(exported).toBe(readFileSync(stored("notifications.csv"), "utf8"));
  });

  it("equipment lines carry their quantities, keyed to their notification", () => {
    const [header, ...rows] = csv("equipment.csv");
    const at = (row: string[], column: string) => row[header!.indexOf(column)];
    const himars = rows.filter((r) => at(r, "notification_slug") === "2025-10-01-canada-m142-himars" && at(r, "kind") === "mde");
    const seed = seeds.notifications.find((n) => n.slug === "2025-10-01-canada-m142-himars")!;
    expect(himars.map((r) => [at(r, "line"), at(r, "description"), at(r, "quantity")])).toEqual(
      seed.majorDefenseEquipment.map((m, i) => [String(i + 1), m.description, m.quantity === null ? "" : String(m.quantity)]),
    );
  });

  it("sources say which official dates they give", () => {
    const seed = seeds.notifications.find((n) => n.deliveredToCongress !== null)!;
    const [header, ...rows] = csv("sources.csv");
    const row = rows.find((r) => r[header!.indexOf("notification_slug")] === seed.slug && r[header!.indexOf("source_id")] === seed.deliveredToCongress!.source)!;
    expect(row[header!.indexOf("cited_for")]).toContain("delivered_on");
  });

  it("the JSON file says what it is: its version, terms and caveats", () => {
    const { dataset, notifications } = JSON.parse(readFileSync(stored("record.json"), "utf8"));
    expect(dataset).toMatchObject({ builtAt: "2026-11-29T12:00:00Z", dataAsOf: newest, notifications: seeds.notifications.length, url: "https://fms-timeline.example/data" });
    expect(dataset.license).toContain("public domain");
    expect(dataset.citation).toContain("https://fms-timeline.example/data");
    expect(dataset.caveats.join(" ")).toContain("not a sale");
    expect(notifications).toHaveLength(seeds.notifications.length);
  });

  it("the copy of the database leaves out the site's bookkeeping and keeps the record", () => {
    const copy = new Database(stored("record.sqlite"), { readonly: true });
    try {
      const names = (copy.prepare(`SELECT name FROM sqlite_master`).all() as { name: string }[]).map((r) => r.name);
      for (const table of Object.keys(DATABASE_LEFT_OUT.tables)) expect(names.filter((n) => n.startsWith(table)), table).toEqual([]);
      for (const column of Object.keys(DATABASE_LEFT_OUT.columns)) {
        const [table, name] = column.split(".");
        expect((copy.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name), column).not.toContain(name);
      }
      expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
      expect(copy.pragma("freelist_count", { simple: true })).toBe(0);
      expect((copy.prepare(`SELECT COUNT(*) AS n FROM Claim`).get() as { n: number }).n).toBe(seeds.notifications.reduce((n, s) => n + s.claims.length, 0));
    } finally {
      copy.close();
    }
    expect(existsSync(`${stored("record.sqlite")}-journal`)).toBe(false);
  });

  it("the build is recorded in the database, and a rebuild keeps the previous build's files for downloads under way", async () => {
    expect(readBuild(database)).toEqual(report.build);
    const first = report.build.files.map((f) => f.stored);
    const second = await buildDataset({ database, directory, origin, open: reader, now: () => new Date("2026-11-30T12:00:00Z") });
    const third = await buildDataset({ database, directory, origin, open: reader, now: () => new Date("2026-12-01T12:00:00Z") });
    const onDisk = readdirSync(directory);
    // The JSON file carries its build time, so each build's is a new file; the previous build's stays, the one before goes.
    const json = (b: BuildReport["build"]) => b.files.find((f) => f.name === "record.json")!.stored;
    expect(onDisk).toContain(json(third.build));
    expect(onDisk).toContain(json(second.build));
    expect(onDisk).not.toContain(first.find((f) => f.startsWith("record-") && f.endsWith(".json")));
    expect(readBuild(database)).toEqual(third.build);
    report = third;
  });
});

describe("the CSV export of the whole record", () => {
  const download = async () => {
    const response = await csvRoute.GET(new NextRequest("https://fms-timeline.example/notifications.csv"));
    // The bytes as sent (Response.text() would drop the byte-order mark).
    const text = Buffer.from(await response.arrayBuffer()).toString("utf8");
    return { length: response.headers.get(LENGTH_HEADER), total: response.headers.get("x-total-count"), text };
  };

  it("is the dataset's notifications file, sent from disk with its length, while the file holds the record's current version", async () => {
    vi.stubEnv("SITE_URL", origin.origin);
    try {
      const build = readBuild(database)!;
      const file = build.files.find((f) => f.name === "notifications.csv")!;
      const whole = await download();
      expect(whole.length).toBe(String(file.bytes));
      expect(whole.total).toBe(String(seeds.notifications.length));
      expect(whole.text).toBe(readFileSync(path.join(directory, file.stored), "utf8"));
      // Any other view is read from the database, a page at a time (its size unknown until it ends).
      const view = await csvRoute.GET(new NextRequest("https://fms-timeline.example/notifications.csv?country=CA"));
      expect(view.headers.get(LENGTH_HEADER)).toBeNull();
    } finally {
      vi.unstubAllEnvs();
      vi.stubEnv("DATABASE_URL", `file:${database}`);
    }
  });

  it("is read from the database once the seed changes the record, until the files are built again", async () => {
    vi.stubEnv("SITE_URL", origin.origin);
    try {
      const version = (file: string) => {
        const db = new Database(file, { readonly: true });
        try {
          return Number(db.pragma("user_version", { simple: true }));
        } finally {
          db.close();
        }
      };
      const before = version(database);
      const edited = { ...seeds, notifications: seeds.notifications.map((n, i) => (i === 0 ? { ...n, summary: "Edited after the build." } : n)) };
      writeSeedData(database, edited);
      expect(version(database)).toBe(before + 1);
      const fresh = await download();
      expect(fresh.length).toBeNull();
      expect(fresh.text).toContain("Edited after the build.");
      writeSeedData(database, seeds);
      report = await buildDataset({ database, directory, origin, open: reader, now: () => new Date("2026-12-02T12:00:00Z") });
      expect(report.build.recordVersion).toBe(before + 2);
      expect((await download()).length).not.toBeNull();
    } finally {
      vi.unstubAllEnvs();
      vi.stubEnv("DATABASE_URL", `file:${database}`);
    }
  });
});

describe("the /data page's loader", () => {
  it("lists each file of the build with its rows and size, the dates and a citation; a query string redirects to /data", async () => {
    const views = await import("@/lib/views");
    expect(await views.loadData({ utm_source: "x" })).toEqual({ redirect: "/data" });
    const page = await views.loadData({});
    if (!("data" in page)) throw new Error("expected the page's data");
    const build = readBuild(database)!;
    expect(page.data.files.map((f) => f.name)).toEqual(DATASET_FILES.map((f) => f.name));
    const equipment = page.data.files.find((f) => f.name === "equipment.csv")!;
    expect(equipment.rows).toBe(`${build.files.find((f) => f.name === "equipment.csv")!.rows.toLocaleString("en-US")} equipment lines`);
    expect(equipment.downloadName).toBe(`fms-timeline-${build.builtAt.slice(0, 10)}-equipment.csv`);
    expect(page.data.dates).toMatch(/^Data as of \d+ \w+ \d{4} \(the newest notification\) · files built \d+ \w+ \d{4}$/);
    expect(page.data.citation).toContain("[Data set]");
    expect(page.data.coverage.held + page.data.coverage.earlier).toBe(seeds.notifications.length);
  });
});

describe("served at /data/<file>", () => {
  const get = (name: string, init?: { headers?: Record<string, string>; query?: string }) =>
    fileRoute.GET(new NextRequest(`https://fms-timeline.example/data/${name}${init?.query ?? ""}`, { headers: init?.headers }), { params: Promise.resolve({ file: name }) });

  it.each(DATASET_FILES.map((f) => [f.name, f.contentType]))("%s: the file, its type, its download name and caching", async (name, type) => {
    const response = await get(name);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    const build = readBuild(database)!;
    const file = build.files.find((f) => f.name === name)!;
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${downloadName(file.name, build.builtAt)}"`);
    // Next.js drops Content-Length from a handler's response; the server restores it from this header.
    expect(response.headers.get(LENGTH_HEADER)).toBe(String(file.bytes));
    expect(response.headers.get("etag")).toBe(`"${file.sha256}"`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(path.join(directory, file.stored)))).toBe(true);
  });

  it("304 for the ETag the client has, 200 for an older one", async () => {
    const etag = (await get("sources.csv")).headers.get("etag")!;
    const same = await get("sources.csv", { headers: { "if-none-match": etag } });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe("");
    expect((await get("sources.csv", { headers: { "if-none-match": '"0000"' } })).status).toBe(200);
  });

  it("400 naming an unknown parameter (these addresses take none); 404 for a file that is not one", async () => {
    const bad = await get("record.json", { query: "?v=2&format=zip" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Unknown parameters "v", "format". This address takes no parameters.');
    const missing = await get("record.xlsx");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("notifications.csv, equipment.csv, sources.csv, record.json, record.sqlite");
  });

  it("HEAD gives the headers alone", async () => {
    const response = await fileRoute.HEAD(new NextRequest("https://fms-timeline.example/data/record.json", { method: "HEAD" }), { params: Promise.resolve({ file: "record.json" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.text()).toBe("");
  });
});
