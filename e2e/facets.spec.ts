import { expect, test, type Page } from "@playwright/test";
import { expectCount, filterForm, gotoHydrated, holdNextServerAction, offered, recipientBox, showAll, systemBox, yearOptions } from "./helpers";
import { categories, matching, notifications, recipientName, systems, topOptions, TOP_RECIPIENT } from "./seed-data";

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
/** What the panel shows of a long list before it is opened in full: the chosen options, then those with most notifications. */
const top = (options: Option[]) => topOptions(options).sort(byName);
const canadian = notifications.filter((n) => n.recipient === "CA");
const dutch = notifications.filter((n) => n.recipient === "NL");
/** A system others have and Canada does not: the issue saw it offered, with its count over everything, once Canada was ticked. */
const notCanadian = systems.find((s) => s.slug === "patriot" && !canadian.some((n) => n.systems.includes(s.slug)))!;

test.describe("facet counts (JavaScript on)", () => {
  test("with Canada ticked, only Canada's systems are offered; recipients still count across recipients; a chosen option at 0 stays to be unticked", async ({ page }) => {
    test.setTimeout(90_000); // seven views, three lists loaded in full, on a busy 2-core machine
    await gotoHydrated(page, "/");
    // The long lists show their top options first; opened in full, they follow the view.
    expect(await sorted(page, "Weapon system")).toEqual(top(systemsOf(notifications)));
    expect(await sorted(page, "Recipient")).toEqual(top(recipientsOf(notifications)));
    for (const group of ["Weapon system", "Recipient", "Category"] as const) await showAll(page, group);
    // Every system that has notifications, counted over all of them.
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
    test.setTimeout(90_000); // two lists loaded in full, four views, on a busy 2-core machine
    await gotoHydrated(page, "/?country=CA");
    // Both lists opened in full (they stay open, following the view), so every option can be counted.
    for (const group of ["Recipient", "Weapon system"] as const) await showAll(page, group);
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

  test("a list opened in full shows the current view's options, even when an earlier view's answer comes last", async ({ page }) => {
    await gotoHydrated(page, "/");
    const systemsGroup = filterForm(page).getByRole("group", { name: "Weapon system" });
    // The unfiltered view's options are held on their way.
    const unfiltered = await holdNextServerAction(page);
    await systemsGroup.getByRole("link", { name: /^All \d+ / }).click();
    await expect(systemsGroup).toHaveAttribute("aria-busy", "true");
    // The view changes while the unfiltered view's options are on their way; the new view's come first.
    await recipientBox(page, TOP_RECIPIENT.name).check();
    await expect(page).toHaveURL(`/?country=${TOP_RECIPIENT.code}`);
    const theirs = systemsOf(notifications.filter((n) => n.recipient === TOP_RECIPIENT.code));
    expect(await sorted(page, "Weapon system")).toEqual(theirs);
    // Then the unfiltered view's answer arrives: it is not for this view, and changes nothing.
    unfiltered.release();
    expect(await unfiltered.delivered).toBe("answered");
    // Give the page time to take the answer in (a quarter second; without the fix the list turned busy in that time).
    await page.evaluate(() => new Promise((done) => setTimeout(done, 250)));
    await expect(systemsGroup).not.toHaveAttribute("aria-busy", "true");
    expect(await sorted(page, "Weapon system")).toEqual(theirs);
  });

  test("every system offered with a recipient chosen gives exactly its count, never an empty page", async ({ page }) => {
    test.setTimeout(90_000); // eight full loads on a busy 2-core machine
    await gotoHydrated(page, "/?country=TW");
    const options = await offered(page, "Weapon system");
    expect([...options].sort(byName)).toEqual(top(systemsOf(notifications.filter((n) => n.recipient === "TW"))));
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
    expect(await sorted(page, "Weapon system")).toEqual(top(systemsOf(canadian)));
    await expect(systemBox(page, notCanadian.name)).toHaveCount(0);
    // Canada, chosen, first; then the recipients with most notifications.
    const recipients = await offered(page, "Recipient");
    expect(recipients[0]).toEqual(["Canada", canadian.length, true]);
    expect([...recipients].sort(byName)).toEqual(top(recipientsOf(notifications, ["CA"])));

    const theirs = notifications.filter((n) => n.recipient === TOP_RECIPIENT.code);
    const both = [...canadian, ...theirs];
    await recipientBox(page, TOP_RECIPIENT.name).check();
    await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(`/?${["CA", TOP_RECIPIENT.code].sort().map((c) => `country=${c}`).join("&")}`);
    await expectCount(page, both.length);
    expect(await sorted(page, "Weapon system")).toEqual(top(systemsOf(both)));
    expect(await sorted(page, "Category")).toEqual(top(categoriesOf(both)));
  });

  test("a long list links to every option of the view, with its count, as a form that keeps the other filters", async ({ page }) => {
    await page.goto("/?country=CA");
    const all = recipientsOf(notifications, ["CA"]);
    const systemsLink = filterForm(page).getByRole("group", { name: "Weapon system" }).getByRole("link", { name: `All ${systemsOf(canadian).length} systems…` });
    await filterForm(page).getByRole("group", { name: "Recipient" }).getByRole("link", { name: `All ${all.length} recipients…` }).click();
    await expect(page).toHaveURL("/filters/country?country=CA");
    const every = page.getByRole("form", { name: "Every recipient" });
    const shown = await every.locator("label:has(input[type=checkbox])").evaluateAll((labels) =>
      labels.map((label) => {
        const count = label.querySelector("span")?.textContent ?? "";
        return [(label.textContent ?? "").slice(0, -count.length).trim(), Number(count), (label.querySelector("input") as HTMLInputElement).checked];
      }),
    );
    expect((shown as Option[]).sort(byName)).toEqual(all);
    await every.getByRole("checkbox", { name: /^Netherlands\b/ }).check();
    await every.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/?country=CA&country=NL");
    await expectCount(page, canadian.length + dutch.length);

    // The systems' page keeps the recipient and groups the systems by category.
    await page.goto("/?country=CA");
    await systemsLink.click();
    await expect(page).toHaveURL("/filters/system?country=CA");
    await expect(page.getByRole("form", { name: "Every weapon system" }).getByRole("checkbox")).toHaveCount(systemsOf(canadian).length);
    await expect(page.locator('input[type=hidden][name=country][value="CA"]')).toHaveCount(1);
  });

  test("the page of every option: an unknown list is not found, a name or a page in its URL lands on the canonical one", async ({ page }) => {
    expect((await page.goto("/filters/nope"))?.status()).toBe(404);
    expect((await page.goto("/filters/transmittal"))?.status()).toBe(404);
    await page.goto("/filters/system?country=canada&page=3");
    await expect(page).toHaveURL("/filters/system?country=CA");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Filter by weapon system");
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
    expect(await sorted(page, "Recipient")).toEqual(top(recipientsOf(waived)));

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
