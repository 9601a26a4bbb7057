import { expect, test, type Page } from "@playwright/test";
import { entries, entrySlugs, expectCount, gotoHydrated, SEED } from "./helpers";
import { monthName, notifications, PAGE_SIZE, recipientName, shortDate, sortedNewestFirst, systemName, usd, type Notification } from "./seed-data";

// Every expectation is computed from seeds/notifications (e2e/seed-data.ts): the record grows as
// research lands, and the timeline must follow it.
const ordered = sortedNewestFirst(notifications);
const pageCount = Math.ceil(ordered.length / PAGE_SIZE);
const pageOf = (n: number) => ordered.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE);
const pageUrl = (n: number) => (n === 1 ? "/" : `/?page=${n}`);

/** The year headings of a page of entries, and its month headings ("December 2025 · 10": entries of that month on the page). */
function markers(rows: Notification[]) {
  const yearsOnPage = [...new Set(rows.map((n) => n.announcedOn.slice(0, 4)))];
  const months = new Map<string, number>();
  for (const n of rows) months.set(n.announcedOn.slice(0, 7), (months.get(n.announcedOn.slice(0, 7)) ?? 0) + 1);
  return { years: yearsOnPage, months: [...months].map(([m, count]) => `${monthName(m)} · ${count}`) };
}

function timelineList(page: Page) {
  return page.getByRole("list", { name: "Notifications by year and month" });
}

test.describe("timeline", () => {
  test("home page shows every notification with the total value, newest first, in year and month markers", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle("FMS Timeline: Timeline of U.S. arms sales notified to Congress");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All notifications");
    await expectCount(page, SEED.total, SEED.totalValue);
    const first = pageOf(1);
    await expect(entries(page)).toHaveCount(first.length);
    expect(await entrySlugs(page)).toEqual(first.map((n) => n.slug));

    const { years, months } = markers(first);
    await expect(timelineList(page).getByRole("heading", { level: 2 })).toHaveText(years);
    await expect(timelineList(page).getByRole("heading", { level: 3 })).toHaveText(months);
    // A month marker sits inside its year's section.
    const newestYear = timelineList(page).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: years[0]!, exact: true }) });
    await expect(newestYear.getByRole("heading", { level: 3 }).first()).toHaveText(months[0]!);

    const dates = await entries(page).locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    expect(dates).toEqual(first.map((n) => n.announcedOn));
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test("an entry shows date, recipient, systems and value, and links to its deal page", async ({ page }) => {
    const canada = ordered.find((n) => `/deals/${n.slug}` === SEED.canadaHimars)!;
    const onPage = Math.floor(ordered.indexOf(canada) / PAGE_SIZE) + 1;
    await page.goto(pageUrl(onPage));
    const entry = entries(page).filter({ has: page.locator(`a[href="${SEED.canadaHimars}"]`) });
    await expect(entry).toHaveCount(1);
    await expect(entry.locator("time")).toHaveText(shortDate(canada.announcedOn));
    await expect(entry.locator("time")).toHaveAttribute("datetime", canada.announcedOn);
    await expect(entry).toContainText(recipientName(canada.recipient));
    for (const s of canada.systems) await expect(entry.getByRole("link", { name: systemName(s), exact: true })).toBeVisible();
    await expect(entry.getByText(usd(canada.estimatedValueUsd), { exact: true })).toBeVisible();
    const link = entry.getByRole("link", { name: canada.title });
    await expect(link).toHaveAttribute("href", SEED.canadaHimars);
    await link.click();
    await expect(page).toHaveURL(SEED.canadaHimars);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(canada.title);

    // Every entry on the page links to its deal page, in the timeline's order.
    await page.goBack();
    expect(await entrySlugs(page)).toEqual(pageOf(onPage).map((n) => n.slug));
  });

  test("the first entry shows the newest notification in full", async ({ page }) => {
    const newest = ordered[0]!;
    await page.goto("/");
    const first = entries(page).first();
    await expect(first.locator("time")).toHaveText(shortDate(newest.announcedOn));
    await expect(first).toContainText(recipientName(newest.recipient));
    for (const s of newest.systems) await expect(first.getByRole("link", { name: systemName(s), exact: true })).toBeVisible();
    await expect(first.getByText(usd(newest.estimatedValueUsd), { exact: true })).toBeVisible();
    await expect(first.getByRole("heading", { level: 4 })).toHaveText(newest.title);
    await expect(first.getByText(/^Low confidence/)).toHaveCount(newest.confidence === "low" ? 1 : 0);
    await expect(first.getByText("approx. date", { exact: true })).toHaveCount(newest.dateApproximate ? 1 : 0);
  });

  test("pagination: a page at a time, Older and Newer between pages, the last page holds the rest", async ({ page }) => {
    expect(pageCount, "the record fills more than one page").toBeGreaterThan(1);
    await gotoHydrated(page, "/");
    const pages = page.getByRole("navigation", { name: "Pages" });
    const count = (n: number) => n.toLocaleString("en-US"); // "1,299", as every count on the site
    await expect(pages).toContainText(`1–${PAGE_SIZE} of ${count(ordered.length)} · page 1 of ${pageCount}`);
    await expect(pages.getByRole("link", { name: "Newer", exact: true })).toHaveCount(0);
    await pages.getByRole("link", { name: "Older", exact: true }).click();
    await expect(page).toHaveURL("/?page=2");
    await expectCount(page, SEED.total, SEED.totalValue);
    expect(await entrySlugs(page)).toEqual(pageOf(2).map((n) => n.slug));
    await pages.getByRole("link", { name: "Newer", exact: true }).click();
    await expect(page).toHaveURL("/");
    await expect(entries(page)).toHaveCount(PAGE_SIZE);

    // The last page: the rest, with its own markers, and no Older link.
    const last = pageOf(pageCount);
    await page.goto(pageUrl(pageCount));
    await expect(entries(page)).toHaveCount(last.length);
    await expect(pages).toContainText(`${count((pageCount - 1) * PAGE_SIZE + 1)}–${count(ordered.length)} of ${count(ordered.length)} · page ${pageCount} of ${pageCount}`);
    await expect(pages.getByRole("link", { name: "Older", exact: true })).toHaveCount(0);
    const { years, months } = markers(last);
    // Scoped to the timeline: the value chart above it has a level-2 heading too.
    await expect(timelineList(page).getByRole("heading", { level: 2 })).toHaveText(years);
    await expect(timelineList(page).getByRole("heading", { level: 3 })).toHaveText(months);
    expect(await entrySlugs(page)).toEqual(last.map((n) => n.slug));
  });
});
