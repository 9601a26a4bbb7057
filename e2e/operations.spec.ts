import { execFile, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { SEED } from "./helpers";
import { HOSTILE, HOSTILE_URL } from "./servers";

const root = path.resolve(__dirname, "..");

test.describe("operations", () => {
  test("GET /healthz reports the database reachable, never cached", async ({ request }) => {
    const response = await request.get("/healthz");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(await response.json()).toEqual({ status: "ok", database: "reachable", notifications: SEED.total });
  });
});

test.describe("the server keeps serving while the seed re-runs", () => {
  test.describe.configure({ mode: "serial" });

  // Re-seeds the hostile server's database (prisma/e2e-hostile.db) from its fixtures and from a
  // copy with one summary changed, so each run really writes, while requests keep coming.
  test("no failed request during two seed runs, and the writes land", async ({ request }) => {
    // Two seed runs, each a tsx start-up plus, since the seed changed something, the dataset's
    // build in a second one: over two minutes on a busy 2-core machine.
    test.setTimeout(240_000);
    const db = path.join(root, "prisma/e2e-hostile.db");
    const sqlite = new Database(db, { readonly: true });
    expect(String(sqlite.pragma("journal_mode", { simple: true }))).toBe("wal");
    sqlite.close();

    const original = path.join(root, "tests/fixtures/hostile-seeds");
    const work = mkdtempSync(path.join(tmpdir(), "fms-wal-"));
    const changed = path.join(work, "seeds");
    cpSync(original, changed, { recursive: true });
    const benignFile = path.join(changed, "notifications", `${HOSTILE.benignSlug}.json`);
    const benign = JSON.parse(readFileSync(benignFile, "utf8"));
    const changedSummary = `${benign.summary} (re-seeded)`;
    writeFileSync(benignFile, JSON.stringify({ ...benign, summary: changedSummary }));

    const seed = (dir: string) =>
      new Promise<string>((resolve, reject) =>
        execFile(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts", dir], { cwd: root, env: { ...process.env, DATABASE_URL: "file:./prisma/e2e-hostile.db" } }, (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
        ),
      );

    const statuses: number[] = [];
    const summaries = new Set<string>();
    let seeding = true;
    const load = (async () => {
      while (seeding) {
        const responses = await Promise.all([
          request.get(`${HOSTILE_URL}/`),
          request.get(`${HOSTILE_URL}/deals/${HOSTILE.benignSlug}`),
          request.get(`${HOSTILE_URL}/healthz`),
        ]);
        statuses.push(...responses.map((r) => r.status()));
        const deal = await responses[1]!.text();
        if (deal.includes(changedSummary)) summaries.add("changed");
        else if (deal.includes(benign.summary)) summaries.add("original");
      }
    })();
    try {
      for (const dir of [changed, original]) {
        expect(await seed(dir)).toMatch(/\(0 new, 1 updated, 1 unchanged, 0 removed\)/);
      }
    } finally {
      seeding = false;
      await load;
      rmSync(work, { recursive: true, force: true });
    }
    expect(statuses.length).toBeGreaterThan(10);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    // The server saw both versions: it read while the seed wrote, not before or after.
    expect([...summaries].sort()).toEqual(["changed", "original"]);
  });
});

test.describe("an unreachable database at run time", () => {
  // The server itself (without scripts/start.mjs, which would refuse to start) on a database file that does not exist.
  let server: ChildProcess | undefined;
  const port = Number(process.env.E2E_PORT ?? 3100) + 2;
  const base = `http://localhost:${port}`;
  test.afterAll(() => {
    server?.kill("SIGTERM");
  });

  test("healthz answers 503 and pages show an error page with no stack trace", async ({ request, page }) => {
    test.setTimeout(120_000); // a cold start of the production server, then two pages in the browser
    const missing = path.join(tmpdir(), `fms-missing-${process.pid}`, "fms.db");
    server = spawn(process.execPath, ["scripts/server.mjs"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: `file:${missing}` },
      stdio: "ignore",
    });
    await expect.poll(async () => (await request.get(`${base}/healthz`).catch(() => null))?.status(), { timeout: 60_000 }).toBe(503);

    const health = await request.get(`${base}/healthz`);
    expect(health.headers()["cache-control"]).toBe("no-store");
    expect(await health.json()).toEqual({ status: "error", database: "unreachable", message: "the database file cannot be opened" });

    const leak = /\bat [\w.<>]+ \(|node_modules|\.next\/server|SqliteError|unable to open database|fms-missing/;
    for (const url of ["/", SEED.canadaHimars]) {
      const response = await request.get(`${base}${url}`);
      expect(response.status(), url).toBe(500);
      expect(await response.text(), url).not.toMatch(leak);
      // The error boundary renders in the browser, from the error's digest only.
      await page.goto(`${base}${url}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not be loaded");
      await expect(page.getByText(/^Reference: \d+$/)).toBeVisible();
      expect(await page.content(), url).not.toMatch(leak);
    }
  });
});
