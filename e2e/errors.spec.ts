import { expect, test } from "@playwright/test";
import { entries, expectCount, SEED } from "./helpers";
import { CANADA_HIMARS, matching, PAGE_SIZE } from "./seed-data";

/** The last page of the timeline and of Canada's view, from the seed files. */
const lastPage = Math.ceil(SEED.total / PAGE_SIZE);
const lastPageUrl = (query: string, pages: number) => (pages > 1 ? `/?${query ? `${query}&` : ""}page=${pages}` : query ? `/?${query}` : "/");
const canadaPages = Math.ceil(matching({ countries: ["CA"] }).length / PAGE_SIZE);

test.describe("errors", () => {
  test("an unknown deal is a 404 with a way back", async ({ page }) => {
    const response = await page.goto("/deals/no-such-deal");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such page");
    await expect(page).toHaveTitle(/Not found|Notification not found/);
    await page.getByRole("link", { name: "Browse all notifications" }).click();
    await expect(page).toHaveURL("/");
    await expectCount(page, SEED.total, SEED.totalValue);
  });

  test("an unknown page is a 404", async ({ page }) => {
    const response = await page.goto("/no/such/page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such page");
  });

  const weird = [
    "/deals/%E2%80%AE",
    "/deals/'%20OR%201=1",
    "/deals/'%20OR%201=1--",
    "/deals/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/deals/..%2F..%2Fpackage.json",
    "/deals/%00",
    "/deals/2025-10-01-CANADA-M142-HIMARS",
    `/deals/${"a".repeat(4000)}`,
    `/deals/${CANADA_HIMARS}${"-x".repeat(60)}`,
  ];
  test("odd deal slugs give 404, never 500", async ({ request }) => {
    for (const path of weird) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path.slice(0, 80)).toBe(404);
      expect(await response.text(), path.slice(0, 80)).toContain("No such page");
    }
  });

  test("an odd slug shows the not-found page in the browser", async ({ page }) => {
    const response = await page.goto("/deals/%E2%80%AE");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such page");
  });

  test("documents and flags outside their folder are 404", async ({ request }) => {
    for (const path of ["/documents/..%2F..%2Fpackage.json", "/documents/999_0000000000000000.txt", "/documents/.env", "/flags/ZZ.svg", "/flags/..%2Fpackage.json"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
    const flag = await request.get("/flags/CA.svg");
    expect(flag.status()).toBe(200);
    expect(flag.headers()["content-type"]).toBe("image/svg+xml");
  });

  const nonsense: [string, string][] = [
    ["/?country=ZZ&year=abc&page=-1&from=2025-02-30&utm=x", "/"],
    ["/?page=999", lastPageUrl("", lastPage)],
    ["/?country=ca&country=CA&country=Netherlands", "/?country=CA&country=NL"],
    ["/?system=HIMARS", "/?system=m142-himars"],
    ["/?to=2025-01-01&from=2025-12-31", "/?from=2025-01-01&to=2025-12-31"],
    ["/?year=2024&year=2025", "/?year=2024"],
    ["/?country=CA&page=500", lastPageUrl("country=CA", canadaPages)],
    ["/?year=99999&from=1800-01-01&page=1e3&category=nope", "/"],
    [`/?country=${"X".repeat(5000)}`, "/"],
  ];
  test("nonsense query strings redirect to a normalised URL that answers 200", async ({ request }) => {
    for (const [from, to] of nonsense) {
      const first = await request.get(from, { maxRedirects: 0 });
      const label = from.slice(0, 80);
      expect(first.status(), label).toBeGreaterThanOrEqual(300);
      expect(first.status(), label).toBeLessThan(400);
      const location = new URL(first.headers()["location"]!, "http://localhost");
      expect(location.pathname + location.search, label).toBe(to);
      const followed = await request.get(from);
      expect(followed.status(), label).toBe(200);
      expect(new URL(followed.url()).pathname + new URL(followed.url()).search, label).toBe(to);
    }
  });

  test("the browser lands on the normalised view", async ({ page }) => {
    const response = await page.goto("/?country=ZZ&year=abc&page=-1&from=2025-02-30&utm=x");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL("/");
    await expectCount(page, SEED.total, SEED.totalValue);

    const beyond = await page.goto("/?page=999");
    expect(beyond?.status()).toBe(200);
    await expect(page).toHaveURL(lastPageUrl("", lastPage));
    await expect(entries(page)).toHaveCount(SEED.total - (lastPage - 1) * PAGE_SIZE);
  });
});
