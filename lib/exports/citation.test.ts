import { describe, expect, it } from "vitest";
import { bibtexEscape, citationKey, citationOf, type CitationSource } from "./citation";

const origin = new URL("https://fms-timeline.example");
const himars: CitationSource = {
  slug: "2025-10-01-canada-m142-himars",
  title: "M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment",
  recipient: { name: "Canada" },
  transmittalNumber: "25-34",
  announcedOn: "2025-10-01",
  dateApproximate: false,
};
const dates = { accessedOn: "2026-12-01", lastChanged: "2026-11-30" };

/** Reads a BibTeX entry the way BibTeX does: braces must balance (an escaped brace does not count), fields are `name = {value}` or a bare macro. */
function parseBibtex(entry: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,\s{}]+),\n/.exec(entry);
  if (!head) throw new Error(`no entry head in ${entry}`);
  let depth = 0;
  for (let i = 0; i < entry.length; i++) {
    if (entry[i] === "\\") {
      i++;
      continue;
    }
    if (entry[i] === "{") depth++;
    if (entry[i] === "}") depth--;
    if (depth < 0) throw new Error(`a closing brace too many at ${i}`);
  }
  if (depth !== 0) throw new Error("unbalanced braces");
  const fields: Record<string, string> = {};
  for (const line of entry.slice(head[0].length, -2).split("\n")) {
    const m = /^ {2}([a-z]+) = (\{.*\}|[a-z]+),$/.exec(line);
    if (!m) throw new Error(`not a field: ${line}`);
    fields[m[1]!] = m[2]!.startsWith("{") ? m[2]!.slice(1, -1) : m[2]!;
  }
  return { type: head[1]!, key: head[2]!, fields };
}

describe("a record's citation", () => {
  const cite = citationOf(himars, dates, origin);

  it("as plain text names the project and year, the recipient and title, the transmittal, the last change, the retrieval date and the stable URL", () => {
    expect(cite.text).toBe(
      "FMS Timeline (2026). Canada: M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment [Foreign Military Sales notification to Congress, Transmittal No. 25-34, announced 1 October 2025]. Record last changed 30 November 2026. Retrieved 1 December 2026, from https://fms-timeline.example/deals/2025-10-01-canada-m142-himars",
    );
  });

  it("as BibTeX is one balanced @misc entry under a key made from the slug", () => {
    const entry = parseBibtex(cite.bibtex);
    expect(entry.type).toBe("misc");
    expect(entry.key).toBe("fms-timeline-2025-10-01-canada-m142-himars");
    expect(entry.key).toBe(citationKey(himars.slug));
    expect(entry.fields).toMatchObject({
      title: "{Canada: M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment}",
      publisher: "FMS Timeline",
      year: "2026",
      month: "nov",
      number: "25-34",
      url: "https://fms-timeline.example/deals/2025-10-01-canada-m142-himars",
      urldate: "2026-12-01",
    });
    expect(entry.fields.note).toContain("Retrieved 1 December 2026");
  });

  it("as CSL-JSON is a dataset item with its URL, number, issued and accessed dates as date-parts", () => {
    expect(cite.csl).toEqual({
      id: "fms-timeline-2025-10-01-canada-m142-himars",
      type: "dataset",
      title: "Canada: M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment",
      genre: "Foreign Military Sales notification to Congress",
      "container-title": "FMS Timeline",
      publisher: "FMS Timeline",
      URL: "https://fms-timeline.example/deals/2025-10-01-canada-m142-himars",
      number: "25-34",
      issued: { "date-parts": [[2026, 11, 30]] },
      accessed: { "date-parts": [[2026, 12, 1]] },
    });
    expect(JSON.parse(JSON.stringify(cite.csl))).toEqual(cite.csl);
  });

  it("without a last change or a transmittal: dated by the announcement, no number, nothing said of a change", () => {
    const plain = citationOf({ ...himars, transmittalNumber: null, dateApproximate: true }, { accessedOn: "2026-12-01" }, origin);
    expect(plain.text).toBe(
      "FMS Timeline (2025). Canada: M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment [Foreign Military Sales notification to Congress, announced about 1 October 2025]. Retrieved 1 December 2026, from https://fms-timeline.example/deals/2025-10-01-canada-m142-himars",
    );
    expect(plain.csl).not.toHaveProperty("number");
    expect(plain.csl.issued).toEqual({ "date-parts": [[2025, 10, 1]] });
    const entry = parseBibtex(plain.bibtex);
    expect(entry.fields).not.toHaveProperty("number");
    expect(entry.fields).toMatchObject({ year: "2025", month: "oct" });
    expect(plain.bibtex).not.toContain("last changed");
  });

  it("escapes every character TeX reads as markup, and the entry still balances", () => {
    expect(bibtexEscape("{}%&_#$~^\\")).toBe("\\{\\}\\%\\&\\_\\#\\$\\textasciitilde{}\\textasciicircum{}\\textbackslash{}");
    const awkward = citationOf({ ...himars, title: "Parts & repair {50%} for #2_a $5 ~x^2 \\relax", recipient: { name: "Türkiye" } }, dates, origin);
    const entry = parseBibtex(awkward.bibtex);
    expect(entry.fields.title).toBe("{Türkiye: Parts \\& repair \\{50\\%\\} for \\#2\\_a \\$5 \\textasciitilde{}x\\textasciicircum{}2 \\textbackslash{}relax}");
    // The other formats keep the text as it is.
    expect(awkward.csl.title).toBe("Türkiye: Parts & repair {50%} for #2_a $5 ~x^2 \\relax");
    expect(awkward.text).toContain("Türkiye: Parts & repair {50%}");
  });
});
