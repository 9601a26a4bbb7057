import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanTemp, fixturesDir, runImport, snapshot, tempSeeds } from "./helpers";

afterAll(cleanTemp);

const greece = path.join(fixturesDir, "2024-11-14-greece-f-16-engine-follow-on-support.txt");
const pakistan = path.join(fixturesDir, "2011-05-17-pakistan-aircraft-spare-parts-clssa.txt");

describe("npm run import (the real command)", () => {
  it("writes a seed file, reports what it found and what is missing, and checks the seeds", () => {
    const seeds = tempSeeds();
    const result = runImport([greece, "--seeds", seeds]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("2024-11-14-greece-f-16-engine-follow-on-support.txt: written");
    expect(result.stdout).toContain("found    transmittal 24-114");
    expect(result.stdout).toContain("found    principal contractors: General Electric Aerospace (Evendale, OH)");
    expect(result.stdout).toMatch(/1 text: 1 written, 0 updated, 0 unchanged, 0 skipped\./);
    expect(result.stdout).toMatch(/Seed check OK \(78 notifications\)\. .*npm run db:seed/);
    expect(JSON.parse(readFileSync(path.join(seeds, "notifications", "2024-11-14-greece-f-16.json"), "utf8"))).toMatchObject({ recipient: "GR", estimatedValueUsd: 160_000_000 });

    const again = runImport([greece, "--seeds", seeds]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("unchanged: already in");
  });

  it("a text without its date writes nothing, exits non-zero, and names the file and the field", () => {
    const seeds = tempSeeds();
    const before = snapshot(seeds);
    const result = runImport([pakistan, "--seeds", seeds]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/2011-05-17-pakistan-aircraft-spare-parts-clssa\.txt: missing announcement date .*Nothing was written\./);
    expect(result.stdout).toContain("0 written, 0 updated, 0 unchanged, 1 skipped");
    expect(snapshot(seeds)).toEqual(before);
  });

  it("a folder imports every text in it; one skipped text makes the exit status 1 but the others are written", () => {
    const seeds = tempSeeds();
    const result = runImport([fixturesDir, "--seeds", seeds]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("6 texts: 5 written, 0 updated, 0 unchanged, 1 skipped.");
  });

  it("refuses a bad --date, --value or --url before touching anything", () => {
    const seeds = tempSeeds();
    const before = snapshot(seeds);
    const date = runImport([pakistan, "--seeds", seeds, "--date", "2011-02-30"]);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--date "2011-02-30" is not a real date written YYYY-MM-DD');
    const value = runImport([pakistan, "--seeds", seeds, "--date", "2011-05-17", "--value", "lots"]);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain('--value "lots" is not a whole-dollar amount');
    const url = runImport([pakistan, "--seeds", seeds, "--date", "2011-05-17", "--url", "javascript:alert(1)"]);
    expect(url.code).toBe(2);
    expect(url.stderr).toContain("must be an http(s) URL");
    const many = runImport([fixturesDir, "--seeds", seeds, "--date", "2011-05-17"]);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain("--date describes one notification");
    expect(snapshot(seeds)).toEqual(before);
  });

  it("--date (and --value) supply what the text lacks; --dry-run writes nothing", () => {
    const seeds = tempSeeds();
    const before = snapshot(seeds);
    const dry = runImport([pakistan, "--seeds", seeds, "--date", "2011-05-17", "--system", "F-16", "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("(dry run: nothing was written)");
    expect(snapshot(seeds)).toEqual(before);
    const result = runImport([pakistan, "--seeds", seeds, "--date", "2011-05-17", "--value", "$62.5 million", "--system", "F-16"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("found    date 2011-05-17 (given with --date)");
    const record = JSON.parse(readFileSync(path.join(seeds, "notifications", "2011-05-17-pakistan-f-16.json"), "utf8"));
    expect(record).toMatchObject({ announcedOn: "2011-05-17", estimatedValueUsd: 62_500_000, systems: ["f-16"], dateApproximate: false });
  });
});
