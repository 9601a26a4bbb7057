import { describe, expect, it } from "vitest";
import {
  administrationName,
  administrationOf,
  changeOf,
  comparisonYears,
  fiscalYearMonths,
  fiscalYearSpan,
  fiscalYearsTo,
  meanCount,
  meanUsd,
  parseFiscalYear,
  talliedFrom,
} from "./fiscal-years";
import { ARCHIVE_FROM } from "./coverage";

describe("fiscal years of the tallies", () => {
  it("run from FY2008, where the archive starts, to the year holding today", () => {
    expect(ARCHIVE_FROM).toBe("2008-04-21");
    expect(fiscalYearsTo("2026-12-06")).toEqual(Array.from({ length: 20 }, (_, i) => 2008 + i));
    expect(fiscalYearsTo("2026-09-30").at(-1)).toBe(2026);
  });

  it("say what part of a year the record counts: the year the record starts in is partial, today's is in progress (and counted to its end)", () => {
    const today = "2026-12-06";
    expect(fiscalYearSpan(2008, today, ARCHIVE_FROM)).toMatchObject({ covered: { from: "2008-04-21", to: "2008-09-30" }, startsLate: true, inProgress: false });
    expect(fiscalYearSpan(2009, today, ARCHIVE_FROM)).toMatchObject({ covered: { from: "2008-10-01", to: "2009-09-30" }, startsLate: false });
    expect(fiscalYearSpan(2027, today, ARCHIVE_FROM)).toMatchObject({ covered: { from: "2026-10-01", to: "2027-09-30" }, inProgress: true, startsLate: false });
    expect(fiscalYearSpan(2028, today, ARCHIVE_FROM).covered).toBeNull();
    // A tally starting with a fiscal year covers no part of the years before it.
    expect(fiscalYearSpan(2023, today, "2023-10-01").covered).toBeNull();
    expect(fiscalYearSpan(2024, today, "2023-10-01")).toMatchObject({ covered: { from: "2023-10-01", to: "2024-09-30" }, startsLate: false });
    expect(talliedFrom()).toBe("2008-04-21");
  });

  it("list a year's months from October", () => {
    expect(fiscalYearMonths(2025)).toEqual(["2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"]);
  });

  it("read a URL segment: four digits, or FY2025 to be redirected; nothing else", () => {
    expect(parseFiscalYear("2025")).toEqual({ fiscalYear: 2025, canonical: true });
    expect(parseFiscalYear("FY2025")).toEqual({ fiscalYear: 2025, canonical: false });
    expect(parseFiscalYear("fy2025")).toEqual({ fiscalYear: 2025, canonical: false });
    for (const bad of ["abc", "25", "20255", "2025.5", "", " 2025", "-2025"]) expect(parseFiscalYear(bad), bad).toBeNull();
  });
});

describe("administrations", () => {
  it("change at 20 January: the inauguration day counts for the new administration", () => {
    expect(administrationOf("2008-04-21")?.slug).toBe("bush");
    expect(administrationOf("2009-01-19")?.slug).toBe("bush");
    expect(administrationOf("2009-01-20")?.slug).toBe("obama");
    expect(administrationOf("2017-01-20")?.slug).toBe("trump-1");
    expect(administrationOf("2021-01-19")?.slug).toBe("trump-1");
    expect(administrationOf("2021-01-20")?.slug).toBe("biden");
    expect(administrationOf("2025-01-19")?.slug).toBe("biden");
    expect(administrationOf("2025-01-20")?.slug).toBe("trump-2");
    expect(administrationOf("2026-12-06")?.slug).toBe("trump-2");
    expect(administrationOf("1999-01-01")).toBeNull();
    expect(administrationName(administrationOf("2025-06-01")!)).toBe("Donald Trump (second term)");
  });
});

describe("comparisons", () => {
  it("the change against a base, exact in dollars and to a tenth of a per cent", () => {
    expect(changeOf(30_000_000_000n, 20_000_000_000n)).toEqual({ base: 20_000_000_000n, difference: 10_000_000_000n, percent: 50 });
    expect(changeOf(1n, 3n)).toEqual({ base: 3n, difference: -2n, percent: -66.7 });
    expect(changeOf(2n, 3n).percent).toBe(-33.3);
    expect(changeOf(5n, 0n).percent).toBeNull();
    expect(changeOf(90, 80)).toEqual({ base: 80, difference: 10, percent: 12.5 });
    expect(changeOf(3, 0).percent).toBeNull();
    // Past 2^53 the difference stays exact.
    expect(changeOf(9_007_199_254_740_993n, 1n).difference).toBe(9_007_199_254_740_992n);
  });

  it("means: dollars to the nearest dollar, counts to a tenth; none of nothing", () => {
    expect(meanUsd([1n, 2n])).toBe(2n);
    expect(meanUsd([10n, 20n, 31n])).toBe(20n);
    expect(meanUsd([])).toBeNull();
    expect(meanCount([85, 90, 92])).toBe(89);
    expect(meanCount([1, 2])).toBe(1.5);
    expect(meanCount([])).toBeNull();
  });

  it("a year is compared with the year before and with the average of the earlier years covered whole", () => {
    const today = "2026-12-06";
    const spans = Array.from({ length: 20 }, (_, i) => fiscalYearSpan(2008 + i, today, ARCHIVE_FROM));
    expect(comparisonYears(2025, spans)).toEqual({ previous: { fiscalYear: 2024 }, average: { fiscalYears: Array.from({ length: 15 }, (_, i) => 2009 + i).concat(2024) } });
    // FY2008 is partial: no previous year for FY2009, and FY2008 never counts in an average.
    expect(comparisonYears(2009, spans).previous).toEqual({ none: "FY2008 is covered only from 2008-04-21" });
    expect(comparisonYears(2010, spans)).toEqual({ previous: { fiscalYear: 2009 }, average: { none: "only one earlier year is covered whole (the change against it is above)" } });
    expect(comparisonYears(2008, spans).average).toEqual({ none: "no earlier year is covered whole" });
    // Under a tally from FY2024, nothing before it is a base.
    const recent = Array.from({ length: 20 }, (_, i) => fiscalYearSpan(2008 + i, today, "2023-10-01"));
    expect(comparisonYears(2024, recent).previous).toEqual({ none: "the record does not cover FY2023" });
    expect(comparisonYears(2027, recent)).toEqual({ previous: { fiscalYear: 2026 }, average: { fiscalYears: [2024, 2025, 2026] } });
  });
});
