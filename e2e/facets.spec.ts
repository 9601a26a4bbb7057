import { expect, test, type Page } from "@playwright/test";
import { expectCount, filterForm, gotoHydrated, offered, recipientBox, systemBox, yearOptions } from "./helpers";
import { categories, matching, notifications, recipientName, systems } from "./seed-data";

// The filter panel's counts follow the view, as in any faceted search: an option's count is how
// many notifications the view would hold with it added (its own facet's other choices left out,
// since they combine with OR); an option that would give none is not offered, unless it is chosen.
// Expected counts come from the seed files.

type Option = [string, number, boolean];
type Rows = typeof notifications;

const systemOf = (slug: string) => systems.find((s) => s.slug === slug)!;
const categoryName = (slug: string) => categories.find((c) => c.slug === slug)!.name;
const byName = (a: Option, b: Option) => a[0].localeCompare(b[0]);

/** [name, count, ticked] per value `valuesOf` gives the rows (each row counted once per value), sorted by name. */
function tally(rows: Rows, valuesOf: (n: Rows[number]) => string[], name: (value: string) => string, ticked: string[] = []): Option[] {
  const counts = new Map<string, number>();
  for (const n of rows) for (const v of new Set(valuesOf(n))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, count]): Option => [name(v), count, ticked.includes(v)]).sort(byName);
}
const systemsOf = (rows: Rows, ticked: string[] = []) => tally(rows, (n) => n.systems, (s) => systemOf(s).name, ticked);
const recipientsOf = (rows: Rows, ticked: string[] = []) => tally(rows, (n) => [n.recipient], recipientName, ticked);
const categoriesOf = (rows: Rows) => tally(rows, (n) => n.systems.map((s) => systemOf(s).category), categoryName);
/** The year menu for these rows: "Any year", then each year with notifications, newest first. */
const yearsOf = (rows: Rows) => ["Any year", ...tally(rows, (n) => [n.announcedOn.slice(0, 4)], (y) => y).sort((a, b) => b[0].localeCompare(a[0])).map(([y, n]) => `${y} (${n})`)];

const sorted = async (page: Page, group: "Recipient" | "Weapon system" | "Category") => (await offered(page, group)).sort(byName);
const canadian = notifications.filter((n) => n.recipient === "CA");
const dutch = notifications.filter((n) => n.recipient === "NL");
/** A system others have and Canada does not: the issue saw it offered, with its count over everything, once Canada was ticked. */
const notCanadian = systems.find((s) => s.slug === "patriot" && !canadian.some((n) => n.systems.includes(s.slug)))!;

