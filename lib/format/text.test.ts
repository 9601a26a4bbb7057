import { describe, expect, it } from "vitest";
import { formatBytes, plural } from "./text";

describe("words", () => {
  it("plural", () => {
    expect(plural(1, "notification", "notifications")).toBe("1 notification");
    expect(plural(3, "notification", "notifications")).toBe("3 notifications");
  });

  it("a file's size, in bytes, KB or MB (1,024 to the next)", () => {
    expect(formatBytes(812)).toBe("812 bytes");
    expect(formatBytes(241_266)).toBe("236 KB");
    expect(formatBytes(1024 * 1024 * 4.25)).toBe("4.3 MB");
    expect(formatBytes(1024 * 1024 * 1500)).toBe("1,500 MB");
  });
});
