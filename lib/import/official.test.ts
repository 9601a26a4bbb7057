import { describe, expect, it } from "vitest";
import { classify, readOfficialDocument, readTransmittal } from "./official";
import { fixtureText } from "../../tests/support/import";

/**
 * The project's own fixtures (tests/fixtures/releases) carry real facts in each official layout;
 * the constructed texts below exercise paragraphs those fixtures do not hold (their values are
 * illustrative and only ever read here, never written into seeds/).
 */

const body = (text: string) => text.replace(/^[\s\S]*?\n---\n/, "");

describe("what a document is, decided before extracting", () => {
  it.each([
    ["2024-11-14-greece-f-16-engine-follow-on-support.txt", "press-release"],
    ["1998-02-11-italy-stinger-dod-memo.txt", "press-release"],
    ["2025-07-17-cr-gpo-lebanon-25-38.txt", "congressional-record"],
    ["2026-01-15-cr-mirror-peru-25-37.txt", "congressional-record"],
    ["2026-05-20-cr-state-letter-26-1c.txt", "congressional-record"],
    ["2024-09-10-cr-gpo-24-0j-cost-increase.txt", "congressional-record"],
    ["2024-05-24-fr-gpo-tecro-22-22.txt", "federal-register"],
  ])("%s is a %s", (name, kind) => {
    expect(classify(body(fixtureText(name)))).toBe(kind);
  });

  it("a text about something else is not a notice; a commercial licence notice is not a sale", () => {
    expect(classify("Minutes of the parish council. The roof will be repaired in spring.")).toBe("unknown");
    expect(classify("Federal Register. AGENCY: Department of State. ACTION: Notice. Notifications to the Congress of Proposed Commercial Export Licenses under Section 36(c).")).toBe("commercial-licence");
  });
});

describe("transmittal numbers as printed", () => {
  it("reads sales, reports and the 2023 reversed report form", () => {
    expect(readTransmittal("25–103")).toEqual({ number: "25-103", report: false });
    expect(readTransmittal("26-013")).toEqual({ number: "26-13", report: false });
    expect(readTransmittal("24-0J")).toEqual({ number: "24-0J", report: true });
    expect(readTransmittal("0G-23")).toEqual({ number: "23-0G", report: true });
    expect(readTransmittal("banana")).toBeNull();
  });
});

