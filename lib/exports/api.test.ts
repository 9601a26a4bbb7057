import { describe, expect, it } from "vitest";
import type { ExportNotification } from "@/lib/domain";
import { toCsv } from "./csv";
import { apiPage, toApiNotification } from "./api";
import { CSV_HEADER, csvRecord, lineItemText } from "./csv-record";

const origin = new URL("https://fms-timeline.example");
const turkey: ExportNotification = {
  lastChangedOn: null,
  slug: "2024-01-26-turkiye-f-16",
  title: "F-16 Block 70 aircraft, kits and related equipment",
  summary: "40 F-16 Block 70 aircraft and 79 F-16 modernization kits.",
  announcedOn: "2024-01-26",
  dateApproximate: false,
  estimatedValueUsd: 23_000_000_000n,
  lowConfidence: false,
  recipient: { code: "TR", name: "Türkiye", kind: "country", notifiedAs: "Republic of Türkiye" },
  systems: [{ slug: "f-16", name: "F-16", category: { slug: "combat-aircraft", name: "Combat aircraft" } }],
  transmittalNumber: "24-07",
  reviewWaived: false,
  laterChangeCount: 1,
  resolutionCount: 1,
  valueMdeUsd: 12_000_000_000n,
  valueOtherUsd: 11_000_000_000n,
  deliveredOn: "2024-01-26",
  congressionalRecordOn: "2024-02-27",
  federalRegisterOn: null,
  implementingAgency: "Air Force",
  caseDesignator: "TK-D-SAF",
  fundingSources: ["national-funds"],
  emergency: null,
  addsToEarlierCase: null,
  priorRelatedCases: null,
  reports: [{ kind: "cost-increase", transmittalNumber: "25-0A", reportedOn: "2025-03-01", title: "More aircraft", valueBeforeUsd: 23_000_000_000n, valueAfterUsd: 24_000_000_000n }],
  majorDefenseEquipment: [
    { description: "F-16 Block 70 aircraft", quantity: 40, upTo: false },
    { description: "AIM-120C-8 missiles", quantity: 900, upTo: true },
  ],
  otherItems: ["Spare parts", "Training"],
  principalContractors: [{ name: "Lockheed Martin", location: "Greenville, South Carolina" }],
  recipientRegion: "EUCOM",
  sources: [
    { kind: "news-report", publisher: "Reuters", title: "US approves F-16 sale", url: "https://example.com/a", via: null },
    { kind: "congressional-record", publisher: "Bad", title: null, url: "javascript:alert(1)", via: null },
  ],
  resolutions: [
    {
      id: "118-sjres-60",
      congress: 118,
      type: "sjres",
      number: 60,
      sponsor: { name: "Rand Paul", party: "R", state: "KY" },
      introducedOn: "2024-02-07",
      named: "the F-16 sale to Türkiye",
      votes: [
        {
          chamber: "senate",
          on: "2024-02-29",
          question: "Motion to discharge the Committee on Foreign Relations",
          threshold: "simple-majority",
          yeas: 13,
          nays: 79,
          present: null,
          notVoting: null,
          result: "rejected",
          rollCall: null,
          sourceKey: "rs",
        },
      ],
      becameLaw: null,
    },
  ],
};

