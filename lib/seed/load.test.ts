import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadSeedData } from "./load";
import { seedProblems } from "../../tests/support/db";
import { cleanTemp, sampleSeeds } from "../../tests/support/import";

const seedsDir = path.resolve(__dirname, "../../seeds");
const CANADA = "2025-10-01-canada-m142-himars";
const NETHERLANDS = "2025-09-16-netherlands-amraam";
// Numbers and a report id that no real sale or report has (series 99 is FY2099): the tests below
// break a sample of the real seeds/ (sampleSeeds(): its vocabulary, reports and resolutions, and
// the sales named here) and must not collide with what research adds to it.
const FREE_NUMBER = "99-998";
const ABSENT_NUMBER = "99-997";
const REPORT_ID = "99-9z";
let dir: string;

beforeEach(() => {
  dir = sampleSeeds([CANADA, NETHERLANDS]);
});
afterEach(cleanTemp);

const file = (slug: string) => path.join(dir, "notifications", `${slug}.json`);
const read = (slug: string) => JSON.parse(readFileSync(file(slug), "utf8"));
const write = (slug: string, value: unknown) => writeFileSync(file(slug), typeof value === "string" ? value : JSON.stringify(value));

const problems = () => seedProblems(dir);

describe("loadSeedData", () => {
  it("accepts the project's seeds: every file in seeds/notifications, each recipient and system known", () => {
    const data = loadSeedData(seedsDir);
    expect(data.notifications).toHaveLength(readdirSync(path.join(seedsDir, "notifications")).filter((f) => f.endsWith(".json")).length);
    const slugs = data.notifications.map((n) => n.slug);
    expect(slugs).toEqual(expect.arrayContaining([CANADA, NETHERLANDS, "2025-08-28-ukraine-eram"]));
    const himars = data.systems.find((s) => s.slug === "m142-himars");
    expect(himars?.aliases).toEqual(expect.arrayContaining(["HIMARS", "M142"]));
    // The sample the other tests break passes as the whole record does, with every report and resolution.
    const sample = loadSeedData(dir);
    expect(sample.notifications.map((n) => n.slug)).toEqual(expect.arrayContaining([CANADA, NETHERLANDS]));
    expect(sample.notifications.length).toBeLessThan(data.notifications.length);
    expect([sample.reports.length, sample.resolutions.length]).toEqual([data.reports.length, data.resolutions.length]);
  });

  it.each([
    ["an impossible date", (n: Record<string, unknown>) => ({ ...n, announcedOn: "2025-02-30" }), "announcedOn", /real calendar date/],
    ["a date in another format", (n: Record<string, unknown>) => ({ ...n, announcedOn: "1 Oct 2025" }), "announcedOn", /YYYY-MM-DD/],
    ["a negative value", (n: Record<string, unknown>) => ({ ...n, estimatedValueUsd: -5 }), "estimatedValueUsd", /greater than zero/],
    ["a non-numeric value", (n: Record<string, unknown>) => ({ ...n, estimatedValueUsd: "1.75 billion" }), "estimatedValueUsd", /number/],
    ["a fractional value", (n: Record<string, unknown>) => ({ ...n, estimatedValueUsd: 1.5 }), "estimatedValueUsd", /whole number/],
    ["a missing field", (n: Record<string, unknown>) => Object.fromEntries(Object.entries(n).filter(([k]) => k !== "title")), "title", /./],
    ["an unknown field", (n: Record<string, unknown>) => ({ ...n, valeu: 1 }), "valeu", /is not a known field/],
    ["a javascript: source link", (n: { sources: object[] }) => ({ ...n, sources: [{ ...n.sources[0], url: "javascript:alert(1)" }, ...n.sources.slice(1)] }), "sources[0].url", /http\(s\)/],
    ["a 1 MB summary", (n: Record<string, unknown>) => ({ ...n, summary: "x".repeat(1_000_000) }), "summary", /file is \d+ bytes; the limit is \d+ \(field summary alone is 1000000 characters\)/],
    ["an unknown recipient", (n: Record<string, unknown>) => ({ ...n, recipient: "XX" }), "recipient", /unknown recipient "XX"/],
    ["an unknown system", (n: Record<string, unknown>) => ({ ...n, systems: ["no-such-system"] }), "systems[0]", /unknown system "no-such-system"/],
    ["a claim citing an unlisted source", (n: { claims: object[] }) => ({ ...n, claims: [{ ...n.claims[0], source: "nobody" }] }), "claims[0].source", /unknown source "nobody"/],
    ["a slug that does not match the file name", (n: Record<string, unknown>) => ({ ...n, slug: "2025-10-01-canada-something-else" }), "slug", /must match the file name/],
    ["a malformed transmittal number", (n: Record<string, unknown>) => ({ ...n, transmittalNumber: "twenty-five" }), "transmittalNumber", /is not a transmittal number/],
    ["a report's number as a sale's", (n: Record<string, unknown>) => ({ ...n, transmittalNumber: "26-1C" }), "transmittalNumber", /is not a transmittal number/],
    ["a transmittal number not in its canonical form", (n: Record<string, unknown>) => ({ ...n, transmittalNumber: "25–034" }), "transmittalNumber", /must be written "25-34"/],
    ["MDE plus other not equal to the total", (n: Record<string, unknown>) => ({ ...n, valueMdeUsd: 1_000_000_000, valueOtherUsd: 700_000_000 }), "valueMdeUsd", /must equal estimatedValueUsd \(1750000000\)/],
    ["an MDE value above the total", (n: Record<string, unknown>) => ({ ...n, valueMdeUsd: 2_000_000_000 }), "valueMdeUsd", /is more than estimatedValueUsd/],
    ["a delivered date well after the announcement", (n: Record<string, unknown>) => ({ ...n, deliveredToCongress: { on: "2025-11-01", source: "castanet" } }), "deliveredToCongress.on", /more than 5 days after announcedOn/],
    ["a Record date before the delivered date", (n: Record<string, unknown>) => ({ ...n, deliveredToCongress: { on: "2025-10-01", source: "castanet" }, congressionalRecord: { on: "2025-09-01", source: "castanet" } }), "congressionalRecord.on", /is before the date delivered to Congress/],
    ["a dated fact citing an unlisted source", (n: Record<string, unknown>) => ({ ...n, federalRegister: { on: "2026-01-05", source: "nobody" } }), "federalRegister.source", /unknown source "nobody"/],
    ["a waived review with no emergency determination", (n: Record<string, unknown>) => ({ ...n, reviewWaived: true }), "emergency", /must say who determined the emergency/],
    ["an emergency determination on a sale whose review was not waived", (n: Record<string, unknown>) => ({ ...n, emergency: { determinedBy: "Secretary of State", determinedOn: null, source: "castanet" } }), "emergency", /reviewWaived must be true/],
    ["an unknown funding source", (n: Record<string, unknown>) => ({ ...n, fundingSources: ["loans"] }), "fundingSources[0]", /./],
  ])("rejects %s, naming file, record and field", (_label, mutate, field, message) => {
    const mutated = mutate(read(CANADA)) as { slug?: unknown };
    write(CANADA, mutated);
    const found = problems();
    expect(found.length).toBeGreaterThan(0);
    const p = found.find((x) => message.test(x.message) || (field && x.field === field));
    expect(p, JSON.stringify(found)).toBeDefined();
    expect(p!.file).toContain(`${CANADA}.json`);
    // The record is named by the slug it declares (the file name, if it declares none).
    if (!/bytes/.test(p!.message)) expect(p!.record).toBe(typeof mutated.slug === "string" ? mutated.slug : CANADA);
    if (field) expect(p!.field).toBe(field);
    expect(p!.message).toMatch(message);
  });

  it("rejects malformed JSON with the file named", () => {
    write(CANADA, '{ "slug": "2025-10-01-canada-m142-himars", ');
    const [p] = problems();
    expect(p).toMatchObject({ file: expect.stringContaining(`${CANADA}.json`), message: expect.stringMatching(/not valid JSON/) });
  });

  it("rejects a second file with the same transmittal number, naming both", () => {
    // A number no real sale has (FY2099), so the only two files that carry it are these.
    write(CANADA, { ...read(CANADA), transmittalNumber: FREE_NUMBER });
    const other = read(NETHERLANDS);
    write(NETHERLANDS, { ...other, transmittalNumber: FREE_NUMBER });
    const found = problems();
    expect(found.filter((p) => p.field === "transmittalNumber")).toHaveLength(1);
    const p = found.find((x) => x.field === "transmittalNumber")!;
    // Whichever file is read second is named, with the first one in its message.
    const pair = [`${CANADA}.json`, `${NETHERLANDS}.json`];
    const [second, first] = p.file.endsWith(pair[0]!) ? pair : [...pair].reverse();
    expect(p.file).toContain(second);
    expect(p.message).toContain(`repeats transmittal ${FREE_NUMBER} of `);
    expect(p.message).toContain(first);
    // No other problem: the sample of the real record is otherwise valid.
    expect(found).toHaveLength(1);
  });

  describe("reports on earlier sales", () => {
    const report = (sale: { transmittalNumber: string | null; slug: string | null }) => ({
      id: REPORT_ID,
      kind: "enhancement-or-upgrade",
      transmittalNumber: REPORT_ID.toUpperCase(),
      sale,
      deliveredToCongress: null,
      congressionalRecord: { on: "2026-05-20", source: "record" },
      federalRegister: null,
      title: "Enhancement of the sale's technology",
      description: "What changed, in the record's words.",
      valueBeforeUsd: null,
      valueAfterUsd: null,
      notes: null,
      sources: [{ id: "record", kind: "congressional-record", publisher: "Congressional Record", title: null, url: "https://www.congress.gov/", publishedOn: "2026-05-20", document: null, supports: null, reportedValue: null }],
    });
    const writeReport = (value: object) => {
      mkdirSync(path.join(dir, "reports"), { recursive: true });
      writeFileSync(path.join(dir, "reports", `${REPORT_ID}.json`), JSON.stringify(value));
    };

    // The real reports in seeds/reports/ load beside the test's own; the assertions are on the test's.
    const own = () => loadSeedData(dir).reports.filter((r) => r.id === REPORT_ID);

    it("attach to the sale they name by transmittal number", () => {
      write(CANADA, { ...read(CANADA), transmittalNumber: FREE_NUMBER });
      writeReport(report({ transmittalNumber: FREE_NUMBER, slug: null }));
      expect(own()).toEqual([expect.objectContaining({ id: REPORT_ID, transmittalNumber: REPORT_ID.toUpperCase(), saleSlug: CANADA })]);
    });

    it("attach to the sale they name by slug when the record has no number for it", () => {
      write(CANADA, { ...read(CANADA), transmittalNumber: null });
      writeReport(report({ transmittalNumber: null, slug: CANADA }));
      expect(own().map((r) => r.saleSlug)).toEqual([CANADA]);
    });

    it("load with the real reports of seeds/reports/ unchanged beside them", () => {
      const real = loadSeedData(seedsDir).reports;
      writeReport(report({ transmittalNumber: null, slug: CANADA }));
      const loaded = loadSeedData(dir).reports;
      expect(loaded.filter((r) => r.id !== REPORT_ID)).toEqual(real);
      expect(loaded.map((r) => r.id)).toContain(REPORT_ID);
    });

    it.each([
      ["names no sale", { transmittalNumber: null, slug: null }, "sale", /names no earlier sale/],
      ["names a transmittal the record lacks", { transmittalNumber: ABSENT_NUMBER, slug: null }, "sale.transmittalNumber", new RegExp(`names transmittal ${ABSENT_NUMBER}, which no notification in the record carries`)],
      ["names a slug the record lacks", { transmittalNumber: null, slug: "2099-12-31-germany-patriot" }, "sale.slug", /is not in the record/],
    ])("are refused when the report %s, naming file, record and field", (_label, sale, field, message) => {
      writeReport(report(sale));
      const p = problems().find((x) => x.field === field);
      expect(p).toMatchObject({ file: expect.stringContaining(`reports/${REPORT_ID}.json`), record: REPORT_ID, message: expect.stringMatching(message) });
    });
  });

  it("rejects a duplicate slug in a second file", () => {
    writeFileSync(path.join(dir, "notifications", "zz-copy.json"), JSON.stringify(read(CANADA)));
    const found = problems();
    expect(found.some((p) => p.file.endsWith("zz-copy.json") && p.field === "slug")).toBe(true);
  });

  it("rejects a system alias that already names another system", () => {
    const systemsFile = path.join(dir, "systems.json");
    const systems = JSON.parse(readFileSync(systemsFile, "utf8"));
    const amraam = systems.systems.find((s: { slug: string }) => s.slug === "amraam");
    amraam.aliases.push("HIMARS");
    writeFileSync(systemsFile, JSON.stringify(systems));
    const found = problems();
    expect(found.some((p) => p.file.endsWith("systems.json") && p.record === "amraam" && /already names system "m142-himars"/.test(p.message))).toBe(true);
  });

  it("reports every problem at once, not just the first", () => {
    write(CANADA, { ...read(CANADA), announcedOn: "2025-13-01", estimatedValueUsd: 0 });
    const fields = problems().map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(["announcedOn", "estimatedValueUsd"]));
  });
});