test.describe("facet counts (JavaScript on)", () => {
  test("with Canada ticked, only Canada's systems are offered; recipients still count across recipients", async ({ page }) => {
    await gotoHydrated(page, "/");
    // Before: every system that has notifications, counted over all of them.
    expect(await sorted(page, "Weapon system")).toEqual(systemsOf(notifications));
    expect(notCanadian).toBeDefined();

    await recipientBox(page, "Canada").check();
    await expect(page).toHaveURL("/?country=CA");
    await expectCount(page, canadian.length);
    await expect(systemBox(page, notCanadian.name)).toHaveCount(0);
    expect(await sorted(page, "Weapon system")).toEqual(systemsOf(canadian));
    expect(await sorted(page, "Category")).toEqual(categoriesOf(canadian));
    expect(await sorted(page, "Recipient")).toEqual(recipientsOf(notifications, ["CA"]));
    expect(await yearOptions(page)).toEqual(yearsOf(canadian));
  });

  test("a second recipient widens the view; narrowed to a system it lacks, it counts 0 but stays ticked to be unticked", async ({ page }) => {
    await gotoHydrated(page, "/?country=CA");
    // A second recipient widens the view: the Netherlands is offered with its own count, and then counted in.
    expect((await offered(page, "Recipient")).find(([name]) => name === "Netherlands")).toEqual(["Netherlands", dutch.length, false]);
    await recipientBox(page, "Netherlands").check();
    await expect(page).toHaveURL("/?country=CA&country=NL");
    await expectCount(page, canadian.length + dutch.length);
    expect(await sorted(page, "Weapon system")).toEqual(systemsOf([...canadian, ...dutch]));

    // Narrowed to a system Canada has and the Netherlands not (its most frequent one, found in the seed
    // files), the Netherlands (chosen) counts 0 but stays, ticked, so it can be unticked.
    const narrow = systemsOf(canadian)
      .map(([name]) => systems.find((x) => x.name === name)!)
      .filter((x) => !dutch.some((n) => n.systems.includes(x.slug)))
      .sort((a, b) => canadian.filter((n) => n.systems.includes(b.slug)).length - canadian.filter((n) => n.systems.includes(a.slug)).length || a.name.localeCompare(b.name))[0]!;
    expect(narrow, "a system Canada has and the Netherlands not").toBeDefined();
    const withIt = notifications.filter((n) => n.systems.includes(narrow.slug));
    await systemBox(page, narrow.name).check();
    await expect(page).toHaveURL(`/?country=CA&country=NL&system=${narrow.slug}`);
    await expectCount(page, withIt.filter((n) => n.recipient === "CA").length);
    expect(await sorted(page, "Recipient")).toEqual([...recipientsOf(withIt, ["CA"]), ["Netherlands", 0, true] as Option].sort(byName));
    // click, not uncheck: unticked, the Netherlands (0 here) is no longer offered, and uncheck()
    // would wait for a box that is gone to report itself unchecked (it timed out when the view
    // re-rendered before Playwright looked).
    await recipientBox(page, "Netherlands").click();
    await expect(page).toHaveURL(`/?country=CA&system=${narrow.slug}`);
    await expect(recipientBox(page, "Netherlands")).toHaveCount(0);
  });

  test("every system offered with a recipient chosen gives exactly its count, never an empty page", async ({ page }) => {
    await gotoHydrated(page, "/?country=TW");
    const options = await offered(page, "Weapon system");
    expect([...options].sort(byName)).toEqual(systemsOf(notifications.filter((n) => n.recipient === "TW")));
    // Every offered count is the seed's (above); applying one gives that count on the page. Tried on
    // the option with the most notifications and the one with the fewest (the first such in page
    // order), rather than on each of dozens of systems.
    const indexOf = (pick: (a: number, b: number) => boolean) => options.reduce((best, [, count], i) => (pick(count, options[best]![1]) ? i : best), 0);
    const tried = [...new Set([indexOf((a, b) => a > b), indexOf((a, b) => a < b)])];
    for (const [n, i] of tried.entries()) {
      if (n > 0) await gotoHydrated(page, "/?country=TW");
      const [name, count] = options[i]!;
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
    await expect(systemBox(page, notCanadian.name)).toHaveCount(0);
    expect(await sorted(page, "Recipient")).toEqual(recipientsOf(notifications, ["CA"]));

    await recipientBox(page, "Netherlands").check();
    await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/?country=CA&country=NL");
    await expectCount(page, canadian.length + dutch.length);
    expect(await sorted(page, "Weapon system")).toEqual(systemsOf([...canadian, ...dutch]));
    expect(await sorted(page, "Category")).toEqual(categoriesOf([...canadian, ...dutch]));
  });

  test("the yes/no filters show their counts, and are offered only where they give something", async ({ page }) => {
    const waived = notifications.filter((n) => n.reviewWaived);
    expect(waived.length).toBeGreaterThan(0);
    await page.goto("/");
    const emergency = filterForm(page).getByRole("checkbox", { name: /^Emergency sales/ });
    await expect(emergency.locator("xpath=..").locator("span")).toHaveText(String(waived.length));
    await emergency.check();
    await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/?emergency=1");
    await expectCount(page, waived.length);
    expect(await sorted(page, "Recipient")).toEqual(recipientsOf(waived));

    // A recipient with no emergency sale: the box is not offered there.
    const none = notifications.find((n) => !notifications.some((m) => m.recipient === n.recipient && m.reviewWaived))!.recipient;
    await page.goto(`/?country=${none}`);
    await expect(filterForm(page).getByRole("checkbox", { name: /^Emergency sales/ })).toHaveCount(0);

    // Sales challenged in Congress (a resolution in seeds/resolutions/ names them) count the same way.
    const challenged = matching({ challenged: true });
    expect(challenged.length).toBeGreaterThan(0);
    await page.goto("/");
    const box = filterForm(page).getByRole("checkbox", { name: /^Challenged in Congress/ });
    await expect(box.locator("xpath=..").locator("span")).toHaveText(String(challenged.length));
  });

  test("an empty view keeps what is chosen (at 0) and offers only the ways out", async ({ page }) => {
    // A year with notifications, none of them Canada's.
    const canadianYears = new Set(canadian.map((n) => n.announcedOn.slice(0, 4)));
    const year = [...new Set(notifications.map((n) => n.announcedOn.slice(0, 4)))].filter((y) => !canadianYears.has(y)).sort().at(-1)!;
    await page.goto(`/?country=CA&year=${year}`);
    await expectCount(page, 0);
    expect(await offered(page, "Weapon system")).toEqual([]);
    expect(await offered(page, "Category")).toEqual([]);
    expect((await offered(page, "Recipient")).find(([name]) => name === "Canada")).toEqual(["Canada", 0, true]);
    const menu = yearsOf(canadian).concat(`${year} (0)`);
    expect(await yearOptions(page)).toEqual(["Any year", ...menu.slice(1).sort((a, b) => b.localeCompare(a))]);
    await expect(filterForm(page).getByRole("combobox", { name: "Year" })).toHaveValue(year);

    const latest = yearsOf(canadian)[1]!.slice(0, 4);
    await filterForm(page).getByRole("combobox", { name: "Year" }).selectOption(latest);
    await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(`/?country=CA&year=${latest}`);
    await expectCount(page, canadian.filter((n) => n.announcedOn.startsWith(latest)).length);
  });
});
