import { describe, expect, it } from "vitest";
import { formatCurrencyCompact, formatUsdCompact, formatUsdExact } from "./money";

describe("formatUsdCompact", () => {
  it.each([
    [1_750_000_000n, "$1.75 billion"],
    [570_000_000n, "$570 million"],
    [825_000_000n, "$825 million"],
    [23_000_000_000n, "$23 billion"],
    [18_820_000_000n, "$18.82 billion"],
    [215_500_000n, "$215.5 million"],
    [79_100_000n, "$79.1 million"],
    [1_234_567_890n, "$1.23 billion"],
    [1_235_000_000n, "$1.24 billion"],
    [999_995_000n, "$1 billion"],
    [999_994_999n, "$1 billion"],
    [994_999_999n, "$995 million"],
    [47_100_000n, "$47.1 million"],
    [950_000n, "$950,000"],
  ])("%s → %s", (amount, expected) => {
    expect(formatUsdCompact(amount)).toBe(expected);
  });
});

describe("formatUsdExact", () => {
  it("groups digits of values far beyond 32-bit integers", () => {
    expect(formatUsdExact(23_000_000_000n)).toBe("$23,000,000,000");
    expect(formatUsdExact(9_007_199_254_740_993n)).toBe("$9,007,199,254,740,993");
  });
});

describe("formatCurrencyCompact", () => {
  it("prefixes the source's own currency", () => {
    expect(formatCurrencyCompact(2_400_000_000n, "CAD")).toBe("C$2.4 billion");
    expect(formatCurrencyCompact(4_500_000_000n, "EUR")).toBe("€4.5 billion");
    expect(formatCurrencyCompact(5_040_000_000n, "PLN")).toBe("PLN 5.04 billion");
  });
});
