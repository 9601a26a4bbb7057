import { expect, test, type Page } from "@playwright/test";
import { expectCount, filterForm, gotoHydrated, offered, recipientBox, systemBox, yearOptions } from "./helpers";
import { notifications, recipientName, systems } from "./seed-data";

// The filter panel's counts follow the view, as in any faceted search: an option's count is how
// many notifications the view would hold with it added (its own facet's other choices left out,
// since they combine with OR); an option that would give none is not offered, unless it is chosen.
// Expected counts come from the seed files.

const systemName = (slug: string) => systems.find((s) => s.slug === slug)!.name;
const byName = (a: [string, number, boolean], b: [string, number, boolean]) => a[0].localeCompare(b[0]);

/** [name, count, ticked] for each system the given notifications list, sorted by name. */
function systemsOf(rows: typeof notifications, ticked: string[] = []): [string, number, boolean][] {
  const counts = new Map<string, number>();
  for (const n of rows) for (const s of n.systems) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([slug, count]): [string, number, boolean] => [systemName(slug), count, ticked.includes(slug)]).sort(byName);
}

/** [name, count, ticked] per recipient of the given notifications, sorted by name. */
function recipientsOf(rows: typeof notifications, ticked: string[] = []): [string, number, boolean][] {
  const counts = new Map<string, number>();
  for (const n of rows) counts.set(n.recipient, (counts.get(n.recipient) ?? 0) + 1);
  return [...counts].map(([code, count]): [string, number, boolean] => [recipientName(code), count, ticked.includes(code)]).sort(byName);
}

const sorted = async (page: Page, group: "Recipient" | "Weapon system" | "Category") => (await offered(page, group)).sort(byName);
const canadian = notifications.filter((n) => n.recipient === "CA");
const dutch = notifications.filter((n) => n.recipient === "NL");

test.describe("facet counts (JavaScript on)", () => {
  test("with Canada ticked, only Canada's systems are offered; recipients still count across recipients; a chosen option at 0 stays to be unticked", async ({ page }) => {
    await gotoHydrated(page, "/");
    // Before: every system that has notifications, Patriot among them, counted over all of them.
    expect(await sorted(page, "Weapon system")).toEqual(systemsOf(notifications));
    expect((await offered(page, "Weapon system")).find(([name]) => name === "Patriot")?.[1]).toBe(notifications.filter((n) => n.systems.includes("patriot")).length);

    await recipientBox(page, "Canada").check();
    await expect(page).toHaveURL("/?country=CA");
    await expectCount(page, canadian.length);
    await expect(systemBox(page, "Patriot")).toHaveCount(0);
    expect(await sorted(page, "Weapon system")).toEqual(systemsOf(canadian));
    expect(await offered(page, "Category")).toEqual([["Rocket artillery", 1, false]]);
    expect(await sorted(page, "Recipient")).toEqual(recipientsOf(notifications, ["CA"]));
    expect(await yearOptions(page)).toEqual(["Any year", "2025 (1)"]);

    // A second recipient widens the view: the Netherlands' three are offered, and then counted in.
    expect((await offered(page, "Recipient")).find(([name]) => name === "Netherlands")).toEqual(["Netherlands", dutch.length, false]);
    await recipientBox(page, "Netherlands").check();
    await expect(page).toHaveURL("/?country=CA&country=NL");
    await expectCount(page, canadian.length + dutch.length);
    expect(await sorted(page, "Weapon system")).toEqual(systemsOf([...canadian, ...dutch]));

    // Narrowed to HIMARS, the Netherlands (chosen) counts 0 but stays, ticked, so it can be unticked.
    await systemBox(page, "M142 HIMARS").check();
    await expect(page).toHaveURL("/?country=CA&country=NL&system=m142-himars");
    await expectCount(page, 1);
    const himars = notifications.filter((n) => n.systems.includes("m142-himars"));
    expect(await sorted(page, "Recipient")).toEqual([...recipientsOf(himars, ["CA"]), ["Netherlands", 0, true] as [string, number, boolean]].sort(byName));
    await recipientBox(page, "Netherlands").uncheck();
    await expect(page).toHaveURL("/?country=CA&system=m142-himars");
    await expectCount(page, 1);
    await expect(recipientBox(page, "Netherlands")).toHaveCount(0);
  });

  test("every system offered with a recipient chosen gives exactly its count, never an empty page", async ({ page }) => {
    await gotoHydrated(page, "/?country=TW");
    const options = await offered(page, "Weapon system");
    expect(options.length).toBeGreaterThan(3);
    for (const [i, [name, count]] of options.slice(0, 4).entries()) {
      await gotoHydrated(page, "/?country=TW");
      const box = filterForm(page).getByRole("group", { name: "Weapon system" }).locator("label:has(input[type=checkbox])").nth(i);
      await expect(box).toContainText(name);
      await box.locator("input").check();
      await expect(page).toHaveURL(/^[^?]*\?country=TW&system=[a-z0-9-]+$/);
      await expectCount(page, count);
    }
  });
});

test.describe("facet counts (JavaScript off)", () => {
  test.use({ javaScriptEnabled: false });

  test("the server renders the counts of the view in the URL, and applying an offered option gives its count", async ({ page }) => {
    await page.goto("/?country=CA");
    expect(await sorted(page, "Weapon system")).toEqual(systemsOf(canadian));
    await expect(systemBox(page, "Patriot")).toHaveCount(0);
    expect(await sorted(page, "Recipient")).toEqual(recipientsOf(notifications, ["CA"]));

    await recipientBox(page, "Netherlands").check();
    await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/?country=CA&country=NL");
    await expectCount(page, canadian.length + dutch.length);
    expect(await sorted(page, "Weapon system")).toEqual(systemsOf([...canadian, ...dutch]));
    expect(await offered(page, "Category")).toEqual([["Air-to-air missile", dutch.length, false], ["Rocket artillery", 1, false]]);
  });

  test("an empty view keeps what is chosen (at 0) and offers only the ways out", async ({ page }) => {
    await page.goto("/?country=CA&year=2024");
    await expectCount(page, 0);
    expect(await offered(page, "Weapon system")).toEqual([]);
    expect(await offered(page, "Category")).toEqual([]);
    expect((await offered(page, "Recipient")).find(([name]) => name === "Canada")).toEqual(["Canada", 0, true]);
    expect(await yearOptions(page)).toEqual(["Any year", "2025 (1)", "2024 (0)"]);
    await expect(filterForm(page).getByRole("combobox", { name: "Year" })).toHaveValue("2024");

    await filterForm(page).getByRole("combobox", { name: "Year" }).selectOption("2025");
    await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/?country=CA&year=2025");
    await expectCount(page, 1, "$1.75 billion");
  });
});
