import { expect, test, type APIResponse } from "@playwright/test";
import { expectCount, expectView, gotoHydrated, recipientBox, SEED, showAll } from "./helpers";
import { HOSTILE, HOSTILE_URL } from "./servers";

/** Every route, with its status and kind; headers are checked on each. Add new routes here. */
const ROUTES: { path: string; status: number; isHtml: boolean }[] = [
  { path: "/", status: 200, isHtml: true },
  { path: "/?country=CA&country=NL", status: 200, isHtml: true },
  { path: SEED.canadaHimars, status: 200, isHtml: true },
  { path: "/deals/no-such-deal", status: 404, isHtml: true },
  { path: "/no/such/page", status: 404, isHtml: true },
  { path: "/healthz", status: 200, isHtml: false },
  { path: "/flags/CA.svg", status: 200, isHtml: false },
  { path: "/?q=Lockheed", status: 200, isHtml: true },
  { path: "/countries", status: 200, isHtml: true },
  { path: "/countries/CA", status: 200, isHtml: true },
  { path: "/systems", status: 200, isHtml: true },
  { path: "/systems/amraam", status: 200, isHtml: true },
  { path: "/api/notifications", status: 200, isHtml: false },
  { path: "/api/notifications?year=abc", status: 400, isHtml: false },
  { path: "/feed.xml", status: 200, isHtml: false },
  { path: "/notifications.csv", status: 200, isHtml: false },
  { path: "/data", status: 200, isHtml: true },
  { path: "/data/record.json", status: 200, isHtml: false },
  { path: "/data/record.sqlite", status: 200, isHtml: false },
  { path: "/data/record.json?v=1", status: 400, isHtml: false },
  { path: "/api/openapi.json", status: 200, isHtml: false },
  { path: `${SEED.canadaHimars}/opengraph-image`, status: 200, isHtml: false },
];

/** Pages whose external links are checked (the hostile deal page has an external recipient-context link). */
const LINK_PAGES = ["/", "/systems/amraam", SEED.canadaHimars, "/deals/2025-09-16-netherlands-amraam", `${HOSTILE_URL}/deals/${HOSTILE.slug}`];

function cspOf(response: APIResponse): string {
  const csp = response.headers()["content-security-policy"];
  expect(csp, "Content-Security-Policy header").toBeTruthy();
  return csp!;
}

function nonceOf(csp: string): string {
  const match = /script-src [^;]*'nonce-([A-Za-z0-9+/=_-]+)'/.exec(csp);
  expect(match, `a script nonce in: ${csp}`).not.toBeNull();
  return match![1]!;
}

test.describe("security headers", () => {
  for (const { path, status, isHtml } of ROUTES) {
    test(`headers on ${path}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      const headers = response.headers();
      const csp = cspOf(response);
      const nonce = nonceOf(csp);
      expect(nonce.length).toBeGreaterThanOrEqual(16);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).not.toContain("'unsafe-inline'");
      expect(csp).not.toContain("'unsafe-eval'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["x-powered-by"]).toBeUndefined();
      if (!isHtml) return;

      // Every script in the page carries this response's nonce.
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    });
  }

  for (const url of LINK_PAGES) {
    test(`external links on ${url.replace(HOSTILE_URL, "(hostile server) ")} open with rel="noopener noreferrer"`, async ({ page }) => {
      await page.goto(url);
      const links = await page.locator("a[href]").evaluateAll((as) =>
        // Resolved from the attribute: an SVG link's `href` (the recipients map's) is not a string.
        as.map((a) => ({ href: new URL(a.getAttribute("href")!, location.href).href, rel: a.getAttribute("rel") ?? "" })).filter((a) => new URL(a.href).origin !== location.origin),
      );
      if (url !== "/") expect(links.length, "the page has external links").toBeGreaterThan(0);
      for (const link of links) {
        expect(link.href, "only http(s) links").toMatch(/^https?:/);
        expect(link.rel.split(/\s+/), link.href).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
      }
    });
  }

  test("the nonce changes on every response", async ({ request }) => {
    const a = nonceOf(cspOf(await request.get("/")));
    const b = nonceOf(cspOf(await request.get("/")));
    expect(a).not.toBe(b);
  });

  test("no CSP violations or console errors while browsing", async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    const violations = async () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

    await gotoHydrated(page, "/");
    await expectCount(page, SEED.total, SEED.totalValue);
    expect(await violations()).toEqual([]);

    // The full list of recipients loads through a server function: under the same policy.
    await showAll(page, "Recipient");
    await recipientBox(page, "Canada").check();
    await expect(page).toHaveURL("/?country=CA");
    await expectView(page, { countries: ["CA"] });
    expect(await violations()).toEqual([]);

    await gotoHydrated(page, "/?country=CA&country=NL");
    await expectView(page, { countries: ["CA", "NL"] });
    expect(await violations()).toEqual([]);

    await page.getByRole("link", { name: "M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment" }).click();
    await expect(page).toHaveURL(SEED.canadaHimars);
    await expect(page.getByTestId("mde-line")).toHaveCount(6);
    expect(await violations()).toEqual([]);

    await gotoHydrated(page, SEED.canadaHimars);
    await page.waitForLoadState("networkidle");
    // The flag (decorative, alt="") loads under img-src 'self'.
    const flag = page.locator('header img[src="/flags/CA.svg"]');
    await expect(flag).toHaveCount(1);
    expect(await flag.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test("the policy blocks an injected inline event handler (and the violation is seen)", async ({ page }) => {
  await page.goto(SEED.canadaHimars);
  const result = await page.evaluate(async () => {
    const seen: string[] = [];
    const reported = new Promise((resolve) =>
      document.addEventListener("securitypolicyviolation", (e) => {
        seen.push(e.violatedDirective);
        resolve(null);
      }),
    );
    const w = window as unknown as { __injected?: boolean };
    // What an HTML injection would try: an inline handler on markup.
    document.body.insertAdjacentHTML("beforeend", '<img id="injected-img" src="data:," alt="" onerror="window.__injected = true">');
    // The inline handler, had it been allowed, runs before this listener: it was attached first.
    const errored = new Promise((resolve) => document.getElementById("injected-img")!.addEventListener("error", resolve));
    // Both events normally arrive within milliseconds; the timeout only turns a missing one into
    // the assertion failures below instead of a test timeout.
    await Promise.race([Promise.all([reported, errored]), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    return { ran: w.__injected === true, seen };
  });
  expect(result.ran).toBe(false);
  expect(result.seen).toContain("script-src-attr");
});
