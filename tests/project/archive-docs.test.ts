import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatLongDate } from "@/lib/format";

/**
 * docs/data.md lists every row of the official archive the import keeps out, with its reason;
 * the corrections file is what keeps them out. The two must name the same rows, so neither can
 * change without the other.
 */

const root = path.resolve(__dirname, "../..");
type Correction = { match: { date: string; transmittal: string | null; country: string; costUSD: number }; action: string };
const corrections = (JSON.parse(readFileSync(path.join(root, "imports/archive-2008-2026/corrections.json"), "utf8")) as { corrections: Correction[] }).corrections;
const docs = readFileSync(path.join(root, "docs/data.md"), "utf8");
const section = docs.slice(docs.indexOf("**Rows kept out**"), docs.indexOf("The seed still refuses"));

/** "**23-0R United Kingdom, 1 August 2020**": the row by its number (or "no number"), recipient and date. */
const label = (m: Correction["match"]) => `**${m.transmittal ?? "no number"} ${m.country}, ${formatLongDate(m.date)}**`;

describe("the rows of the archive kept out", () => {
  const excluded = [...new Map(corrections.filter((c) => c.action === "exclude").map((c) => [label(c.match), c.match])).values()];

  it("the corrections keep some rows out, and the docs have the list", () => {
    expect(excluded.length).toBeGreaterThan(0);
    expect(section.length).toBeGreaterThan(0);
  });

  it("docs/data.md names each one, by its number, recipient and date", () => {
    for (const m of excluded) expect(section, `docs/data.md lists ${label(m)}`).toContain(label(m));
  });

  it("and names no other", () => {
    const listed = [...section.matchAll(/^- (\*\*[^*]+\*\*)/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(excluded.map(label).sort());
  });
});
