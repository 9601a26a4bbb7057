import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "@/lib/dataset";
import { CSV_HEADER } from "@/lib/exports";
import { datasetDirectory } from "@/lib/server/dataset-dir.mjs";
import { realRecord, useRecordDatabase } from "../support/db";
import { isDocumented, responseSchema, schemaProblems } from "../support/openapi";

/**
 * Real responses, from the route handlers on a database seeded with the real seeds, checked
 * against the OpenAPI description the server itself serves (/api/openapi.json): every status
 * and content type must be documented, and every JSON body must conform to its schema (no
 * field missing, none undocumented, every type, list of values and date as described).
 */

const seeds = realRecord();
const BASE = "https://fms-timeline.example";

let work: string;
let disconnect: () => Promise<void>;
let doc: unknown;
let routes: {
  api: typeof import("@/app/api/notifications/route");
  csv: typeof import("@/app/notifications.csv/route");
  feed: typeof import("@/app/feed.xml/route");
  openapi: typeof import("@/app/api/openapi.json/route");
  file: typeof import("@/app/data/[file]/route");
  health: typeof import("@/app/healthz/route");
};
/** Every page's tables, CSV and JSON, by the path the description names. */
type TablesRoute = { GET: (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response> };
const tableRoutes: Record<string, TablesRoute> = {};
const TABLE_ROUTES = ["countries/[code]", "systems/[slug]", "countries", "systems", "congress", "coverage"].flatMap((page) => ["csv", "json"].map((format) => `${page}/tables.${format}`));

const request = (url: string, headers?: Record<string, string>) => new NextRequest(`${BASE}${url}`, { headers });

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-openapi-"));
  const database = path.join(work, "record.db");
  disconnect = await useRecordDatabase(database);
  routes = {
    api: await import("@/app/api/notifications/route"),
    csv: await import("@/app/notifications.csv/route"),
    feed: await import("@/app/feed.xml/route"),
    openapi: await import("@/app/api/openapi.json/route"),
    file: await import("@/app/data/[file]/route"),
    health: await import("@/app/healthz/route"),
  };
  for (const route of TABLE_ROUTES) tableRoutes[route] = (await import(`@/app/${route}/route`)) as TablesRoute;
  const queries = await import("@/lib/queries");
  await buildDataset({
    database,
    directory: datasetDirectory(database),
    origin: new URL(BASE),
    open: async () => ({ summary: () => queries.getRecordSummary(), pages: () => queries.recordPages(), close: async () => {} }),
  });
  const served = routes.openapi.GET(request("/api/openapi.json"));
  expect(served.status).toBe(200);
  doc = await served.json();
});
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

/** Checks a response against the description: its status and type documented, a JSON body conforming. Returns the body. */
async function conforms(template: string, response: Response): Promise<unknown> {
  const type = response.headers.get("content-type");
  expect(isDocumented(doc, template, "get", response.status, response.status === 304 ? null : type), `${template} ${response.status} ${type}`).toBe(true);
  if (!type?.startsWith("application/json")) return response.text();
  const body = await response.json();
  expect(schemaProblems(doc, responseSchema(doc, template, "get", response.status, type), body), `${template} ${response.status}`).toEqual([]);
  return body;
}

const total = seeds.notifications.length;
const API_VIEWS = [
  "",
  "?pageSize=1",
  "?pageSize=200",
  `?pageSize=100&page=${Math.ceil(total / 100)}`,
  "?page=9999",
  "?country=CA",
  "?country=Canada,NL",
  "?system=HIMARS",
  "?category=rocket-artillery",
  "?year=2025",
  "?from=2025-01-01&to=2025-06-30",
  "?transmittal=25-34",
  "?emergency=1",
  "?changed=1",
  "?challenged=1&emergency=0",
  "?q=GMLRS",
  "?q=GMLRS&sort=newest",
  "?q=zzqqxxnothing",
  "?country=CA&year=1999",
];

describe("the JSON API's real responses conform to the description", () => {
  it.each(API_VIEWS)("/api/notifications%s", async (query) => {
    const body = (await conforms("/api/notifications", await routes.api.GET(request(`/api/notifications${query}`)))) as { data: unknown[]; pagination: { total: number; pageCount: number; page: number } };
    expect(body.pagination.page).toBeGreaterThan(0);
  });

  it("the views above include an empty result, a last page, a page past the end and every filter", async () => {
    const body = async (query: string) => (await (await routes.api.GET(request(`/api/notifications${query}`))).json()) as { data: unknown[]; links: { next: string | null } };
    expect((await body("?q=zzqqxxnothing")).data).toEqual([]);
    expect((await body("?country=CA&year=1999")).data).toEqual([]);
    expect((await body("?page=9999")).data).toEqual([]);
    const last = await body(`?pageSize=100&page=${Math.ceil(total / 100)}`);
    expect(last.data.length).toBeGreaterThan(0);
    expect(last.links.next).toBeNull();
    for (const view of ["?emergency=1", "?changed=1", "?challenged=1&emergency=0", "?transmittal=25-34", "?system=HIMARS"]) expect((await body(view)).data.length, view).toBeGreaterThan(0);
    const filters = ["q", "country", "system", "category", "year", "from", "to", "transmittal", "emergency", "changed", "challenged", "sort", "page", "pageSize"];
    expect(filters.filter((f) => !API_VIEWS.some((v) => new URLSearchParams(v).has(f)))).toEqual([]);
  });

  it.each(["?colour=red&size=xl", "?country=XX", "?page=0", "?pageSize=1000", "?from=2025-02-30", "?sort=relevance", "?year=2025&year=2024", `?q=${"a".repeat(201)}`])(
    "a 400 in the error shape: /api/notifications%s",
    async (query) => {
      const response = await routes.api.GET(request(`/api/notifications${query}`));
      expect(response.status).toBe(400);
      await conforms("/api/notifications", response);
    },
  );

  it("two unknown parameters are both named, with the allowed ones", async () => {
    const { error } = (await (await routes.api.GET(request("/api/notifications?colour=red&size=xl"))).json()) as { error: { message: string } };
    expect(error.message).toBe('Unknown parameters "colour", "size". Allowed: q, country, region, system, category, contractor, year, from, to, transmittal, emergency, changed, challenged, sort, page, pageSize.');
  });
});

