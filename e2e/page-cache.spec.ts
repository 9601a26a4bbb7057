import { expect, test, type APIResponse } from "@playwright/test";
import { gotoHydrated } from "./helpers";
import { HOSTILE, HOSTILE_URL } from "./servers";

/**
 * Rendered pages are kept in memory until the seed next runs (lib/page-cache.ts, opt-in with
 * FMS_PAGE_CACHE=on, which the second e2e server has). What a
 * visitor must never notice: a reused nonce, a nonce in the page that the policy does not
 * name, or stale data after a seed (e2e/operations.spec.ts re-seeds under load and checks
 * that the new data is served).
 */

function nonceOf(response: APIResponse): string {
  const match = /script-src [^;]*'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "");
  expect(match, "a script nonce in the policy").not.toBeNull();
  return match![1]!;
}

test.describe("page cache", () => {
  test("a cached page gets a fresh nonce on every request, and every script carries it", async ({ request }) => {
    const nonces: string[] = [];
    const bodies: string[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await request.get(`${HOSTILE_URL}/?country=NL`);
      expect(response.status()).toBe(200);
      expect(response.headers()["x-fms-page-cache"]).toBe("hit");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      const nonce = nonceOf(response);
      const body = await response.text();
      const inPage = [...new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))];
      expect(inPage).toEqual([nonce]);
      nonces.push(nonce);
      bodies.push(body.replaceAll(nonce, "NONCE"));
    }
    expect(new Set(nonces).size).toBe(3);
    // Apart from the nonce, the same page.
    expect(bodies[1]).toBe(bodies[0]);
    expect(bodies[2]).toBe(bodies[0]);
  });

  test("a deal page from the cache still shows its facts and runs its scripts under the policy", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${HOSTILE_URL}/deals/${HOSTILE.benignSlug}`);
    // The second load is certainly from the cache; React must still hydrate it (scripts ran).
    const response = await gotoHydrated(page, `${HOSTILE_URL}/deals/${HOSTILE.benignSlug}`);
    expect(response?.headers()["x-fms-page-cache"]).toBe("hit");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("client-side navigation payloads, redirects, 404s and non-page routes are not served from it", async ({ request }) => {
    const rsc = await request.get(`${HOSTILE_URL}/?country=NL`, { headers: { RSC: "1" } });
    expect(rsc.headers()["x-fms-page-cache"]).toBeUndefined();
    const redirect = await request.get(`${HOSTILE_URL}/?country=nl`, { maxRedirects: 0 });
    expect([307, 308]).toContain(redirect.status());
    expect(redirect.headers()["x-fms-page-cache"]).toBeUndefined();
    const missing = await request.get(`${HOSTILE_URL}/deals/2025-01-01-nowhere-nothing`);
    expect(missing.status()).toBe(404);
    expect(missing.headers()["x-fms-page-cache"]).toBeUndefined();
    const api = await request.get(`${HOSTILE_URL}/api/notifications`);
    expect(api.headers()["x-fms-page-cache"]).toBeUndefined();
  });
});
