import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importRelease } from "@/lib/import/import";
import { loadSeedData } from "@/lib/seed/load";
import type { NotificationSeed } from "@/lib/seed/schema";
import { cleanTemp, expected, fixtureNames, fixtureText, snapshot, tempSeeds } from "./helpers";

afterAll(cleanTemp);

function readRecord(seeds: string, slug: string): NotificationSeed {
  return JSON.parse(readFileSync(path.join(seeds, "notifications", `${slug}.json`), "utf8")) as NotificationSeed;
}

describe("each real DSCA release text imports to the record read from it", () => {
  for (const name of fixtureNames) {
    it(name, () => {
      const want = expected(name);
      const seeds = tempSeeds();
      const outcome = importRelease(name, fixtureText(name), seeds, want.overrides ?? {});
      expect(outcome.problems).toEqual([]);
      expect(outcome.status).toBe("written");
      expect(outcome.missing).toEqual(want.missing);

      const { source, ...fields } = want.record;
      const record = readRecord(seeds, want.record.slug);
      expect(record).toMatchObject(fields);
      expect(record.sources).toHaveLength(1);
      expect(record.sources[0]).toMatchObject(source);
      // The release copy is kept with the project, byte for byte, and the record cites it.
      const document = record.sources[0]!.document!;
      expect(readFileSync(path.join(seeds, document.replace(/^seeds\//, "")), "utf8")).toBe(fixtureText(name));
      // The written file passes the seed script's own validation unchanged.
      expect(loadSeedData(seeds).notifications.map((n) => n.slug)).toContain(want.record.slug);
    });
  }
});

describe("honest about gaps", () => {
  it("a truncated copy reports exactly the fields it lacks, and the record says so", () => {
    const name = "2017-08-31-australia-mh-60r-upgrade-program.txt";
    const seeds = tempSeeds();
    const outcome = importRelease(name, fixtureText(name), seeds);
    expect(outcome.missing).toEqual(["title", "transmittalNumber", "majorDefenseEquipment", "otherItems", "principalContractors"]);
    const record = readRecord(seeds, "2017-08-31-australia-mh-60r");
    expect(record.principalContractors).toEqual([]);
    expect(record.notes).toContain("stops after 1,998 characters");
    expect(record.notes).toContain("Not in the text, so not recorded: transmittal number, major defense equipment lines, non-MDE items and principal contractors.");
  });

  it("a text without a date writes nothing and names the missing field", () => {
    const name = "2011-05-17-pakistan-aircraft-spare-parts-clssa.txt";
    const seeds = tempSeeds();
    const before = snapshot(seeds);
    const outcome = importRelease(name, fixtureText(name), seeds);
    expect(outcome.status).toBe("skipped");
    expect(outcome.missing).toEqual(expected(name).withoutOverrides!.missing);
    expect(outcome.problems.join("\n")).toMatch(/2011-05-17-pakistan-aircraft-spare-parts-clssa\.txt: missing announcement date/);
    expect(snapshot(seeds)).toEqual(before);
  });

  it("a date supplied with --date is recorded as supplied, not as read", () => {
    const name = "2011-05-17-pakistan-aircraft-spare-parts-clssa.txt";
    const seeds = tempSeeds();
    importRelease(name, fixtureText(name), seeds, expected(name).overrides);
    const record = readRecord(seeds, "2011-05-17-pakistan-f-16");
    expect(record.notes).toContain("The announcement date was supplied at import, not read from the release text, and is approximate.");
    expect(record.sources[0]!.publishedOn).toBeNull();
  });
});

describe("re-import", () => {
  it("importing the same text twice leaves every file byte-identical", () => {
    const seeds = tempSeeds();
    for (const name of fixtureNames) importRelease(name, fixtureText(name), seeds, expected(name).overrides ?? {});
    const after = snapshot(seeds);
    for (const name of fixtureNames) {
      const outcome = importRelease(name, fixtureText(name), seeds, expected(name).overrides ?? {});
      expect(outcome.status, name).toBe("unchanged");
      expect(outcome.seedFile).toContain(expected(name).record.slug);
    }
    expect(snapshot(seeds)).toEqual(after);
  });

  it("the project's seeds already hold every fixture: importing them again changes nothing", () => {
    const seeds = tempSeeds({ keepImported: true });
    const before = snapshot(seeds);
    for (const name of fixtureNames) {
      expect(importRelease(name, fixtureText(name), seeds, expected(name).overrides ?? {}).status, name).toBe("unchanged");
    }
    expect(snapshot(seeds)).toEqual(before);
  });
});
