import { expect, test } from "@playwright/test";
import { entries, entrySlugs, expectCount, SEED } from "./helpers";

test.describe("timeline", () => {
  test("home page shows every notification with the total value", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle("FMS Timeline: Timeline of U.S. arms sales notified to Congress");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All notifications");
    await expectCount(page, SEED.total, SEED.totalValue);
    await expect(entries(page)).toHaveCount(50);
  });

  test("year and month markers run newest first", async ({ page }) => {
    await page.goto("/");
    const timeline = page.getByRole("list", { name: "Notifications by year and month" });
    await expect(timeline.getByRole("heading", { level: 2 })).toHaveText(["2025", "2024"]);
    // Page 1 holds all 49 notifications of 2025 and the newest of December 2024 (counts from seeds/notifications).
    const months = timeline.getByRole("heading", { level: 3 });
    await expect(months).toHaveText([
      "December 2025 · 10",
      "November 2025 · 6",
      "October 2025 · 1",
      "September 2025 · 3",
      "August 2025 · 7",
      "July 2025 · 6",
      "May 2025 · 6",
      "April 2025 · 3",
      "March 2025 · 1",
      "February 2025 · 5",
      "January 2025 · 1",
      "December 2024 · 1",
    ]);
    // The month marker sits inside its year's section.
    const year2025 = timeline.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: "2025" }) });
    await expect(year2025.getByRole("heading", { level: 3, name: /^December 2025/ })).toBeVisible();
    await expect(year2025.getByRole("heading", { level: 3, name: /^December 2024/ })).toHaveCount(0);

    const dates = await entries(page).locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    expect(dates).toHaveLength(50);
    expect(dates[0]).toBe("2025-12-22");
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test("an entry shows date, recipient, system and value, and links to its deal page", async ({ page }) => {
    await page.goto("/");
    const canada = entries(page).filter({ hasText: "Canada" });
    await expect(canada).toHaveCount(1);
    await expect(canada.locator("time")).toHaveText("1 Oct 2025");
    await expect(canada.locator("time")).toHaveAttribute("datetime", "2025-10-01");
    await expect(canada.getByText("M142 HIMARS", { exact: true })).toBeVisible();
    await expect(canada.getByText("GMLRS", { exact: true })).toBeVisible();
    await expect(canada.getByText("ATACMS", { exact: true })).toBeVisible();
    await expect(canada.getByText("$1.75 billion", { exact: true })).toBeVisible();
    const link = canada.getByRole("link", { name: "M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment" });
    await expect(link).toHaveAttribute("href", SEED.canadaHimars);
    await link.click();
    await expect(page).toHaveURL(SEED.canadaHimars);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment");

    // Every entry on the page links to a deal page.
    await page.goBack();
    const slugs = await entrySlugs(page);
    expect(slugs).toHaveLength(50);
    for (const slug of slugs) expect(slug).toMatch(/^20\d\d-\d\d-\d\d-[a-z0-9-]+$/);
    expect(slugs[0]).toBe("2025-12-22-denmark-amraam-er");
    expect(slugs[49]).toBe("2024-12-10-ukraine-f-16");
  });

  test("first entry shows the newest notification in full", async ({ page }) => {
    await page.goto("/");
    const first = entries(page).first();
    await expect(first.locator("time")).toHaveText("22 Dec 2025");
    await expect(first).toContainText("Denmark");
    await expect(first.getByText("AMRAAM-ER", { exact: true })).toBeVisible();
    await expect(first.getByText("$951 million", { exact: true })).toBeVisible();
    await expect(first.getByText(/^Low confidence/)).toBeVisible();
  });

  test("pagination: 50 per page, Older leads to page 2 with the other 33", async ({ page }) => {
    await page.goto("/");
    const pages = page.getByRole("navigation", { name: "Pages" });
    await expect(pages).toContainText("1–50 of 83 · page 1 of 2");
    await expect(pages.getByRole("link", { name: "Newer", exact: true })).toHaveCount(0);
    await pages.getByRole("link", { name: "Older", exact: true }).click();
    await expect(page).toHaveURL("/?page=2");
    await expect(entries(page)).toHaveCount(33);
    await expectCount(page, SEED.total, SEED.totalValue);
    await expect(pages).toContainText("51–83 of 83 · page 2 of 2");
    await expect(pages.getByRole("link", { name: "Older", exact: true })).toHaveCount(0);
    // Scoped to the timeline: the value-by-month chart above it has a level-2 heading too.
    const timelineList = page.getByRole("list", { name: "Notifications by year and month" });
    await expect(timelineList.getByRole("heading", { level: 2 })).toHaveText(["2024", "2019", "2017", "2011", "1998"]);
    await expect(timelineList.getByRole("heading", { level: 3 }).first()).toHaveText("December 2024 · 1");
    const slugs = await entrySlugs(page);
    expect(slugs[0]).toBe("2024-12-06-netherlands-amraam");
    expect(slugs.at(-1)).toBe("1998-02-11-italy-stinger");

    await pages.getByRole("link", { name: "Newer", exact: true }).click();
    await expect(page).toHaveURL("/");
    await expect(entries(page)).toHaveCount(50);
  });
});
