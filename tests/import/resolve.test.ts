import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importRelease } from "@/lib/import/import";
import { findRecipient, findSystems, loadReference, proposeRecipient } from "@/lib/import/resolve";
import type { NotificationSeed } from "@/lib/seed/schema";
import { cleanTemp, root, snapshot, tempSeeds } from "./helpers";

afterAll(cleanTemp);

const reference = loadReference(path.join(root, "seeds"));

/**
 * Constructed texts in the DSCA template, for cases the six real fixtures do not cover. They
 * only ever go into temporary copies of seeds/.
 */
function release({ date = "March 12, 2024", to = "the Government of Poland", what = "AIM-120C-8 Advanced Medium-Range Air-to-Air Missiles", value = "$1.69 billion", buy = "seven hundred forty-five (745) AIM-120C-8 Advanced Medium-Range Air-to-Air Missiles (AMRAAM); and up to sixteen (16) AIM-120C-8 AMRAAM Guidance Sections", headline = "Poland – AIM-120C-8 Advanced Medium-Range Air-to-Air Missiles", transmittal = "" } = {}) {
  return `${headline}\n\n${transmittal}WASHINGTON, ${date} - The State Department has made a determination approving a possible Foreign Military Sale to ${to} of ${what} and related equipment for an estimated cost of ${value}. The Defense Security Cooperation Agency delivered the required certification notifying Congress of this possible sale today.\n\n${to.replace(/^the/, "The")} has requested to buy ${buy}. The following non-MDE items will also be included: LAU-129 guided missile launchers; and other related elements of logistics and program support. The estimated total cost is ${value}.\n\nThe principal contractor will be RTX Corporation, located in Tucson, AZ.\n`;
}

describe("systems: one system, many names", () => {
  it('"AIM-120C-8" is the existing amraam, not a new system', () => {
    expect(findSystems(reference, ["AIM-120C-8 Advanced Medium-Range Air-to-Air Missiles"])).toEqual(["amraam"]);
    expect(findSystems(reference, ["AMRAAM"])).toEqual(["amraam"]);
  });

  it("a headline naming a system three ways yields it once, and other systems in order", () => {
    expect(findSystems(reference, ["M142 High Mobility Artillery Rocket Systems (HIMARS) and M31A2 GMLRS pods"])).toEqual(["m142-himars", "gmlrs"]);
  });

  it("an unknown system writes nothing and proposes an entry", () => {
    const seeds = tempSeeds();
    const before = snapshot(seeds);
    const outcome = importRelease(
      "constructed.txt",
      release({ headline: "Poland – XQ-58A Valkyrie Aircraft", what: "XQ-58A Valkyrie Aircraft", buy: "up to twelve (12) XQ-58A Valkyrie aircraft" }),
      seeds,
    );
    expect(outcome.status).toBe("skipped");
    expect(outcome.problems[0]).toMatch(/no system in seeds\/systems\.json is named in "XQ-58A Valkyrie Aircraft"/);
    expect(JSON.parse(outcome.proposals[0]!.replace(/^[^\n]*\n/, ""))).toMatchObject({ slug: "xq-58a", name: "XQ-58A", aliases: [] });
    expect(snapshot(seeds)).toEqual(before);
  });

  it("--system by alias resolves; an unknown --system is refused", () => {
    const seeds = tempSeeds();
    const text = release({ date: "March 13, 2024", value: "$55.5 million" });
    expect(importRelease("constructed.txt", text, seeds, { systems: ["Sidewinder-9000"] }).problems[0]).toMatch(/--system "Sidewinder-9000" names no system/);
    const outcome = importRelease("constructed.txt", text, seeds, { systems: ["AIM-9X"] });
    expect(outcome.status).toBe("written");
    expect(outcome.seedFile).toMatch(/2024-03-13-poland-aim-9x\.json$/);
  });
});

