import { expect, type Locator, type Page } from "@playwright/test";

/** Figures taken from seeds/notifications/*.json (101 files). */
export const SEED = {
  total: 101,
  totalValue: "$162.06 billion",
  year2024: 30,
  year2024Value: "$86.86 billion",
  canadaHimars: "/deals/2025-10-01-canada-m142-himars",
  himarsSlugs: ["2025-12-17-taiwan-m142-himars", "2025-10-01-canada-m142-himars", "2025-09-30-australia-m142-himars"],
  amraamCount: 13,
} as const;

export function resultsCount(page: Page): Locator {
  return page.getByTestId("results-count");
}

/** "83 notifications worth $162.06 billion in estimated value" / "1 notification worth …". */
export async function expectCount(page: Page, count: number, value?: string) {
  const noun = count === 1 ? "notification" : "notifications";
  const tail = value ? ` worth ${escape(value)} in estimated value` : count === 0 ? "" : " worth ";
  await expect(resultsCount(page)).toHaveText(new RegExp(`^${count} ${noun}${tail}`));
}

export function entries(page: Page): Locator {
  return page.getByTestId("timeline-entry");
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

/** The "find by any name" box: a search input with a datalist of names, so a combobox. */
export function findBox(page: Page): Locator {
  return filterForm(page).getByRole("combobox", { name: /Find by any name/ });
}

/**
 * Opens a page and waits until React has hydrated the filter form (or, on a deal page, the
 * copy-link button): input given before that only reaches the plain HTML form.
 */
export async function gotoHydrated(page: Page, url: string) {
  const response = await page.goto(url);
  await page.waitForFunction(() => {
    const el = document.querySelector("form[role=search]") ?? document.querySelector("main button");
    return !!el && Object.keys(el).some((k) => k.startsWith("__reactProps"));
  });
  return response;
}

/**
 * Waits until every client component the page server-rendered (the filter form, the copy-link
 * button) has hydrated, then two more frames for the renders hydration triggers (the Share
 * button appears only in the browser, where it can share). A page with none of them is final at its load event.
 * This is what "networkidle" stood in for, without waiting out link prefetches.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("form[role=search], main button")].every((el) => Object.keys(el).some((k) => k.startsWith("__reactProps"))),
  );
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
