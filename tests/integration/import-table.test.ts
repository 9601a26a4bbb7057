import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { NotificationSeed, RecipientSeed } from "@/lib/seed";
import { cleanTemp, minimalSeeds, readJson, root, runImport, snapshot, tempDir } from "../support/import";

/**
 * `npm run import -- --table FILE`: the real command on a table written for the tests
 * (tests/fixtures/tables/) over the minimal record (Canada's HIMARS and the Netherlands' AMRAAM,
 * neither with a transmittal number), with the table's own corrections.
 */

const tables = path.join(root, "tests/fixtures/tables");
const SAMPLE = path.join(tables, "archive-sample.jsonl");
const CORRECTIONS = path.join(tables, "archive-sample.corrections.json");
const CANADA = "notifications/2025-04-01-canada-m142-himars.json";
const NETHERLANDS = "notifications/2025-05-01-netherlands-amraam.json";

afterAll(cleanTemp);

const record = (seeds: string, rel: string) => readJson<NotificationSeed>(path.join(seeds, rel));
const importTable = (table: string, seeds: string, ...more: string[]) => runImport(["--table", table, "--corrections", CORRECTIONS, "--seeds", seeds, ...more]);
/** The output line of a row: "FILE:LINE (label): status …". */
const rowLine = (stdout: string, line: number) => stdout.split("\n").find((l) => new RegExp(`\\.(?:jsonl|csv):${line} \\(`).test(l)) ?? "";

