import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contractorKey, resolveContractor } from "./contractors";

const file = JSON.parse(readFileSync(path.resolve(__dirname, "../../seeds/contractors.json"), "utf8")) as { contractors: { slug: string; name: string; names: string[] }[] };
const slugs = new Set(file.contractors.map((c) => c.slug));
const index = new Map(file.contractors.flatMap((c) => [c.slug, c.name, ...c.names].map((n) => [contractorKey(n), c.slug] as const)));

describe("contractor name resolution (URLs)", () => {
  it("a slug is itself; any name or spelling of one finds its contractor, to be redirected", () => {
    expect(resolveContractor("rtx", slugs, index)).toEqual({ slug: "rtx", canonical: true });
    expect(resolveContractor("raytheon-company", slugs, index)).toEqual({ slug: "rtx", canonical: false });
    expect(resolveContractor("Raytheon", slugs, index)).toEqual({ slug: "rtx", canonical: false });
    expect(resolveContractor("RTX Corporation", slugs, index)).toEqual({ slug: "rtx", canonical: false });
    expect(resolveContractor("Raytheon Missiles & Defense", slugs, index)).toEqual({ slug: "rtx", canonical: false });
    expect(resolveContractor("sikorsky", slugs, index)).toEqual({ slug: "lockheed-martin", canonical: false });
    expect(resolveContractor("Lockheed Martin Rotary and Mission Systems", slugs, index)).toEqual({ slug: "lockheed-martin", canonical: false });
    expect(resolveContractor("the-boeing-company", slugs, index)).toEqual({ slug: "boeing", canonical: false });
  });

  it("nothing for a name no contractor has, or a segment of punctuation only", () => {
    expect(resolveContractor("no-such-company", slugs, index)).toBeNull();
    expect(resolveContractor("---", slugs, index)).toBeNull();
    expect(resolveContractor("", slugs, index)).toBeNull();
  });

  it("compares names as system aliases are compared: case, spaces and punctuation aside", () => {
    expect(contractorKey("Raytheon Missiles & Defense (RMD)")).toBe("raytheonmissilesdefensermd");
    expect(contractorKey("L-3 Communications")).toBe(contractorKey("L3 Communications"));
  });
});
