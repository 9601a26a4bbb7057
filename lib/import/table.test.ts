import { describe, expect, it } from "vitest";
import { combine, type Correction } from "./corrections";
import { firstSentence, splitContractors, valuesAgree } from "./table";
import { checkRow, readTable, TableError, wholeDollars } from "./table-input";

const ROW = { date: "2024-04-24", transmittal: "24-37", country: "Poland", system: "AARGM-ER", costUSD: 1_275_000_000, contractor: null, contractorLocation: null, sourceUrl: "https://media.defense.gov/x.PDF", addedAt: null };

describe("one sale's value, printed two ways", () => {
  it("agrees when one is the other rounded to its last figure", () => {
    expect(valuesAgree(567_800_000, 568_000_000)).toBe(true);
    expect(valuesAgree(264_600_000, 265_000_000)).toBe(true);
    expect(valuesAgree(215_500_000, 216_000_000)).toBe(true);
    expect(valuesAgree(100_000_000, 100_000_000)).toBe(true);
  });

  it("does not when they differ by more than the rounding", () => {
    expect(valuesAgree(567_000_000, 568_000_000)).toBe(false);
    expect(valuesAgree(3_200_000_000, 8_500_000_000)).toBe(false);
    expect(valuesAgree(62_600_000, 62_000_000)).toBe(false);
  });
});

describe("a row's contractors", () => {
  it("pairs names and locations split at ' / ' when their counts agree, and leaves locations out when they do not", () => {
    expect(splitContractors("The Boeing Company / Honeywell, Inc", "Ridley Park, Pennsylvania / Phoenix, Arizona")).toEqual([
      { name: "The Boeing Company", location: "Ridley Park, Pennsylvania" },
      { name: "Honeywell, Inc", location: "Phoenix, Arizona" },
    ]);
    expect(splitContractors("Boeing / Pratt & Whitney", "East Hartford, Connecticut")).toEqual([
      { name: "Boeing", location: null },
      { name: "Pratt & Whitney", location: null },
    ]);
    expect(splitContractors(null, "Tucson, Arizona")).toEqual([]);
  });
});

describe("a row's form", () => {
  const problems = (values: Record<string, unknown>) => {
    const checked = checkRow({ line: 7, values: { ...ROW, ...values } });
    return "problems" in checked ? checked.problems : [];
  };

  it("refuses each malformed value, naming the field", () => {
    expect(problems({ date: "24 April 2024" })).toEqual([{ field: "date", message: '"24 April 2024" is not a real date written YYYY-MM-DD' }]);
    expect(problems({ date: "2024-02-30" })[0]!.field).toBe("date");
    expect(problems({ transmittal: "24/37" })).toEqual([{ field: "transmittal", message: '"24/37" is not a transmittal number (a sale\'s is written like 24-87)' }]);
    expect(problems({ costUSD: 1.5 })).toEqual([{ field: "costUSD", message: "1.5 is not a whole number of dollars" }]);
    expect(problems({ costUSD: -5 })[0]!.field).toBe("costUSD");
    expect(problems({ costUSD: null })).toEqual([{ field: "costUSD", message: "is empty" }]);
    expect(problems({ sourceUrl: "javascript:alert(1)" })[0]!.field).toBe("sourceUrl");
    expect(problems({ country: "" })[0]!.field).toBe("country");
    expect(problems({ system: 7 })[0]).toEqual({ field: "system", message: "must be text or empty, not 7" });
  });

  it("takes a number in any printed spelling, and keeps a report's letter-coded one for the corrections to settle", () => {
    const ok = checkRow({ line: 1, values: { ...ROW, transmittal: "24\u2013037" } });
    expect("row" in ok && ok.row.transmittal).toBe("24-37");
    const report = checkRow({ line: 1, values: { ...ROW, transmittal: "23-0R" } });
    expect("row" in report && report.row.transmittal).toBe("23-0R");
  });

  it("whole dollars are an integer, or digits with thousands commas", () => {
    expect(wholeDollars(58_000_000)).toBe(58_000_000);
    expect(wholeDollars("58,000,000")).toBe(58_000_000);
    expect(wholeDollars("58000000.00")).toBeNull();
    expect(wholeDollars("$58 million")).toBeNull();
    expect(wholeDollars(0)).toBeNull();
  });
});

describe("reading a table", () => {
  it("reads CSV fields with quoted commas, quotes and line breaks, with the line each row starts on", () => {
    const rows = readTable("t.csv", 'date,transmittal,country,system,costUSD,contractor,contractorLocation,sourceUrl,addedAt\n2024-04-24,24-37,Poland,"AARGM-ER, ""Extended""\nRange",1,,"Falls Church, Virginia",https://x.example/a,\n');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.line).toBe(2);
    expect(rows[0]!.values.system).toBe('AARGM-ER, "Extended"\nRange');
    expect(rows[0]!.values.contractor).toBeNull();
  });

  it("refuses the whole table for an unknown column or a missing one, naming it", () => {
    expect(() => readTable("t.jsonl", `${JSON.stringify({ ...ROW, costUsd: 1 })}\n`)).toThrow(/t\.jsonl: line 1: unknown column "costUsd"/);
    expect(() => readTable("t.csv", "date,transmittal,country\n")).toThrow(TableError);
    expect(() => readTable("t.jsonl", "{not json}\n")).toThrow(/t\.jsonl: line 1: is not valid JSON/);
  });
});

describe("a row's corrections, combined", () => {
  const c = (set: Correction["set"], action: Correction["action"] = "fix", fault = "contractor"): Correction => ({ match: { date: "", transmittal: null, country: "", costUSD: 0 }, fault, action, set, reason: "why" });

  it("merges their fields, and names two that set one field two ways", () => {
    expect(combine([c({ title: "A" }), c({ systems: ["x"] })]).set).toEqual({ title: "A", systems: ["x"] });
    expect(combine([c({ title: "A" }), c({ title: "B" })]).conflicts).toEqual(['title: "A" and "B"']);
  });

  it("says whether the row is kept out, its date approximate, or its day known", () => {
    expect(combine([c(undefined, "exclude")]).excluded).toBe(true);
    expect(combine([c(undefined, "approximate-date", "first-of-month-date")]).approximate).toBe(true);
    expect(combine([c(undefined, "confirm", "first-of-month-date")]).dayKnown).toBe(true);
    expect(combine([c({ date: "2024-01-05" }, "fix", "first-of-month-date")]).dayKnown).toBe(true);
    expect(combine([c(undefined, "confirm", "duplicate-transmittal")]).dayKnown).toBe(false);
  });
});

describe("a description's first sentence", () => {
  it("ends at a period before a capital, not after an abbreviation", () => {
    expect(firstSentence("a possible sale of 4 C-17 aircraft, U.S. Government support. The estimated cost is $1 billion.")).toBe("a possible sale of 4 C-17 aircraft, U.S. Government support.");
  });
});
