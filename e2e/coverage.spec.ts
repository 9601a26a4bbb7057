import { expect, test } from "@playwright/test";
import { expectView, gotoHydrated, waitForHydration } from "./helpers";
import { hasOfficialText, isResearched, longDate, matching, notifications, RESEARCHED_FROM, reports, sourcingOf } from "./seed-data";

/**
 * /coverage: how complete the record is. Every figure the page shows is computed here from the
 * seed files: fiscal years from FY2024 (1 October 2023) to today's, the transmittal series
 * with the numbers held and missing, and the examples from before the researched range. Each
 * year counts its notifications by how their facts were read: an official text read by the
 * project, official releases as compiled, or reporting only.
 */

const official = hasOfficialText;
const count = (n: number) => n.toLocaleString("en-US");

/** Today in Washington, where the page counts its days. */
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const fiscalYearOf = (iso: string) => Number(iso.slice(0, 4)) + (Number(iso.slice(5, 7)) >= 10 ? 1 : 0);

const researched = notifications.filter(isResearched);
const earlier = notifications.filter((n) => !isResearched(n));

const FISCAL_YEARS = Array.from({ length: fiscalYearOf(today) - fiscalYearOf(RESEARCHED_FROM) + 1 }, (_, i) => {
  const fy = fiscalYearOf(RESEARCHED_FROM) + i;
  const from = `${fy - 1}-10-01`;
  const to = `${fy}-09-30`;
  const held = researched.filter((n) => n.announcedOn >= from && n.announcedOn <= to);
  const kind = (k: ReturnType<typeof sourcingOf>) => String(held.filter((n) => sourcingOf(n) === k).length);
  return {
    fy,
    from,
    to,
    row: [
      `FY${fy}${longDate(from)} to ${today <= to ? `today (${longDate(today)})` : longDate(to)}`,
      String(held.length),
      kind("official-text"),
      kind("official-compiled"),
      kind("reporting-only"),
      String(held.filter((n) => n.transmittalNumber).length),
      String(held.filter((n) => n.confidence === "low").length),
    ],
  };
});

/** Per series ("25"): the serials held in the researched range, and the runs missing below the highest. */
const SERIES = (() => {
  const bySeries = new Map<string, Set<number>>();
  for (const n of researched) {
    if (!n.transmittalNumber) continue;
    const [series, serial] = n.transmittalNumber.split("-");
    bySeries.set(series!, (bySeries.get(series!) ?? new Set()).add(Number(serial)));
  }
  const label = (s: string, n: number) => `${s}-${String(n).padStart(2, "0")}`;
  return [...bySeries.keys()].sort().map((s) => {
    const held = [...bySeries.get(s)!].sort((a, b) => a - b);
    const highest = held.at(-1)!;
    const missing: number[] = [];
    for (let n = 1; n <= highest; n++) if (!held.includes(n)) missing.push(n);
    const runs: string[] = [];
    for (let i = 0; i < missing.length; i++) {
      let j = i;
      while (j + 1 < missing.length && missing[j + 1] === missing[j]! + 1) j++;
      runs.push(i === j ? label(s, missing[i]!) : `${label(s, missing[i]!)} to ${label(s, missing[j]!)}`);
      i = j;
    }
    return { heading: `${s}-01 to ${label(s, highest)}: ${held.length} held`, held: held.map((n) => label(s, n)), missing: `Not in the record (${missing.length}): ${runs.length ? runs.join(", ") : "none"}` };
  });
})();

test.describe("coverage", () => {
  test("the header links to it; it counts the record by fiscal year, from the seed files", async ({ page }) => {
    await gotoHydrated(page, "/");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Coverage" }).click();
    await expect(page).toHaveURL("/coverage");
    await waitForHydration(page);
    await expect(page).toHaveTitle(/^Coverage: what the record holds/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coverage");

    const newest = notifications.map((n) => n.announcedOn).sort().at(-1)!;
    await expect(page.getByTestId("coverage-totals")).toContainText(
      `Since ${longDate(RESEARCHED_FROM)}: ${count(researched.length)} notifications, ${count(researched.filter(official).length)} with an official text among its sources, ` +
        `${count(researched.filter((n) => n.transmittalNumber).length)} with a transmittal number; ${count(reports.length)} later report${reports.length === 1 ? "" : "s"} on sales in the record. ` +
        `The newest notification it holds was announced on ${longDate(newest)}; later ones are missing until a source is found`,
    );

    // One row per fiscal year from FY2024 to today's, with its counts.
    const table = page.getByTestId("coverage-fiscal-years");
    expect(FISCAL_YEARS[0]!.fy).toBe(2024);
    const rows = await table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())),
    );
    expect(rows).toEqual(FISCAL_YEARS.map((f) => f.row));
    // The years add up to the record since 1 October 2023.
    expect(FISCAL_YEARS.reduce((sum, f) => sum + Number(f.row[1]), 0)).toBe(researched.length);

    // A fiscal year opens its date range on the timeline.
    const fy = FISCAL_YEARS.find((f) => Number(f.row[1]) > 0)!;
    await table.getByRole("link", { name: `FY${fy.fy}` }).click();
    await expect(page).toHaveURL(`/?from=${fy.from}&to=${fy.to}`);
    await expectView(page, { from: fy.from, to: fy.to });
  });

  test("the transmittal series: the numbers held, each a link, and the runs missing", async ({ page }) => {
    expect(SERIES.length, "the record holds transmittal numbers").toBeGreaterThan(0);
    await gotoHydrated(page, "/coverage");
    const series = page.getByTestId("coverage-series");
    await expect(series).toHaveCount(SERIES.length);
    for (const [i, s] of SERIES.entries()) {
      const item = series.nth(i);
      await expect(item.getByRole("heading", { level: 3 })).toHaveText(s.heading);
      await expect(item.getByRole("link")).toHaveText(s.held);
      await expect(item).toContainText(s.missing);
    }
    // A number held opens its sale.
    const number = SERIES[0]!.held[0]!;
    await series.first().getByRole("link", { name: number, exact: true }).click();
    await expect(page).toHaveURL(`/?transmittal=${number}`);
    await expectView(page, { transmittals: [number] });
  });

  test("the examples from before the researched range, by year", async ({ page }) => {
    expect(earlier.length, "the record holds examples from before 1 October 2023").toBeGreaterThan(0);
    const years = [...new Set(earlier.map((n) => n.announcedOn.slice(0, 4)))].sort();
    await gotoHydrated(page, "/coverage");
    const section = page.getByRole("region", { name: `Before ${longDate(RESEARCHED_FROM)}` });
    await expect(page.getByTestId("coverage-earlier")).toContainText(
      `The record also holds ${count(earlier.length)} notification${earlier.length === 1 ? "" : "s"} from ${years.length === 1 ? years[0] : `${years[0]} to ${years.at(-1)}`}`,
    );
    const items = section.getByRole("listitem");
    await expect(items).toHaveText(years.map((y) => `${y}: ${matching({ year: Number(y) }).filter((n) => !isResearched(n)).length}`));
    await section.getByRole("link", { name: years[0]!, exact: true }).click();
    await expect(page).toHaveURL(`/?year=${years[0]}`);
    await expectView(page, { year: Number(years[0]) });
  });
});
