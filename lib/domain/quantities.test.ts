import { describe, expect, it } from "vitest";
import { lineItemsForSystem, type NamedSystem } from "./quantities";

const item = (description: string, quantity: number | null = 1) => ({ description, quantity, upTo: false });

const canada: NamedSystem[] = [
  { slug: "m142-himars", names: ["M142 HIMARS", "HIMARS", "M142"] },
  { slug: "gmlrs", names: ["GMLRS", "Extended Range GMLRS", "M31A2"] },
  { slug: "atacms", names: ["ATACMS", "M57"] },
];
const canadaItems = [
  item("M142 HIMARS launchers", 26),
  item("M31A2 GMLRS Unitary pods", 132),
  item("M403 Extended Range GMLRS Alternative Warhead pods", 32),
  item("M57 ATACMS pods", 64),
];

describe("lineItemsForSystem", () => {
  it("gives each line of a several-system notification to the system it names", () => {
    expect(lineItemsForSystem(canadaItems, canada, "m142-himars").map((i) => i.quantity)).toEqual([26]);
    expect(lineItemsForSystem(canadaItems, canada, "gmlrs").map((i) => i.quantity)).toEqual([132, 32]);
    expect(lineItemsForSystem(canadaItems, canada, "atacms").map((i) => i.quantity)).toEqual([64]);
  });

  it("prefers the longer name: AMRAAM-ER missiles are not AMRAAMs", () => {
    const systems = [
      { slug: "amraam", names: ["AMRAAM", "AIM-120C-8"] },
      { slug: "amraam-er", names: ["AMRAAM-ER"] },
    ];
    const items = [item("AMRAAM-ER missiles", 100), item("AIM-120C-8 AMRAAM", 100)];
    expect(lineItemsForSystem(items, systems, "amraam-er").map((i) => i.description)).toEqual(["AMRAAM-ER missiles"]);
    expect(lineItemsForSystem(items, systems, "amraam").map((i) => i.description)).toEqual(["AIM-120C-8 AMRAAM"]);
  });

  it("gives a single-system notification all its quantified lines, and leaves out lines without a quantity", () => {
    const items = [item("F-35 CTOL aircraft", 40), item("F135-PW-100 spare engines", 2), item("training", null)];
    expect(lineItemsForSystem(items, [{ slug: "f-35", names: ["F-35"] }], "f-35")).toHaveLength(2);
    expect(lineItemsForSystem(items, [{ slug: "f-35", names: ["F-35"] }], "f-16")).toEqual([]);
  });

  it("shows a line naming none of several systems on no page", () => {
    const systems = [
      { slug: "f-16", names: ["F-16"] },
      { slug: "link-16", names: ["Link 16", "Link-16"] },
    ];
    const items = [item("inert Mk-82 bombs (test)", 6), item("Link-16 systems", 92)];
    expect(lineItemsForSystem(items, systems, "f-16")).toEqual([]);
    expect(lineItemsForSystem(items, systems, "link-16").map((i) => i.quantity)).toEqual([92]);
  });
});
