import { describe, expect, it } from "vitest";
import { describeFieldChange, type ChangeLog } from "@/lib/domain";
import { checkChangeLog, diffRecords, project } from "./changes";

const record = (slug: string, over: Record<string, unknown> = {}) => ({
  slug,
  title: "AIM-9X Sidewinder missiles",
  summary: "Missiles for Canada.",
  recipient: "CA",
  systems: ["aim-9x"],
  announcedOn: "2024-08-16",
  dateApproximate: false,
  estimatedValueUsd: 264600000,
  transmittalNumber: null,
  deliveredToCongress: null,
  majorDefenseEquipment: [{ description: "AIM-9X missiles", quantity: 168, upTo: false }],
  notes: "A long note.",
  sources: [{ id: "anews", kind: "news-report", publisher: "A News", title: "Canada missiles", url: "https://example.com/a", supports: "$264.6 million", reportedValue: null }],
  claims: [],
  ...over,
});

const official = { id: "dsca-24-87", kind: "official-notice", publisher: "Defense Security Cooperation Agency", title: "Canada 24-87", url: "https://example.com/24-87.pdf", supports: "Transmittal 24-87, $265 million", reportedValue: { amount: 265000000 }, via: "atlas" };
const remembered = (...records: ReturnType<typeof record>[]) => new Map(records.map((r) => [r.slug, project(r)]));
const now = (...records: Record<string, unknown>[]) => new Map(records.map((r) => [String(r.slug), r]));

describe("diffRecords", () => {
  it("lists records added and removed by slug", () => {
    const r = diffRecords("2026-12-06", remembered(record("a-1", { recipient: "NL" })), now(record("b-2")));
    expect(r).toEqual({ date: "2026-12-06", added: ["b-2"], changed: [], renamed: [], removed: ["a-1"] });
  });

  it("says each changed field with its value before and after, and the source that supports the new value", () => {
    const after = record("x", { estimatedValueUsd: 265000000, transmittalNumber: "24-87", sources: [...record("x").sources, official] });
    const { changed } = diffRecords("2026-12-06", remembered(record("x")), now(after));
    expect(changed).toHaveLength(1);
    const fields = changed[0]!.fields;
    const value = fields.find((f) => f.field === "estimatedValueUsd")!;
    expect(value).toMatchObject({ before: 264600000, after: 265000000, source: { id: "dsca-24-87", via: "atlas" } });
    expect(describeFieldChange(value)).toBe("value corrected from $264,600,000 to $265,000,000");
    const number = fields.find((f) => f.field === "transmittalNumber")!;
    expect(number).toMatchObject({ before: null, after: "24-87", source: { id: "dsca-24-87" } });
    expect(describeFieldChange(number)).toBe("transmittal number 24-87 added");
    expect(fields.find((f) => f.field === "sources")).toEqual({ field: "sources", added: ["Defense Security Cooperation Agency"] });
    expect(fields.map((f) => f.field)).toEqual(["estimatedValueUsd", "transmittalNumber", "sources"]);
  });

  it("records a long text and a list as changed, without their text", () => {
    const after = record("x", { notes: "A different, longer note.", majorDefenseEquipment: [{ description: "a", quantity: 1, upTo: false }, { description: "b", quantity: 2, upTo: false }] });
    const fields = diffRecords("2026-12-06", remembered(record("x")), now(after)).changed[0]!.fields;
    expect(fields).toEqual([{ field: "majorDefenseEquipment", before: 1, after: 2 }, { field: "notes" }]);
    expect(JSON.stringify(fields)).not.toContain("longer note");
    expect(describeFieldChange(fields[1]!)).toBe("notes changed");
  });

  it("ignores key order, in the record and inside its lists", () => {
    const shuffled: Record<string, unknown> = Object.fromEntries(Object.entries(record("x")).reverse());
    shuffled.sources = [Object.fromEntries(Object.entries(record("x").sources[0]!).reverse())];
    expect(diffRecords("2026-12-06", remembered(record("x")), now(shuffled)).changed).toEqual([]);
  });

  it("finds a rename: a record removed and one added with the same recipient and title, and says what else changed", () => {
    const r = diffRecords("2026-12-06", remembered(record("2024-08-16-canada-aim-9x")), now(record("2024-08-15-canada-aim-9x", { announcedOn: "2024-08-15" })));
    expect(r.renamed).toEqual([{ from: "2024-08-16-canada-aim-9x", to: "2024-08-15-canada-aim-9x" }]);
    expect(r.added).toEqual([]);
    expect(r.removed).toEqual([]);
    expect(r.changed).toEqual([{ slug: "2024-08-15-canada-aim-9x", fields: [{ field: "announcedOn", before: "2024-08-16", after: "2024-08-15" }] }]);
  });

  it("takes a rename it is told of even when the records look unalike", () => {
    const r = diffRecords("2026-12-06", remembered(record("old")), now(record("new", { title: "Another title", recipient: "NL" })), [{ from: "old", to: "new" }]);
    expect(r.renamed).toEqual([{ from: "old", to: "new" }]);
    expect(r.changed[0]!.fields.map((f) => f.field)).toEqual(["title", "recipient"]);
  });

  it("treats a field an older file lacks as empty, so a new empty field is no change", () => {
    const old = record("x") as Record<string, unknown>;
    delete old.transmittalNumber;
    delete old.claims;
    expect(diffRecords("2026-12-06", new Map([["x", project(old)]]), now(record("x"))).changed).toEqual([]);
  });
});

describe("checkChangeLog", () => {
  const release = (date: string, over: Partial<ChangeLog["releases"][number]> = {}) => ({ date, added: [], changed: [], renamed: [], removed: [], ...over });

  it("accepts a log whose releases follow each other and the record", () => {
    const log = { releases: [release("2026-11-22", { added: ["a", "b"] }), release("2026-12-06", { renamed: [{ from: "a", to: "c" }], changed: [{ slug: "c", fields: [{ field: "notes" }] }], removed: ["b"] })] };
    expect(checkChangeLog(log, new Set(["c"]))).toEqual([]);
  });

  it("names the release and field of each problem", () => {
    const log = { releases: [release("2026-12-06", { added: ["a"] }), release("2026-11-22", { changed: [{ slug: "zzz", fields: [{ field: "notes" }] }], removed: ["a"] })] };
    expect(checkChangeLog(log, new Set())).toEqual([
      { release: "release 2026-11-22 (releases[1])", field: "date", message: expect.stringContaining("before the release above it") },
      { release: "release 2026-11-22 (releases[1])", field: "changed[0].slug", message: expect.stringContaining('changes "zzz", which the record does not hold') },
    ]);
  });

  it("refuses a log that leaves in the record a slug with no file", () => {
    const problems = checkChangeLog({ releases: [release("2026-11-22", { added: ["gone"] })] }, new Set());
    expect(problems).toEqual([{ release: null, field: null, message: expect.stringContaining('"gone"') }]);
  });
});
