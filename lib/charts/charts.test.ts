import { describe, expect, it } from "vitest";
import { barChart } from "./bars";
import { columnChart } from "./columns";
import { formatUsdAxis } from "./axis";
import { dateStrip } from "./strip";
import { fillKeys, labelsYear, MAX_LABELLED_YEARS, monthRange, yearLabels, yearRange } from "./totals";
import type { ChartDatum } from "./types";

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
      axisLabel: (d) => (d.key.endsWith("-01") ? d.key.slice(0, 4) : null),
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
      { year: "2024", xPct: 0 },
      { year: "2025", xPct: (366 / 731) * 100 },
    ]);
    // The biggest dot is drawn first so smaller ones stay on top.
    expect(strip.points[0]!.key).toBe("b");
  });
});

describe("labelsYear", () => {
  it("labels every year of a short axis, and only round years of a long one", () => {
    const years = (count: number) => yearRange(2001, 2000 + count);
    expect(years(MAX_LABELLED_YEARS).filter((y) => labelsYear(y, MAX_LABELLED_YEARS))).toHaveLength(MAX_LABELLED_YEARS);
    expect(years(30).filter((y) => labelsYear(y, 30))).toEqual(["2005", "2010", "2015", "2020", "2025", "2030"]);
  });
});

describe("yearLabels", () => {
  it("labels each January, and the first month unless a January follows within three months", () => {
    expect(yearLabels(monthRange("2023-10", "2024-02")).map((y) => y.label)).toEqual(["2023", "2024"]);
    expect(yearLabels(monthRange("2023-12", "2024-02")).map((y) => y.key)).toEqual(["2024-01"]);
    expect(yearLabels(monthRange("2023-11", "2024-02")).map((y) => y.key)).toEqual(["2024-01"]);
    expect(yearLabels(monthRange("2025-03", "2025-06")).map((y) => y.label)).toEqual(["2025"]);
  });
});
