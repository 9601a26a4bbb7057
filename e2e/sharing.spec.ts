import { expect, test, type Page } from "@playwright/test";
import { entrySlugs, expectView, gotoHydrated, SEED } from "./helpers";
import { bySlug, CANADA_HIMARS, longDate, recipientName, systemName, usd } from "./seed-data";

const SITE = "https://fms-timeline.example";
const CANADA = bySlug(CANADA_HIMARS);
const CANADA_HEADLINE = `${recipientName(CANADA.recipient)}: ${systemName(CANADA.systems[0]!)}, ${usd(CANADA.estimatedValueUsd)}`;

test.describe("sharing", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  async function copyAndRead(page: Page, buttonName: string): Promise<string> {
    await page.getByRole("button", { name: buttonName, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    return page.evaluate(() => navigator.clipboard.readText());
  }

  test("copying the link to a filtered view reopens the same view elsewhere", async ({ page, browser }) => {
    await gotoHydrated(page, "/?country=CA&country=NL");
    await expectView(page, { countries: ["CA", "NL"] });
    const copied = await copyAndRead(page, "Copy link to this view");
    expect(copied).toBe(page.url());
    expect(new URL(copied).search).toBe("?country=CA&country=NL");

    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(copied);
      await expect(other).toHaveURL(copied);
      await expectView(other, { countries: ["CA", "NL"] });
      expect(await entrySlugs(other)).toEqual(await entrySlugs(page));
      await expect(other.getByRole("link", { name: "Remove filter: Canada" })).toBeVisible();
      await expect(other.getByRole("link", { name: "Remove filter: Netherlands" })).toBeVisible();
    } finally {
      await fresh.close();
    }
  });

  test("copying the link to a deal reopens the same deal elsewhere", async ({ page, browser }) => {
    await gotoHydrated(page, SEED.canadaHimars);
    const copied = await copyAndRead(page, "Copy link");
    expect(copied).toBe(page.url());
    expect(new URL(copied).pathname).toBe(SEED.canadaHimars);

    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      const response = await other.goto(copied);
      expect(response?.status()).toBe(200);
      await expect(other.getByRole("heading", { level: 1 })).toHaveText(CANADA.title);
      await expect(other).toHaveTitle(await page.title());
    } finally {
      await fresh.close();
    }
  });
});

test.describe("link previews", () => {
  async function meta(page: Page, key: string): Promise<string | null> {
    const el = page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);
    await expect(el, `one ${key}`).toHaveCount(1);
    return el.getAttribute("content");
  }

  test("a deal page describes recipient, system, value and date", async ({ page }) => {
    await page.goto(SEED.canadaHimars);
    expect(await meta(page, "og:title")).toBe(CANADA_HEADLINE);
    const description = await meta(page, "og:description");
    expect(description).toContain("Canada");
    expect(description).toContain(new Intl.ListFormat("en", { type: "conjunction" }).format(CANADA.systems.map(systemName)));
    expect(description).toContain(`US${usd(CANADA.estimatedValueUsd)}`);
    expect(description).toContain(longDate(CANADA.announcedOn));
    expect(await meta(page, "og:url")).toBe(`${SITE}${SEED.canadaHimars}`);
    expect(await meta(page, "og:type")).toBe("article");
    expect(await meta(page, "og:site_name")).toBe("FMS Timeline");
    expect(await meta(page, "og:locale")).toBe("en_US");
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", `${SITE}${SEED.canadaHimars}`);
    // The generated preview image makes it a large card.
    expect(await meta(page, "twitter:card")).toBe("summary_large_image");
    expect(await meta(page, "twitter:title")).toBe(CANADA_HEADLINE);
  });

  test("a filtered timeline names its filters and its canonical URL", async ({ page }) => {
    await page.goto("/?country=NL&country=CA");
    await expect(page).toHaveURL("/?country=CA&country=NL");
    expect(await meta(page, "og:title")).toBe("Notifications: Canada, Netherlands");
    expect(await meta(page, "og:description")).toContain("Canada, Netherlands");
    expect(await meta(page, "og:url")).toBe(`${SITE}/?country=CA&country=NL`);
    expect(await meta(page, "og:site_name")).toBe("FMS Timeline");
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", `${SITE}/?country=CA&country=NL`);
    expect(await meta(page, "twitter:card")).toBe("summary");
  });

  test("the home page", async ({ page }) => {
    await page.goto("/");
    expect(await meta(page, "og:title")).toBe("Timeline of U.S. arms sales notified to Congress");
    // Next.js writes the origin without its trailing slash: the same URL.
    expect(new URL((await meta(page, "og:url"))!).href).toBe(`${SITE}/`);
    expect(new URL((await page.locator('head link[rel="canonical"]').getAttribute("href"))!).href).toBe(`${SITE}/`);
    expect(await meta(page, "twitter:card")).toBe("summary");
  });
});
