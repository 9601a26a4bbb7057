import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { FeedEvent, TimelineEntry } from "@/lib/domain";
import { atomFeedFor } from "./feed";

const origin = new URL("https://fms-timeline.example");
const view = { headline: "Israel", selfUrl: "https://fms-timeline.example/feed.xml?country=IL", alternateUrl: "https://fms-timeline.example/?country=IL", origin, fallbackUpdated: "2025-12-22" };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "category"].includes(name) });

const sale = { slug: "2024-08-13-israel-120mm-tank-ammunition", title: "120mm tank cartridges", recipientName: "Israel", systems: ["120mm tank ammunition"] };
const notification: TimelineEntry = {
  slug: sale.slug,
  title: sale.title,
  summary: "32,739 120mm tank cartridges.",
  announcedOn: "2024-08-13",
  dateApproximate: false,
  estimatedValueUsd: 774_100_000n,
  lowConfidence: false,
  transmittalNumber: "24-10",
  deliveredOn: null,
  reviewWaived: false,
  laterChangeCount: 0,
  resolutionCount: 1,
  recipient: { code: "IL", name: "Israel", kind: "country", notifiedAs: null },
  systems: [{ slug: "120mm-tank-ammunition", name: "120mm tank ammunition", category: { slug: "ammunition", name: "Ammunition" } }],
};
const resolution: FeedEvent = {
  kind: "resolution",
  id: "118-sjres-111",
  type: "sjres",
  number: 111,
  congress: 118,
  summary: "Would block the sale of 32,739 120mm tank cartridges to Israel.",
  sponsor: { name: "Bernie Sanders", party: "I", state: "VT" },
  published: "2024-09-25",
  updated: "2024-11-20",
  outcome: "Motion to discharge rejected 18–79 on 20 November 2024",
  sale,
};
const report: FeedEvent = {
  kind: "report",
  id: "25-0c",
  reportKind: "cost-increase",
  transmittalNumber: "25-0C",
  title: "Higher cost",
  published: "2025-03-03",
  updated: "2025-03-03",
  sale,
};

describe("Atom entries for what happened after a notification", () => {
  it("gives each resolution and report an entry of its own, dated by it, linking to the deal page", () => {
    const xml = atomFeedFor([notification], view, [resolution, report]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed.entry).toHaveLength(3);
    // Newest first by the day each last changed: the report (March 2025), the resolution's vote (November 2024), the notification.
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      "https://fms-timeline.example/deals/2024-08-13-israel-120mm-tank-ammunition#change-25-0c",
      "https://fms-timeline.example/congress#118-sjres-111",
      "https://fms-timeline.example/deals/2024-08-13-israel-120mm-tank-ammunition",
    ]);
    expect(feed.updated).toBe("2025-03-03T00:00:00Z");
    const [changed, congress] = feed.entry;
    expect(congress.title["#text"]).toBe("In Congress: S.J.Res. 111 against the sale to Israel of 120mm tank cartridges");
    expect(congress.published).toBe("2024-09-25T00:00:00Z");
    expect(congress.updated).toBe("2024-11-20T00:00:00Z");
    expect(congress.link[0]["@href"]).toBe("https://fms-timeline.example/deals/2024-08-13-israel-120mm-tank-ammunition#118-sjres-111");
    expect(congress.summary["#text"]).toContain("Motion to discharge rejected 18–79 on 20 November 2024");
    expect(congress.summary["#text"]).toContain("Sen. Bernie Sanders (I-VT)");
    // Categorised like the sale's own entry, so a reader filtering by country or system keeps it.
    expect(congress.category.map((c: Record<string, string>) => c["@term"])).toEqual(["Israel", "120mm tank ammunition", "Congress"]);
    expect(changed.title["#text"]).toBe("Later change: Cost increase 25-0C to the sale to Israel of 120mm tank cartridges");
    expect(changed.link[0]["@href"]).toBe("https://fms-timeline.example/deals/2024-08-13-israel-120mm-tank-ammunition#change-25-0c");
  });

  it("keeps the feed to its size, newest first", () => {
    const xml = atomFeedFor([notification], view, [resolution, report], 2);
    const { feed } = parser.parse(xml);
    expect(feed.entry.map((e: { updated: string }) => e.updated)).toEqual(["2025-03-03T00:00:00Z", "2024-11-20T00:00:00Z"]);
  });

  it("without events the feed is the notifications alone, as before", () => {
    const { feed } = parser.parse(atomFeedFor([notification], view));
    expect(feed.entry).toHaveLength(1);
    expect(feed.updated).toBe("2024-08-13T00:00:00Z");
  });
});
