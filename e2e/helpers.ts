import { expect, type Locator, type Page } from "@playwright/test";
import { CANADA_HIMARS, matching, notifications, PAGE_SIZE, sortedNewestFirst, total, usd, type Notification, type View } from "./seed-data";

const everything = total(notifications);

/** Figures computed from seeds/notifications/*.json (e2e/seed-data.ts), never copied from a page. */
export const SEED = {
  total: everything.count,
  totalValue: usd(everything.value),
  canadaHimars: `/deals/${CANADA_HIMARS}`,
} as const;

/**
 * A recipient and a year with no notification between them, found in the seed files (Canada, in
 * the latest year of the record it has nothing in): the view of an empty result.
 */
export const EMPTY_VIEW = (() => {
  const code = "CA";
  const held = new Set(notifications.map((n) => Number(n.announcedOn.slice(0, 4))));
  const year = [...held].sort((a, b) => b - a).find((y) => matching({ countries: [code], year: y }).length === 0);
  if (year === undefined) throw new Error("Canada has a notification in every year of the record: pick another recipient for the empty view");
  return { code, year, url: `/?country=${code}&year=${year}` };
})();

/** The slugs a view lists on its first page, in the timeline's order. */
export function firstPageSlugs(view: View): string[] {
  return sortedNewestFirst(matching(view))
    .slice(0, PAGE_SIZE)
    .map((n) => n.slug);
}

/** The results line for these notifications: their number and the sum of their estimated values. */
export async function expectTotals(page: Page, rows: Notification[]) {
  const t = total(rows);
  await expectCount(page, t.count, t.count > 0 ? usd(t.value) : undefined);
}

/** The results line of a filtered view, computed from the seed files. */
export async function expectView(page: Page, view: View) {
  await expectTotals(page, matching(view));
}

export function resultsCount(page: Page): Locator {
  return page.getByTestId("results-count");
}

/** "83 notifications worth $162.06 billion in estimated value" / "1 notification worth …". */
export async function expectCount(page: Page, count: number, value?: string) {
  const noun = count === 1 ? "notification" : "notifications";
  const tail = value ? ` worth ${escape(value)} in estimated value` : count === 0 ? "" : " worth ";
  await expect(resultsCount(page)).toHaveText(new RegExp(`^${count.toLocaleString("en-US")} ${noun}${tail}`));
}

/** A deal page's own header (the article's; a section such as "In Congress" has a header of its own). */
export function dealHeader(page: Page): Locator {
  return page.locator("main > article > header");
}

/** The timeline's entries, on the time axis or ranked by a search: each a list item .tl-entry (no test id: every page would carry it twenty times). */
export function entries(page: Page): Locator {
  return page.locator("main li.tl-entry");
}

