import { describe, expect, it } from "vitest";
import { formatBytes, formatCount, plural, pluralNoun } from "./text";

describe("plural", () => {
  it("says one for exactly one, and groups thousands as the rest of the site does", () => {
    expect(plural(1, "notification", "notifications")).toBe("1 notification");
    expect(plural(0, "notification", "notifications")).toBe("0 notifications");
    expect(plural(3, "earlier example is", "earlier examples are")).toBe("3 earlier examples are");
    expect(plural(10_250, "notification", "notifications")).toBe("10,250 notifications");
    expect(pluralNoun(1, "sale", "sales")).toBe("sale");
    expect(pluralNoun(2, "sale", "sales")).toBe("sales");
  });

  it("prints a bare count the same way (the timeline's pages: 1,251–1,299 of 1,299)", () => {
    expect(formatCount(1299)).toBe("1,299");
    expect(formatCount(50)).toBe("50");
  });
});

describe("formatBytes", () => {
  it("a file's size, in bytes, KB or MB (1,024 to the next)", () => {
    expect(formatBytes(812)).toBe("812 bytes");
    expect(formatBytes(241_266)).toBe("236 KB");
    expect(formatBytes(1024 * 1024 * 4.25)).toBe("4.3 MB");
    expect(formatBytes(1024 * 1024 * 1500)).toBe("1,500 MB");
  });
});
