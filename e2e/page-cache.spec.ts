import { gunzipSync } from "node:zlib";
import { request as http } from "node:http";
import { expect, test, type APIResponse } from "@playwright/test";
import { expectCount, expectView, gotoHydrated, recipientBox, SEED } from "./helpers";
import { TOP_RECIPIENT } from "./seed-data";

/**
 * Pages are kept in memory until the seed next runs (lib/server/page-cache.mjs, served by
 * scripts/server.mjs). What a visitor must never notice: a reused nonce, a nonce the policy
 * does not name, a page that behaves differently in the browser, or stale data after a seed
 * (e2e/operations.spec.ts re-seeds under load and checks the new data is served).
 */

function nonceOf(response: APIResponse): string {
  const match = /script-src [^;]*'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "");
  expect(match, "a script nonce in the policy").not.toBeNull();
  return match![1]!;
}

/** The raw bytes and headers, without Playwright's decompression. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

test.describe("page cache", () => {
  test("a kept page gets a fresh nonce on every response, in the policy, every script and the preload header", async ({ request }) => {
    const url = "/?country=NL";
    await request.get(url); // rendered (or already kept)
    const nonces: string[] = [];
    const bodies: string[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      expect(response.headers()["x-page-cache"]).toBe("hit");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      expect(response.headers()["cache-control"]).toContain("no-store");
      const nonce = nonceOf(response);
      const body = await response.text();
      expect([...new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))]).toEqual([nonce]);
      for (const link of (response.headers().link ?? "").split(/,(?=\s*<)/).filter((l) => l.includes("nonce="))) expect(link).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
      bodies.push(body.replaceAll(nonce, "NONCE"));
    }
    expect(new Set(nonces).size).toBe(3);
    expect(bodies[1]).toBe(bodies[0]);
    expect(bodies[2]).toBe(bodies[0]);
    expect(bodies[0]).toContain("Netherlands");
  });

  test("gzip and plain responses of a kept page are the same page", async ({ baseURL }) => {
    const url = `${baseURL}${SEED.canadaHimars}`;
    await rawGet(url, {});
    const plain = await rawGet(url, { "accept-encoding": "identity" });
    const gzip = await rawGet(url, { "accept-encoding": "gzip, deflate, br" });
    expect(plain.headers["x-page-cache"]).toBe("hit");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    expect(gzip.body.length).toBeLessThan(plain.body.length / 3);
    const nonce = (h: typeof plain.headers) => /'nonce-([^']+)'/.exec(String(h["content-security-policy"]))![1]!;
    const unzipped = gunzipSync(gzip.body).toString();
    expect(unzipped.replaceAll(nonce(gzip.headers), "N")).toBe(plain.body.toString().replaceAll(nonce(plain.headers), "N"));
    expect(unzipped).toContain("M142 High Mobility Artillery Rocket Systems (HIMARS)");
  });

  test("a kept page works in the browser: it hydrates, filters, goes Back, with no policy violation", async ({ page, request }) => {
    await request.get("/");
    await request.get("/?country=CA");
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const response = await gotoHydrated(page, "/");
    expect(response?.headers()["x-page-cache"]).toBe("hit");
    await expectCount(page, SEED.total, SEED.totalValue);
    await recipientBox(page, TOP_RECIPIENT.name).check();
    await expect(page).toHaveURL(`/?country=${TOP_RECIPIENT.code}`);
    await expectView(page, { countries: [TOP_RECIPIENT.code] });
    await page.goBack();
    await expect(page).toHaveURL("/");
    await expectCount(page, SEED.total, SEED.totalValue);
    await expect(recipientBox(page, TOP_RECIPIENT.name)).not.toBeChecked();
    // A kept deal page reached by a full load, then Back to a kept timeline.
    await page.goto(SEED.canadaHimars);
    await page.waitForLoadState("networkidle");
    await expect(page.getByTestId("mde-line")).toHaveCount(6);
    await page.goBack();
    await page.waitForLoadState("networkidle");
    await expect(page).toHaveURL("/");
    await expect(recipientBox(page, TOP_RECIPIENT.name)).not.toBeChecked();
    await expectCount(page, SEED.total, SEED.totalValue);
    expect(violations).toEqual([]);
  });

  test("navigation payloads, redirects, 404s and the health check are not served from it; the exports are", async ({ request }) => {
    await request.get("/?country=NL");
    const rsc = await request.get("/?country=NL", { headers: { RSC: "1" } });
    expect(rsc.headers()["x-page-cache"]).toBeUndefined();
    expect(rsc.headers()["content-type"]).toContain("text/x-component");
    const redirect = await request.get("/?country=nl", { maxRedirects: 0 });
    expect([307, 308]).toContain(redirect.status());
    expect(redirect.headers()["x-page-cache"]).toBeUndefined();
    const missing = await request.get("/deals/2025-01-01-nowhere-nothing");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["x-page-cache"]).toBeUndefined();
    const health = await request.get("/healthz");
    expect(health.status()).toBe(200);
    expect(health.headers()["x-page-cache"]).toBeUndefined();
    for (const url of ["/api/notifications?country=NL", "/feed.xml?country=NL", "/api/openapi.json"]) {
      const first = await request.get(url);
      const second = await request.get(url);
      expect(second.status(), url).toBe(200);
      expect(second.headers()["x-page-cache"], url).toBe("hit");
      expect(second.headers()["content-type"], url).toBe(first.headers()["content-type"]);
      expect(await second.body(), url).toEqual(await first.body());
    }
    // Downloads that can be megabytes are streamed, not kept: the CSV of a view, the dataset's files.
    for (const url of ["/notifications.csv?country=NL", "/data/record.json"]) {
      await request.get(url);
      const again = await request.get(url);
      expect(again.status(), url).toBe(200);
      expect(again.headers()["x-page-cache"], url).toBeUndefined();
    }
    const api = await request.get("/api/notifications?country=NL");
    expect(api.headers()["access-control-allow-origin"]).toBe("*");
    expect((await api.json()).data.every((n: { recipient: { code: string } }) => n.recipient.code === "NL")).toBe(true);
  });

  test("the index pages are kept too: /congress and /coverage, which the old pattern missed, among them", async ({ request }) => {
    // Every page the server keeps is named in lib/server/pages.mjs; tests/project/pages.test.ts checks that list against app/.
    for (const url of ["/countries", "/systems", "/congress", "/coverage", "/data"]) {
      const first = await request.get(url);
      expect(first.status(), url).toBe(200);
      const second = await request.get(url);
      expect(second.headers()["x-page-cache"], url).toBe("hit");
    }
  });

  test("a forged render marker or policy header from a client changes nothing", async ({ request }) => {
    const forged = await request.get("/?country=NL", {
      headers: { "x-fms-render": "guess nonce-of-my-choosing", "content-security-policy": "script-src 'nonce-mine'", "x-nonce": "mine" },
    });
    expect(forged.headers()["x-page-cache"]).toBe("hit");
    const nonce = nonceOf(forged);
    expect(nonce).not.toMatch(/mine|choosing/);
    expect(await forged.text()).not.toMatch(/nonce="(mine|nonce-of-my-choosing)"/);
  });
});
