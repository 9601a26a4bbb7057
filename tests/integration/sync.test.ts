import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SeedStore } from "@/lib/import";
import type { NotificationSeed } from "@/lib/seed";
import { cleanTemp, fixtureText, readJson, runSync, sampleSeeds, snapshot } from "../support/import";

/**
 * A local stand-in for the Federal Register API: documents.json answers shaped as the API's
 * documentation describes (count, total_pages, results with document_number, publication_date,
 * title, type, html_url, raw_text_url), and the raw text of the real notice of transmittal 22-22
 * (FR document 2024-11526, 24 May 2024) as the project's own fixture. Each mode is a failure.
 */
let mode = "ok";
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? "";
    if (mode === "timeout") return; // never answers
    if (url.startsWith("/api/v1/documents.json")) {
      if (mode === "500") {
        res.statusCode = 500;
        res.end("Internal Server Error");
        return;
      }
      res.setHeader("content-type", "application/json");
      if (mode === "malformed") return res.end('{"count": 1, "results": [');
      res.end(
        JSON.stringify({
          count: 1,
          description: "Documents matching 'arms sales notification'",
          total_pages: 1,
          results: [{ document_number: "2024-11526", publication_date: "2024-05-24", title: "Arms Sales Notification", type: "Notice", html_url: "https://www.federalregister.gov/documents/2024/05/24/2024-11526/arms-sales-notification", raw_text_url: `${base}/raw/2024-11526.txt` }],
        }),
      );
      return;
    }
    if (url.startsWith("/raw/")) {
      res.setHeader("content-type", "text/plain");
      res.end(mode === "not-a-notice" ? "<html><body>Service temporarily unavailable</body></html>" : fixtureText("2024-05-24-fr-gpo-tecro-22-22.txt").replace(/^[\s\S]*?\n---\n/, ""));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  cleanTemp();
});

const env = () => ({ FEDERAL_REGISTER_API: `${base}/api/v1`, FEDERAL_REGISTER_TIMEOUT_MS: "1500" });

/** The project's own record of 22-22 (from the 2008–2026 archive), which these tests replace or remove. */
const TAIWAN_2222 = "2022-06-08-taiwan-ship-spare-parts";

const GREECE = "2024-11-14-greece-f-16";

/**
 * A sample of the record (sampleSeeds(): the real vocabulary, reports and resolutions) without
 * the project's 22-22: the command reads every record's sources and checks the seeds after it
 * writes, which on the whole record costs each test seconds and proves nothing more here.
 */
const seedsWithout2222 = () => sampleSeeds([GREECE], [TAIWAN_2222]);

/** Seeds holding transmittal 22-22 as a record that does not cite its Federal Register notice (set up here, in place of the project's record of it). */
function seedsWith2222(): string {
  const seeds = seedsWithout2222();
  const greece = readJson<NotificationSeed>(path.join(seeds, "notifications", `${GREECE}.json`));
  const sale: NotificationSeed = { ...greece, slug: TAIWAN_2222, title: "Ship spare and repair parts", recipient: "TW", announcedOn: "2022-06-08", estimatedValueUsd: 120_000_000, transmittalNumber: "22-22", majorDefenseEquipment: [], otherItems: [], principalContractors: [], notes: null };
  const store = new SeedStore(seeds);
  store.write(`notifications/${sale.slug}.json`, `${JSON.stringify(sale, null, 2)}\n`);
  store.commit();
  return seeds;
}

describe("npm run sync against a stand-in Federal Register API", () => {
  it("merges a notice of a sale the record holds, prints added/merged/skipped, and a second run writes nothing", async () => {
    mode = "ok";
    const seeds = seedsWith2222();
    const first = await runSync(["--seeds", seeds, "--since", "2024-01-01"], env());
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/added: 0\nmerged: 1\n {2}2024-11526 \(2024-05-24\) transmittal 22-22 → seeds\/notifications\/2022-06-08-taiwan-ship-spare-parts\.json: added the Federal Register text as source "fr-2024-05-24"; filled federalRegister: 2024-05-24; filled valueMdeUsd \/ valueOtherUsd: 0 \/ 120000000; filled fundingSources: national-funds/);
    expect(first.stderr).toMatch(/\[1\/1\] 2024-11526 \(2024-05-24\) Arms Sales Notification/);
    const record = readJson<NotificationSeed>(path.join(seeds, "notifications", "2022-06-08-taiwan-ship-spare-parts.json"));
    expect(record.sources.at(-1)).toMatchObject({ kind: "federal-register", url: "https://www.federalregister.gov/documents/2024/05/24/2024-11526/arms-sales-notification", publishedOn: "2024-05-24" });
    const after = snapshot(seeds);
    const second = await runSync(["--seeds", seeds, "--since", "2024-01-01"], env());
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("2024-11526 (2024-05-24): already cited by the record");
    expect(second.stdout).toContain("Nothing to write");
    expect(snapshot(seeds)).toEqual(after);
  });

  it("a notice of a sale the record lacks, with no delivered date, is skipped and named", async () => {
    mode = "ok";
    const seeds = seedsWithout2222();
    const before = snapshot(seeds);
    const result = await runSync(["--seeds", seeds, "--since", "2024-01-01"], env());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/skipped: 1\n {2}2024-11526 \(2024-05-24\) transmittal 22-22: .*not in the record and the text gives no date/);
    expect(snapshot(seeds)).toEqual(before);
  });

  it.each([
    ["500", /sync failed: the Federal Register API answered 500 Internal Server Error \(GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/documents\.json\?/],
    ["timeout", /sync failed: the Federal Register API did not answer within 1\.5 s \(GET /],
    ["malformed", /sync failed: the Federal Register API answered with text that is not JSON \(GET /],
    ["not-a-notice", /sync failed: the raw text of Federal Register document 2024-11526 is not an arms sales notice \(GET http:\/\/127\.0\.0\.1:\d+\/raw\/2024-11526\.txt/],
  ])("%s: a clear message, a non-zero exit, no file changed", async (failure, message) => {
    mode = failure;
    const seeds = seedsWith2222();
    const before = snapshot(seeds);
    const result = await runSync(["--seeds", seeds, "--since", "2024-01-01"], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("Nothing was written.");
    expect(snapshot(seeds)).toEqual(before);
  });
});
