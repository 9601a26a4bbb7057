import { expect, test, type Page } from "@playwright/test";
import { expectedMatches, fieldsHolding } from "../tests/support/search-oracle";
import { entries, entrySlugs, expectCount, expectTotals, filterForm, gotoHydrated, pathAndQuery, recipientBox, resultsCount, showAll } from "./helpers";
import { bySlug, notifications, PAGE_SIZE, recipients, sortedNewestFirst, systems } from "./seed-data";

// What each search finds is worked out from the seed files by an oracle that shares no code with
// the app (tests/support/search-oracle.ts: the searched words in the fields the search covers).
const record = { notifications, recipients, systems };
const found = (...phrases: string[]) => expectedMatches(record, ...phrases);
const sorted = (slugs: string[]) => [...slugs].sort();
const GMLRS = found("gmlrs");
const LOCKHEED = found("lockheed");
const LOCKHEED_UKRAINE = LOCKHEED.filter((slug) => bySlug(slug).recipient === "UA");
/** The deals whose title holds "air-to-air": the best match is one of them. */
const AIR_TO_AIR_TITLED = found("air to air").filter((slug) => fieldsHolding(bySlug(slug), record, "air to air").includes("title"));

function searchBox(page: Page) {
  return page.getByRole("searchbox", { name: "Search" });
}

async function search(page: Page, text: string) {
  await searchBox(page).fill(text);
  await searchBox(page).press("Enter");
}

