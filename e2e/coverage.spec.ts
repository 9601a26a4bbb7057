import { expect, test } from "@playwright/test";
import { expectView, gotoHydrated, waitForHydration } from "./helpers";
import { ARCHIVE_FROM, ARCHIVE_THROUGH, BEFORE_ARCHIVE, fiscalYearOf, hasOfficialText, isBeforeArchive, longDate, matching, notifications, reports, shortDate, sourcingOf } from "./seed-data";

/**
 * /coverage: what the record holds. Every figure the page shows is computed here from the seed
 * files: fiscal years from FY2008 (the archive's first release, 21 April 2008) to today's, each
 * with its transmittal numbers and how its records' facts were read (an official text read by the
 * project, official releases as compiled, or reporting only); the transmittal series with the
 * numbers missing between the lowest and highest held; and the examples from before the archive.
 */

const count = (n: number) => n.toLocaleString("en-US");
const s = (n: number) => (n === 1 ? "" : "s");

/** Today in Washington, where the page counts its days. */
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

const held = notifications.filter((n) => !isBeforeArchive(n));
const earlier = notifications.filter(isBeforeArchive);

const FISCAL_YEARS = Array.from({ length: fiscalYearOf(today) - fiscalYearOf(ARCHIVE_FROM) + 1 }, (_, i) => {
  const fy = fiscalYearOf(ARCHIVE_FROM) + i;
  const from = [`${fy - 1}-10-01`, ARCHIVE_FROM].sort().at(-1)!;
  const to = `${fy}-09-30`;
  const rows = held.filter((n) => n.announcedOn >= from && n.announcedOn <= to);
  const kind = (k: ReturnType<typeof sourcingOf>) => String(rows.filter((n) => sourcingOf(n) === k).length);
  // What a row says when it is not a whole year of a complete record.
  const note =
    today >= from && today <= to
      ? `in progress, to ${shortDate(today)}: held so far`
      : from > ARCHIVE_THROUGH
        ? "after the archive's list: held so far"
        : to > ARCHIVE_THROUGH
          ? `the archive's list ends ${shortDate(ARCHIVE_THROUGH)}`
          : from === ARCHIVE_FROM
            ? `from ${shortDate(from)}, the archive's first`
            : "";
  return {
    fy,
    from,
    to,
    row: [
      `FY${fy}${note}`,
      String(rows.length),
      String(rows.filter((n) => n.transmittalNumber).length),
      String(rows.filter(hasOfficialText).length),
      kind("official-text"),
      kind("official-compiled"),
      kind("reporting-only"),
      String(rows.filter((n) => n.confidence === "low").length),
    ],
  };
});

/** Per series ("25"): how many numbers are held from the archive on, and the runs missing between the lowest and the highest. */
const SERIES = (() => {
  const bySeries = new Map<string, Set<number>>();
  for (const n of held) {
    const [series, serial] = n.transmittalNumber?.split("-") ?? [];
    if (series && serial && /^\d+$/.test(serial)) bySeries.set(series, (bySeries.get(series) ?? new Set()).add(Number(serial)));
  }
  const label = (s: string, n: number) => `${s}-${String(n).padStart(2, "0")}`;
  return [...bySeries.keys()].sort().map((s) => {
    const serials = [...bySeries.get(s)!].sort((a, b) => a - b);
    const missing: number[] = [];
    for (let n = serials[0]!; n <= serials.at(-1)!; n++) if (!serials.includes(n)) missing.push(n);
    const runs: string[] = [];
    for (let i = 0; i < missing.length; i++) {
      let j = i;
      while (j + 1 < missing.length && missing[j + 1] === missing[j]! + 1) j++;
      runs.push(i === j ? label(s, missing[i]!) : `${label(s, missing[i]!)} to ${label(s, missing[j]!)}`);
      i = j;
    }
    return {
      heading: `${label(s, serials[0]!)} to ${label(s, serials.at(-1)!)}: ${serials.length} held, ${missing.length === 0 ? "none missing" : `${missing.length} missing`}`,
      runs,
    };
  });
})();

