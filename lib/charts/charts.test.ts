import { describe, expect, it } from "vitest";
import { barChart } from "./bars";
import { columnChart } from "./columns";
import { formatUsdAxis } from "./axis";
import { dateStrip } from "./strip";
import { fillKeys, monthRange, yearLabels, yearRange } from "./totals";
import { labelTiers, labelWidth, PLOT_TIERS } from "./axis";
import type { ChartDatum } from "./types";
import { fiscalYearPeriods, monthPeriods, timelinePeriods } from "./periods";
import { ARCHIVE_FROM, ARCHIVE_THROUGH, type MonthTotal } from "@/lib/domain";
import { formatShortDate } from "@/lib/format";

const datum = (key: string, valueUsd: bigint, count = 1): ChartDatum => ({ key, label: key, valueUsd, count });

describe("monthRange and yearRange", () => {
  it("lists every month across a year boundary", () => {
    expect(monthRange("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthRange("2025-03", "2025-03")).toEqual(["2025-03"]);
  });
  it("lists every year, or none for an empty range", () => {
    expect(yearRange(2024, 2025)).toEqual(["2024", "2025"]);
    expect(yearRange(2025, 2024)).toEqual([]);
  });
  it("fills missing keys with zero", () => {
    const filled = fillKeys(["2024", "2025"], new Map([["2025", { valueUsd: 5n, count: 1 }]]), (k) => `Year ${k}`);
    expect(filled).toEqual([
      { key: "2024", label: "Year 2024", valueUsd: 0n, count: 0 },
      { key: "2025", label: "Year 2025", valueUsd: 5n, count: 1 },
    ]);
  });
});

describe("formatUsdAxis", () => {
  it("writes billions as B, not d3's G", () => {
    expect(formatUsdAxis(5_000_000_000)).toBe("$5B");
    expect(formatUsdAxis(20_000_000_000)).toBe("$20B");
    expect(formatUsdAxis(750_000_000)).toBe("$750M");
    expect(formatUsdAxis(0)).toBe("$0");
  });
});

describe("columnChart", () => {
  const data = [datum("2024", 2_000_000_000n), datum("2025", 4_000_000_000n), datum("2026", 0n, 0)];
  const chart = columnChart(data, { height: 200 });

  it("puts columns side by side within 0-100% of the width", () => {
    const [a, b, c] = chart.columns;
    expect(a!.xPct).toBeGreaterThanOrEqual(0);
    expect(a!.xPct + a!.widthPct).toBeLessThanOrEqual(b!.xPct);
    expect(c!.xPct + c!.widthPct).toBeLessThanOrEqual(100);
  });

  it("makes heights proportional to values and zero for zero", () => {
    const [a, b, c] = chart.columns;
    expect(b!.barHeight).toBeCloseTo(a!.barHeight * 2, 5);
    expect(c!.barHeight).toBe(0);
    expect(b!.y + b!.barHeight).toBe(chart.plotBottom);
  });

  it("labels a few round ticks from $0", () => {
    expect(chart.ticks.map((t) => t.label)).toEqual(["$0", "$2B", "$4B"]);
    expect(chart.ticks[0]!.y).toBe(chart.plotBottom);
  });

  it("gives a tiny value a visible sliver", () => {
    const small = columnChart([datum("a", 1n), datum("b", 10_000_000_000n)]);
    expect(small.columns[0]!.barHeight).toBe(2);
  });

  it("keeps only the axis labels asked for", () => {
    const months = columnChart([datum("2024-12", 1n), datum("2025-01", 1n), datum("2025-02", 1n)], {
      axisLabel: (d) => (d.key.endsWith("-01") ? { label: d.key.slice(0, 4), tier: 0 } : null),
    });
    expect(months.axisLabels.map((l) => l.label)).toEqual(["2025"]);
  });

  it("does not break on an empty or all-zero chart", () => {
    expect(columnChart([]).columns).toEqual([]);
    const zero = columnChart([datum("a", 0n, 0)]);
    expect(zero.columns[0]!.barHeight).toBe(0);
    expect(zero.ticks.every((t) => Number.isFinite(t.y))).toBe(true);
  });
});

describe("barChart", () => {
  it("scales the largest bar to the full width, one row per datum", () => {
    const chart = barChart([datum("CA", 1_750_000_000n), datum("AU", 705_000_000n)]);
    expect(chart.rows).toHaveLength(2);
    expect(chart.rows[0]!.widthPct).toBe(100);
    expect(chart.rows[1]!.widthPct).toBeCloseTo((705 / 1750) * 100, 5);
    expect(chart.rows[1]!.y).toBeGreaterThan(chart.rows[0]!.y);
    expect(chart.height).toBe(80);
  });
});

describe("dateStrip", () => {
  it("places dates by calendar day, independent of the time zone", () => {
    const strip = dateStrip(
      [
        { key: "a", announcedOn: "2024-01-01", valueUsd: 1n, approximate: false },
        { key: "b", announcedOn: "2025-07-02", valueUsd: 100n, approximate: true },
      ],
      2024,
      2025,
    );
    const a = strip.points.find((p) => p.key === "a")!;
    const b = strip.points.find((p) => p.key === "b")!;
    expect(a.xPct).toBe(0);
    // 2 July 2025 is day 548 of the 731 days in 2024-2025.
    expect(b.xPct).toBeCloseTo((548 / 731) * 100, 5);
    expect(b.r).toBeGreaterThan(a.r);
    expect(strip.years).toEqual([
      { year: "2024", xPct: 0, tier: 0 },
      { year: "2025", xPct: (366 / 731) * 100, tier: 0 },
    ]);
    // The biggest dot is drawn first so smaller ones stay on top.
    expect(strip.points[0]!.key).toBe("b");
  });
});

describe("labelTiers", () => {
  const width = labelWidth("FY24");
  it("never sets two labels closer than they are wide, at any tier's width", () => {
    for (let columns = 1; columns <= 40; columns++) {
      const tiers = labelTiers(columns, width, [1, 2, 4, 8, 16], (i) => 2008 + i);
      PLOT_TIERS.forEach((plot, tier) => {
        const shown = tiers.flatMap((t, i) => (t !== null && t <= tier ? [i] : []));
        for (let k = 1; k < shown.length; k++) expect((shown[k]! - shown[k - 1]!) * (plot / columns)).toBeGreaterThanOrEqual(width);
      });
    }
  });

  it("labels every fiscal year of the archive on a wide plot and a few on a phone", () => {
    const tiers = labelTiers(19, width, [1, 2, 4, 8, 16], (i) => 2008 + i);
    expect(tiers.filter((t) => t === 0).length).toBeGreaterThanOrEqual(4);
    expect(tiers.every((t) => t !== null)).toBe(true);
  });
});

describe("yearLabels", () => {
  it("labels each January, and the first month unless a January follows within three months", () => {
    expect(yearLabels(monthRange("2023-10", "2024-02")).map((y) => y.label)).toEqual(["2023", "2024"]);
    // Three columns are wide enough for both; thirty-six are not, with a January next door.
    expect(yearLabels(monthRange("2023-12", "2024-02")).map((y) => y.key)).toEqual(["2023-12", "2024-01"]);
    expect(yearLabels(monthRange("2023-12", "2026-11")).map((y) => y.key)).toEqual(["2024-01", "2025-01", "2026-01"]);
    expect(yearLabels(monthRange("2025-03", "2025-06")).map((y) => y.label)).toEqual(["2025"]);
  });
});

describe("periods", () => {
  const month = (m: string, count: number, beforeArchive = false): MonthTotal => ({ month: m, beforeArchive, count, valueUsd: BigInt(count) * 1_000_000n, approximateCount: 0 });

  it("draws a view of up to three years by month and a longer one by fiscal year, from the first period holding a notification to the last", () => {
    const short = timelinePeriods([month("2024-02", 1), month("2024-05", 2)], { from: null, to: null })!;
    expect(short.unit).toBe("month");
    expect(short.periods.map((p) => [p.key, p.count])).toEqual([["2024-02", 1], ["2024-03", 0], ["2024-04", 0], ["2024-05", 2]]);
    const long = timelinePeriods([month("2008-05", 1), month("2011-07", 2), month("2011-11", 3)], { from: null, to: null })!;
    expect(long.unit).toBe("fiscal-year");
    expect(long.periods.map((p) => [p.label, p.count])).toEqual([["FY2008 (from 21 Apr 2008)", 1], ["FY2009", 0], ["FY2010", 0], ["FY2011", 2], ["FY2012", 3]]);
  });

  it("leaves the examples out, and a column counts only the days of the archive and of the view", () => {
    const periods = timelinePeriods([month("1998-02", 1, true), month("2008-04", 1, true), month("2008-04", 2)], { from: null, to: "2008-04-30" })!.periods;
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatchObject({ key: "2008-04", from: ARCHIVE_FROM, to: "2008-04-30", count: 2, whole: false, cover: "complete" });
    expect(timelinePeriods([month("1998-02", 1, true)], { from: null, to: null })).toBeNull();
  });

  it("marks what the archive does not reach, and drops empty fiscal years past the end of its list", () => {
    const years = fiscalYearPeriods([{ fiscalYear: 2026, count: 4, valueUsd: 4n, approximateCount: 1 }], 2025, 2027);
    expect(years.map((p) => [p.label, p.cover, p.whole])).toEqual([
      ["FY2025", "complete", true],
      [`FY2026 (the archive's list ends ${formatShortDate(ARCHIVE_THROUGH)})`, "partial", false],
    ]);
    const later = fiscalYearPeriods([{ fiscalYear: 2027, count: 1, valueUsd: 1n, approximateCount: 0 }], 2026, 2027);
    expect(later.at(-1)).toMatchObject({ label: "FY2027 (after the archive's list ends)", cover: "beyond", count: 1 });
  });

  it("labels a phone's axis sparsely and every period where there is room", () => {
    const years = fiscalYearPeriods([], 2008, 2026);
    expect(years.filter((p) => p.axis?.tier === 0).map((p) => p.axis!.label)).toEqual(["FY08", "FY12", "FY16", "FY20", "FY24"]);
    expect(years.every((p) => p.axis !== null)).toBe(true);
    const months = monthPeriods([], "2024-01", "2024-12");
    expect(months.filter((p) => p.axis?.tier === 0).map((p) => p.axis!.label)).toEqual(["Jan", "Apr", "Jul", "Oct"]);
    expect(months.every((p) => p.axis !== null)).toBe(true);
  });
});
