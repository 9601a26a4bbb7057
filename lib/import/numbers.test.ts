import { describe, expect, it } from "vitest";
import { describeUsd, leadingQuantity, parseUsd, parseUsDate } from "./numbers";

describe("figures as DSCA writes them", () => {
  it("reads values exactly, with no float drift", () => {
    expect(parseUsd("$1.85 billion")).toBe(1_850_000_000);
    expect(parseUsd("$55.5 million")).toBe(55_500_000);
    expect(parseUsd("$23 billion")).toBe(23_000_000_000);
    expect(parseUsd("$2.123456789 billion")).toBe(2_123_456_789);
    expect(parseUsd("$1,234,567")).toBe(1_234_567);
    expect(parseUsd("1850000000")).toBe(1_850_000_000);
  });

  it("refuses what is not a whole-dollar amount", () => {
    expect(parseUsd("$1.2345678905 billion")).toBeNull();
    expect(parseUsd("about a billion")).toBeNull();
    expect(parseUsd("$0")).toBeNull();
    expect(parseUsd("$-5 million")).toBeNull();
    expect(parseUsd("$99999999 billion")).toBeNull();
  });

  it("reads quantities: words with digits, bare digits with commas, and 'up to' ceilings", () => {
    expect(leadingQuantity("up to three hundred (300) M1152 High Mobility Multipurpose Wheeled Vehicles")).toEqual({
      quantity: 300,
      upTo: true,
      rest: "M1152 High Mobility Multipurpose Wheeled Vehicles",
    });
    expect(leadingQuantity("twenty-six (26) M142 High Mobility Artillery Rocket System launchers")).toMatchObject({ quantity: 26, upTo: false });
    expect(leadingQuantity("one hundred thirty-two (132) M31A2 GMLRS pods")).toMatchObject({ quantity: 132, rest: "M31A2 GMLRS pods" });
    expect(leadingQuantity("3,335 M1152 vehicles")).toMatchObject({ quantity: 3335, rest: "M1152 vehicles" });
    expect(leadingQuantity("and sixty-four (64) M57 ATACMS pods")).toMatchObject({ quantity: 64, rest: "M57 ATACMS pods" });
  });

  it("finds no quantity where a line has none", () => {
    expect(leadingQuantity("support equipment (SE)")).toBeNull();
    expect(leadingQuantity("120mm tank ammunition")).toBeNull();
    expect(leadingQuantity("spare and repair parts")).toBeNull();
  });

  it("reads US-style dates, abbreviations included, and rejects impossible ones", () => {
    expect(parseUsDate("November 14, 2024")).toBe("2024-11-14");
    expect(parseUsDate("Aug. 31, 2017")).toBe("2017-08-31");
    expect(parseUsDate("Sept. 3, 2019")).toBe("2019-09-03");
    expect(parseUsDate("February 30, 2019")).toBeNull();
    expect(parseUsDate("Smarch 3, 2019")).toBeNull();
  });

  it("describes amounts for reports exactly", () => {
    expect(describeUsd(1_850_000_000)).toBe("$1.85 billion");
    expect(describeUsd(55_500_000)).toBe("$55.5 million");
    expect(describeUsd(160_000_000)).toBe("$160 million");
  });
});
