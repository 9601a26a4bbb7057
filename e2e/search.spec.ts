import { expect, test, type Page } from "@playwright/test";
import { entries, entrySlugs, expectCount, filterForm, gotoHydrated, pathAndQuery, recipientBox, resultsCount } from "./helpers";

// Expected results read off seeds/notifications/*.json: the deals whose title, summary,
// equipment lines, contractors or source titles contain the searched words.
const GMLRS = ["2025-10-01-canada-m142-himars", "2025-12-17-taiwan-m142-himars"];
const AIR_TO_AIR_TITLED = [
  "2024-03-12-poland-amraam",
  "2024-06-07-denmark-amraam",
  "2024-08-13-israel-amraam",
  "2024-09-06-netherlands-aim-9x",
  "2024-12-06-netherlands-amraam",
  "2025-04-29-poland-amraam",
  "2025-05-02-saudi-arabia-amraam",
  "2025-05-14-turkiye-amraam",
  "2025-09-16-netherlands-amraam",
  "2025-09-25-germany-amraam",
];
const LOCKHEED_UKRAINE = ["2024-12-10-ukraine-f-16", "2025-05-02-ukraine-f-16", "2025-08-29-ukraine-patriot", "2025-11-18-ukraine-patriot"];

function searchBox(page: Page) {
  return page.getByRole("searchbox", { name: "Search" });
}

async function search(page: Page, text: string) {
  await searchBox(page).fill(text);
  await searchBox(page).press("Enter");
}

test.describe("full-text search", () => {
  test('"GMLRS" finds the two HIMARS deals with GMLRS pods, best match first, with the matches marked', async ({ page }) => {
    await gotoHydrated(page, "/");
    await search(page, "GMLRS");
    await expect(page).toHaveURL("/?q=GMLRS");
    await expectCount(page, 2);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search results");
    expect(await entrySlugs(page)).toEqual(GMLRS);
    const canada = entries(page).first();
    await expect(canada.locator("mark").first()).toHaveText("GMLRS");
    // Where else it matched: the equipment lines.
    await expect(canada.getByTestId("match-elsewhere")).toContainText("Equipment:");
    await expect(canada.getByTestId("match-elsewhere").locator("mark").first()).toHaveText("GMLRS");
    await expect(searchBox(page)).toHaveValue("GMLRS");
  });

  test('"Zone 5" finds the Ukraine ERAM deal by its contractor', async ({ page }) => {
    await page.goto("/?q=Zone+5");
    await expectCount(page, 1, "$825 million");
    expect(await entrySlugs(page)).toEqual(["2025-08-28-ukraine-eram"]);
    await expect(entries(page).getByTestId("match-elsewhere")).toContainText(/Contractors:\s*Zone 5 Technologies/);
  });

  test('"air-to-air" ranks the deals titled "… Air-to-Air Missiles" first and marks the phrase', async ({ page }) => {
    await page.goto("/?q=air-to-air");
    const slugs = await entrySlugs(page);
    expect([...slugs.slice(0, AIR_TO_AIR_TITLED.length)].sort()).toEqual(AIR_TO_AIR_TITLED);
    const firstTitle = entries(page).first().getByRole("heading", { level: 4 });
    await expect(firstTitle.locator("mark").first()).toHaveText(/^air-to-air$/i);
  });

  test('"Lockheed" with a recipient filter: both apply, and the chips remove each', async ({ page }) => {
    await gotoHydrated(page, "/?q=Lockheed");
    await expectCount(page, 17);
    await recipientBox(page, "Ukraine").check();
    await expect(page).toHaveURL("/?q=Lockheed&country=UA");
    await expectCount(page, 4);
    expect([...(await entrySlugs(page))].sort()).toEqual(LOCKHEED_UKRAINE);
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
    await expectCount(page, 2);
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
    await expectCount(page, 4);
    await expect(entries(page).first().locator("mark").first()).toHaveText("Lockheed");
  });

  test("the Search button works too, and the order links are plain links", async ({ page }) => {
    await page.goto("/");
    await searchBox(page).fill("GMLRS");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL("/?q=GMLRS");
    expect(await entrySlugs(page)).toEqual(GMLRS);
    await page.getByRole("link", { name: "Newest first" }).click();
    await expect(page).toHaveURL("/?q=GMLRS&sort=newest");
    expect(await entrySlugs(page)).toEqual([...GMLRS].reverse());
    await expect(page.getByRole("link", { name: "Best match" })).toBeVisible();
  });
});
