import { expect, test, type Page } from "@playwright/test";
import { expectCount, gotoHydrated } from "./helpers";
import { longDate, monthName, notifications, recipientName, recipients, resolutions, usd, ARCHIVE_FROM, type Notification } from "./seed-data";
import { contractorsNamed } from "./contractor-data";

/**
 * The fiscal-year tallies, as a reader checks them: every figure computed here from the seed
 * files (never pinned), and a figure's link opening the timeline with the same count.
 */
const COUNTED_FROM = ARCHIVE_FROM;
const TODAY = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const fiscalYearOf = (date: string) => Number(date.slice(0, 4)) + (date.slice(5, 7) >= "10" ? 1 : 0);
const PRESENT = fiscalYearOf(TODAY);
const counted = (n: Notification) => n.announcedOn >= COUNTED_FROM && fiscalYearOf(n.announcedOn) <= PRESENT;
const inFiscalYear = (fy: number) => notifications.filter((n) => counted(n) && fiscalYearOf(n.announcedOn) === fy);
const sum = (rows: Notification[]) => rows.reduce((s, n) => s + BigInt(n.estimatedValueUsd), 0n);
const challenged = new Set(resolutions.flatMap((r) => r.saleSlugs));

/** The fiscal year with the most notifications the record counts, a whole one. */
const FY = [...new Set(notifications.filter(counted).map((n) => fiscalYearOf(n.announcedOn)))]
  .filter((fy) => fy < PRESENT)
  .sort((a, b) => inFiscalYear(b).length - inFiscalYear(a).length)[0]!;

async function openTable(page: Page, figure: string) {
  await page.getByTestId(figure).getByText("Show the numbers as a table").click();
}