test.describe("coverage", () => {
  test("the header links to it; it counts the record by fiscal year from FY2008, from the seed files", async ({ page }) => {
    await gotoHydrated(page, "/");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Coverage" }).click();
    await expect(page).toHaveURL("/coverage");
    await waitForHydration(page);
    await expect(page).toHaveTitle(/^Coverage: what the record holds/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coverage");

    const newest = notifications.map((n) => n.announcedOn).sort().at(-1)!;
    const after = held.filter((n) => n.announcedOn > ARCHIVE_THROUGH).length;
    await expect(page.getByTestId("coverage-totals")).toContainText(
      `Since ${longDate(ARCHIVE_FROM)}: ${count(held.length)} notifications, ${count(held.filter((n) => n.transmittalNumber).length)} with a transmittal number, ` +
        `${count(held.filter(hasOfficialText).length)} with an official text among its sources; ${count(reports.length)} later report${s(reports.length)} on sales in the record. ` +
        `The archive’s list ends on ${longDate(ARCHIVE_THROUGH)}; the newest notification the record holds was announced on ${longDate(newest)}` +
        (after > 0 ? ` (${count(after)} notification${s(after)} after the list ends` : "."),
    );

    // One row per fiscal year from FY2008 to today's, with its counts.
    const table = page.getByTestId("coverage-fiscal-years");
    expect(FISCAL_YEARS[0]!.fy).toBe(2008);
    const rows = await table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())),
    );
    expect(rows).toEqual(FISCAL_YEARS.map((f) => f.row));
    // The years add up to the record from the archive's first day on.
    expect(FISCAL_YEARS.reduce((sum, f) => sum + Number(f.row[1]), 0)).toBe(held.length);

    // A fiscal year opens its days on the timeline.
    const fy = FISCAL_YEARS.filter((f) => Number(f.row[1]) > 0).at(-1)!;
    await table.getByRole("link", { name: `FY${fy.fy}` }).click();
    await expect(page).toHaveURL(`/?from=${fy.from}&to=${fy.to}`);
    await expectView(page, { from: fy.from, to: fy.to });
  });

  test("the transmittal series: the range held and the runs missing within it", async ({ page }) => {
    expect(SERIES.length, "the record holds transmittal numbers").toBeGreaterThan(0);
    await gotoHydrated(page, "/coverage");
    const series = page.getByTestId("coverage-series");
    await expect(series).toHaveCount(SERIES.length);
    for (const [i, s] of SERIES.entries()) {
      const item = series.nth(i);
      await expect(item.getByRole("heading", { level: 3 })).toHaveText(s.heading);
      if (s.runs.length > 0) await expect(item.getByRole("listitem")).toHaveText(s.runs);
      else await expect(item.getByRole("listitem")).toHaveCount(0);
    }
  });

  test("the examples from before the archive, by year", async ({ page }) => {
    expect(earlier.length, `the record holds examples from before ${longDate(ARCHIVE_FROM)}`).toBeGreaterThan(0);
    const years = [...new Set(earlier.map((n) => n.announcedOn.slice(0, 4)))].sort();
    await gotoHydrated(page, "/coverage");
    const section = page.getByRole("region", { name: `Before ${longDate(ARCHIVE_FROM)}` });
    await expect(page.getByTestId("coverage-earlier")).toContainText(
      `The record also holds ${count(earlier.length)} notification${s(earlier.length)} from ${years.length === 1 ? years[0] : `${years[0]} to ${years.at(-1)}`}`,
    );
    const items = section.getByRole("listitem");
    await expect(items).toHaveText(years.map((y) => `${y}: ${matching({ year: Number(y) }).filter(isBeforeArchive).length}`));
    await section.getByRole("link", { name: years[0]!, exact: true }).click();
    const to = `${years[0]}-12-31` > BEFORE_ARCHIVE ? `&to=${BEFORE_ARCHIVE}` : "";
    await expect(page).toHaveURL(`/?year=${years[0]}${to}`);
    await expectView(page, { year: Number(years[0]), ...(to ? { to: BEFORE_ARCHIVE } : {}) });
  });
});