describe("recipients", () => {
  it("TECRO is Taiwan", () => {
    expect(findRecipient(reference, "Taipei Economic and Cultural Representative Office in the United States")?.code).toBe("TW");
    expect(findRecipient(reference, "Taipei Economic and Cultural Representative Office in the United States (TECRO)")?.code).toBe("TW");
    const seeds = tempSeeds();
    const outcome = importRelease(
      "constructed.txt",
      release({ to: "the Taipei Economic and Cultural Representative Office in the United States (TECRO)", headline: "Taipei Economic and Cultural Representative Office in the United States – AMRAAM", date: "June 5, 2024" }),
      seeds,
    );
    expect(outcome.status).toBe("written");
    const record = JSON.parse(readFileSync(path.join(seeds, "notifications", "2024-06-05-taiwan-amraam.json"), "utf8")) as NotificationSeed;
    expect(record.recipient).toBe("TW");
    expect(record.estimatedValueUsd).toBe(1_690_000_000);
    expect(record.majorDefenseEquipment).toEqual([
      { description: "AIM-120C-8 Advanced Medium-Range Air-to-Air Missiles (AMRAAM)", quantity: 745, upTo: false },
      { description: "AIM-120C-8 AMRAAM Guidance Sections", quantity: 16, upTo: true },
    ]);
    expect(record.principalContractors).toEqual([{ name: "RTX Corporation", location: "Tucson, AZ" }]);
  });

  it("an organisation such as NSPA is proposed as a NATO organisation with a 15-day review", () => {
    const proposal = proposeRecipient("the NATO Support and Procurement Agency (NSPA)", false);
    expect(proposal.entry).toEqual({ code: "NSPA", name: "NATO Support and Procurement Agency", kind: "organization", notifiedAs: "NATO Support and Procurement Agency (NSPA)", nato: true, context: [] });
    expect(proposal.tier.days).toBe(15);
  });

  it("an unknown country writes nothing and proposes its entry, with the review tier from what the text says", () => {
    const seeds = tempSeeds();
    const file = path.join(seeds, "recipients.json");
    const recipients = JSON.parse(readFileSync(file, "utf8")) as { recipients: { code: string }[] };
    writeFileSync(file, JSON.stringify({ recipients: recipients.recipients.filter((r) => r.code !== "IT") }, null, 2));
    const before = snapshot(seeds);
    const text = release({ to: "the Government of Italy", headline: "Italy – AMRAAM" }).replace("The principal", "This proposed sale will improve the security of a NATO Ally. The principal");
    const outcome = importRelease("constructed.txt", text, seeds);
    expect(outcome.status).toBe("skipped");
    expect(outcome.problems[0]).toMatch(/recipient "Italy" is not in seeds\/recipients\.json.*15-day review as proposed, because Italy is a NATO member/);
    expect(JSON.parse(outcome.proposals[0]!.replace(/^[^\n]*\n/, ""))).toEqual({ code: "IT", name: "Italy", kind: "country", notifiedAs: null, nato: true, context: [] });
    expect(snapshot(seeds)).toEqual(before);
    // --recipient cannot invent one either.
    expect(importRelease("constructed.txt", text, seeds, { recipient: "Atlantis" }).problems[0]).toMatch(/recipient "Atlantis" is not in seeds\/recipients\.json/);
  });
});

describe("the same notification already in the data", () => {
  it("a researched record gains the official notice and missing facts, keeps its own values, and a second run changes nothing", () => {
    const seeds = tempSeeds();
    const file = path.join(seeds, "notifications", "2024-03-12-poland-amraam.json");
    const researched = JSON.parse(readFileSync(file, "utf8")) as NotificationSeed;
    // Same recipient, date and value as the researched Poland AMRAAM record.
    const outcome = importRelease("constructed.txt", release(), seeds, { url: "https://www.dsca.mil/example-poland-amraam" });
    expect(outcome.status).toBe("updated");
    expect(outcome.seedFile).toMatch(/2024-03-12-poland-amraam\.json$/);
    expect(outcome.changes).toEqual(['added the official notice as source "dsca-notice"', "filled otherItems (2)"]);
    const updated = JSON.parse(readFileSync(file, "utf8")) as NotificationSeed;
    expect(updated.title).toBe(researched.title);
    expect(updated.majorDefenseEquipment).toEqual(researched.majorDefenseEquipment);
    expect(updated.principalContractors).toEqual(researched.principalContractors);
    expect(updated.sources.slice(0, -1)).toEqual(researched.sources);
    expect(updated.sources.at(-1)).toMatchObject({ id: "dsca-notice", kind: "official-notice", url: "https://www.dsca.mil/example-poland-amraam" });

    const after = snapshot(seeds);
    expect(importRelease("constructed.txt", release(), seeds, { url: "https://www.dsca.mil/example-poland-amraam" }).status).toBe("unchanged");
    expect(snapshot(seeds)).toEqual(after);
  });

  it("the same transmittal number is the same notification even when the value differs; the record's value is kept and the difference reported", () => {
    const seeds = tempSeeds();
    const text = release({ date: "November 14, 2024", to: "the Government of Greece", headline: "Greece – F-16 Engine Follow-On Support", what: "F-16 Engine Follow-On Support", value: "$170 million", transmittal: "Transmittal No. 24-114\n" });
    importRelease("greece.txt", readFileSync(path.join(__dirname, "fixtures", "2024-11-14-greece-f-16-engine-follow-on-support.txt"), "utf8"), seeds);
    const outcome = importRelease("constructed.txt", text, seeds);
    expect(outcome.status).toBe("updated");
    expect(outcome.seedFile).toMatch(/2024-11-14-greece-f-16\.json$/);
    expect(outcome.changes).toContain("kept estimatedValueUsd 160000000 (the release says 170000000)");
    expect(readFileSync(path.join(seeds, "notifications", "2024-11-14-greece-f-16.json"), "utf8")).toContain('"estimatedValueUsd": 160000000');
  });
});
