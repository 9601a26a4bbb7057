import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importDocument } from "./import";
import { SeedStore } from "./store";
import { loadSeedData, type NotificationSeed, type ReportSeed } from "@/lib/seed";
import { cleanTemp, fixtureText, minimalSeeds, readJson, sampleSeeds, snapshot } from "../../tests/support/import";

afterAll(cleanTemp);

/** Imports fixtures in order into `seeds` and commits, as the command does. */
function run(seeds: string, names: string[], overrides = {}) {
  const store = new SeedStore(seeds);
  const outcomes = names.map((n) => importDocument(n, fixtureText(n), store, { overrides }));
  store.commit();
  return outcomes;
}

// Tests that need the record to lack a sale, a recipient or a system import into a small fixed
// record (minimalSeeds(): Canada and the Netherlands only), not a copy of seeds/, which
// research keeps filling with exactly the sales these fixtures describe. Those that need the
// real vocabulary (systems, recipients, contractors) import into a sample of seeds/ (sampleSeeds()).
const note = (seeds: string, slug: string) => readJson<NotificationSeed>(path.join(seeds, "notifications", `${slug}.json`));

describe("press releases of every layout import to the facts read from them", () => {
  it.each([
    ["1998-02-11-italy-stinger-dod-memo.txt", "1998-02-11-italy-stinger", { recipient: "IT", estimatedValueUsd: 110_000_000, principalContractors: [{ name: "Hughes Aircraft Co.", location: "Tucson, Ariz." }] }],
    ["2017-08-31-australia-mh-60r-upgrade-truncated.txt", "2017-08-31-australia-mh-60r", { recipient: "AU", estimatedValueUsd: 360_000_000, principalContractors: [] }],
    ["2019-07-30-egypt-fots-republisher.txt", "2019-07-30-egypt-ship-follow-on-technical-support", { recipient: "EG", estimatedValueUsd: 554_000_000, title: "Follow on Technical Support (FOTS) for Ships" }],
    ["2024-11-14-greece-f-16-engine-follow-on-support.txt", "2024-11-14-greece-f-16", { recipient: "GR", transmittalNumber: "24-114", estimatedValueUsd: 160_000_000, majorDefenseEquipment: [] }],
    ["2025-08-06-australia-mc-55a-baseline-2-upgrade.txt", "2025-08-06-australia-mc-55a", { recipient: "AU", transmittalNumber: "25-50", estimatedValueUsd: 404_000_000, principalContractors: [{ name: "L3 Harris", location: "Greenville, TX" }] }],
  ])("%s", (name, slug, facts) => {
    // The real vocabulary without this sale: the slug follows from the real systems.
    const seeds = sampleSeeds([], [slug]);
    const [outcome] = run(seeds, [name]);
    expect(outcome!.refused).toBe(false);
    expect(outcome!.units.map((u) => u.status)).toEqual(["written"]);
    const record = note(seeds, slug);
    expect(record).toMatchObject(facts);
    // The source links to the text's address and keeps no copy.
    expect(record.sources).toHaveLength(1);
    expect(record.sources[0]!.document).toBeNull();
    expect(record.sources[0]!.url).toBe(fixtureText(name).match(/^SOURCE: (.*)$/m)![1]);
    expect(loadSeedData(seeds).notifications.map((n) => n.slug)).toContain(slug);
  });

  it("the project's seeds already hold every release fixture: importing them again changes nothing, byte for byte", () => {
    const seeds = sampleSeeds(["1998-02-11-italy-stinger", "2017-08-31-australia-mh-60r", "2019-07-30-egypt-ship-follow-on-technical-support", "2024-11-14-greece-f-16", "2025-08-06-australia-mc-55a"]);
    const before = snapshot(seeds);
    const outcomes = run(seeds, ["1998-02-11-italy-stinger-dod-memo.txt", "2017-08-31-australia-mh-60r-upgrade-truncated.txt", "2019-07-30-egypt-fots-republisher.txt", "2024-11-14-greece-f-16-engine-follow-on-support.txt", "2025-08-06-australia-mc-55a-baseline-2-upgrade.txt"]);
    expect(outcomes.flatMap((o) => o.units.map((u) => u.status))).toEqual(["unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(snapshot(seeds)).toEqual(before);
  });
});

describe("one sale, many texts", () => {
  it("the Record's text of a sale the record holds without a number: matched by recipient, date and value, fills what was missing, then changes nothing", () => {
    const seeds = minimalSeeds();
    run(seeds, ["2026-01-15-peru-callao-dsca-release.txt"]);
    const slug = "2026-01-15-peru-design-and-construction-at-callao-naval-base";
    const release = note(seeds, slug);
    expect(release).toMatchObject({ recipient: "PE", transmittalNumber: null, deliveredToCongress: null, implementingAgency: null });
    // Peru was not in seeds/recipients.json: added, not refused, in its region (lib/domain/regions.ts); the new system is marked for review.
    const recipients = readJson<{ recipients: { code: string; nato: boolean }[] }>(path.join(seeds, "recipients.json")).recipients;
    expect(recipients.find((r) => r.code === "PE")).toEqual({ code: "PE", name: "Peru", kind: "country", notifiedAs: null, nato: false, region: "SOUTHCOM", context: [] });
    const systems = readJson<{ systems: { slug: string; category: string; review?: string }[] }>(path.join(seeds, "systems.json")).systems;
    expect(systems.find((s) => s.slug === release.systems[0])).toMatchObject({ category: "sustainment-and-services", review: expect.stringContaining("check the name, the category") });

    const [cr] = run(seeds, ["2026-01-15-cr-mirror-peru-25-37.txt"]);
    expect(cr!.units[0]).toMatchObject({ status: "updated", disagreements: [] });
    const merged = note(seeds, slug);
    expect(merged).toMatchObject({
      transmittalNumber: "25-37",
      deliveredToCongress: { on: "2026-01-15", source: "cr-2026-01-15" },
      congressionalRecord: { on: "2026-01-15", source: "cr-2026-01-15" },
      implementingAgency: "Army",
      // Kept as the release gave them.
      title: release.title,
      otherItems: release.otherItems,
      valueMdeUsd: null,
    });
    expect(merged.sources.map((s) => [s.id, s.kind])).toEqual([
      ["dsca-notice", "official-notice"],
      ["cr-2026-01-15", "congressional-record"],
    ]);
    const after = snapshot(seeds);
    const again = run(seeds, ["2026-01-15-cr-mirror-peru-25-37.txt", "2026-01-15-peru-callao-dsca-release.txt"]);
    expect(again.map((o) => o.units[0]!.status)).toEqual(["unchanged", "unchanged"]);
    expect(snapshot(seeds)).toEqual(after);
  });

  it("where the texts disagree the import says so and keeps the record's value", () => {
    const seeds = minimalSeeds();
    expect(run(seeds, ["2024-11-14-greece-f-16-engine-follow-on-support.txt"])[0]!.units[0]!.status).toBe("written");
    const file = path.join(seeds, "notifications", "2024-11-14-greece-f-16.json");
    const text = `SOURCE: https://www.govinfo.gov/example-greece\n---\nARMS SALES NOTIFICATION\nDear Mr. Speaker: Pursuant to the reporting requirements of Section 36(b)(1) of the Arms Export Control Act, as amended, we are forwarding herewith Transmittal No. 24-114, concerning the Air Force's proposed Letter(s) of Offer and Acceptance to the Government of Greece for defense articles and services estimated to cost $170 million.`;
    const store = new SeedStore(seeds);
    const outcome = importDocument("constructed.txt", text, store);
    store.commit();
    expect(outcome.units[0]!.disagreements).toEqual(["estimatedValueUsd: the record has 160000000, the Record says 170000000 (kept the record's)"]);
    expect(readJson<NotificationSeed>(file)).toMatchObject({ estimatedValueUsd: 160_000_000, implementingAgency: "Air Force" });
  });
});

describe("reports on earlier sales", () => {
  it("a §36(b)(5)(C) report becomes a file in seeds/reports/ attached to the sale it names, never a sale", () => {
    const seeds = minimalSeeds();
    // The sale it names, as a record of its own (a made-up record for the test, with Germany
    // added to the recipients): the report must attach to it by its number.
    const template = readJson<NotificationSeed>(path.join(seeds, "notifications", "2025-04-01-canada-m142-himars.json"));
    const sale = { ...template, slug: "2023-05-11-germany-ch-47", recipient: "DE", announcedOn: "2023-05-11", estimatedValueUsd: 8_500_000_000, valueMdeUsd: null, valueOtherUsd: null, transmittalNumber: "23-26", title: "CH-47F Block II Chinook helicopters" };
    const recipientsFile = path.join(seeds, "recipients.json");
    const recipients = readJson<{ recipients: object[] }>(recipientsFile);
    recipients.recipients.push({ code: "DE", name: "Germany", kind: "country", notifiedAs: null, nato: true, region: "EUCOM", context: [] });
    const store = new SeedStore(seeds);
    store.write("recipients.json", `${JSON.stringify(recipients, null, 2)}\n`);
    store.write("notifications/2023-05-11-germany-ch-47.json", `${JSON.stringify(sale, null, 2)}\n`);
    store.commit();
    const count = loadSeedData(seeds).notifications.length;

    const [outcome] = run(seeds, ["2026-05-20-cr-state-letter-26-1c.txt"]);
    expect(outcome!.units).toEqual([expect.objectContaining({ label: "report 26-1C", status: "written", seedFile: "seeds/reports/26-1c.json" })]);
    const report = readJson<ReportSeed>(path.join(seeds, "reports", "26-1c.json"));
    expect(report).toMatchObject({ id: "26-1c", kind: "enhancement-or-upgrade", transmittalNumber: "26-1C", sale: { transmittalNumber: "23-26", slug: null }, congressionalRecord: { on: "2026-05-20", source: "cr-2026-05-20" } });
    expect(report.sources[0]).toMatchObject({ kind: "congressional-record", url: "https://congress.wiki/daily-record/2026-05-20/section/crec-2026-05-20-pt1-pgs2408", document: null });
    const data = loadSeedData(seeds);
    expect(data.notifications).toHaveLength(count);
    expect(data.reports.map((r) => [r.id, r.saleSlug])).toEqual([["26-1c", "2023-05-11-germany-ch-47"]]);
    const after = snapshot(seeds);
    expect(run(seeds, ["2026-05-20-cr-state-letter-26-1c.txt"])[0]!.units[0]!.status).toBe("unchanged");
    expect(snapshot(seeds)).toEqual(after);
  });

  it("a report naming a sale the record does not hold says so by its number and writes nothing", () => {
    const seeds = minimalSeeds();
    const before = snapshot(seeds);
    const [outcome] = run(seeds, ["2024-09-10-cr-gpo-24-0j-cost-increase.txt"]);
    expect(outcome!.units[0]!.status).toBe("skipped");
    expect(outcome!.units[0]!.problems[0]).toMatch(/report 24-0J is about sale 20-76, which is not in the record/);
    expect(snapshot(seeds)).toEqual(before);
  });
});

describe("a sale the record lacks, from the Record or the Register", () => {
  it("without a delivered date it is skipped and named; with --date it is written, with a new recipient and a system to review", () => {
    const seeds = minimalSeeds();
    const before = snapshot(seeds);
    const [skipped] = run(seeds, ["2025-07-17-cr-gpo-lebanon-25-38.txt"]);
    expect(skipped!.units[0]!.problems[0]).toMatch(/transmittal 25-38 is not in the record and the text gives no date/);
    expect(snapshot(seeds)).toEqual(before);
    const [written] = run(seeds, ["2025-07-17-cr-gpo-lebanon-25-38.txt"], { date: "2025-07-11", title: "A-29 Super Tucano support" });
    expect(written!.units[0]!.status).toBe("written");
    const record = note(seeds, "2025-07-11-lebanon-a-29");
    expect(record).toMatchObject({ recipient: "LB", transmittalNumber: "25-38", implementingAgency: "Air Force", congressionalRecord: { on: "2025-07-17", source: "cr-2025-07-17" }, deliveredToCongress: null, estimatedValueUsd: 100_000_000 });
    expect(written!.added.join("\n")).toMatch(/recipients\.json: Lebanon \(LB, country\): region CENTCOM, 30-day review/);
    expect(written!.added.join("\n")).toMatch(/systems\.json: A-29 .*REVIEW/);
    expect(loadSeedData(seeds).notifications.map((n) => n.slug)).toContain("2025-07-11-lebanon-a-29");
  });
});

describe("bad input writes nothing and names the file and what is wrong", () => {
  it("a text with two different values for one transmittal", () => {
    const seeds = sampleSeeds([]);
    const before = snapshot(seeds);
    const text = fixtureText("2025-07-17-cr-gpo-lebanon-25-38.txt").replace(/\$100 million\.\n           Sincerely,\n                                                Michael F. Miller,\n                                                         Director\.\n$/, "$110 million.\n");
    expect(text).toContain("$110 million");
    const store = new SeedStore(seeds);
    const outcome = importDocument("two-values.txt", text, store, { overrides: { date: "2025-07-11", title: "A-29 support" } });
    store.commit();
    expect(outcome.refused).toBe(true);
    expect(outcome.problems[0]).toMatch(/^two-values\.txt: gives two different values for one transmittal \(transmittal 25-38: .*100000000.*110000000/);
    expect(snapshot(seeds)).toEqual(before);
  });

  it("a recipient no library knows", () => {
    const seeds = sampleSeeds([]);
    const before = snapshot(seeds);
    const text = fixtureText("2024-11-14-greece-f-16-engine-follow-on-support.txt").replace("the Government of Greece of", "the Government of Atlantis of");
    const store = new SeedStore(seeds);
    const outcome = importDocument("atlantis.txt", text, store);
    store.commit();
    expect(outcome.refused).toBe(true);
    expect(outcome.problems[0]).toMatch(/^atlantis\.txt: recipient "Atlantis" is not a country i18n-iso-countries knows/);
    expect(snapshot(seeds)).toEqual(before);
  });

  it("a text that is not a notice, and a text with no address to cite", () => {
    const seeds = sampleSeeds([]);
    const before = snapshot(seeds);
    const store = new SeedStore(seeds);
    expect(importDocument("minutes.txt", "The committee met and adjourned.", store).problems[0]).toMatch(/^minutes\.txt: is not an arms sales notice/);
    const noUrl = fixtureText("2024-11-14-greece-f-16-engine-follow-on-support.txt").replace(/^[\s\S]*?\n---\n/, "");
    expect(importDocument("no-url.txt", noUrl, tempStore(seeds)).problems[0]).toMatch(/^no-url\.txt: no address to cite/);
    store.commit();
    expect(snapshot(seeds)).toEqual(before);
  });
});

function tempStore(seeds: string) {
  return new SeedStore(seeds);
}
