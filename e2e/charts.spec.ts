import { expect, test, type Page } from "@playwright/test";
import { yearRange } from "../lib/charts/totals";
import { formatMonth } from "../lib/dates";
import { formatUsdCompact, formatUsdExact } from "../lib/money";
import { notifications, totals } from "./seed-data";

function monthlyChart(page: Page) {
  return page.getByTestId("monthly-chart");
}

/** The chart's text equivalent, as [label, count, value] rows (the total row last). */
async function tableRows(page: Page, testId: string): Promise<string[][]> {
  const figure = page.getByTestId(testId);
  await figure.locator("summary").click();
  const table = figure.getByRole("table");
  await expect(table).toBeVisible();
  return table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())),
  );
}

// The record's span, from the seed files (imports add older notifications).
const dates = notifications.map((n) => n.announcedOn).sort();
const recordYears = yearRange(Number(dates[0]!.slice(0, 4)), Number(dates.at(-1)!.slice(0, 4)));

test.describe("charts", () => {
  test("the timeline's chart: by year over the whole record, an accessible SVG whose table gives every year's exact seed totals", async ({ page }) => {
    await page.goto("/");
    const chart = monthlyChart(page);
    // The record runs from 1998: a column per month would be a comb of empty slots.
    await expect(chart.getByRole("heading", { name: "Estimated value by year" })).toBeVisible();
    const svg = chart.getByRole("img", { name: "Estimated value of notifications by year" });
    await expect(svg).toBeVisible();
    const byYear = totals(notifications, (n) => n.announcedOn.slice(0, 4));
    const years = [...byYear.keys()].sort();
    await expect(chart).toContainText(`${notifications.length} notifications matching this view, ${years[0]} to ${years.at(-1)}`);
    const expected = years.map((y) => [y, String(byYear.get(y)!.count), formatUsdCompact(byYear.get(y)!.value)]);
    const all = totals(notifications, () => "all").get("all")!;
    expected.push(["Total", String(all.count), formatUsdCompact(all.value)]);
    expect(await tableRows(page, "monthly-chart")).toEqual(expected);
    // One column per year of the range, empty years included.
    await expect(svg.locator("rect")).toHaveCount(Number(years.at(-1)) - Number(years[0]) + 1);
    // A year in the table opens that year, whose chart is by month.
    await chart.getByRole("link", { name: "2025", exact: true }).click();
    await expect(page).toHaveURL("/?year=2025");
    await expect(chart.getByRole("heading", { name: "Estimated value by month" })).toBeVisible();
  });

  test("a year's chart is by month: every month's exact seed totals, empty months as columns", async ({ page }) => {
    await page.goto("/?year=2024");
    const chart = monthlyChart(page);
    const svg = chart.getByRole("img", { name: "Estimated value of notifications by month" });
    const inYear = notifications.filter((n) => n.announcedOn.startsWith("2024"));
    const byMonth = totals(inYear, (n) => n.announcedOn.slice(0, 7));
    const months = [...byMonth.keys()].sort();
    await expect(chart).toContainText(`${inYear.length} notifications matching this view, ${formatMonth(months[0]!)} to ${formatMonth(months.at(-1)!)}`);
    const expected = months.map((m) => [formatMonth(m), String(byMonth.get(m)!.count), formatUsdCompact(byMonth.get(m)!.value)]);
    const all = totals(inYear, () => "all").get("all")!;
    expected.push(["Total", String(all.count), formatUsdCompact(all.value)]);
    expect(await tableRows(page, "monthly-chart")).toEqual(expected);
    await expect(svg.locator("rect")).toHaveCount(Number(months.at(-1)!.slice(5)) - Number(months[0]!.slice(5)) + 1);
  });

  test("the month chart follows the filters, and a month in its table opens that month", async ({ page }) => {
    await page.goto("/?country=IL");
    const israel = notifications.filter((n) => n.recipient === "IL");
    const byMonth = totals(israel, (n) => n.announcedOn.slice(0, 7));
    await expect(monthlyChart(page)).toContainText(`${israel.length} notifications matching this view`);
    const rows = await tableRows(page, "monthly-chart");
    expect(rows.slice(0, -1)).toEqual([...byMonth.keys()].sort().map((m) => [formatMonth(m), String(byMonth.get(m)!.count), formatUsdCompact(byMonth.get(m)!.value)]));

    await monthlyChart(page).getByRole("link", { name: "February 2025" }).click();
    await expect(page).toHaveURL("/?country=IL&from=2025-02-01&to=2025-02-28");
    const february = israel.filter((n) => n.announcedOn.startsWith("2025-02"));
    await expect(page.getByTestId("results-count")).toContainText(`${february.length} notifications`);
  });

  test("no chart when nothing matches", async ({ page }) => {
    await page.goto("/?country=CA&year=2024");
    await expect(page.getByTestId("empty-state")).toBeVisible();
    await expect(monthlyChart(page)).toHaveCount(0);
  });

  test("a country's value-by-year chart sums the seed values exactly, with empty years at $0", async ({ page }) => {
    await page.goto("/countries/IL");
    const israel = totals(notifications.filter((n) => n.recipient === "IL"), (n) => n.announcedOn.slice(0, 4));
    // From the recipient's first year (or five years back, if earlier) to the record's last.
    const last = Number(recordYears.at(-1));
    const axis = (first: number) => yearRange(Math.min(first, last - 4), last);
    const years = axis(Math.min(...[...israel.keys()].map(Number)));
    const all = [...israel.values()].reduce((a, t) => ({ count: a.count + t.count, value: a.value + t.value }), { count: 0, value: 0n });
    expect(await tableRows(page, "year-chart")).toEqual([
      ...years.map((y) => [y, String(israel.get(y)?.count ?? 0), formatUsdExact(israel.get(y)?.value ?? 0n)]),
      ["Total", String(all.count), formatUsdExact(all.value)],
    ]);
    await expect(page.getByTestId("year-chart").getByRole("img", { name: "Estimated value of notifications to Israel by year" })).toBeVisible();

    await page.goto("/countries/CA");
    expect(await tableRows(page, "year-chart")).toEqual([
      ...axis(2025).map((y) => (y === "2025" ? [y, "1", "$1,750,000,000"] : [y, "0", "$0"])),
      ["Total", "1", "$1,750,000,000"],
    ]);
    // Its small timeline: one dot per notification.
    await expect(page.getByTestId("country-strip").getByRole("img").locator("circle")).toHaveCount(1);
  });

  test("charts are plain SVG with no inline styles (the CSP would block them) and fit a phone", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.setViewportSize({ width: 412, height: 900 });
    for (const url of ["/", "/countries/CA", "/systems/amraam"]) {
      await page.goto(url);
      const figures = page.locator("figure");
      expect(await figures.count(), url).toBeGreaterThan(0);
      expect(await page.locator("figure [style], figure svg [style]").count(), url).toBe(0);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(412);
      // Axis text stays at least 11px on a phone: no viewBox scaling shrinks it.
      const sizes = await page.locator("figure svg text").evaluateAll((ts) => ts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
      expect(Math.min(...sizes), url).toBeGreaterThanOrEqual(11);
    }
    expect(violations).toEqual([]);
  });

  test.describe("with JavaScript off", () => {
    test.use({ javaScriptEnabled: false });

    test("pages, charts and their tables work without JavaScript", async ({ page }) => {
      await page.goto("/countries/CA");
      await expect(page.getByTestId("year-chart").getByRole("img")).toBeVisible();
      expect(await tableRows(page, "year-chart")).toContainEqual(["2025", "1", "$1,750,000,000"]);
      await page.getByTestId("country-systems").getByRole("link", { name: "M142 HIMARS" }).click();
      await expect(page).toHaveURL("/systems/m142-himars");
      await expect(page.getByTestId("recipients-chart").getByRole("img")).toBeVisible();
      await page.goto("/");
      await expect(monthlyChart(page).getByRole("img")).toBeVisible();
    });
  });
});

test.describe("names link to their pages", () => {
  test("from the timeline: the recipient name and each system", async ({ page }) => {
    await page.goto("/?country=CA");
    const entry = page.getByTestId("timeline-entry").first();
    await entry.getByRole("link", { name: "Canada" }).click();
    await expect(page).toHaveURL("/countries/CA");
    await page.goBack();
    await page.getByTestId("timeline-entry").first().getByRole("link", { name: "GMLRS", exact: true }).click();
    await expect(page).toHaveURL("/systems/gmlrs");
  });

  test("from a deal page: the recipient in the header and in the facts, and each system", async ({ page }) => {
    await page.goto("/deals/2025-08-28-ukraine-eram");
    await page.getByRole("article").locator("header").getByRole("link", { name: "Ukraine" }).click();
    await expect(page).toHaveURL("/countries/UA");
    await page.goBack();
    await page.getByRole("region", { name: "Facts" }).getByRole("link", { name: "ERAM" }).click();
    await expect(page).toHaveURL("/systems/eram");
    await expect(page.getByTestId("system-description")).toContainText("an air-launched missile");
  });
});
