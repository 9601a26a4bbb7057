import { describe, expect, it } from "vitest";
import { ARCHIVE_FROM, ARCHIVE_THROUGH, BEFORE_ARCHIVE, compressSerials, earlierTotals, fiscalYearOf, fiscalYearRange, isBeforeArchive, periodCover } from "./coverage";

describe("fiscal years", () => {
  it("start on 1 October", () => {
    expect(fiscalYearOf("2023-09-30")).toBe(2023);
    expect(fiscalYearOf("2023-10-01")).toBe(2024);
    expect(fiscalYearOf("2024-12-31")).toBe(2025);
    expect(fiscalYearRange(2025)).toEqual({ from: "2024-10-01", to: "2025-09-30" });
  });
});

describe("the archive", () => {
  it("begins in April 2008, fiscal year 2008; anything earlier is an example", () => {
    expect(fiscalYearOf(ARCHIVE_FROM)).toBe(2008);
    expect(isBeforeArchive(BEFORE_ARCHIVE)).toBe(true);
    expect(isBeforeArchive(ARCHIVE_FROM)).toBe(false);
    expect(isBeforeArchive("1998-02-11")).toBe(true);
  });

  it("is complete between its first release and the end of its list, partial across either, and unknown after", () => {
    expect(periodCover("2010-10-01", "2011-09-30")).toBe("complete");
    expect(periodCover(ARCHIVE_FROM, "2008-09-30")).toBe("complete");
    expect(periodCover("2008-04-01", "2008-04-30")).toBe("partial");
    expect(periodCover("2025-10-01", "2026-09-30")).toBe("partial");
    expect(periodCover("2026-01-01", ARCHIVE_THROUGH)).toBe("complete");
    expect(periodCover("2026-10-01", "2026-10-31")).toBe("beyond");
  });

  it("counts the examples among monthly totals apart", () => {
    const months = [
      { month: "1998-02", beforeArchive: true, count: 1, valueUsd: 5n },
      { month: "2008-04", beforeArchive: true, count: 2, valueUsd: 7n },
      { month: "2008-04", beforeArchive: false, count: 3, valueUsd: 11n },
    ];
    expect(earlierTotals(months)).toEqual({ count: 3, valueUsd: 12n });
  });
});

describe("compressSerials", () => {
  it("lists the numbers missing between the lowest and highest held, as runs", () => {
    expect(compressSerials("25", [1, 6, 8, 9], 1, 9)).toEqual({ runs: ["25-02 to 25-05", "25-07"], count: 5 });
    expect(compressSerials("24", [3, 114], 3, 114)).toEqual({ runs: ["24-04 to 24-113"], count: 110 });
    expect(compressSerials("26", [1, 2, 3], 1, 3)).toEqual({ runs: [], count: 0 });
    expect(compressSerials("08", [31, 49, 51], 31, 51)).toEqual({ runs: ["08-32 to 08-48", "08-50"], count: 18 });
  });
});
