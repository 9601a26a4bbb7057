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
    const open = reviewPeriod(canada, "2025-10-01", false, "2025-10-10");
    expect(open).toMatchObject({ days: 15, waived: false, endsOn: "2025-10-16", status: "open", daysLeft: 6 });
    expect(reviewPeriod(canada, "2025-10-01", false, "2025-10-16")).toMatchObject({ status: "open", daysLeft: 0 });
    expect(reviewPeriod(canada, "2025-10-01", false, "2025-10-17")).toMatchObject({ status: "over" });
  });

  it("ends 30 days after a notification to anyone else", () => {
    expect(reviewPeriod(ukraine, "2025-08-28", false, "2026-11-22")).toMatchObject({ days: 30, endsOn: "2025-09-27", status: "over" });
  });

  it("reports a waived review without an end date", () => {
    const waived = reviewPeriod(country("IL", "Israel"), "2025-02-28", true, "2025-03-01");
    expect(waived.waived).toBe(true);
    expect(waived).not.toHaveProperty("endsOn");
  });
});
