import { describe, expect, it } from "vitest";
import { normalizeReportTransmittal, normalizeTransmittal } from "./transmittal";

describe("normalizeTransmittal", () => {
  it.each([
    ["25-103", "25-103"],
    ["26-013", "26-13"],
    ["26-01", "26-01"],
    ["26-1", "26-01"],
    ["24-7", "24-07"],
    ["25\u201325", "25-25"], // en dash, as the Record prints it
    ["25\u201434", "25-34"], // em dash
    ["25\u221234", "25-34"], // minus sign
    ["25 - 34", "25-34"],
    ["Transmittal No. 24-114", "24-114"],
    ["Transmittal No 24-69", "24-69"],
  ])("reads %j as %s", (text, canonical) => {
    expect(normalizeTransmittal(text)).toBe(canonical);
  });

  it.each(["24-0J", "26-1C", "25/34", "2534", "25-1034", "twenty-five", "", "25-00", "125-34"])("refuses %j (not a sale's number)", (text) => {
    expect(normalizeTransmittal(text)).toBeNull();
  });
});

describe("normalizeReportTransmittal", () => {
  it("reads letter-coded report numbers in any case and dash", () => {
    expect(normalizeReportTransmittal("26-1c")).toBe("26-1C");
    expect(normalizeReportTransmittal("24\u20130J")).toBe("24-0J");
    expect(normalizeReportTransmittal("25-34")).toBeNull();
  });
});
