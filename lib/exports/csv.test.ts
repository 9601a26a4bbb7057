import { describe, expect, it } from "vitest";
import { parseCsv } from "@/tests/support/csv";
import { csvCell, csvRow, toCsv } from "./csv";

describe("CSV", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvCell("Canada")).toBe("Canada");
    expect(csvCell(1_750_000_000)).toBe("1750000000");
    expect(csvCell(23_000_000_000n)).toBe("23000000000");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
  });

  it("quotes a cell with a comma, a quote or a line break, doubling quotes (RFC 4180)", () => {
    expect(csvCell("Lockheed Martin, Grand Prairie")).toBe('"Lockheed Martin, Grand Prairie"');
    expect(csvCell('the "Thursday notice"')).toBe('"the ""Thursday notice"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("defuses text a spreadsheet would run as a formula, but not negative numbers", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell("AIM-120")).toBe("AIM-120");
  });

  it("keeps non-ASCII text exact", () => {
    expect(csvCell("Türkiye")).toBe("Türkiye");
    expect(csvCell("3,350 × ERAM")).toBe('"3,350 × ERAM"');
  });

  it("writes a BOM, a header row and CRLF line ends", () => {
    const file = toCsv(["slug", "value"], [["a", 1], ["b, c", 2]]);
    expect(file.startsWith("\uFEFFslug,value\r\n")).toBe(true);
    expect(file).toBe('\uFEFFslug,value\r\na,1\r\n"b, c",2\r\n');
    expect(csvRow(["x", null, 3])).toBe("x,,3");
  });

  it("round-trips through a strict RFC 4180 reader", () => {
    const rows = [["=cmd", 'say "hi", then\r\nleave', "Türkiye", ""]];
    const parsed = parseCsv(toCsv(["a", "b", "c", "d"], rows).slice(1));
    expect(parsed).toEqual([["a", "b", "c", "d"], ["'=cmd", 'say "hi", then\r\nleave', "Türkiye", ""]]);
  });
});
