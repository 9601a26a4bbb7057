import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { TimelineEntry } from "@/lib/domain";
import { atomDate, buildAtomFeed, xmlEscape } from "./atom";
import { atomFeedFor } from "./feed";

const entry = (over: Partial<TimelineEntry> = {}): TimelineEntry => ({
  slug: "2025-10-01-canada-m142-himars",
  title: "M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment",
  summary: "26 HIMARS launchers with GMLRS, ER GMLRS and ATACMS rocket pods; Lockheed Martin, Grand Prairie, Texas.",
  announcedOn: "2025-10-01",
  dateApproximate: false,
  estimatedValueUsd: 1_750_000_000n,
  lowConfidence: false,
  transmittalNumber: null,
  deliveredOn: null,
  reviewWaived: false,
  laterChangeCount: 0,
  resolutionCount: 0,
  recipient: { code: "CA", name: "Canada", kind: "country", notifiedAs: null },
  systems: [{ slug: "m142-himars", name: "M142 HIMARS", category: { slug: "rocket-artillery", name: "Rocket artillery" } }],
  ...over,
});

const origin = new URL("https://fms-timeline.example");
const view = {
  headline: "Canada",
  selfUrl: "https://fms-timeline.example/feed.xml?country=CA",
  alternateUrl: "https://fms-timeline.example/?country=CA",
  origin,
  fallbackUpdated: "2025-12-22",
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "category"].includes(name) });

describe("Atom feed", () => {
  it("an entry's summary carries the official record's facts where they are known", () => {
    const xml = atomFeedFor([entry({ transmittalNumber: "25-34", deliveredOn: "2025-09-30", reviewWaived: true })], view);
    const [only] = parser.parse(xml).feed.entry;
    const summary = only.summary["#text"] as string;
    expect(summary).toContain("delivered to Congress 30 September 2025; transmittal 25-34; emergency sale, review waived");
  });

  it("is well-formed XML with every element Atom 1.0 requires", () => {
    const xml = atomFeedFor([entry(), entry({ slug: "2025-09-16-netherlands-amraam", announcedOn: "2025-09-16" })], view);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(view.selfUrl);
    expect(feed.title["#text"]).toBe("FMS Timeline: Canada");
    expect(feed.updated).toBe("2025-10-01T00:00:00Z");
    expect(feed.author.name).toBe("FMS Timeline");
    expect(feed.link.find((l: Record<string, string>) => l["@rel"] === "self")["@href"]).toBe(view.selfUrl);
    expect(feed.link.find((l: Record<string, string>) => l["@rel"] === "alternate")["@href"]).toBe(view.alternateUrl);
    expect(feed.entry).toHaveLength(2);
    const [first] = feed.entry;
    expect(first.id).toBe("https://fms-timeline.example/deals/2025-10-01-canada-m142-himars");
    expect(first.title["#text"]).toBe("Canada: M142 HIMARS, $1.75 billion");
    expect(first.updated).toBe("2025-10-01T00:00:00Z");
    expect(first.link[0]["@href"]).toBe("https://fms-timeline.example/deals/2025-10-01-canada-m142-himars");
    expect(first.summary["#text"]).toContain("Lockheed Martin");
    expect(first.summary["#text"]).toContain("$1.75 billion");
    expect(first.category.map((c: Record<string, string>) => c["@term"])).toEqual(["Canada", "M142 HIMARS"]);
    expect(first.summary["#text"]).not.toContain("transmittal");
    // RFC 3339 date-times.
    for (const e of feed.entry) expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("an empty view is still a valid feed, as new as the record", () => {
    const xml = atomFeedFor([], { ...view, headline: null });
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed.updated).toBe("2025-12-22T00:00:00Z");
    expect(feed.title["#text"]).toBe("FMS Timeline: all notifications");
    expect(feed.entry).toBeUndefined();
  });

  it("escapes markup and drops characters XML forbids, so hostile text stays text", () => {
    const hostile = entry({ title: '<script>alert("x")</script> & co', summary: "a\u0000b\u001Fc ]]> <![CDATA[ 'quoted'" });
    const xml = atomFeedFor([hostile], { ...view, headline: "Tom & Jerry <b>" });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("<script>");
    const { feed } = parser.parse(xml);
    // The parser decodes the escapes: a reader shows exactly the original text.
    expect(feed.title["#text"]).toBe("FMS Timeline: Tom & Jerry <b>");
    expect(feed.entry[0].summary["#text"]).toContain("abc ]]> <![CDATA[ 'quoted'");
    expect(xmlEscape("a\u0000b")).toBe("ab");
    expect(xmlEscape(`<&>"'`)).toBe("&lt;&amp;&gt;&quot;&apos;");
  });

  it("turns a date-only announcement into an Atom date-time", () => {
    expect(atomDate("2025-10-01")).toBe("2025-10-01T00:00:00Z");
  });

  it("buildAtomFeed writes one entry per notification, in the given order", () => {
    const xml = buildAtomFeed({
      id: "x",
      title: "t",
      subtitle: "s",
      updated: "2025-01-01T00:00:00Z",
      selfUrl: "https://a.example/feed.xml",
      alternateUrl: "https://a.example/",
      author: "me",
      entries: ["b", "a"].map((id) => ({ id, title: id, updated: "2025-01-01T00:00:00Z", published: "2025-01-01T00:00:00Z", url: `https://a.example/${id}`, summary: id, categories: [] })),
    });
    expect(parser.parse(xml).feed.entry.map((e: { id: string }) => e.id)).toEqual(["b", "a"]);
  });
});
