import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "@/lib/filters";
import { writeSeedData, type SeedData } from "@/lib/seed";
import { parseCsv } from "../support/csv";
import { ANOTHER_SALE, realRecord, useSeededDatabase } from "../support/db";

/**
 * /notifications.csv is streamed a page of rows at a time (never the whole file in memory): the
 * pages together are exactly the view, in its order, once each; and if the seed commits while a
 * download is under way, the download ends in an error rather than mixing two versions.
 */

const seeds = realRecord();
const COPIES = 1_200;
let data: SeedData;
let work: string;
let file: string;
let disconnect: () => Promise<void>;
let queries: typeof import("@/lib/queries");

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-stream-"));
  file = path.join(work, "record.db");
  const template = seeds.notifications.find((n) => n.slug === "2024-03-12-poland-amraam")!;
  const copies = Array.from({ length: COPIES }, (_, i) => ({
    ...template,
    ...ANOTHER_SALE,
    slug: `${new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10)}-copy-${String(i).padStart(4, "0")}`,
    announcedOn: new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10),
  }));
  data = { ...seeds, notifications: [...seeds.notifications, ...copies] };
  disconnect = await useSeededDatabase(file, data);
  queries = await import("@/lib/queries");
});
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

async function collect<T>(pages: AsyncIterable<{ total: number; items: T[] }>) {
  const items: T[] = [];
  let total = -1;
  let count = 0;
  for await (const page of pages) {
    total = page.total;
    count++;
    items.push(...page.items);
  }
  return { slugs: items, total, pages: count };
}

const slugOf = (n: { slug: string }) => n.slug;

describe("the CSV export, streamed", () => {
  it("its pages are the whole view in the timeline's order, each notification once", async () => {
    const all = data.notifications.length;
    const streamed = await collect(queries.streamNotificationsForExport(EMPTY_FILTERS, 10_000, slugOf, 200));
    const whole = await queries.getNotificationsForExport(EMPTY_FILTERS, 0, 10_000);
    expect(streamed.total).toBe(all);
    expect(streamed.pages).toBe(Math.ceil(all / 200));
    expect(streamed.slugs).toEqual(whole.notifications.map((n) => n.slug));
    expect(new Set(streamed.slugs).size).toBe(all);
  });

  it("stops at its limit, and gives one empty page for an empty view", async () => {
    expect((await collect(queries.streamNotificationsForExport(EMPTY_FILTERS, 450, slugOf, 200))).slugs).toHaveLength(450);
    const none = await collect(queries.streamNotificationsForExport({ ...EMPTY_FILTERS, year: 1951 }, 10_000, slugOf, 200));
    expect(none).toEqual({ slugs: [], total: 0, pages: 1 });
  });

  it("a search's pages are its ranked results", async () => {
    const filters = { ...EMPTY_FILTERS, q: "AMRAAM", sort: "relevance" as const };
    const streamed = await collect(queries.streamNotificationsForExport(filters, 10_000, slugOf, 100));
    expect(streamed.slugs).toEqual((await queries.getNotificationsForExport(filters, 0, 10_000)).notifications.map((n) => n.slug));
    expect(streamed.slugs.length).toBeGreaterThan(COPIES);
  });

  it("the route sends every row, with the total, from the stream", async () => {
    const { GET } = await import("@/app/notifications.csv/route");
    const response = await GET(new NextRequest("https://fms-timeline.example/notifications.csv"));
    expect(response.headers.get("x-total-count")).toBe(String(data.notifications.length));
    const rows = parseCsv(await response.text());
    expect(rows).toHaveLength(data.notifications.length + 1);
  });

  it("the route's file is, byte for byte, the CSV of the same view read whole (not streamed)", async () => {
    const { GET } = await import("@/app/notifications.csv/route");
    const { CSV_HEADER, csvRecord, toCsv } = await import("@/lib/exports");
    const { siteUrl } = await import("@/lib/site");
    const recipient = seeds.notifications.find((n) => n.slug === "2024-03-12-poland-amraam")!.recipient;
    const views = ["", "q=AMRAAM", "q=AMRAAM&sort=newest", "from=2001-02-01&to=2003-06-30", `country=${recipient}`];
    for (const query of views) {
      const response = await GET(new NextRequest(`https://fms-timeline.example/notifications.csv?${query}`));
      expect(response.status, query).toBe(200);
      // The bytes as sent (Response.text() would drop the byte-order mark).
      const streamed = Buffer.from(await response.arrayBuffer()).toString("utf8");
      const { filters } = ((await queries.readExportQuery(new URLSearchParams(query))) as { query: { filters: typeof EMPTY_FILTERS } }).query;
      const whole = await queries.getNotificationsForExport(filters, 0, 10_000);
      expect(whole.notifications.length, query).toBeGreaterThan(0);
      expect(streamed === toCsv(CSV_HEADER, whole.notifications.map((n) => csvRecord(n, siteUrl()))), query).toBe(true);
    }
  });

  it("when the seed commits between two pages, the download ends in an error instead of mixing versions", async () => {
    const pages = queries.streamNotificationsForExport(EMPTY_FILTERS, 10_000, slugOf, 200);
    expect((await pages.next()).done).toBe(false);
    const edited = { ...data, notifications: data.notifications.map((n, i) => (i === 0 ? { ...n, summary: `${n.summary} (edited)` } : n)) };
    writeSeedData(file, edited);
    await expect(pages.next()).rejects.toThrow(/The record changed \(the seed ran\) while the export was being written/);
  });
});
