import { format, isValid, parse } from "date-fns";
import { describe, expect, it } from "vitest";
import { addDaysIso, formatLongDate, formatMonth, formatShortDate, isValidIsoDate, monthHeading, todayInWashington, weekdayName } from "./dates";

// npm run test:unit runs this file under TZ=America/Los_Angeles and again under
// TZ=Pacific/Auckland: a date-only value must show the same day in both.
describe(`date-only values (TZ=${process.env.TZ ?? "unset"})`, () => {
  it("runs in a zone far from UTC, so a UTC slip would show", () => {
    expect(process.env.TZ).toMatch(/America\/Los_Angeles|Pacific\/Auckland/);
    expect(new Date(2025, 9, 1).getTimezoneOffset()).not.toBe(0);
  });

  it("shows the announcement day itself", () => {
    expect(formatLongDate("2025-10-01")).toBe("1 October 2025");
    expect(formatShortDate("2025-08-28")).toBe("28 Aug 2025");
    expect(weekdayName("2025-10-01")).toBe("Wednesday");
    expect(weekdayName("2025-08-28")).toBe("Thursday");
  });

  it("adds calendar days across month ends and DST changes", () => {
    expect(addDaysIso("2025-10-01", 15)).toBe("2025-10-16");
    expect(addDaysIso("2025-08-28", 30)).toBe("2025-09-27");
    expect(addDaysIso("2025-03-01", 15)).toBe("2025-03-16"); // U.S. DST starts 9 March
    expect(addDaysIso("2025-09-20", 15)).toBe("2025-10-05"); // NZ DST starts 28 September
    expect(addDaysIso("2024-02-20", 15)).toBe("2024-03-06"); // leap year
  });

  it("rejects impossible dates", () => {
    expect(isValidIsoDate("2025-02-29")).toBe(false);
    expect(isValidIsoDate("2024-02-29")).toBe(true);
    expect(isValidIsoDate("2025-02-30")).toBe(false);
    expect(isValidIsoDate("2025-13-01")).toBe(false);
    expect(isValidIsoDate("2025-1-01")).toBe(false);
    expect(isValidIsoDate("yesterday")).toBe(false);
  });

  it("takes today's date in Washington, not the server's zone", () => {
    // 03:00 UTC on 2 Oct is still 1 Oct in Washington (and already 2 Oct in Auckland).
    expect(todayInWashington(new Date("2025-10-02T03:00:00Z"))).toBe("2025-10-01");
    expect(todayInWashington(new Date("2025-10-02T05:00:00Z"))).toBe("2025-10-02");
  });

  it("formats and validates dates from 1995 to 2026 exactly as date-fns does", () => {
    const reference = (value: string) => parse(value, "yyyy-MM-dd", new Date(2000, 0, 1));
    for (let day = new Date(1995, 0, 1); day.getFullYear() < 2027; day.setDate(day.getDate() + 11)) {
      const value = format(day, "yyyy-MM-dd");
      expect(formatShortDate(value)).toBe(format(reference(value), "d MMM yyyy"));
      expect(formatLongDate(value)).toBe(format(reference(value), "d MMMM yyyy"));
      expect(formatMonth(value.slice(0, 7))).toBe(format(reference(value), "MMMM yyyy"));
      expect(monthHeading(value.slice(0, 7))).toBe(format(reference(value), "MMMM yyyy"));
    }
    // A key that is not a month is shown as given, never as another month.
    expect(["2025-13", "2025-00", "2025-1", "October"].map(monthHeading)).toEqual(["2025-13", "2025-00", "2025-1", "October"]);
    for (const value of ["2024-02-29", "2024-12-31", "2025-01-01", "2023-02-29", "2100-02-29", "2000-02-29", "2025-04-31", "2025-00-10", "2025-12-32", "0099-01-01", "2025-1-1", " 2025-01-01"]) {
      const date = reference(value);
      expect(isValidIsoDate(value), value).toBe(/^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(date) && format(date, "yyyy-MM-dd") === value);
    }
  });
});
