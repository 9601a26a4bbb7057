import { describe, expect, it } from "vitest";
import { filesUnder, importCycles, importGraph } from "../support/imports";

/**
 * lib/ imports in one direction (docs/architecture.md, "Code layout"): no module reaches itself
 * through its imports, type-only ones included. A cycle means two layers each think they are
 * the lower one; the definitions ↔ congress cycle this replaced was one.
 */
describe("lib/ has no import cycle", () => {
  it("among its modules, counting type-only imports and each folder's index.ts", () => {
    const files = filesUnder("lib", [".ts", ".tsx", ".mts", ".mjs"], (f) => f === "lib/generated" || f.endsWith(".test.ts"));
    expect(files.length).toBeGreaterThan(50);
    const graph = importGraph(files);
    // The walk sees the imports: every folder's entry point names its modules.
    expect(graph.get("lib/domain/index.ts")).toContain("lib/domain/kinds.ts");
    expect(importCycles(graph)).toEqual([]);
  });

  it("the check finds a cycle when there is one", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts", "d.ts"]],
      ["d.ts", []],
      ["e.ts", ["e.ts"]],
    ]);
    expect(importCycles(graph)).toEqual([["a.ts", "b.ts", "c.ts"], ["e.ts"]]);
  });
});