describe("the other addresses' real responses are as described", () => {
  it("the CSV: its type, the total, and the columns the description lists", async () => {
    const text = (await conforms("/notifications.csv", await routes.csv.GET(request("/notifications.csv?country=CA")))) as string;
    expect(text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(CSV_HEADER.join(","));
    const description = JSON.stringify(doc);
    expect(description).toContain(CSV_HEADER.join(", "));
    await conforms("/notifications.csv", await routes.csv.GET(request("/notifications.csv?year=abc")));
  });

  it("the feed, and its 400", async () => {
    expect(await conforms("/feed.xml", await routes.feed.GET(request("/feed.xml?q=GMLRS")))).toContain("<feed");
    await conforms("/feed.xml", await routes.feed.GET(request("/feed.xml?country=Atlantis")));
  });

  it("the dataset's files: record.json against its schema, the others by type, and the 304, 400 and 404", async () => {
    const file = (name: string, query = "", headers?: Record<string, string>) => routes.file.GET(request(`/data/${name}${query}`, headers), { params: Promise.resolve({ file: name }) });
    const document = (await conforms("/data/{file}", await file("record.json"))) as { notifications: unknown[] };
    expect(document.notifications).toHaveLength(total);
    for (const name of ["notifications.csv", "equipment.csv", "sources.csv", "record.sqlite"]) await conforms("/data/{file}", await file(name));
    const etag = (await file("equipment.csv")).headers.get("etag")!;
    const notModified = await file("equipment.csv", "", { "if-none-match": etag });
    expect(notModified.status).toBe(304);
    await conforms("/data/{file}", notModified);
    await conforms("/data/{file}", await file("record.json", "?download=1"));
    await conforms("/data/{file}", await file("nothing.csv"));
  });

  it("the description itself, and its 400", async () => {
    const bad = routes.openapi.GET(request("/api/openapi.json?format=yaml"));
    expect(bad.status).toBe(400);
    await conforms("/api/openapi.json", bad);
  });

  it("/healthz", async () => {
    await conforms("/healthz", await routes.health.GET());
  });
});

describe("every page's tables as files: real responses are as described", () => {
  const code = seeds.notifications[0]!.recipient;
  const slug = seeds.notifications[0]!.systems[0]!;
  const get = (route: string, url: string, params: Record<string, string> = {}) => tableRoutes[route]!.GET(request(url), { params: Promise.resolve(params) });

  it.each([
    ["countries/[code]", "/countries/{code}", { code }],
    ["systems/[slug]", "/systems/{slug}", { slug }],
    ["countries", "/countries", {}],
    ["systems", "/systems", {}],
    ["congress", "/congress", {}],
    ["coverage", "/coverage", {}],
  ] as const)("%s/tables.csv|json: the file, a 400 for an unknown parameter", async (route, template, params) => {
    const url = (format: string, query = "") => `${template.replace("{code}", code).replace("{slug}", slug)}/tables.${format}${query}`;
    for (const format of ["csv", "json"]) {
      const response = await get(`${route}/tables.${format}`, url(format), params);
      expect(response.status, url(format)).toBe(200);
      const body = await conforms(`${template}/tables.${format}`, response);
      if (format === "csv") expect(String(body).replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^table,/);
      else expect(Object.keys((body as { tables: object }).tables).length).toBeGreaterThan(0);
      const bad = await get(`${route}/tables.${format}`, url(format, "?colour=red"), params);
      expect(bad.status).toBe(400);
      await conforms(`${template}/tables.${format}`, bad);
    }
  });

  it("a 404 for a recipient or system that is not one, as text and as JSON", async () => {
    for (const format of ["csv", "json"]) {
      const country = await get(`countries/[code]/tables.${format}`, `/countries/XX/tables.${format}`, { code: "XX" });
      expect(country.status).toBe(404);
      await conforms(`/countries/{code}/tables.${format}`, country);
      const system = await get(`systems/[slug]/tables.${format}`, `/systems/nothing/tables.${format}`, { slug: "nothing" });
      expect(system.status).toBe(404);
      await conforms(`/systems/{slug}/tables.${format}`, system);
    }
  });

  it("the map's table takes the map's filters, and a 400 for another", async () => {
    const response = await get("countries/tables.csv", "/countries/tables.csv?year=2025&category=rocket-artillery");
    expect(response.status).toBe(200);
    const bad = await get("countries/tables.json", "/countries/tables.json?q=HIMARS");
    expect(bad.status).toBe(400);
    await conforms("/countries/tables.json", bad);
  });
});
