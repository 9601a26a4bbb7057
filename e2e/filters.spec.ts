import { expect, test } from "@playwright/test";
import { categoryBox, gotoHydrated, entries, entrySlugs, expectCount, filterForm, findBox, recipientBox, SEED, systemBox } from "./helpers";

test.describe("filters (JavaScript on)", () => {
  test("a box ticked before the page's JavaScript has loaded still applies once it has", async ({ page }) => {
    let release = () => {};
    const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await page.goto("/", { waitUntil: "commit" });
    await recipientBox(page, "Canada").check();
    await expect(page).toHaveURL("/");
    release();
    await expect(page).toHaveURL("/?country=CA");
    await expectCount(page, 1, "$1.75 billion");
  });

  test("recipient checkboxes update the URL; Back and reload restore the view", async ({ page }) => {
    await gotoHydrated(page, "/");
    await expectCount(page, SEED.total, SEED.totalValue);

    await recipientBox(page, "Canada").check();
    await expect(page).toHaveURL("/?country=CA");
    await expectCount(page, 1, "$1.75 billion");
    expect(await entrySlugs(page)).toEqual(["2025-10-01-canada-m142-himars"]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Matching notifications");

    await recipientBox(page, "Netherlands").check();
    await expect(page).toHaveURL("/?country=CA&country=NL");
    // One Canadian and three Dutch notifications in seeds/notifications.
    await expectCount(page, 4, "$3.82 billion");
    expect(await entrySlugs(page)).toEqual([
      "2025-10-01-canada-m142-himars",
      "2025-09-16-netherlands-amraam",
      "2024-12-06-netherlands-amraam",
      "2024-09-06-netherlands-aim-9x",
    ]);
    await expect(recipientBox(page, "Canada")).toBeChecked();
    await expect(recipientBox(page, "Netherlands")).toBeChecked();

    await page.goBack();
    await expect(page).toHaveURL("/?country=CA");
    await expectCount(page, 1, "$1.75 billion");
    await expect(recipientBox(page, "Canada")).toBeChecked();
    await expect(recipientBox(page, "Netherlands")).not.toBeChecked();

    await page.reload();
    await expect(page).toHaveURL("/?country=CA");
    await expectCount(page, 1, "$1.75 billion");
    await expect(recipientBox(page, "Canada")).toBeChecked();
    await expect(recipientBox(page, "Netherlands")).not.toBeChecked();

    await page.goBack();
    await expect(page).toHaveURL("/");
    await expectCount(page, SEED.total, SEED.totalValue);
    await expect(recipientBox(page, "Canada")).not.toBeChecked();
  });

  test("system checkbox filters to that system's deals", async ({ page }) => {
    await gotoHydrated(page, "/");
    await systemBox(page, "M142 HIMARS").check();
    await expect(page).toHaveURL("/?system=m142-himars");
    await expectCount(page, 3, "$6.51 billion");
    expect(await entrySlugs(page)).toEqual(SEED.himarsSlugs);
    await expect(entries(page).filter({ hasText: "Taiwan" })).toHaveCount(1);
    await expect(entries(page).filter({ hasText: "Canada" })).toHaveCount(1);
    await expect(entries(page).filter({ hasText: "Australia" })).toHaveCount(1);
  });

  for (const typed of ["M142", "HIMARS"]) {
    test(`typing "${typed}" in the find box applies the M142 HIMARS filter`, async ({ page }) => {
      await gotoHydrated(page, "/");
      await findBox(page).pressSequentially(typed, { delay: 30 });
      await expect(page).toHaveURL("/?system=m142-himars");
      await expectCount(page, 3, "$6.51 billion");
      expect(await entrySlugs(page)).toEqual(SEED.himarsSlugs);
      await expect(systemBox(page, "M142 HIMARS")).toBeChecked();
      await expect(page.getByRole("link", { name: "Remove filter: M142 HIMARS" })).toBeVisible();
    });
  }

  test("an unknown name in the find box says so on Apply", async ({ page }) => {
    await gotoHydrated(page, "/");
    await findBox(page).fill("Death Star");
    await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(filterForm(page).getByRole("alert")).toHaveText("No system is known as “Death Star”.");
    await expect(page).toHaveURL("/");
  });

  for (const alias of ["AMRAAM", "AIM-120"]) {
    test(`/?system=${alias} redirects to /?system=amraam`, async ({ page }) => {
      await gotoHydrated(page, `/?system=${alias}`);
      await expect(page).toHaveURL("/?system=amraam");
      await expectCount(page, SEED.amraamCount, "$19.92 billion");
      await expect(entries(page)).toHaveCount(SEED.amraamCount);
      expect((await entrySlugs(page))[0]).toBe("2025-09-25-germany-amraam");
    });
  }

  test("category filter", async ({ page }) => {
    await gotoHydrated(page, "/");
    await categoryBox(page, "Rocket artillery").check();
    await expect(page).toHaveURL("/?category=rocket-artillery");
    await expectCount(page, 3, "$6.51 billion");
    expect(await entrySlugs(page)).toEqual(SEED.himarsSlugs);
    await expect(page.getByRole("link", { name: "Remove filter: Rocket artillery" })).toBeVisible();
  });

  test("year filter: 2024 has 29 notifications", async ({ page }) => {
    await gotoHydrated(page, "/");
    await filterForm(page).getByRole("combobox", { name: "Year" }).selectOption("2024");
    await expect(page).toHaveURL("/?year=2024");
    await expectCount(page, SEED.year2024, SEED.year2024Value);
    await expect(entries(page)).toHaveCount(SEED.year2024);
    // Scoped to the timeline: the value-by-month chart above it has a level-2 heading too.
    await expect(page.getByRole("list", { name: "Notifications by year and month" }).getByRole("heading", { level: 2 })).toHaveText(["2024"]);
    await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);
  });

  test("date range from/to", async ({ page }) => {
    await gotoHydrated(page, "/");
    await filterForm(page).getByRole("textbox", { name: "From" }).fill("2025-12-01");
    await expect(page).toHaveURL("/?from=2025-12-01");
    await expectCount(page, 10, "$12.74 billion");
    await filterForm(page).getByRole("textbox", { name: "To" }).fill("2025-12-17");
    await expect(page).toHaveURL("/?from=2025-12-01&to=2025-12-17");
    // The Denmark AMRAAM-ER of 22 December falls outside; the Pakistan F-16 of 8 December and the eight of 17 December stay.
    await expectCount(page, 9, "$11.79 billion");
    await expect(page.getByRole("link", { name: "Remove filter: from 1 Dec 2025" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Remove filter: to 17 Dec 2025" })).toBeVisible();
    const dates = await entries(page).locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
    expect(dates).toHaveLength(9);
    for (const d of dates) expect(d! >= "2025-12-01" && d! <= "2025-12-17").toBe(true);
  });

  test("removing a chip removes that filter", async ({ page }) => {
    await gotoHydrated(page, "/?country=CA&country=NL&year=2025");
    await expectCount(page, 2, "$2.32 billion");
    const chips = page.getByRole("list", { name: "Filters in force" });
    await expect(chips.getByRole("link", { name: /^Remove filter/ })).toHaveCount(3);
    await chips.getByRole("link", { name: "Remove filter: Canada" }).click();
    await expect(page).toHaveURL("/?country=NL&year=2025");
    await expectCount(page, 1, "$570 million");
    await expect(recipientBox(page, "Canada")).not.toBeChecked();
    await expect(recipientBox(page, "Netherlands")).toBeChecked();
    await chips.getByRole("link", { name: "Remove filter: 2025" }).click();
    await expect(page).toHaveURL("/?country=NL");
    await expectCount(page, 3, "$2.07 billion");
    await expect(filterForm(page).getByRole("combobox", { name: "Year" })).toHaveValue("");
  });

  test("an empty result says so and offers to clear all filters", async ({ page }) => {
    await gotoHydrated(page, "/?country=CA&year=2024");
    const empty = page.getByTestId("empty-state");
    await expect(empty).toContainText("No notifications match these filters.");
    await expect(page.getByTestId("results-count")).toHaveText("0 notifications");
    await expect(entries(page)).toHaveCount(0);
    await empty.getByRole("link", { name: "clear all filters" }).click();
    await expect(page).toHaveURL("/");
    await expectCount(page, SEED.total, SEED.totalValue);
    await expect(page.getByTestId("empty-state")).toHaveCount(0);
  });
});
