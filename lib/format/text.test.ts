import { describe, expect, it } from "vitest";
import { plural, pluralNoun } from "./text";

describe("plural", () => {
  it("says one for exactly one, and groups thousands as the rest of the site does", () => {
    expect(plural(1, "notification", "notifications")).toBe("1 notification");
    expect(plural(0, "notification", "notifications")).toBe("0 notifications");
    expect(plural(3, "earlier example is", "earlier examples are")).toBe("3 earlier examples are");
    expect(plural(10_250, "notification", "notifications")).toBe("10,250 notifications");
    expect(pluralNoun(1, "sale", "sales")).toBe("sale");
    expect(pluralNoun(2, "sale", "sales")).toBe("sales");
  });
});
