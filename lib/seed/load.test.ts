import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadSeedData, SeedValidationError, type SeedProblem } from "./load";

const seedsDir = path.resolve(__dirname, "../../seeds");
const CANADA = "2025-10-01-canada-m142-himars";
let dir: string;

beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), "fms-load-")), "seeds");
  cpSync(seedsDir, dir, { recursive: true });
});
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

const file = (slug: string) => path.join(dir, "notifications", `${slug}.json`);
const read = (slug: string) => JSON.parse(readFileSync(file(slug), "utf8"));
const write = (slug: string, value: unknown) => writeFileSync(file(slug), typeof value === "string" ? value : JSON.stringify(value));

function problems(): SeedProblem[] {
  try {
    loadSeedData(dir);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  throw new Error("expected the seed data to be rejected");
}

describe("loadSeedData", () => {
  it("accepts the project's seeds: one notification per file, each recipient and system known", () => {
    const data = loadSeedData(seedsDir);
    expect(data.notifications).toHaveLength(readdirSync(path.join(seedsDir, "notifications")).filter((f) => f.endsWith(".json")).length);
    const slugs = data.notifications.map((n) => n.slug);
    expect(slugs).toEqual(expect.arrayContaining([CANADA, "2025-09-16-netherlands-amraam", "2025-08-28-ukraine-eram"]));
    const himars = data.systems.find((s) => s.slug === "m142-himars");
    expect(himars?.aliases).toEqual(expect.arrayContaining(["HIMARS", "M142"]));
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