describe("the Congressional Record", () => {
  it("GPO's hard-wrapped printing: letters to the chair and to the Speaker are one sale", () => {
    const doc = readOfficialDocument(body(fixtureText("2025-07-17-cr-gpo-lebanon-25-38.txt")), "congressional-record", null);
    expect(doc.printedOn).toBe("2025-07-17");
    expect(doc.notices).toHaveLength(1);
    expect(doc.notices[0]).toMatchObject({ kind: "sale", transmittalNumber: "25-38", recipient: "Government of Lebanon", estimatedValueUsd: 100_000_000, implementingAgency: "Air Force", deliveredOn: null });
  });

  it("a mirror that collapses whitespace and drops lines: what is left is read, nothing is invented", () => {
    const doc = readOfficialDocument(body(fixtureText("2026-01-15-cr-mirror-peru-25-37.txt")), "congressional-record", "https://j.futurefacts.votesmart.io/public-statement/1699131/arms-sales-notification");
    expect(doc.printedOn).toBe("2026-01-15");
    expect(doc.notices).toHaveLength(1);
    expect(doc.notices[0]).toMatchObject({ transmittalNumber: "25-37", recipient: "Government of Peru", estimatedValueUsd: 1_500_000_000, valueMdeUsd: null, valueOtherUsd: null, implementingAgency: "Army", caseDesignator: null, deliveredOn: "2026-01-15", conflicts: [] });
  });

  it("a §36(b)(5)(C) report (State Department letter, 2026) names the earlier sale, its date and agency", () => {
    const doc = readOfficialDocument(body(fixtureText("2026-05-20-cr-state-letter-26-1c.txt")), "congressional-record", null);
    expect(doc.printedOn).toBe("2026-05-20");
    expect(doc.notices).toHaveLength(1);
    expect(doc.notices[0]).toMatchObject({ kind: "report", reportKind: "enhancement-or-upgrade", transmittalNumber: "26-1C", saleNamed: { transmittalNumber: "23-26", on: "2023-05-11" }, recipient: "Government of Germany", implementingAgency: "Army", fundingSources: ["national-funds"] });
  });

  it("a cost-increase letter is a report on the sale it names", () => {
    const doc = readOfficialDocument(body(fixtureText("2024-09-10-cr-gpo-24-0j-cost-increase.txt")), "congressional-record", null);
    expect(doc.notices).toEqual([expect.objectContaining({ kind: "report", reportKind: "cost-increase", transmittalNumber: "24-0J", saleNamed: { transmittalNumber: "20-76", on: "2020-09-24" } })]);
  });

  const constructed = (total: string, letterValue = "$1.2 billion") => `ARMS SALES NOTIFICATION
Dear Mr. Speaker: Pursuant to the reporting requirements of Section 36(b)(1) of the Arms Export Control Act, as amended, we are forwarding herewith Transmittal No. 26-013, concerning the Department of the Navy's proposed Letter(s) of Offer and Acceptance to the Kingdom of Norway for defense articles and services estimated to cost ${letterValue}.
Dear Mr. Chairman: Pursuant to the reporting requirements of Section 36(b)(1) of the Arms Export Control Act, as amended, we are forwarding herewith Transmittal No. 26-013, concerning the Department of the Navy's proposed Letter(s) of Offer and Acceptance to the Kingdom of Norway for defense articles and services estimated to cost ${letterValue}.
Transmittal No. 26-013
Notice of Proposed Issuance of Letter of Offer Pursuant to Section 36(b)(1) of the Arms Export Control Act, as amended
    (i) Prospective Purchaser: Kingdom of Norway
    (ii) Total Estimated Value:
Major Defense Equipment*................  $900 million
Other...................................  $300 million
    Total...............................  ${total}
Funding Source: National Funds
    (iii) Description and Quantity or Quantities of Articles or Services under Consideration for Purchase:
Major Defense Equipment (MDE):
    Sixty (60) Naval Strike Missiles
    Up to twelve (12) MK 41 launchers
Non-MDE:
    Also included are spare parts; training; and other related elements of logistics support.
    (iv) Military Department: Navy (NO-P-AAA)
    (v) Prior Related Cases, if any: NO-P-AAB
    (vi) Sales Commission, Fee, etc., Paid, Offered, or Agreed to be Paid: None
    (vii) Sensitivity of Technology: See Attached Annex.
    (viii) Date Report Delivered to Congress: March 3, 2026
POLICY JUSTIFICATION
Norway – Naval Strike Missiles
The Government of Norway has requested to buy sixty (60) Naval Strike Missiles. The principal contractor will be Raytheon, located in Tucson, AZ.`;

  it("(constructed) every paragraph: MDE / other / total, funding, MDE lines with 'up to', agency with designator, prior cases, delivered date, justification", () => {
    const doc = readOfficialDocument(constructed("$1.2 billion"), "congressional-record", null);
    expect(doc.notices).toHaveLength(1);
    expect(doc.notices[0]).toMatchObject({
      transmittalNumber: "26-13",
      recipient: "Kingdom of Norway",
      valueMdeUsd: 900_000_000,
      valueOtherUsd: 300_000_000,
      estimatedValueUsd: 1_200_000_000,
      fundingSources: ["national-funds"],
      majorDefenseEquipment: [
        { description: "Naval Strike Missiles", quantity: 60, upTo: false },
        { description: "MK 41 launchers", quantity: 12, upTo: true },
      ],
      otherItems: ["spare parts", "training", "other related elements of logistics support"],
      implementingAgency: "Navy",
      caseDesignator: "NO-P-AAA",
      priorRelatedCases: "NO-P-AAB",
      deliveredOn: "2026-03-03",
      headline: "Naval Strike Missiles",
      principalContractors: [{ name: "Raytheon", location: "Tucson, AZ" }],
      conflicts: [],
    });
  });

  it("(constructed) two values for one transmittal are a conflict, named", () => {
    const doc = readOfficialDocument(constructed("$1.2 billion", "$1.5 billion"), "congressional-record", null);
    expect(doc.notices[0]!.conflicts.join(" ")).toMatch(/value is printed as 1200000000 and, in a cover letter, as 1500000000/);
    const sums = readOfficialDocument(constructed("$1.3 billion", "$1.3 billion"), "congressional-record", null);
    expect(sums.notices[0]!.conflicts.join(" ")).toMatch(/do not add up/);
  });
});

describe("the Federal Register", () => {
  it("GPO's layout: publication date, document number, TECRO, $0 MDE, no MDE lines, funding", () => {
    const doc = readOfficialDocument(body(fixtureText("2024-05-24-fr-gpo-tecro-22-22.txt")), "federal-register", null);
    expect(doc).toMatchObject({ printedOn: "2024-05-24", frDocument: "2024-11526", correction: false });
    expect(doc.notices).toEqual([
      expect.objectContaining({
        transmittalNumber: "22-22",
        recipient: "Taipei Economic and Cultural Representative Office in the United States (TECRO)",
        valueMdeUsd: 0,
        valueOtherUsd: 120_000_000,
        estimatedValueUsd: 120_000_000,
        fundingSources: ["national-funds"],
        majorDefenseEquipment: [],
        otherItems: ["Spare and repair parts for ships and ship systems", "logistics technical assistance", "U.S. Government and contractor representative technical support"],
      }),
    ]);
  });

  it("(constructed) a correction becomes a correction report on the sale in its header", () => {
    const text = `[Federal Register Volume 90, Number 10 (Thursday, January 16, 2025)]\n[FR Doc No: 2025-00001]\n[Transmittal No. 24-114]\nArms Sales Notification; Correction\nAGENCY: Defense Security Cooperation Agency, Department of Defense (DoD).\nACTION: Arms sales notice; correction.\nSUMMARY: The DoD is correcting a notice that was published on December 2, 2024.`;
    const doc = readOfficialDocument(text, "federal-register", null);
    expect(doc.correction).toBe(true);
    expect(doc.notices).toEqual([expect.objectContaining({ kind: "report", reportKind: "correction", saleNamed: { transmittalNumber: "24-114", on: null } })]);
  });
});
