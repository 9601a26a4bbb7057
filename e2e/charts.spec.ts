import { expect, test, type Page } from "@playwright/test";
import { dealHeader, EMPTY_VIEW, expectTotals, gotoHydrated } from "./helpers";
import {
  CANADA_HIMARS,
  isResearched,
  longDate,
  matching,
  monthName,
  notifications,
  RESEARCHED_FROM,
  recipientName,
  recipients,
  total,
  totals,
  usd,
  usdExact,
  years,
  type Notification,
} from "./seed-data";

// Every figure here is computed from the seed files (e2e/seed-data.ts). The charts cover the
// researched range only (from 1 October 2023): earlier notifications are examples, counted in a
// row of their own and never drawn, so the years between them do not read as zero.

const EARLIER_LABEL = `Before ${longDate(RESEARCHED_FROM)} (examples, not charted)`;
const BEFORE_RESEARCHED = "2023-09-30";

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

/** Every month from `first` to `last` ("YYYY-MM"), both included. */
function monthSpan(first: string, last: string): string[] {
  const out: string[] = [];
  for (let y = Number(first.slice(0, 4)), m = Number(first.slice(5, 7)); `${y}-${String(m).padStart(2, "0")}` <= last; m === 12 ? (y++, (m = 1)) : m++) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
  }
  return out;
}

/**
 * What the timeline's chart should show for a view's notifications: a column per month of the
 * researched part (per year past 60 months), the table's rows with an earlier-examples row first.
 */
function timelineChart(rows: Notification[]) {
  const researched = rows.filter(isResearched);
  const earlier = total(rows.filter((n) => !isResearched(n)));
  const months = monthSpan(researched.map((n) => n.announcedOn.slice(0, 7)).sort()[0]!, researched.map((n) => n.announcedOn.slice(0, 7)).sort().at(-1)!);
  const byYear = months.length > 60;
  const keyOf = (n: Notification) => (byYear ? n.announcedOn.slice(0, 4) : n.announcedOn.slice(0, 7));
  const keys = byYear ? years(Number(months[0]!.slice(0, 4)), Number(months.at(-1)!.slice(0, 4))) : months;
  const label = (k: string) => (byYear ? k : monthName(k));
  const sums = totals(researched, keyOf);
  const all = total(researched);
  const table = [
    ...(earlier.count > 0 ? [[EARLIER_LABEL, String(earlier.count), usd(earlier.value)]] : []),
    ...keys.filter((k) => sums.has(k)).map((k) => [label(k), String(sums.get(k)!.count), usd(sums.get(k)!.value)]),
    [earlier.count > 0 ? "Total charted" : "Total", String(all.count), usd(all.value)],
  ];
  return { unit: byYear ? "year" : "month", keys, label, table, count: all.count, earlier, first: label(keys[0]!), last: label(keys.at(-1)!) };
}

/** What a recipient's value-by-year chart should show: every year from 2023 (marked 2023*) to the record's last, exact sums. */
function recipientYearChart(code: string) {
  const own = matching({ countries: [code] });
  const researched = own.filter(isResearched);
  const earlier = total(own.filter((n) => !isResearched(n)));
  const last = Math.max(...notifications.map((n) => Number(n.announcedOn.slice(0, 4))));
  const sums = totals(researched, (n) => n.announcedOn.slice(0, 4));
  const all = total(researched);
  return {
    researched,
    earlier,
    table: [
      ...(earlier.count > 0 ? [[EARLIER_LABEL, String(earlier.count), usdExact(earlier.value)]] : []),
      ...years(2023, last).map((y) => [y === "2023" ? "2023*" : y, String(sums.get(y)?.count ?? 0), usdExact(sums.get(y)?.value ?? 0n)]),
      [earlier.count > 0 ? "Total charted" : "Total", String(all.count), usdExact(all.value)],
    ],
  };
}

