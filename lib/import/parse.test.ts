import { describe, expect, it } from "vitest";
import { parseRelease, splitCopyHeader } from "./parse";

/** A constructed release in the current DSCA template, for the variants the real fixtures lack. */
function release(contractors: string) {
  return `Canada – M142 High Mobility Artillery Rocket Systems

Media/Public Contact: pm-cpa@state.gov
Transmittal No. 25-64

WASHINGTON, October 1, 2025 - The State Department has made a determination approving a possible Foreign Military Sale to the Government of Canada of M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment for an estimated cost of $1.75 billion. The Defense Security Cooperation Agency delivered the required certification notifying Congress of this possible sale today.

The Government of Canada has requested to buy up to twenty-six (26) M142 High Mobility Artillery Rocket System (HIMARS) launchers; one hundred thirty-two (132) M31A2 Guided Multiple Launch Rocket System (GMLRS) Unitary pods; and 3,335 M1152 vehicles. The following non-MDE items will also be included: M28A2 Low-Cost Reduced-Range Practice Rocket pods; U.S. Government and contractor technical support; and other related elements of logistics and program support. The estimated total cost is $1.75 billion.

${contractors} There are no known offset agreements proposed in connection with this potential sale.`;
}

describe("the current DSCA template", () => {
  it("reads every field", () => {
    expect(parseRelease(release(""))).toMatchObject({
      headline: "M142 High Mobility Artillery Rocket Systems",
      announcedOn: "2025-10-01",
      dateFrom: "dateline",
      recipient: "Canada",
      estimatedValueUsd: 1_750_000_000,
      transmittalNumber: "25-64",
      majorDefenseEquipment: [
        { description: "M142 High Mobility Artillery Rocket System (HIMARS) launchers", quantity: 26, upTo: true },
        { description: "M31A2 Guided Multiple Launch Rocket System (GMLRS) Unitary pods", quantity: 132, upTo: false },
        { description: "M1152 vehicles", quantity: 3335, upTo: false },
      ],
      otherItems: ["M28A2 Low-Cost Reduced-Range Practice Rocket pods", "U.S. Government and contractor technical support", "other related elements of logistics and program support"],
      principalContractors: null,
      truncated: false,
    });
  });

  it.each([
    [
      "The principal contractors will be Lockheed Martin Missiles and Fire Control, located in Grand Prairie, TX; and RTX Corporation, located in Tucson, AZ.",
      [{ name: "Lockheed Martin Missiles and Fire Control", location: "Grand Prairie, TX" }, { name: "RTX Corporation", location: "Tucson, AZ" }],
    ],
    ["The principal contractor will be Lockheed Martin Missiles and Fire Control, Grand Prairie, TX.", [{ name: "Lockheed Martin Missiles and Fire Control", location: "Grand Prairie, TX" }]],
    ["The principal contractors will be Boeing of St. Louis, MO and General Electric of Lynn, MA.", [{ name: "Boeing", location: "St. Louis, MO" }, { name: "General Electric", location: "Lynn, MA" }]],
    ["Procurement of these items will be from many contractors providing similar items to the U.S. forces.", []],
  ])("contractors: %s", (sentence, expected) => {
    expect(parseRelease(release(sentence)).principalContractors).toEqual(expected);
  });

  it("the NATO Support and Procurement Agency is read whole as the recipient", () => {
    const text = release("").replace("to the Government of Canada of", "to the NATO Support and Procurement Agency (NSPA) of");
    expect(parseRelease(text).recipient).toBe("NATO Support and Procurement Agency (NSPA)");
  });
});

describe("the copy header", () => {
  it("is split off and never read as release text", () => {
    const { header, body } = splitCopyHeader("SOURCE: https://example.org/x\nDATE: 2024-11-14\nCOMPLETE: partial\n---\nWASHINGTON, November 14, 2024 - Text");
    expect(header).toEqual({ source: "https://example.org/x", date: "2024-11-14", complete: "partial" });
    expect(body).toBe("WASHINGTON, November 14, 2024 - Text");
    // A text without a dateline does not take the header's DATE.
    expect(parseRelease(splitCopyHeader("SOURCE: x\nDATE: 2024-11-14\n---\nThe Defense Security Cooperation Agency notified Congress today.").body).announcedOn).toBeNull();
  });
});
