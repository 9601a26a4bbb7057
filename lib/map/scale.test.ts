import { describe, expect, it } from "vitest";
import { LAND_COLOR, niceAmount, STEP_COLORS, valueScale } from "./scale";

/** CIELAB lightness (0 black to 100 white) of an sRGB colour: what a greyscale print keeps. */
function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}

const billion = 1_000_000_000n;
const million = 1_000_000n;

describe("the map's colours", () => {
  it("are five to seven steps that darken in order, each at least 10 lightness units from the next, and from the unshaded land", () => {
    expect(STEP_COLORS.length).toBeGreaterThanOrEqual(5);
    expect(STEP_COLORS.length).toBeLessThanOrEqual(7);
    const l = STEP_COLORS.map(lightness);
    for (let i = 1; i < l.length; i++) expect(l[i - 1]! - l[i]!, `${STEP_COLORS[i - 1]} → ${STEP_COLORS[i]}`).toBeGreaterThanOrEqual(10);
    expect(lightness(LAND_COLOR) - l[0]!).toBeGreaterThanOrEqual(10);
  });

  it("are one hue (blue the strongest channel in each), so no step depends on telling red from green", () => {
    for (const hex of STEP_COLORS) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      expect(b!, hex).toBeGreaterThan(r!);
      expect(b!, hex).toBeGreaterThan(g!);
    }
  });
});

describe("valueScale", () => {
  it("rounds amounts to 1, 2 or 5 times a power of ten", () => {
    expect(niceAmount(487_300_000)).toBe(500_000_000);
    expect(niceAmount(1_030_000_000)).toBe(1_000_000_000);
    expect(niceAmount(2_900_000_000)).toBe(2_000_000_000);
    expect(niceAmount(8_000_000_000)).toBe(10_000_000_000);
    expect(niceAmount(12)).toBe(1_000_000);
  });

  it("splits values spread over orders of magnitude into five steps of similar size, with round breaks", () => {
    const values = [3n, 8n, 20n, 45n, 90n, 150n, 400n, 700n, 1_200n, 2_500n, 4_000n, 9_000n, 15_000n, 23_000n, 31_000n].map((v) => v * million);
    const scale = valueScale(values);
    expect(scale.legend).toHaveLength(5);
    expect(scale.legend.map((s) => s.color)).toEqual([...STEP_COLORS]);
    for (const t of scale.thresholds) expect(String(t)).toMatch(/^[125]0*$/);
    expect([...scale.thresholds].sort((a, b) => (a < b ? -1 : 1))).toEqual(scale.thresholds);
    // Every value in exactly one step; no step empty; no step holds more than twice its share.
    expect(scale.legend.reduce((n, s) => n + s.count, 0)).toBe(values.length);
    for (const step of scale.legend) {
      expect(step.count).toBeGreaterThan(0);
      expect(step.count).toBeLessThanOrEqual((2 * values.length) / 5);
    }
    expect(scale.legend[0]!.label).toMatch(/^under \$/);
    expect(scale.legend.at(-1)!.label).toMatch(/ or more$/);
  });

  it("never gives a larger value a lighter step, and a value on a break belongs to the step above it", () => {
    const values = Array.from({ length: 40 }, (_, i) => BigInt(Math.round(1.3 ** i * 1e6)));
    const scale = valueScale(values);
    for (let i = 1; i < values.length; i++) expect(scale.stepOf(values[i]!)).toBeGreaterThanOrEqual(scale.stepOf(values[i - 1]!));
    const first = scale.thresholds[0]!;
    expect(scale.stepOf(first)).toBe(1);
    expect(scale.stepOf(first - 1n)).toBe(0);
    expect(scale.colorOf(values.at(-1)!)).toBe(STEP_COLORS.at(-1));
  });

  it("uses fewer steps, spread over the palette, when there are fewer distinct values; one value is one step", () => {
    const two = valueScale([100n * million, 100n * million, 3n * billion]);
    expect(two.legend.map((s) => [s.color, s.count])).toEqual([
      [STEP_COLORS[0], 2],
      [STEP_COLORS.at(-1), 1],
    ]);
    // Quantile breaks at about $680 million and $1.8 billion, rounded to $500 million and $2 billion;
    // no value lies between those two, so that class merges into the one above.
    expect(two.legend.map((s) => s.label)).toEqual(["under $500 million", "$500 million or more"]);

    const one = valueScale([5n * billion]);
    expect(one.legend).toEqual([{ color: STEP_COLORS[2], label: "any value", count: 1 }]);
    expect(valueScale([]).legend).toHaveLength(1);
  });

  it("ignores recipients with nothing in view, and takes totals far past what 32 bits hold", () => {
    const scale = valueScale([0n, 0n, 2n * billion, 40n * billion, 90_000n * billion]);
    expect(scale.legend.reduce((n, s) => n + s.count, 0)).toBe(3);
    expect(scale.colorOf(90_000n * billion)).toBe(STEP_COLORS.at(-1));
  });
});