test.describe("full-text search", () => {
  test('"GMLRS" finds the deals that name GMLRS, with the matches marked in the text and in the equipment lines', async ({ page }) => {
    expect(GMLRS.length).toBeGreaterThan(1);
    await gotoHydrated(page, "/");
    await search(page, "GMLRS");
    await expect(page).toHaveURL("/?q=GMLRS");
    await expectTotals(page, GMLRS.map(bySlug));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search results");
    // The first page of the matches, best first.
    const shown = await entrySlugs(page);
    expect(shown).toHaveLength(Math.min(GMLRS.length, PAGE_SIZE));
    expect(shown.filter((slug) => !GMLRS.includes(slug))).toEqual([]);
    // A deal on it naming GMLRS in its summary and its equipment lines (Canada's HIMARS among them).
    const both = shown.find((slug) => ["summary", "equipment"].every((f) => fieldsHolding(bySlug(slug), record, "gmlrs").includes(f as never)))!;
    expect(both, "a deal naming GMLRS in its summary and its equipment").toBeDefined();
    const entry = entries(page).filter({ has: page.locator(`a[href="/deals/${both}"]`) });
    await expect(entry.locator(".tl-summary mark").first()).toHaveText(/^GMLRS$/i);
    // Where else it matched: the equipment lines.
    await expect(entry.getByTestId("match-elsewhere")).toContainText("Equipment:");
    await expect(entry.getByTestId("match-elsewhere").locator("mark").first()).toHaveText(/^GMLRS$/i);
    await expect(searchBox(page)).toHaveValue("GMLRS");
  });

  test('"Zone 5" finds the Ukraine ERAM deal by its contractor', async ({ page }) => {
    const zone5 = found("zone", "5");
    expect(zone5).toContain("2025-08-28-ukraine-eram");
    await page.goto("/?q=Zone+5");
    await expectTotals(page, zone5.map(bySlug));
    expect(sorted(await entrySlugs(page))).toEqual(zone5);
    const eram = entries(page).filter({ has: page.locator('a[href="/deals/2025-08-28-ukraine-eram"]') });
    await expect(eram.getByTestId("match-elsewhere")).toContainText(/Contractors:\s*Zone 5 Technologies/);
  });

  test('"air-to-air" opens with a deal titled "… Air-to-Air Missiles", marks the phrase, and ranks the titled deals above those naming it only in an equipment line', async ({ page }) => {
    expect(AIR_TO_AIR_TITLED.length).toBeGreaterThan(1);
    await page.goto("/?q=air-to-air");
    await expectCount(page, found("air to air").length);
    const slugs = await entrySlugs(page);
    expect(AIR_TO_AIR_TITLED).toContain(slugs[0]);
    // On the first page, no deal that names the phrase only in an equipment line (a fighter sale with
    // its missiles) comes before a titled deal.
    const onlyEquipment = (slug: string) => fieldsHolding(bySlug(slug), record, "air to air").every((f) => f === "equipment");
    const firstEquipmentOnly = slugs.findIndex(onlyEquipment);
    const lastTitled = Math.max(...slugs.map((slug, i) => (AIR_TO_AIR_TITLED.includes(slug) ? i : -1)));
    expect(firstEquipmentOnly === -1 || firstEquipmentOnly > lastTitled, `equipment-only at ${firstEquipmentOnly}, titled up to ${lastTitled}`).toBe(true);
    expect(slugs.length).toBe(Math.min(PAGE_SIZE, found("air to air").length));
    const firstTitle = entries(page).first().getByRole("heading", { level: 4 });
    await expect(firstTitle.locator("mark").first()).toHaveText(/^air-to-air$/i);
  });

  test('"Lockheed" with a recipient filter: both apply, and the chips remove each', async ({ page }) => {
    expect(LOCKHEED_UKRAINE.length).toBeGreaterThan(0);
    expect(LOCKHEED_UKRAINE.length).toBeLessThan(LOCKHEED.length);
    await gotoHydrated(page, "/?q=Lockheed");
    await expectTotals(page, LOCKHEED.map(bySlug));
    await showAll(page, "Recipient");
    await recipientBox(page, "Ukraine").check();
    await expect(page).toHaveURL("/?q=Lockheed&country=UA");
    await expectTotals(page, LOCKHEED_UKRAINE.map(bySlug));
    expect(sorted(await entrySlugs(page))).toEqual(LOCKHEED_UKRAINE);
    await page.getByRole("link", { name: "Remove filter: “Lockheed”" }).click();
    await expect(page).toHaveURL("/?country=UA");
    await expect(searchBox(page)).toHaveValue("");
  });

  test("relevance or newest first, as a link; the search survives filter changes", async ({ page }) => {
    await gotoHydrated(page, "/?q=air-to-air");
    await expect(page.getByRole("list", { name: "Search results, best match first" })).toBeVisible();
    await page.getByRole("link", { name: "Newest first" }).click();
    await expect(page).toHaveURL("/?q=air-to-air&sort=newest");
    // Newest first is the time axis again.
    await expect(page.getByRole("list", { name: "Notifications by year and month" })).toBeVisible();
    const dates = await entries(page).locator("time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
    expect(dates).toEqual([...dates].sort().reverse());
    await filterForm(page).getByRole("combobox", { name: "Year" }).selectOption("2025");
    await expect(page).toHaveURL("/?q=air-to-air&year=2025&sort=newest");
  });

  test("hostile or odd input is searched for as text, never an error", async ({ page }) => {
    for (const q of ['NEAR(" * ^x', "title:lockheed OR 1=1", "***", '"unclosed']) {
      const response = await page.goto(`/?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q).toBe(200);
      await expect(resultsCount(page)).toBeVisible();
    }
    await page.goto(`/?q=${encodeURIComponent("***")}`);
    await expectCount(page, 0);
    await expect(page.getByTestId("empty-state")).toContainText("No notifications match “***” with these filters.");
    await expect(page.getByTestId("empty-state")).toContainText("punctuation alone finds nothing");
  });

  test("the search in the URL is tidied to one canonical form", async ({ page }) => {
    await page.goto("/?q=%20%20Zone%20%20%205%20&sort=relevance");
    await expect(page).toHaveURL("/?q=Zone+5");
    await page.goto("/?sort=newest");
    await expect(page).toHaveURL("/");
    expect(pathAndQuery(page)).toBe("/");
  });

  test("highlighted text is rendered as text, not markup", async ({ page }) => {
    await page.goto(`/?q=${encodeURIComponent("<GMLRS>")}`);
    // The angle brackets are punctuation to the search, and text on the page.
    await expectCount(page, GMLRS.length);
    await expect(page.locator("gmlrs")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Remove filter: “<GMLRS>”" })).toBeVisible();
    await expect(searchBox(page)).toHaveValue("<GMLRS>");
  });
});

test.describe("search with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the search box submits the filter form, keeping the filters", async ({ page }) => {
    await page.goto("/?country=UA");
    await expect(searchBox(page)).toHaveAttribute("name", "q");
    await search(page, "Lockheed");
    await expect(page).toHaveURL("/?q=Lockheed&country=UA");
    await expectTotals(page, LOCKHEED_UKRAINE.map(bySlug));
    await expect(entries(page).first().locator("mark").first()).toHaveText(/^Lockheed$/i);
  });

  test("the Search button works too, and the order links are plain links", async ({ page }) => {
    await page.goto("/");
    await searchBox(page).fill("GMLRS");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL("/?q=GMLRS");
    const shown = await entrySlugs(page);
    expect(shown).toHaveLength(Math.min(GMLRS.length, PAGE_SIZE));
    expect(shown.filter((slug) => !GMLRS.includes(slug))).toEqual([]);
    await page.getByRole("link", { name: "Newest first" }).click();
    await expect(page).toHaveURL("/?q=GMLRS&sort=newest");
    expect(await entrySlugs(page)).toEqual(sortedNewestFirst(GMLRS.map(bySlug)).slice(0, PAGE_SIZE).map((n) => n.slug));
    await expect(page.getByRole("link", { name: "Best match" })).toBeVisible();
  });
});
