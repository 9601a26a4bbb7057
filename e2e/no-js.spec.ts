import { expect, test } from "@playwright/test";
import { entrySlugs, expectCount, filterForm, findBox, recipientBox, SEED, systemBox } from "./helpers";

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form is a plain GET form to /", async ({ page }) => {
    await page.goto("/");
    const form = filterForm(page);
    await expect(form).toHaveAttribute("method", "get");
    await expect(form).toHaveAttribute("action", "/");
    await expect(form.getByRole("checkbox", { name: /^Canada\b/ })).toHaveAttribute("name", "country");
    await expect(form.getByRole("checkbox", { name: /^Canada\b/ })).toHaveAttribute("value", "CA");
    await expect(form.getByRole("combobox", { name: /Find by any name/ })).toHaveAttribute("name", "system");
  });

  test("checking two recipients and applying shows both", async ({ page }) => {
    await page.goto("/");
    await expectCount(page, SEED.total, SEED.totalValue);
    await recipientBox(page, "Canada").check();
    await recipientBox(page, "Netherlands").check();
    // Nothing happens until the form is submitted.
    await expect(page).toHaveURL("/");
    await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/?country=CA&country=NL");
    await expectCount(page, 4, "$3.82 billion");
    await expect(recipientBox(page, "Canada")).toBeChecked();
    await expect(recipientBox(page, "Netherlands")).toBeChecked();
    await expect(page.getByRole("link", { name: "Remove filter: Canada" })).toBeVisible();
  });

  test("typing HIMARS in the find box and applying filters by M142 HIMARS", async ({ page }) => {
    await page.goto("/");
    await findBox(page).fill("HIMARS");
    await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/?system=m142-himars");
    await expectCount(page, 3, "$6.51 billion");
    expect(await entrySlugs(page)).toEqual(SEED.himarsSlugs);
    await expect(systemBox(page, "M142 HIMARS")).toBeChecked();
    await expect(findBox(page)).toHaveValue("");
  });

  test("pressing Enter in the find box submits too, and year narrows further", async ({ page }) => {
    await page.goto("/?country=TW");
    await expectCount(page, 15);
    await filterForm(page).getByRole("combobox", { name: "Year" }).selectOption("2025");
    await findBox(page).fill("M142");
    await findBox(page).press("Enter");
    await expect(page).toHaveURL("/?country=TW&system=m142-himars&year=2025");
    await expectCount(page, 1, "$4.05 billion");
    expect(await entrySlugs(page)).toEqual(["2025-12-17-taiwan-m142-himars"]);
  });

  test("chips, pagination and deal links are plain links", async ({ page }) => {
    await page.goto("/?country=CA&country=NL");
    await page.getByRole("link", { name: "Remove filter: Netherlands" }).click();
    await expect(page).toHaveURL("/?country=CA");
    await expectCount(page, 1, "$1.75 billion");
    await page.getByRole("link", { name: "M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment" }).click();
    await expect(page).toHaveURL(SEED.canadaHimars);
    await expect(page.getByTestId("review-status")).toHaveText("The review period is over.");
    await page.goto("/");
    await page.getByRole("link", { name: "Older", exact: true }).click();
    await expect(page).toHaveURL("/?page=2");
    await expect(page.getByTestId("timeline-entry")).toHaveCount(SEED.total - 50);
  });
});