describe("a table of releases into the record", () => {
  const seeds = minimalSeeds();
  const before = { canada: record(seeds, CANADA), netherlands: record(seeds, NETHERLANDS) };
  const first = importTable(SAMPLE, seeds);

  it("prints each row as written, merged or kept out, then the totals, and passes the seed check", () => {
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(rowLine(first.stdout, 1)).toMatch(/merged into seeds\/notifications\/2025-04-01-canada-m142-himars\.json \(found by recipient, value and date\)/);
    expect(rowLine(first.stdout, 2)).toMatch(/merged into seeds\/notifications\/2025-05-01-netherlands-amraam\.json/);
    expect(rowLine(first.stdout, 3)).toMatch(/written seeds\/notifications\/2024-04-24-poland-/);
    expect(rowLine(first.stdout, 4)).toMatch(/kept out$/);
    expect(first.stdout).toMatch(/23-0R is a letter-coded report/);
    expect(first.stdout).toMatch(/\n8 rows: 5 written, 2 merged, 0 unchanged, 0 refused, 1 kept out; 2 disagreements with the record, kept in its notes\./);
    expect(first.stdout).toMatch(/Seed check OK \(7 notifications\)/);
    // A principal contractor no contractor of seeds/contractors.json lists becomes one of its own, to review, so the seed still links every name.
    expect(first.stdout).toMatch(/added to seeds\/contractors\.json: Lockheed Martin Javelin Joint Venture \(slug lockheed-martin-javelin-joint-venture\), a contractor of its own: REVIEW it/);
    const contractors = readJson<{ contractors: { slug: string; names: string[] }[] }>(path.join(seeds, "contractors.json")).contractors;
    expect(contractors.find((c) => c.slug === "lockheed-martin-javelin-joint-venture")?.names).toEqual(["Lockheed Martin Javelin Joint Venture"]);
    // recipients.json keeps its regions when the import adds a recipient.
    expect(readJson<{ regions: unknown[] }>(path.join(seeds, "recipients.json")).regions.length).toBeGreaterThan(0);
  });

  it("merges by recipient, value and date: the record keeps every fact and source and gains the number and the release, as compiled", () => {
    const canada = record(seeds, CANADA);
    expect(canada.slug).toBe(before.canada.slug);
    expect(canada.transmittalNumber).toBe("99-34");
    // Every source it had is still there, first, unchanged.
    expect(canada.sources.slice(0, before.canada.sources.length)).toEqual(before.canada.sources);
    const release = canada.sources.find((s) => s.url === "https://media.defense.gov/fixture/CANADA_99-34.PDF")!;
    expect(release).toMatchObject({ kind: "official-notice", publisher: "Defense Security Cooperation Agency", via: "atlas" });
    // Facts it had are kept (its contractor, its one MDE line), none overwritten.
    expect(canada.principalContractors).toEqual(before.canada.principalContractors);
    expect(canada.majorDefenseEquipment).toEqual(before.canada.majorDefenseEquipment);
    expect(canada.estimatedValueUsd).toBe(before.canada.estimatedValueUsd);
    // The confirming correction's evidence is a source of the record.
    expect(canada.sources.map((s) => s.url)).toContain("https://news.example/canada-himars-1-april");
  });

  it("keeps both figures where the table and the record disagree, each with its source, and overwrites nothing", () => {
    const nl = record(seeds, NETHERLANDS);
    expect(nl.estimatedValueUsd).toBe(before.netherlands.estimatedValueUsd);
    expect(nl.announcedOn).toBe(before.netherlands.announcedOn);
    expect(nl.notes).toContain(before.netherlands.notes!);
    expect(nl.notes).toMatch(/gives the estimated value as \$100\.4 million \(100400000\); the record has \$100 million \(100000000\)/);
    expect(nl.notes).toMatch(/gives the date as 2 May 2025; the record has 1 May 2025/);
    const release = nl.sources.find((s) => s.via === "atlas")!;
    expect(release.reportedValue).toEqual({ amount: 100_400_000, currency: "USD", text: "$100.4 million (as compiled)" });
    expect(first.stdout).toMatch(/DISAGREES the estimated value: the record has \$100 million/);
  });

  it("writes a new sale with its items, MDE lines, contractors, recipient and source, as compiled", () => {
    const poland = readJson<NotificationSeed>(path.join(seeds, "notifications/2024-04-24-poland-advanced-anti-radiation-guided-missiles-extended-range.json"));
    expect(poland).toMatchObject({
      title: "Advanced Anti-Radiation Guided Missiles - Extended Range",
      recipient: "PL",
      announcedOn: "2024-04-24",
      dateApproximate: false,
      estimatedValueUsd: 1_275_000_000,
      transmittalNumber: "99-37",
      principalContractors: [{ name: "Northrop Grumman Systems", location: "Falls Church, Virginia" }],
      confidence: "standard",
    });
    expect(poland.majorDefenseEquipment).toEqual([
      { description: "AGM-88G Advanced Anti-Radiation Guided Missiles-Extended Range (AARGM-ER) all up rounds", quantity: 360, upTo: false },
      { description: "AGM-88G guidance sections (spares)", quantity: 8, upTo: false },
    ]);
    expect(poland.otherItems).toEqual(["Dummy air training missiles", "Missile containers", "Spare parts", "Other related elements of logistics and program support"]);
    expect(poland.summary).toMatch(/^360 AGM-88G .* and 8 AGM-88G guidance sections \(spares\); Northrop Grumman Systems\.$/);
    expect(poland.sources).toEqual([expect.objectContaining({ kind: "official-notice", via: "atlas", url: "https://media.defense.gov/fixture/POLAND_99-37.PDF", publishedOn: "2024-04-24" })]);
    const recipients = readJson<{ recipients: RecipientSeed[] }>(path.join(seeds, "recipients.json")).recipients;
    expect(recipients.find((r) => r.code === "PL")).toMatchObject({ name: "Poland", kind: "country", nato: true });
  });

  it("applies each kind of correction: fix, approximate-date, note; a first-of-month date no correction settles is approximate", () => {
    const iraq = record(seeds, "notifications/2014-10-20-iraq-m1a1-abrams-tank-ammunition.json");
    expect(iraq.title).toBe("M1A1 Abrams Tank Ammunition");
    expect(iraq.principalContractors).toEqual([]);
    expect(iraq.summary).toMatch(/from U\.S\. stock\.$/);
    expect(iraq.notes).toMatch(/comes from U\.S\. Government stock/);
    const uk = record(seeds, "notifications/2017-01-01-united-kingdom-c-17.json");
    expect(uk.dateApproximate).toBe(true);
    expect(uk.notes).toMatch(/only the month is known \(No source gives the day\)/);
    expect(uk.sources[0]!.publishedOn).toBeNull();
    const oman = record(seeds, "notifications/2012-11-01-oman-javelin-missiles.json");
    expect(oman.dateApproximate).toBe(true);
    const kuwait = record(seeds, "notifications/2026-03-06-kuwait-patriot-air-defense-system.json");
    expect(kuwait.transmittalNumber).toBeNull();
    expect(kuwait.notes).toContain("No transmittal number was found for this release.");
    expect(kuwait.sources[0]).toMatchObject({ publisher: "U.S. Department of State", kind: "official-notice", via: "atlas" });
  });

  it("a second run writes nothing", () => {
    const after = snapshot(seeds);
    const second = importTable(SAMPLE, seeds);
    expect(second.code, second.stdout).toBe(0);
    expect(second.stdout).toMatch(/\n8 rows: 0 written, 0 merged, 7 unchanged, 0 refused, 1 kept out\./);
    expect(second.stdout).toMatch(/Nothing to write: the record already holds every row\./);
    expect(snapshot(seeds)).toEqual(after);
  });

  it("a later row with a number the record holds merges by the number, and fills the Federal Register day from its address", () => {
    const later = path.join(tempDir(), "later.jsonl");
    writeFileSync(
      later,
      `${JSON.stringify({ date: "2025-06-20", transmittal: "99-34", country: "Canada", system: "M142 HIMARS", costUSD: 200_000_000, contractor: null, contractorLocation: null, sourceUrl: "https://www.federalregister.gov/documents/2025/07/01/2025-99999/arms-sales-notification", addedAt: null })}\n`,
    );
    const run = importTable(later, seeds);
    expect(run.code, run.stdout).toBe(0);
    expect(rowLine(run.stdout, 1)).toMatch(/merged into seeds\/notifications\/2025-04-01-canada-m142-himars\.json \(found by transmittal\)/);
    const canada = record(seeds, CANADA);
    expect(canada.sources.at(-1)).toMatchObject({ id: "fr-2025-99999", kind: "federal-register", publisher: "Federal Register", via: "atlas", publishedOn: "2025-07-01" });
    expect(canada.federalRegister).toEqual({ on: "2025-07-01", source: "fr-2025-99999" });
    expect(canada.announcedOn).toBe("2025-04-01");
  });
});

