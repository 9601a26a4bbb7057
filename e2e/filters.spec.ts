import { expect, test } from "@playwright/test";
import {
  categoryBox,
  EMPTY_VIEW,
  entries,
  entrySlugs,
  expectCount,
  expectView,
  filterForm,
  findBox,
  firstPageSlugs,
  gotoHydrated,
  holdNextServerAction,
  offered,
  recipientBox,
  SEED,
  showAll,
  systemBox,
  waitForHydration,
} from "./helpers";
import { matching, notifications, PAGE_SIZE, recipientName, shortDate, sortedNewestFirst, TOP_RECIPIENT } from "./seed-data";

// Expected counts, totals and lists are computed from the seed files (e2e/seed-data.ts).
const HIMARS = { systems: ["m142-himars"] };

test.describe("filters (JavaScript on)", () => {
  test("a box ticked before the page's JavaScript has loaded still applies once it has", async ({ page }) => {
    let release = () => {};
    const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await page.goto("/", { waitUntil: "commit" });
    // The recipient with most notifications: among the options the panel shows first.
    await recipientBox(page, TOP_RECIPIENT.name).check();
    await expect(page).toHaveURL("/");
    release();
    // However long the held scripts take to load and hydrate on a busy machine: then the tick applies.
    await waitForHydration(page);
    await expect(page).toHaveURL(`/?country=${TOP_RECIPIENT.code}`);
    await expectView(page, { countries: [TOP_RECIPIENT.code] });
  });

  test("a long list opened in full on the unfiltered timeline reads as busy until its options arrive", async ({ page }) => {
    await gotoHydrated(page, "/");
    const recipients = filterForm(page).getByRole("group", { name: "Recipient" });
    const shownFirst = (await offered(page, "Recipient")).length;
    const options = await holdNextServerAction(page);
    await recipients.getByRole("link", { name: /^All \d+ / }).click();
    await expect(recipients.getByRole("button", { name: /^Show the top / })).toBeVisible();
    // Still the top options only, and marked as loading (the unfiltered view is the empty query).
    await expect(recipients).toHaveAttribute("aria-busy", "true");
    await expect(recipients.locator("label:has(input[type=checkbox])")).toHaveCount(shownFirst);
    options.release();
    await expect(recipients).not.toHaveAttribute("aria-busy", "true");
    expect(await offered(page, "Recipient")).toHaveLength(new Set(notifications.map((n) => n.recipient)).size);
  });

  test("recipient checkboxes update the URL; Back and reload restore the view", async ({ page }) => {
    test.setTimeout(90_000); // ten views, two full loads, on a busy 2-core machine
    await gotoHydrated(page, "/");
    await expectCount(page, SEED.total, SEED.totalValue);

    // Canada is not among the recipients with most notifications: the full list has it.
    await showAll(page, "Recipient");
    await recipientBox(page, "Canada").check();
    await expect(page).toHaveURL("/?country=CA");
    await expectView(page, { countries: ["CA"] });
    expect(await entrySlugs(page)).toEqual(firstPageSlugs({ countries: ["CA"] }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Matching notifications");

    await recipientBox(page, "Netherlands").check();
    await expect(page).toHaveURL("/?country=CA&country=NL");
    await expectView(page, { countries: ["CA", "NL"] });
    expect(await entrySlugs(page)).toEqual(firstPageSlugs({ countries: ["CA", "NL"] }));
    await expect(recipientBox(page, "Canada")).toBeChecked();
    await expect(recipientBox(page, "Netherlands")).toBeChecked();

    await page.goBack();
    await expect(page).toHaveURL("/?country=CA");
    await expectView(page, { countries: ["CA"] });
    await expect(recipientBox(page, "Canada")).toBeChecked();
    await expect(recipientBox(page, "Netherlands")).not.toBeChecked();

    await page.reload();
    await expect(page).toHaveURL("/?country=CA");
    await expectView(page, { countries: ["CA"] });
    await expect(recipientBox(page, "Canada")).toBeChecked();
    await waitForHydration(page);
    await showAll(page, "Recipient");
    await expect(recipientBox(page, "Netherlands")).not.toBeChecked();

    await page.goBack();
    await expect(page).toHaveURL("/");
    await expectCount(page, SEED.total, SEED.totalValue);
    await waitForHydration(page);
    await showAll(page, "Recipient");
    await expect(recipientBox(page, "Canada")).not.toBeChecked();
  });

  test("system checkbox filters to that system's deals", async ({ page }) => {
    await gotoHydrated(page, "/");
    await showAll(page, "Weapon system");
    await systemBox(page, "M142 HIMARS").check();
    await expect(page).toHaveURL("/?system=m142-himars");
    await expectView(page, HIMARS);
    expect(await entrySlugs(page)).toEqual(firstPageSlugs(HIMARS));
    // The first page's notifications, each recipient's among them.
    const shown = sortedNewestFirst(matching(HIMARS)).slice(0, PAGE_SIZE);
    for (const code of new Set(shown.map((n) => n.recipient))) {
      const theirs = entries(page).filter({ has: page.getByRole("link", { name: recipientName(code), exact: true }) });
      await expect(theirs, code).toHaveCount(shown.filter((n) => n.recipient === code).length);
    }
  });

  for (const typed of ["M142", "HIMARS"]) {
    test(`typing "${typed}" in the find box applies the M142 HIMARS filter`, async ({ page }) => {
      await gotoHydrated(page, "/");
      await findBox(page).pressSequentially(typed, { delay: 30 });
      await expect(page).toHaveURL("/?system=m142-himars");
      await expectView(page, HIMARS);
      expect(await entrySlugs(page)).toEqual(firstPageSlugs(HIMARS));
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
      const amraam = { systems: ["amraam"] };
      await expectView(page, amraam);
      expect(await entrySlugs(page)).toEqual(firstPageSlugs(amraam));
    });
  }

  test("category filter", async ({ page }) => {
    await gotoHydrated(page, "/");
    await showAll(page, "Category");
    await categoryBox(page, "Rocket artillery").check();
    await expect(page).toHaveURL("/?category=rocket-artillery");
    const view = { categories: ["rocket-artillery"] };
    await expectView(page, view);
    expect(await entrySlugs(page)).toEqual(firstPageSlugs(view));
    // Every rocket-artillery system's deals, HIMARS among them.
    expect(matching(view).length).toBeGreaterThanOrEqual(matching(HIMARS).length);
    await expect(page.getByRole("link", { name: "Remove filter: Rocket artillery" })).toBeVisible();
  });

  test("year filter", async ({ page }) => {
    await gotoHydrated(page, "/");
    await filterForm(page).getByRole("combobox", { name: "Year" }).selectOption("2024");
    await expect(page).toHaveURL("/?year=2024");
    const in2024 = matching({ year: 2024 });
    await expectView(page, { year: 2024 });
    expect(await entrySlugs(page)).toEqual(firstPageSlugs({ year: 2024 }));
    // Scoped to the timeline: the value-by-month chart above it has a level-2 heading too.
    await expect(page.getByRole("list", { name: "Notifications by year and month" }).getByRole("heading", { level: 2 })).toHaveText(["2024"]);
    await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(in2024.length > PAGE_SIZE ? 1 : 0);
  });

  test("date range from/to", async ({ page }) => {
    const from = "2025-12-01";
    const to = "2025-12-17";
    await gotoHydrated(page, "/");
    await filterForm(page).getByRole("textbox", { name: "From" }).fill(from);
    await expect(page).toHaveURL(`/?from=${from}`);
    await expectView(page, { from });
    await filterForm(page).getByRole("textbox", { name: "To" }).fill(to);
    await expect(page).toHaveURL(`/?from=${from}&to=${to}`);
    const inRange = matching({ from, to });
    // The range leaves out what came after it.
    expect(inRange.length).toBeLessThan(matching({ from }).length);
    await expectView(page, { from, to });
    await expect(page.getByRole("link", { name: `Remove filter: from ${shortDate(from)}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Remove filter: to ${shortDate(to)}` })).toBeVisible();
    const dates = await entries(page).locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
    expect(dates).toHaveLength(Math.min(inRange.length, PAGE_SIZE));
    for (const d of dates) expect(d! >= from && d! <= to).toBe(true);
  });

  test("removing a chip removes that filter", async ({ page }) => {
    await gotoHydrated(page, "/?country=CA&country=NL&year=2025");
    await expectView(page, { countries: ["CA", "NL"], year: 2025 });
    const chips = page.getByRole("list", { name: "Filters in force" });
    await expect(chips.getByRole("link", { name: /^Remove filter/ })).toHaveCount(3);
    await chips.getByRole("link", { name: "Remove filter: Canada" }).click();
    await expect(page).toHaveURL("/?country=NL&year=2025");
    await expectView(page, { countries: ["NL"], year: 2025 });
    await showAll(page, "Recipient");
    await expect(recipientBox(page, "Canada")).not.toBeChecked();
    await expect(recipientBox(page, "Netherlands")).toBeChecked();
    await chips.getByRole("link", { name: "Remove filter: 2025" }).click();
    await expect(page).toHaveURL("/?country=NL");
    await expectView(page, { countries: ["NL"] });
    await expect(filterForm(page).getByRole("combobox", { name: "Year" })).toHaveValue("");
  });

  test("an empty result says so and offers to clear all filters", async ({ page }) => {
    await gotoHydrated(page, EMPTY_VIEW.url);
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