test.describe("charts", () => {
  test("the timeline's chart covers the researched range: exact seed totals per column, the earlier examples counted in a row, not drawn", async ({ page }) => {
    const expected = timelineChart(notifications);
    expect(expected.earlier.count, "the record holds examples from before the researched range").toBeGreaterThan(0);
    await gotoHydrated(page, "/");
    const chart = monthlyChart(page);
    await expect(chart.getByRole("heading", { name: `Estimated value by ${expected.unit}` })).toBeVisible();
    const svg = chart.getByRole("img", { name: `Estimated value of notifications by ${expected.unit}` });
    await expect(svg).toBeVisible();
    await expect(chart).toContainText(`${expected.count} notifications matching this view, ${expected.first} to ${expected.last}`);
    await expect(chart).toContainText(`Not charted: ${expected.earlier.count} earlier notifications (${usd(expected.earlier.value)}), from before ${longDate(RESEARCHED_FROM)}`);
    expect(await tableRows(page, "monthly-chart")).toEqual(expected.table);
    // One column per month (or year) of the researched range, empty ones included: none before it.
    await expect(svg.locator("rect")).toHaveCount(expected.keys.length);
    expect(expected.keys[0]! >= RESEARCHED_FROM.slice(0, expected.keys[0]!.length)).toBe(true);

    // A column in the table opens its view; the earlier row opens the examples.
    const newest = expected.keys.at(-1)!;
    await chart.getByRole("link", { name: expected.label(newest), exact: true }).click();
    await expect(page).not.toHaveURL("/");
    await expectTotals(page, notifications.filter((n) => n.announcedOn.startsWith(newest)));
    await page.goBack();
    // The table is a <details>: open again on the page we came back to.
    if (!(await chart.locator("details").evaluate((d) => (d as HTMLDetailsElement).open))) await chart.locator("summary").click();
    await chart.getByRole("link", { name: EARLIER_LABEL }).click();
    await expect(page).toHaveURL(`/?to=${BEFORE_RESEARCHED}`);
    const earlier = notifications.filter((n) => !isResearched(n));
    await expectTotals(page, earlier);
    // A view of examples only draws no chart and says why.
    await expect(page.getByTestId("chart-unresearched")).toContainText(`Every notification in this view is from before ${longDate(RESEARCHED_FROM)}`);
    await expect(page.getByTestId("chart-unresearched")).toContainText(`${earlier.length} notifications, ${usd(total(earlier).value)}`);
    await expect(monthlyChart(page).getByRole("img")).toHaveCount(0);
  });

  test("a year's chart is by month: every month's exact seed totals, empty months as columns", async ({ page }) => {
    await page.goto("/?year=2024");
    const chart = monthlyChart(page);
    const svg = chart.getByRole("img", { name: "Estimated value of notifications by month" });
    const expected = timelineChart(matching({ year: 2024 }));
    expect(expected.unit).toBe("month");
    await expect(chart).toContainText(`${expected.count} notifications matching this view, ${expected.first} to ${expected.last}`);
    expect(await tableRows(page, "monthly-chart")).toEqual(expected.table);
    await expect(svg.locator("rect")).toHaveCount(expected.keys.length);
  });

  test("the month chart follows the filters, and a month in its table opens that month", async ({ page }) => {
    const israel = matching({ countries: ["IL"] });
    const expected = timelineChart(israel);
    await gotoHydrated(page, "/?country=IL");
    await expect(monthlyChart(page)).toContainText(`${expected.count} notifications matching this view`);
    expect(await tableRows(page, "monthly-chart")).toEqual(expected.table);

    // The month of Israel's newest notification.
    const month = israel.map((n) => n.announcedOn.slice(0, 7)).sort().at(-1)!;
    const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
    await monthlyChart(page).getByRole("link", { name: monthName(month), exact: true }).click();
    await expect(page).toHaveURL(`/?country=IL&from=${month}-01&to=${last}`);
    await expectTotals(page, israel.filter((n) => n.announcedOn.startsWith(month)));
  });

  test("no chart when nothing matches", async ({ page }) => {
    await page.goto(EMPTY_VIEW.url);
    await expect(page.getByTestId("empty-state")).toBeVisible();
    await expect(monthlyChart(page)).toHaveCount(0);
  });

  test("a recipient's value-by-year chart: from 2023* to the record's last year, exact sums, empty years at $0, earlier examples in a row of their own", async ({ page }) => {
    // A recipient with examples from before the researched range and notifications within it.
    const code = recipients
      .map((r) => r.code)
      .find((c) => matching({ countries: [c] }).some((n) => !isResearched(n)) && matching({ countries: [c] }).some(isResearched))!;
    expect(code, "a recipient with both earlier examples and researched notifications").toBeDefined();
    const expected = recipientYearChart(code);
    await page.goto(`/countries/${code}`);
    expect(await tableRows(page, "year-chart")).toEqual(expected.table);
    await expect(page.getByTestId("year-chart").getByRole("img", { name: `Estimated value of notifications to ${recipientName(code)} by year` })).toBeVisible();
    await expect(page.getByTestId("year-chart")).toContainText("2023* counts October to December only");
    await expect(page.getByTestId("country-summary")).toContainText(
      `${expected.researched.length} notification${expected.researched.length === 1 ? "" : "s"} since ${longDate(RESEARCHED_FROM)}, worth ${usd(total(expected.researched).value)} in estimated value (and ${expected.earlier.count} earlier example${expected.earlier.count === 1 ? "" : "s"}, ${usd(expected.earlier.value)},`,
    );
    // The small timeline draws the researched notifications only.
    await expect(page.getByTestId("country-strip").getByRole("img").locator("circle")).toHaveCount(expected.researched.length);

    // A recipient with researched notifications only (found, not assumed): no earlier row.
    const recent = recipients.map((r) => r.code).find((c) => matching({ countries: [c] }).length > 0 && matching({ countries: [c] }).every(isResearched));
    expect(recent, "a recipient whose notifications all fall in the researched range").toBeDefined();
    const only = recipientYearChart(recent!);
    expect(only.earlier.count).toBe(0);
    await page.goto(`/countries/${recent}`);
    expect(await tableRows(page, "year-chart")).toEqual(only.table);
    await expect(page.getByTestId("country-strip").getByRole("img").locator("circle")).toHaveCount(only.researched.length);
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
      const canada2025 = total(matching({ countries: ["CA"], year: 2025 }));
      await page.goto("/countries/CA");
      await expect(page.getByTestId("year-chart").getByRole("img")).toBeVisible();
      expect(await tableRows(page, "year-chart")).toContainEqual(["2025", String(canada2025.count), usdExact(canada2025.value)]);
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
    await gotoHydrated(page, "/?country=CA");
    const entry = page.getByTestId("timeline-entry").filter({ has: page.locator(`a[href="/deals/${CANADA_HIMARS}"]`) });
    await entry.getByRole("link", { name: "Canada" }).click();
    await expect(page).toHaveURL("/countries/CA");
    await page.goBack();
    await entry.getByRole("link", { name: "GMLRS", exact: true }).click();
    await expect(page).toHaveURL("/systems/gmlrs");
  });

  test("from a deal page: the recipient in the header and in the facts, and each system", async ({ page }) => {
    await gotoHydrated(page, "/deals/2025-08-28-ukraine-eram");
    await dealHeader(page).getByRole("link", { name: "Ukraine" }).click();
    await expect(page).toHaveURL("/countries/UA");
    await page.goBack();
    await page.getByRole("region", { name: "Facts" }).getByRole("link", { name: "ERAM" }).click();
    await expect(page).toHaveURL("/systems/eram");
    await expect(page.getByTestId("system-description")).toContainText("an air-launched missile");
  });
});