describe("bad rows", () => {
  const BAD = path.join(tables, "bad-rows.jsonl");

  it("are refused, each naming its line and field, and nothing is written", () => {
    const seeds = minimalSeeds();
    const before = snapshot(seeds);
    const run = importTable(BAD, seeds);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/line 2, field date: "2012-13-01" is not a real date written YYYY-MM-DD/);
    expect(run.stdout).toMatch(/line 3, field transmittal: "12\/64" is not a transmittal number/);
    expect(run.stdout).toMatch(/line 4, field costUSD: 96000000\.5 is not a whole number of dollars/);
    expect(run.stdout).toMatch(/line 5, field costUSD: "\$96 million" is not a whole number of dollars/);
    expect(run.stdout).toMatch(/line 6, field transmittal: 99-70 is also the number of line 7/);
    expect(run.stdout).toMatch(/line 7, field transmittal: 99-70 is also the number of line 6/);
    expect(run.stdout).toMatch(/line 9, \(row\): repeats line 8 exactly/);
    expect(run.stdout).toMatch(/\n9 rows: 2 written, 0 merged, 0 unchanged, 7 refused, 0 kept out\./);
    expect(run.stdout).toMatch(/Nothing was written: 7 rows were refused/);
    expect(snapshot(seeds)).toEqual(before);
  });

  it("with --partial, only the clean rows are written", () => {
    const seeds = minimalSeeds();
    const run = importTable(BAD, seeds, "--partial");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/--partial: the 7 refused rows were left out/);
    const after = snapshot(seeds);
    const written = [...after.keys()].filter((f) => f.startsWith("notifications/")).sort();
    expect(written).toEqual(["notifications/2024-04-24-poland-advanced-anti-radiation-guided-missiles-extended-range.json", CANADA, NETHERLANDS, "notifications/2026-03-06-kuwait-patriot-air-defense-system.json"].sort());
    // A recipient only refused rows named (Oman, Iraq) is not added.
    const codes = readJson<{ recipients: RecipientSeed[] }>(path.join(seeds, "recipients.json")).recipients.map((r) => r.code);
    expect(codes).toEqual(["CA", "NL", "PL", "KW"]);
  });

  it("--dry-run writes nothing", () => {
    const seeds = minimalSeeds();
    const before = snapshot(seeds);
    const run = importTable(SAMPLE, seeds, "--dry-run");
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/Dry run: nothing was written \(\d+ files would change\)/);
    expect(snapshot(seeds)).toEqual(before);
  });
});

describe("the table's form", () => {
  it("a CSV with a header reads as the same rows", () => {
    const jsonl = minimalSeeds();
    const csv = minimalSeeds();
    expect(importTable(SAMPLE, jsonl).code).toBe(0);
    const run = importTable(path.join(tables, "archive-sample.csv"), csv);
    expect(run.code, run.stdout).toBe(0);
    expect(snapshot(csv)).toEqual(snapshot(jsonl));
  });

  it("an unknown column refuses the whole table, naming it", () => {
    const seeds = minimalSeeds();
    const before = snapshot(seeds);
    const run = importTable(path.join(tables, "unknown-column.csv"), seeds);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/unknown-column\.csv: header: unknown column "valueUSD"; a table has the columns date, transmittal, country, system, costUSD/);
    expect(snapshot(seeds)).toEqual(before);
  });

  it("a correction naming a field the import does not know refuses the run", () => {
    const seeds = minimalSeeds();
    const broken = path.join(tempDir(), "corrections.json");
    cpSync(CORRECTIONS, broken);
    const corrections = readJson<{ corrections: Record<string, unknown>[] }>(broken);
    corrections.corrections[0]!.set = { valueUSD: 1 };
    writeFileSync(broken, JSON.stringify(corrections));
    const run = runImport(["--table", SAMPLE, "--corrections", broken, "--seeds", seeds]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/corrections\.json: corrections\[0\]\.set: Unrecognized key: "valueUSD"/);
  });
});
