import { expect, test } from "@playwright/test";
import { entries, entrySlugs, expectCount, expectView, filterForm, findBox, firstPageSlugs, recipientBox, SEED, systemBox } from "./helpers";
import { matching, PAGE_SIZE, TOP_RECIPIENT } from "./seed-data";

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form is a plain GET form to /", async ({ page }) => {
    await page.goto("/");
    const form = filterForm(page);
    await expect(form).toHaveAttribute("method", "get");
    await expect(form).toHaveAttribute("action", "/");
    const top = form.getByRole("checkbox", { name: new RegExp(`^${TOP_RECIPIENT.name}\\b`) });
    await expect(top).toHaveAttribute("name", "country");
    await expect(top).toHaveAttribute("value", TOP_RECIPIENT.code);
    await expect(form.getByRole("combobox", { name: /Find by any name/ })).toHaveAttribute("name", "system");
  });

  test("checking two recipients on the page of every recipient and applying shows both", async ({ page }) => {
    await page.goto("/?year=2025");
    // The panel shows the recipients with most notifications, and links to every one of them.
    const all = filterForm(page).getByRole("group", { name: "Recipient" }).getByRole("link", { name: /^All \d+ recipients…$/ });
    await all.click();
    await expect(page).toHaveURL("/filters/country?year=2025");
    const every = page.getByRole("form", { name: "Every recipient" });
    await every.getByRole("checkbox", { name: /^Canada\b/ }).check();
    await every.getByRole("checkbox", { name: /^Netherlands\b/ }).check();
    // Nothing happens until the form is submitted; the view's other filters ride along.
    await expect(page).toHaveURL("/filters/country?year=2025");
    await every.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/?country=CA&country=NL&year=2025");
    await expectView(page, { countries: ["CA", "NL"], year: 2025 });
    await page.goto("/");
    await expectCount(page, SEED.total, SEED.totalValue);
    await page.goto("/filters/country");
    await page.getByRole("checkbox", { name: /^Canada\b/ }).check();
    await page.getByRole("checkbox", { name: /^Netherlands\b/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/?country=CA&country=NL");
    await expectView(page, { countries: ["CA", "NL"] });
    await expect(recipientBox(page, "Canada")).toBeChecked();
    await expect(recipientBox(page, "Netherlands")).toBeChecked();
    await expect(page.getByRole("link", { name: "Remove filter: Canada" })).toBeVisible();
  });

  test("typing HIMARS in the find box and applying filters by M142 HIMARS", async ({ page }) => {
    await page.goto("/");
    await findBox(page).fill("HIMARS");
    await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/?system=m142-himars");
    await expectView(page, { systems: ["m142-himars"] });
    expect(await entrySlugs(page)).toEqual(firstPageSlugs({ systems: ["m142-himars"] }));
    await expect(systemBox(page, "M142 HIMARS")).toBeChecked();
    await expect(findBox(page)).toHaveValue("");
  });

  test("pressing Enter in the find box submits too, and year narrows further", async ({ page }) => {
    await page.goto("/?country=TW");
    await expectView(page, { countries: ["TW"] });
    await filterForm(page).getByRole("combobox", { name: "Year" }).selectOption("2025");
    await findBox(page).fill("M142");
    await findBox(page).press("Enter");
    await expect(page).toHaveURL("/?country=TW&system=m142-himars&year=2025");
    const narrowed = { countries: ["TW"], systems: ["m142-himars"], year: 2025 };
    expect(matching(narrowed)).toContainEqual(expect.objectContaining({ slug: "2025-12-17-taiwan-m142-himars" }));
    await expectView(page, narrowed);
    expect(await entrySlugs(page)).toEqual(firstPageSlugs(narrowed));
  });

  test("chips, pagination and deal links are plain links", async ({ page }) => {
    await page.goto("/?country=CA&country=NL");
    await page.getByRole("link", { name: "Remove filter: Netherlands" }).click();
    await expect(page).toHaveURL("/?country=CA");
    await expectView(page, { countries: ["CA"] });
    await page.getByRole("link", { name: "M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment" }).click();
    await expect(page).toHaveURL(SEED.canadaHimars);
    await expect(page.getByTestId("review-status")).toHaveText("The review period is over.");
    await page.goto("/");
    await page.getByRole("link", { name: "Older", exact: true }).click();
    await expect(page).toHaveURL("/?page=2");
    await expect(entries(page)).toHaveCount(Math.min(SEED.total - PAGE_SIZE, PAGE_SIZE));
  });
});
