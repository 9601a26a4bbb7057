import { describe, expect, it } from "vitest";
import type { TimelineEntry } from "./views";
import { dealDescription, dealHeadline } from "./deal";

const himars: TimelineEntry = {
  slug: "2025-10-01-canada-m142-himars",
  title: "M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment",
  summary: "",
  announcedOn: "2025-10-01",
  dateApproximate: false,
  estimatedValueUsd: 1_750_000_000n,
  lowConfidence: false,
  transmittalNumber: null,
  deliveredOn: null,
  reviewWaived: false,
  laterChangeCount: 0,
  resolutionCount: 0,
  recipient: { code: "CA", name: "Canada", kind: "country", notifiedAs: null },
  systems: [
    { slug: "m142-himars", name: "M142 HIMARS", category: { slug: "rocket-artillery", name: "Rocket artillery" } },
    { slug: "gmlrs", name: "GMLRS", category: { slug: "rocket-artillery", name: "Rocket artillery" } },
  ],
};

describe("link preview text", () => {
  it("names recipient, main system and value in the headline", () => {
    expect(dealHeadline(himars)).toBe("Canada: M142 HIMARS, $1.75 billion");
  });

  it("gives recipient, systems, value and date in the description", () => {
    expect(dealDescription(himars)).toBe(
      "Possible U.S. Foreign Military Sale to Canada of M142 HIMARS and GMLRS, estimated at US$1.75 billion, announced 1 October 2025. M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment.",
    );
  });

  it("says when the date is approximate", () => {
    expect(dealDescription({ ...himars, dateApproximate: true })).toContain("announced about 1 October 2025");
  });
});
