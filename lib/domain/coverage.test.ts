import { describe, expect, it } from "vitest";
import { compressSerials, fiscalYearOf, fiscalYearRange, isResearched } from "./coverage";

describe("fiscal years", () => {
  it("start on 1 October", () => {
    expect(fiscalYearOf("2023-09-30")).toBe(2023);
    expect(fiscalYearOf("2023-10-01")).toBe(2024);
    expect(fiscalYearOf("2024-12-31")).toBe(2025);
    expect(fiscalYearRange(2025)).toEqual({ from: "2024-10-01", to: "2025-09-30" });
  });

  it("the researched range starts with fiscal year 2024, for dates and months alike", () => {
    expect(isResearched("2023-09-30")).toBe(false);
    expect(isResearched("2023-10-01")).toBe(true);
    expect(isResearched("2023-09")).toBe(false);
    expect(isResearched("2023-10")).toBe(true);
  });
});

describe("compressSerials", () => {
  it("lists the numbers missing up to the highest held, as runs", () => {
    expect(compressSerials("25", [1, 6, 8, 9], 9)).toEqual({ runs: ["25-02 to 25-05", "25-07"], count: 5 });
    expect(compressSerials("24", [3, 114], 114)).toEqual({ runs: ["24-01 to 24-02", "24-04 to 24-113"], count: 112 });
    expect(compressSerials("26", [1, 2, 3], 3)).toEqual({ runs: [], count: 0 });
  });
});
