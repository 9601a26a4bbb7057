import { expect, test, type Page } from "@playwright/test";
import { dealHeader, EMPTY_VIEW, entries, expectTotals, gotoHydrated } from "./helpers";
import {
  ARCHIVE_FROM,
  ARCHIVE_THROUGH,
  BEFORE_ARCHIVE,
  CANADA_HIMARS,
  fiscalYearOf,
  isBeforeArchive,
  longDate,
  matching,
  notifications,
  periods,
  recipientName,
  recipients,
  total,
  usd,
  usdExact,
  type Notification,
} from "./seed-data";

// Every figure here is computed from the seed files (e2e/seed-data.ts). The charts cover the
// official archive the record holds (from 21 April 2008), where a period with nothing notified
// is a zero; earlier notifications are examples, counted in a row of their own and never drawn.

const EARLIER_LABEL = `Before ${longDate(ARCHIVE_FROM)} (examples, not charted)`;
const s = (n: number) => (n === 1 ? "" : "s");

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

/**
 * What the timeline's chart should show for a view's notifications: a column per month from the
 * first month holding one of the archive's to the last, or per fiscal year past three years; the
 * table's rows (periods holding a notification) with an earlier-examples row first.
 */
function timelineChart(rows: Notification[], bounds: { from?: string; to?: string } = {}) {
  const held = rows.filter((n) => !isBeforeArchive(n));
  const earlier = total(rows.filter(isBeforeArchive));
  const months = held.map((n) => n.announcedOn.slice(0, 7)).sort();
  const byMonth = periods([], "month", months[0]!, months.at(-1)!).length <= 36;
  const cols = byMonth
    ? periods(held, "month", months[0]!, months.at(-1)!, bounds)
    : periods(held, "fiscal-year", String(fiscalYearOf(`${months[0]}-01`)), String(fiscalYearOf(`${months.at(-1)}-01`)), bounds);
  const all = total(held);
  const table = [
    ...(earlier.count > 0 ? [[EARLIER_LABEL, String(earlier.count), usd(earlier.value)]] : []),
    ...cols.filter((c) => c.rows.length > 0).map((c) => [c.label, String(c.rows.length), usd(total(c.rows).value)]),
    [earlier.count > 0 ? "Total charted" : "Total", String(all.count), usd(all.value)],
  ];
  return { unit: byMonth ? "month" : "fiscal year", cols, table, count: all.count, earlier, first: cols[0]!.name, last: cols.at(-1)!.name };
}

/** What a recipient's value-by-fiscal-year chart should show: every fiscal year from the archive's first to the record's last, exact sums, zeros included. */
function recipientYearChart(code: string) {
  const own = matching({ countries: [code] });
  const held = own.filter((n) => !isBeforeArchive(n));
  const earlier = total(own.filter(isBeforeArchive));
  const last = fiscalYearOf(notifications.map((n) => n.announcedOn).sort().at(-1)!);
  const cols = periods(held, "fiscal-year", String(fiscalYearOf(ARCHIVE_FROM)), String(last));
  // A year after the archive's list ends with nothing held is unknown, not a zero: not drawn.
  while (cols.length > 0 && cols.at(-1)!.from > ARCHIVE_THROUGH && cols.at(-1)!.rows.length === 0) cols.pop();
  const all = total(held);
  return {
    own,
    held,
    earlier,
    cols,
    table: [
      ...(earlier.count > 0 ? [[EARLIER_LABEL, String(earlier.count), usdExact(earlier.value)]] : []),
      ...cols.map((c) => [c.label, String(c.rows.length), usdExact(total(c.rows).value)]),
      [earlier.count > 0 ? "Total charted" : "Total", String(all.count), usdExact(all.value)],
    ],
  };
}

/**
 * Pairs of axis labels a reader sees printed over each other in the page's charts: the visible
 * text of each row under a column chart or a date strip, compared by their boxes on screen.
 */
async function overlappingLabels(page: Page): Promise<string[]> {
  return page.locator("figure svg:is(.column-chart, .date-strip)").evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const boxes = [...svg.querySelectorAll("text")]
        .filter((t) => getComputedStyle(t).display !== "none" && (t.textContent ?? "").trim() !== "")
        .map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }));
      const out: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!.box, boxes[j]!.box];
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
        }
      return out;
    }),
  );
}