/** The slugs the visible timeline entries link to, in page order. */
export async function entrySlugs(page: Page): Promise<string[]> {
  const hrefs = await entries(page).getByRole("heading", { level: 4 }).getByRole("link").evaluateAll((links) =>
    links.map((a) => a.getAttribute("href") ?? ""),
  );
  return hrefs.map((h) => h.replace(/^\/deals\//, ""));
}

export function filterForm(page: Page): Locator {
  return page.getByRole("search", { name: "Filter notifications" });
}

export function recipientBox(page: Page, name: string): Locator {
  return filterForm(page).getByRole("group", { name: "Recipient" }).getByRole("checkbox", { name: new RegExp(`^${escape(name)}\\b`) });
}

export function systemBox(page: Page, name: string): Locator {
  return filterForm(page).getByRole("group", { name: "Weapon system" }).getByRole("checkbox", { name: new RegExp(`^${escape(name)}\\b`) });
}

export function categoryBox(page: Page, name: string): Locator {
  return filterForm(page).getByRole("group", { name: "Category" }).getByRole("checkbox", { name: new RegExp(`^${escape(name)}\\b`) });
}

export type ListGroup = "Recipient" | "Region" | "Weapon system" | "Category" | "Principal contractor";

/**
 * Opens a long list of the filter panel in full (JavaScript on): its "All N …" link loads every
 * option into the panel, where it stays, following the view, until closed. A short list has no link.
 */
export async function showAll(page: Page, group: ListGroup): Promise<void> {
  const fieldset = filterForm(page).getByRole("group", { name: group });
  const more = fieldset.getByRole("link", { name: /^All \d+ / });
  if ((await more.count()) === 0) return;
  await more.click();
  await expect(fieldset.getByRole("button", { name: /^Show the top / })).toBeVisible();
  await expect(fieldset).not.toHaveAttribute("aria-busy", "true");
}

/**
 * Holds the answer to the page's next server action (how the filter panel loads a list's options
 * for a view: a POST with a Next-Action header) until `release()` is called; later ones pass.
 * `delivered` settles once the held answer has reached the page ("answered"), or says why it did not.
 */
export async function holdNextServerAction(page: Page): Promise<{ release: () => void; delivered: Promise<string> }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let settle: (outcome: string) => void = () => {};
  const delivered = new Promise<string>((resolve) => (settle = resolve));
  let actions = 0;
  await page.route("**/*", async (route) => {
    const isAction = route.request().method() === "POST" && Boolean(route.request().headers()["next-action"]);
    if (!isAction || actions++ > 0) return route.continue();
    await held;
    try {
      await route.fulfill({ response: await route.fetch() });
      settle("answered");
    } catch (error) {
      settle(`not answered: ${(error as Error).message}`);
    }
  });
  return { release, delivered };
}

/**
 * The options a group of the filter panel offers ("Recipient", "Region", "Weapon system", "Category", "Principal contractor"), in
 * page order, as [name, count, ticked]: what a user sees beside each box (once a list opened in
 * full has loaded the view's options).
 */
export async function offered(page: Page, group: ListGroup): Promise<[string, number, boolean][]> {
  await expect(filterForm(page).getByRole("group", { name: group })).not.toHaveAttribute("aria-busy", "true");
  return filterForm(page)
    .getByRole("group", { name: group })
    .locator("label:has(input[type=checkbox])")
    .evaluateAll((labels) =>
      labels.map((label) => {
        const count = label.querySelector("span")?.textContent ?? "";
        const name = (label.textContent ?? "").slice(0, -count.length || undefined).trim();
        return [name, Number(count), (label.querySelector("input") as HTMLInputElement).checked] as [string, number, boolean];
      }),
    );
}

/** The year menu's options as shown ("Any year", "2025 (41)"). */
export async function yearOptions(page: Page): Promise<string[]> {
  return filterForm(page).getByRole("combobox", { name: "Year" }).locator("option").allTextContents();
}

/** The "find by any name" box: a search input with a datalist of names, so a combobox. */
export function findBox(page: Page): Locator {
  return filterForm(page).getByRole("combobox", { name: /Find by any name/ });
}

/**
 * Whether the page is ready for input: Next's router has taken over the history entry (it
 * replaces it once it has hydrated; a link clicked before that starts a full navigation that the
 * replacement then cancels, so the click is lost) and every client component the page
 * server-rendered (the filter form, the copy-link button) has hydrated.
 */
function isHydrated(): boolean {
  const routed = (history.state as { __NA?: boolean } | null)?.__NA === true;
  return routed && [...document.querySelectorAll("form[role=search], main button")].every((el) => Object.keys(el).some((k) => k.startsWith("__reactProps")));
}

/**
 * Opens a page and waits until it is hydrated (isHydrated): input given before that only reaches
 * the plain HTML form, and a link clicked before it may be lost.
 */
export async function gotoHydrated(page: Page, url: string) {
  const response = await page.goto(url);
  await page.waitForFunction(isHydrated);
  return response;
}

/**
 * Waits until the page is hydrated (isHydrated), then two more frames for the renders hydration
 * triggers (the Share button appears only in the browser, where it can share). This is what
 * "networkidle" stood in for, without waiting out link prefetches.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(isHydrated);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The path and query of the page's URL, e.g. "/?country=CA". */
export function pathAndQuery(page: Page): string {
  const u = new URL(page.url());
  return u.pathname + u.search;
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