describe("API serialisation", () => {
  it("uses the documented field names, ISO dates and the exact value as a number", () => {
    const json = JSON.parse(JSON.stringify(toApiNotification(turkey, origin)));
    expect(Object.keys(json)).toEqual([
      "slug",
      "url",
      "title",
      "summary",
      "announcedOn",
      "dateApproximate",
      "estimatedValueUsd",
      "lowConfidence",
      "recipient",
      "systems",
      "transmittalNumber",
      "reviewWaived",
      "majorDefenseEquipment",
      "otherItems",
      "principalContractors",
      "sources",
      "valueMdeUsd",
      "valueOtherUsd",
      "deliveredOn",
      "congressionalRecordOn",
      "federalRegisterOn",
      "implementingAgency",
      "caseDesignator",
      "fundingSources",
      "emergency",
      "addsToEarlierCase",
      "priorRelatedCases",
      "laterChanges",
      "officialText",
      "sourcing",
      "resolutions",
      "citation",
    ]);
    // The official record's facts, kept apart: the split, the dates, the later change with its values as exact numbers.
    expect(json).toMatchObject({
      transmittalNumber: "24-07",
      valueMdeUsd: 12000000000,
      valueOtherUsd: 11000000000,
      deliveredOn: "2024-01-26",
      congressionalRecordOn: "2024-02-27",
      federalRegisterOn: null,
      implementingAgency: "Air Force",
      caseDesignator: "TK-D-SAF",
      fundingSources: ["national-funds"],
      officialText: true,
      sourcing: "official-text",
    });
    expect(json.laterChanges).toEqual([
      { kind: "cost-increase", transmittalNumber: "25-0A", reportedOn: "2025-03-01", title: "More aircraft", valueBeforeUsd: 23000000000, valueAfterUsd: 24000000000 },
    ]);
    // Congress's response: the resolution with its label, official page and vote, without the internal source key.
    expect(json.resolutions).toEqual([
      {
        id: "118-sjres-60",
        label: "S.J.Res. 60",
        congress: 118,
        chamber: "senate",
        url: "https://www.congress.gov/bill/118th-congress/senate-joint-resolution/60",
        sponsor: { name: "Rand Paul", party: "R", state: "KY" },
        introducedOn: "2024-02-07",
        namedAs: "the F-16 sale to Türkiye",
        votes: [
          {
            chamber: "senate",
            on: "2024-02-29",
            question: "Motion to discharge the Committee on Foreign Relations",
            threshold: "simple-majority",
            yeas: 13,
            nays: 79,
            present: null,
            notVoting: null,
            result: "rejected",
            rollCall: null,
          },
        ],
        becameLaw: null,
      },
    ]);
    expect(toApiNotification({ ...turkey, resolutions: [] }, origin).resolutions).toEqual([]);
    expect(json.estimatedValueUsd).toBe(23000000000);
    expect(json.announcedOn).toBe("2024-01-26");
    expect(json.url).toBe("https://fms-timeline.example/deals/2024-01-26-turkiye-f-16");
    // The recipient's region (a field added, never renamed: the others are as before).
    expect(json.recipient).toEqual({ code: "TR", name: "Türkiye", region: "EUCOM" });
    expect(toApiNotification({ ...turkey, recipientRegion: null }, origin).recipient.region).toBeNull();
    expect(json.majorDefenseEquipment[1]).toEqual({ description: "AIM-120C-8 missiles", quantity: 900, upTo: true });
    // Only http(s) source links are published.
    expect(json.sources.map((s: { url: string | null }) => s.url)).toEqual(["https://example.com/a", null]);
  });

  it("carries the record's citation, retrieved on the day given (today in Washington by default)", () => {
    const { citation } = toApiNotification(turkey, origin, "2026-12-01");
    expect(citation.csl).toMatchObject({ id: "fms-timeline-2024-01-26-turkiye-f-16", URL: "https://fms-timeline.example/deals/2024-01-26-turkiye-f-16", number: "24-07", accessed: { "date-parts": [[2026, 12, 1]] } });
    expect(citation.text).toContain("Türkiye: F-16 Block 70 aircraft, kits and related equipment");
    expect(citation.text).toContain("Retrieved 1 December 2026, from https://fms-timeline.example/deals/2024-01-26-turkiye-f-16");
    expect(citation.bibtex).toMatch(/^@misc\{fms-timeline-2024-01-26-turkiye-f-16,\n/);
    // Not in the change log: dated by its announcement.
    expect(citation.csl.issued).toEqual({ "date-parts": [[2024, 1, 26]] });
    // In it: dated by its last change, as the deal page's citation is.
    const changed = toApiNotification({ ...turkey, lastChangedOn: "2026-11-20" }, origin, "2026-12-01").citation;
    expect(changed.csl.issued).toEqual({ "date-parts": [[2026, 11, 20]] });
    expect(changed.text).toMatch(/^FMS Timeline \(2026\)\./);
  });

  it("paginates with first, last, prev and next links that keep the filters", () => {
    const url = new URL("http://localhost:3000/api/notifications?country=TR&pageSize=1&page=2");
    const page = apiPage([turkey], 3, 2, 1, url, origin);
    expect(page.pagination).toEqual({ page: 2, pageSize: 1, total: 3, pageCount: 3 });
    expect(page.links).toEqual({
      self: "https://fms-timeline.example/api/notifications?country=TR&pageSize=1&page=2",
      first: "https://fms-timeline.example/api/notifications?country=TR&pageSize=1",
      last: "https://fms-timeline.example/api/notifications?country=TR&pageSize=1&page=3",
      prev: "https://fms-timeline.example/api/notifications?country=TR&pageSize=1",
      next: "https://fms-timeline.example/api/notifications?country=TR&pageSize=1&page=3",
    });
    const only = apiPage([], 0, 1, 50, new URL("http://x/api/notifications"), origin);
    expect(only.pagination.pageCount).toBe(1);
    expect(only.links.prev).toBeNull();
    expect(only.links.next).toBeNull();
  });
});

describe("CSV records", () => {
  it("one row per notification with exact values and ISO dates, in header order", () => {
    const row = csvRecord(turkey, origin);
    expect(row).toHaveLength(CSV_HEADER.length);
    const cell = (name: string) => row[CSV_HEADER.indexOf(name)];
    expect(cell("estimated_value_usd")).toBe(23_000_000_000n);
    expect(cell("announced_on")).toBe("2024-01-26");
    expect(cell("recipient")).toBe("Türkiye");
    // Added at the end, so every earlier column keeps its position.
    expect(CSV_HEADER.at(-1)).toBe("recipient_region");
    expect(cell("recipient_region")).toBe("EUCOM");
    expect(cell("major_defense_equipment")).toBe("40 × F-16 Block 70 aircraft; up to 900 × AIM-120C-8 missiles");
    expect(cell("principal_contractors")).toBe("Lockheed Martin (Greenville, South Carolina)");
    expect(cell("source_urls")).toBe("https://example.com/a");
    expect(cell("challenged_in_congress")).toBe(true);
    expect(cell("resolutions")).toBe("S.J.Res. 60 (118th Congress; Sen. Rand Paul (R-KY); introduced 2024-02-07): motion to discharge rejected 13-79 on 2024-02-29");
    const unchallenged = csvRecord({ ...turkey, resolutions: [] }, origin);
    expect(unchallenged[CSV_HEADER.indexOf("challenged_in_congress")]).toBe(false);
    expect(unchallenged[CSV_HEADER.indexOf("resolutions")]).toBe("");
    // The sourcing column comes after every earlier column (recipient_region, added later, follows it).
    expect(CSV_HEADER.slice(-2)).toEqual(["sourcing", "recipient_region"]);
    expect(cell("sourcing")).toBe("official-text");
    const compiled = csvRecord({ ...turkey, sources: [{ kind: "official-notice", publisher: "DSCA", title: null, url: "https://media.defense.gov/x.pdf", via: "atlas" }] }, origin);
    expect(compiled[CSV_HEADER.indexOf("sourcing")]).toBe("official-compiled");
    expect(compiled[CSV_HEADER.indexOf("official_text")]).toBe(true);
    const file = toCsv(CSV_HEADER, [row]);
    expect(file).toContain(",23000000000,");
    expect(file.split("\r\n")[0]).toBe(`\uFEFF${CSV_HEADER.join(",")}`);
  });

  it("writes a line item without a quantity as its description", () => {
    expect(lineItemText({ description: "Spare parts", quantity: null, upTo: false })).toBe("Spare parts");
  });
});
