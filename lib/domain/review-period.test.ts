import { describe, expect, it } from "vitest";
import { reviewPeriod, reviewTier } from "./review-period";

const country = (code: string, name: string, nato = false) => ({ code, name, nato, kind: "country" });

describe("reviewTier", () => {
  it("gives NATO members 15 days", () => {
    expect(reviewTier(country("CA", "Canada", true)).days).toBe(15);
    expect(reviewTier(country("NL", "Netherlands", true)).days).toBe(15);
    expect(reviewTier(country("CA", "Canada", true)).reason).toMatch(/NATO member/);
  });

  it("gives NATO itself and its agencies 15 days", () => {
    expect(reviewTier({ code: "NSPA", name: "NATO Support and Procurement Agency", nato: true, kind: "organization" }).days).toBe(15);
  });

  it.each([
    ["JP", "Japan"],
    ["AU", "Australia"],
    ["KR", "South Korea"],
    ["IL", "Israel"],
    ["NZ", "New Zealand"],
  ])("gives %s (%s) 15 days though it is not in NATO", (code, name) => {
    const tier = reviewTier(country(code, name));
    expect(tier.days).toBe(15);
    expect(tier.reason).toMatch(/five non-NATO partners/);
  });

  it.each([
    ["UA", "Ukraine"],
    ["TW", "Taiwan"],
    ["IN", "India"],
    ["SA", "Saudi Arabia"],
    ["EG", "Egypt"],
  ])("gives %s (%s) 30 days", (code, name) => {
    expect(reviewTier(country(code, name)).days).toBe(30);
  });
});

describe("reviewPeriod", () => {
  const canada = country("CA", "Canada", true);
  const ukraine = country("UA", "Ukraine");

  it("ends 15 days after a NATO notification and is open until then", () => {
    const open = reviewPeriod(canada, { announcedOn: "2025-10-01", deliveredOn: null }, false, "2025-10-10");
    expect(open).toMatchObject({ days: 15, waived: false, endsOn: "2025-10-16", status: "open", daysLeft: 6 });
    expect(reviewPeriod(canada, { announcedOn: "2025-10-01", deliveredOn: null }, false, "2025-10-16")).toMatchObject({ status: "open", daysLeft: 0 });
    expect(reviewPeriod(canada, { announcedOn: "2025-10-01", deliveredOn: null }, false, "2025-10-17")).toMatchObject({ status: "over" });
  });

  it("ends 30 days after a notification to anyone else", () => {
    expect(reviewPeriod(ukraine, { announcedOn: "2025-08-28", deliveredOn: null }, false, "2026-11-22")).toMatchObject({ days: 30, endsOn: "2025-09-27", status: "over" });
  });

  it("counts from the date delivered to Congress where it is known, not from the announcement", () => {
    // Delivered on 17 December, announced the next day: the 30 days end on 16 January.
    const period = reviewPeriod(ukraine, { announcedOn: "2025-12-18", deliveredOn: "2025-12-17" }, false, "2026-01-16");
    expect(period).toMatchObject({ startsOn: "2025-12-17", countedFrom: "delivered", endsOn: "2026-01-16", status: "open", daysLeft: 0 });
    expect(reviewPeriod(ukraine, { announcedOn: "2025-12-18", deliveredOn: null }, false, "2026-01-16")).toMatchObject({ countedFrom: "announced", endsOn: "2026-01-17", daysLeft: 1 });
  });

  it("reports a waived review without an end date", () => {
    const waived = reviewPeriod(country("IL", "Israel"), { announcedOn: "2025-02-28", deliveredOn: null }, true, "2025-03-01");
    expect(waived.waived).toBe(true);
    expect(waived).not.toHaveProperty("endsOn");
  });
});