test.describe("fiscal years", () => {
  test("/years is in the header and lists every fiscal year from FY2008, each counted year's figures from the record", async ({ page }) => {
    await gotoHydrated(page, "/contractors"); // the header is the same on every page: one light enough to hydrate at once
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Fiscal years" }).click();
    await expect(page).toHaveURL("/years");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fiscal years");
    await expect(page.getByTestId("ceiling-note")).toContainText("ceiling");
    const all = notifications.filter(counted);
    await expect(page.getByTestId("years-summary")).toHaveText(
      `${all.length.toLocaleString("en-US")} notifications counted from ${longDate(COUNTED_FROM)} to ${longDate(TODAY)}, worth ${usd(sum(all))} in estimated value.`,
    );
    const table = page.getByTestId("years-table");
    for (let fy = fiscalYearOf(COUNTED_FROM); fy <= PRESENT; fy++) {
      const row = table.locator(`tr[data-fiscal-year="${fy}"]`);
      const mine = inFiscalYear(fy);
      if (mine.length === 0) {
        await expect(row).toContainText("No notifications in the record");
        continue;
      }
      await expect(row.getByRole("link", { name: String(mine.length), exact: true })).toBeVisible();
      await expect(row).toContainText(usd(sum(mine)));
      await expect(row.locator("td").nth(3)).toHaveText(String(mine.filter((n) => n.reviewWaived).length));
      await expect(row.locator("td").nth(4)).toHaveText(String(mine.filter((n) => challenged.has(n.slug)).length));
    }
    // Years the record does not count say so, with the examples it holds: never a $0 year.
    if (COUNTED_FROM > ARCHIVE_FROM) {
      const examples = notifications.filter((n) => n.announcedOn >= "2007-10-01" && n.announcedOn < COUNTED_FROM).length;
      await expect(table.getByText(/Not counted yet/)).toContainText(`${examples} example`);
      await expect(table).not.toContainText("$0");
    }
    // The year's count opens the timeline of the same notifications.
    await table.locator(`tr[data-fiscal-year="${FY}"]`).getByRole("link", { name: String(inFiscalYear(FY).length), exact: true }).click();
    await expectCount(page, inFiscalYear(FY).length, usd(sum(inFiscalYear(FY))));
  });

  test("/years groups the record by administration, each total covering the part of the term the record counts", async ({ page }) => {
    await page.goto("/years");
    const table = page.getByTestId("administrations-table");
    const biden = notifications.filter((n) => counted(n) && n.announcedOn >= "2021-01-20" && n.announcedOn < "2025-01-20");
    const trump = notifications.filter((n) => counted(n) && n.announcedOn >= "2025-01-20");
    await expect(table.locator('tr[data-administration="biden"]')).toContainText(`${biden.length}${usd(sum(biden))}`);
    await expect(table.locator('tr[data-administration="trump-2"]')).toContainText("Donald Trump (second term)");
    await expect(table.locator('tr[data-administration="trump-2"]')).toContainText(`${trump.length}${usd(sum(trump))}`);
    await expect(table.locator('tr[data-administration="trump-2"]')).toContainText("in office");
  });

  test(`/years/${FY}: the year's count and value, the busiest month, the ceiling caveat and the comparison with the year before`, async ({ page }) => {
    const mine = inFiscalYear(FY);
    const response = await page.goto(`/years/${FY}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Fiscal year ${FY}`);
    await expect(page.getByTestId("year-summary")).toHaveText(`${mine.length} notifications, worth ${usd(sum(mine))} in estimated value.`);
    await expect(page.getByTestId("ceiling-note")).toBeVisible();
    const months = new Map<string, Notification[]>();
    for (const n of mine) months.set(n.announcedOn.slice(0, 7), [...(months.get(n.announcedOn.slice(0, 7)) ?? []), n]);
    const busiest = [...months].sort(([a, x], [b, y]) => y.length - x.length || (sum(y) > sum(x) ? 1 : sum(y) < sum(x) ? -1 : 0) || a.localeCompare(b))[0]!;
    await expect(page.getByTestId("months-chart")).toContainText(`the busiest was ${monthName(busiest[0])}, with ${busiest[1].length} notifications`);
    const before = inFiscalYear(FY - 1);
    if (before.length > 0 && fiscalYearOf(COUNTED_FROM) < FY) {
      await expect(page.getByTestId("comparison-previous")).toContainText(`Against FY${FY - 1}:`);
      await expect(page.getByTestId("comparison-previous")).toContainText(`(${before.length} notifications, ${usd(sum(before))})`);
    }
    // Emergency sales: the link opens the timeline of exactly those.
    const emergency = mine.filter((n) => n.reviewWaived);
    if (emergency.length > 0) {
      await page.getByTestId("year-flags").getByRole("link", { name: /emergency sale/ }).click();
      await expectCount(page, emergency.length, usd(sum(emergency)));
    }
  });

  test(`/years/${FY}: by recipient, region and contractor, each from the record; a recipient's link opens its timeline`, async ({ page }) => {
    const mine = inFiscalYear(FY);
    await page.goto(`/years/${FY}`);
    const byRecipient = new Map<string, Notification[]>();
    for (const n of mine) byRecipient.set(n.recipient, [...(byRecipient.get(n.recipient) ?? []), n]);
    const [topCode, top] = [...byRecipient].sort(([, a], [, b]) => (sum(b) > sum(a) ? 1 : sum(b) < sum(a) ? -1 : b.length - a.length))[0]!;
    await openTable(page, "recipients-chart");
    const rows = page.getByTestId("recipients-chart").locator("tbody tr");
    await expect(rows).toHaveCount(byRecipient.size + 1);
    await expect(rows.first()).toContainText(`${recipientName(topCode)}${top.length}`);
    // Regions: each recipient's region is its command's (seeds/recipients.json).
    await openTable(page, "regions-chart");
    const regionOf = new Map(recipients.map((r) => [r.code, r.region]));
    const eucom = mine.filter((n) => regionOf.get(n.recipient) === "EUCOM");
    if (eucom.length > 0) await expect(page.getByTestId("regions-chart").locator("tbody tr").filter({ hasText: "(EUCOM)" })).toContainText(`${eucom.length}`);
    // Contractors: each sale once per contractor, whole.
    const named = contractorsNamed(mine);
    const [slug, sales] = [...named].sort(([, a], [, b]) => b.length - a.length)[0]!;
    const row = page.getByTestId("year-contractors").locator("tbody tr").filter({ has: page.locator(`a[href*="contractor=${slug}"]`) });
    await expect(row.locator("td").first()).toHaveText(String(sales.length));
    await expect(page.getByTestId("year-contractors")).toContainText("must not be added");
    // A recipient's figure opens the timeline of its notifications this year: same count.
    await rows.first().getByRole("link").click();
    await expectCount(page, top.length, usd(sum(top)));
  });

  test(`/years/${FY}: a region's and a contractor's figure open the timeline view they count`, async ({ page }) => {
    const mine = inFiscalYear(FY);
    const regionOf = new Map(recipients.map((r) => [r.code, r.region]));
    const byRegion = new Map<string, Notification[]>();
    for (const n of mine) byRegion.set(regionOf.get(n.recipient)!, [...(byRegion.get(regionOf.get(n.recipient)!) ?? []), n]);
    const [code, inRegion] = [...byRegion].sort(([, a], [, b]) => b.length - a.length)[0]!;
    await page.goto(`/years/${FY}`);
    await openTable(page, "regions-chart");
    await page.getByTestId("regions-chart").locator("tbody tr").filter({ hasText: `(${code})` }).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`[?&]region=${code}(&|$)`));
    await expectCount(page, inRegion.length, usd(sum(inRegion)));

    const [slug, sales] = [...contractorsNamed(mine)].sort(([, a], [, b]) => b.length - a.length)[0]!;
    await page.goto(`/years/${FY}`);
    await page.getByTestId("year-contractors").locator(`a[href*="contractor=${slug}"]`).click();
    await expect(page).toHaveURL(new RegExp(`[?&]contractor=${slug}(&|$)`));
    await expectCount(page, sales.length, usd(sum(sales)));
  });

  test("a fiscal year's URL: FY2025 redirects to 2025; a year outside the record, or not a year, is a 404, never a 500", async ({ page, request }) => {
    const redirect = await request.get(`/years/FY${FY}`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(308);
    expect(redirect.headers().location).toMatch(new RegExp(`/years/${FY}$`));
    for (const path of ["/years/1999", "/years/2007", "/years/abc", "/years/2100", `/years/${PRESENT + 1}`, "/years/%E2%80%AE", "/years/2025.5", `/years/${"9".repeat(300)}`]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
    await page.goto("/years/1999");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such page");
  });

  test("the tables as CSV and JSON: the same figures, a row per figure; a bad parameter is a 400 naming it", async ({ request }) => {
    const mine = inFiscalYear(FY);
    const csv = await request.get(`/years/${FY}/tables.csv?table=recipients`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("fiscal_year,table,key,label,notifications,estimated_value_usd,timeline_url,page_url");
    expect(lines.length - 1).toBe(new Set(mine.map((n) => n.recipient)).size);
    const json = await request.get(`/years/${FY}/tables.json`);
    const body = (await json.json()) as { total: { notifications: number; estimatedValueUsd: number }; tables: Record<string, unknown[]> };
    expect(body.total.notifications).toBe(mine.length);
    expect(BigInt(body.total.estimatedValueUsd)).toBe(sum(mine));
    expect(Object.keys(body.tables)).toEqual(["months", "recipients", "regions", "categories", "systems", "contractors"]);
    const overview = await request.get("/years/tables.csv?table=fiscal-years");
    expect((await overview.text()).split("\r\n").length - 2).toBe(PRESENT - 2008 + 1);

    for (const [path, parameter] of [
      [`/years/${FY}/tables.csv?table=nope`, "table"],
      [`/years/${FY}/tables.json?country=CA`, "country"],
      [`/years/${FY}/tables.csv?table=months&table=recipients`, "table"],
      ["/years/tables.json?page=2", "page"],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(await response.text(), path).toContain(parameter);
    }
    expect((await request.get("/years/abc/tables.csv")).status()).toBe(404);
    expect((await request.get("/years/1999/tables.json")).status()).toBe(404);
  });
});