test.describe("charts", () => {
  test("the timeline's chart covers the archive: exact seed totals per column, each column a link to its view, the earlier examples counted in a row, not drawn", async ({ page }) => {
    const expected = timelineChart(notifications);
    expect(expected.earlier.count, "the record holds examples from before the archive").toBeGreaterThan(0);
    await gotoHydrated(page, "/");
    const chart = monthlyChart(page);
    await expect(chart.getByRole("heading", { name: `Estimated value by ${expected.unit}` })).toBeVisible();
    const svg = chart.getByRole("img", { name: `Estimated value of notifications by ${expected.unit}` });
    await expect(svg).toBeVisible();
    await expect(chart).toContainText(`${expected.count.toLocaleString("en-US")} notifications in this view from ${expected.first} to ${expected.last}`);
    await expect(page.getByTestId("results-covers")).toHaveText(
      `${expected.count.toLocaleString("en-US")} since ${longDate(ARCHIVE_FROM)}, where the official archive begins, and ${expected.earlier.count} earlier example${s(expected.earlier.count)} from before it (coverage).`,
    );
    await expect(chart).toContainText(
      `Not charted: ${expected.earlier.count} earlier notification${s(expected.earlier.count)} (${usd(expected.earlier.value)}), examples from before the archive`,
    );
    expect(await tableRows(page, "monthly-chart")).toEqual(expected.table);
    // One column per period from the first to the last, empty ones included; none before the archive.
    await expect(svg.locator("rect")).toHaveCount(expected.cols.length);
    expect(expected.cols[0]!.from >= ARCHIVE_FROM).toBe(true);
    // Each column holding a notification links to the view it counts, as its row in the table does (a layer over the image, out of the tab order).
    const linked = expected.cols.filter((c) => c.rows.length > 0);
    const hrefs = linked.map((c) => `/?from=${c.from}&to=${c.to}`);
    const columnLinks = chart.locator("svg.chart-links a");
    expect(await columnLinks.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(hrefs);
    expect(await chart.getByRole("table").getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([`/?to=${BEFORE_ARCHIVE}`, ...hrefs]);

    // The newest column opens its view, holding the column's count.
    const newest = linked.at(-1)!;
    await columnLinks.last().click();
    await expect(page).toHaveURL(`/?from=${newest.from}&to=${newest.to}`);
    await expectTotals(page, newest.rows);
  });

  test("the earlier examples' row opens a view of them: counted, not charted, and each example's page says it is one", async ({ page }) => {
    // The row's link is /?to=<the day before the archive> (its href is checked with the others above).
    await page.goto(`/?to=${BEFORE_ARCHIVE}`);
    const earlier = notifications.filter(isBeforeArchive);
    expect(earlier.length, "the record holds examples from before the archive").toBeGreaterThan(0);
    await expectTotals(page, earlier);
    // A view of examples only draws no chart and says why.
    await expect(page.getByTestId("chart-examples-only")).toContainText(`Every notification in this view is from before ${longDate(ARCHIVE_FROM)}`);
    await expect(page.getByTestId("chart-examples-only")).toContainText(`${earlier.length} notification${s(earlier.length)}, ${usd(total(earlier).value)}`);
    await expect(monthlyChart(page).getByRole("img")).toHaveCount(0);
    // An example's own page says it is one.
    await page.goto(`/deals/${earlier[0]!.slug}`);
    await expect(page.getByTestId("before-range")).toContainText(`This notification is from before ${longDate(ARCHIVE_FROM)}, where the official archive the record holds begins`);
  });

  test("a year's chart is by month: every month's exact seed totals, empty months as columns", async ({ page }) => {
    const year = fiscalYearOf(ARCHIVE_THROUGH) - 2;
    await page.goto(`/?year=${year}`);
    const chart = monthlyChart(page);
    const svg = chart.getByRole("img", { name: "Estimated value of notifications by month" });
    const expected = timelineChart(matching({ year }), { from: `${year}-01-01`, to: `${year}-12-31` });
    expect(expected.unit).toBe("month");
    await expect(chart).toContainText(`${expected.count.toLocaleString("en-US")} notifications in this view from ${expected.first} to ${expected.last}`);
    expect(await tableRows(page, "monthly-chart")).toEqual(expected.table);
    await expect(svg.locator("rect")).toHaveCount(expected.cols.length);
  });

  test("the chart follows the filters, and a period in its table opens that period", async ({ page }) => {
    const israel = matching({ countries: ["IL"] });
    const expected = timelineChart(israel);
    await gotoHydrated(page, "/?country=IL");
    await expect(monthlyChart(page)).toContainText(`${expected.count} notifications in this view`);
    expect(await tableRows(page, "monthly-chart")).toEqual(expected.table);

    // The period of Israel's newest notification.
    const newest = expected.cols.filter((c) => c.rows.length > 0).at(-1)!;
    await monthlyChart(page).getByRole("table").getByRole("link", { name: newest.label, exact: true }).click();
    await expect(page).toHaveURL(`/?country=IL&from=${newest.from}&to=${newest.to}`);
    await expectTotals(page, newest.rows);
  });

  test("no chart when nothing matches", async ({ page }) => {
    await page.goto(EMPTY_VIEW.url);
    await expect(page.getByTestId("empty-state")).toBeVisible();
    await expect(monthlyChart(page)).toHaveCount(0);
  });

  test("a recipient's value-by-fiscal-year chart: from FY2008 to the record's last, exact sums, empty years at $0, earlier examples in a row of their own", async ({ page }) => {
    // A recipient with examples from before the archive and notifications within it.
    const code = recipients
      .map((r) => r.code)
      .find((c) => matching({ countries: [c] }).some(isBeforeArchive) && matching({ countries: [c] }).some((n) => !isBeforeArchive(n)))!;
    expect(code, "a recipient with both earlier examples and notifications of the archive").toBeDefined();
    const expected = recipientYearChart(code);
    await page.goto(`/countries/${code}`);
    expect(await tableRows(page, "year-chart")).toEqual(expected.table);
    const chart = page.getByTestId("year-chart");
    await expect(chart.getByRole("img", { name: `Estimated value of the notifications to ${recipientName(code)}, by fiscal year` })).toBeVisible();
    await expect(chart).toContainText(`FY${fiscalYearOf(ARCHIVE_FROM)} from ${longDate(ARCHIVE_FROM)}, where the archive begins`);
    await expect(chart.getByRole("img").locator("rect")).toHaveCount(expected.cols.length);
    await expect(page.getByTestId("country-summary")).toContainText(
      `${expected.held.length} notification${s(expected.held.length)} since ${longDate(ARCHIVE_FROM)}, worth ${usd(total(expected.held).value)} in estimated value (and ${expected.earlier.count} earlier example${s(expected.earlier.count)}, ${usd(expected.earlier.value)},`,
    );
    // The small timeline draws the archive's notifications only.
    if (expected.own.length <= 200) await expect(page.getByTestId("country-strip").getByRole("img").locator("circle")).toHaveCount(expected.held.length);

    // A column opens the recipient's notifications of that year.
    const newest = expected.cols.filter((c) => c.rows.length > 0).at(-1)!;
    await chart.locator("svg.chart-links a").last().click();
    await expect(page).toHaveURL(`/?country=${code}&from=${newest.from}&to=${newest.to}`);
    await expectTotals(page, newest.rows);

    // Canada: no example, no earlier row.
    const canada = recipientYearChart("CA");
    expect(canada.earlier.count).toBe(0);
    await page.goto("/countries/CA");
    expect(await tableRows(page, "year-chart")).toEqual(canada.table);
    if (canada.own.length <= 200) await expect(page.getByTestId("country-strip").getByRole("img").locator("circle")).toHaveCount(canada.held.length);
  });

  test("a system's page charts its whole history by fiscal year", async ({ page }) => {
    const own = matching({ systems: ["amraam"] });
    const held = own.filter((n) => !isBeforeArchive(n));
    await page.goto("/systems/amraam");
    const chart = page.getByTestId("year-chart");
    const rows = await tableRows(page, "year-chart");
    expect(rows.at(-1)).toEqual([own.length > held.length ? "Total charted" : "Total", String(held.length), usdExact(total(held).value)]);
    expect(rows.find((r) => r[0]!.startsWith(`FY${fiscalYearOf(ARCHIVE_FROM)}`))).toBeDefined();
    await expect(chart.getByRole("img", { name: "Estimated value of the notifications listing the AMRAAM, by fiscal year" })).toBeVisible();
  });

  for (const width of [390, 1280]) {
    test(`no axis label is printed over another at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const code = [...new Set(notifications.map((n) => n.recipient))].sort((a, b) => matching({ countries: [b] }).length - matching({ countries: [a] }).length)[0]!;
      for (const url of ["/", `/?year=${fiscalYearOf(ARCHIVE_THROUGH) - 2}`, `/?country=${code}`, `/countries/${code}`, "/countries/CA", "/systems/amraam"]) {
        await page.goto(url);
        expect(await overlappingLabels(page), url).toEqual([]);
      }
    });
  }

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
      const canada2025 = total(matching({ countries: ["CA"], from: "2024-10-01", to: "2025-09-30" }));
      await page.goto("/countries/CA");
      await expect(page.getByTestId("year-chart").getByRole("img")).toBeVisible();
      expect(await tableRows(page, "year-chart")).toContainEqual(["FY2025", String(canada2025.count), usdExact(canada2025.value)]);
      const system = page.getByTestId("country-systems").getByRole("link").first();
      const href = await system.getAttribute("href");
      expect(href).toMatch(/^\/systems\/[a-z0-9-]+$/);
      await system.click();
      await expect(page).toHaveURL(href!);
      await expect(page.getByTestId("recipients-chart").getByRole("img")).toBeVisible();
      await page.goto("/");
      await expect(monthlyChart(page).getByRole("img")).toBeVisible();
    });
  });
});

test.describe("names link to their pages", () => {
  test("from the timeline: the recipient name and each system", async ({ page }) => {
    await gotoHydrated(page, "/?country=CA");
    const entry = entries(page).filter({ has: page.locator(`a[href="/deals/${CANADA_HIMARS}"]`) });
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
