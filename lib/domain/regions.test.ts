import { readFileSync } from "node:fs";
import path from "node:path";
import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { NATO_ORGANIZATIONS } from "./alliances";
import { REGION_BY_CODE, REGION_CODES, regionOf } from "./regions";

const seeds = path.resolve(__dirname, "../../seeds");
const recipientsFile = JSON.parse(readFileSync(path.join(seeds, "recipients.json"), "utf8")) as {
  regions: { code: string; sources: { url: string }[] }[];
  recipients: { code: string; kind: string; region: string }[];
};

describe("the one table of regions (lib/domain/regions.ts)", () => {
  it("gives every ISO 3166-1 country and territory a region, and Kosovo (XK), once", () => {
    const iso = Object.keys(countries.getAlpha2Codes());
    expect(iso.length).toBeGreaterThan(240);
    expect(iso.filter((code) => regionOf(code) === null)).toEqual([]);
    expect(regionOf("XK")).toBe("EUCOM");
    // A code listed under two commands would be silently overwritten in the map: count them.
    const source = readFileSync(path.join(__dirname, "regions.ts"), "utf8");
    const listed = [...source.matchAll(/^\s+(?:AFRICOM|CENTCOM|EUCOM|INDOPACOM|NORTHCOM|SOUTHCOM):\s*\n?\s*"([A-Z ]+)"/gm)].flatMap((m) => m[1]!.split(" "));
    expect(listed.length).toBe(REGION_BY_CODE.size);
  });

  it("gives NATO and its agencies EUCOM", () => {
    for (const code of [...Object.keys(NATO_ORGANIZATIONS), "NCIA"]) expect(regionOf(code), code).toBe("EUCOM");
  });

  it("follows the current Unified Command Plan: Israel in CENTCOM, Egypt in CENTCOM not AFRICOM, Greenland in NORTHCOM", () => {
    expect(regionOf("IL")).toBe("CENTCOM");
    expect(regionOf("EG")).toBe("CENTCOM");
    expect(regionOf("GL")).toBe("NORTHCOM");
    expect(regionOf("TR")).toBe("EUCOM");
    expect(regionOf("PK")).toBe("CENTCOM");
    expect(regionOf("IN")).toBe("INDOPACOM");
    expect(regionOf("MX")).toBe("NORTHCOM");
    expect(regionOf("BR")).toBe("SOUTHCOM");
    expect(regionOf("MA")).toBe("AFRICOM");
    expect(regionOf("ZZ")).toBeNull();
  });

  it("covers the recipients the archive adds", () => {
    const archive = { AF: "CENTCOM", AR: "SOUTHCOM", BD: "INDOPACOM", BR: "SOUTHCOM", BN: "INDOPACOM", CL: "SOUTHCOM", CO: "SOUTHCOM", EC: "SOUTHCOM", GE: "EUCOM", GH: "AFRICOM", GY: "SOUTHCOM", ID: "INDOPACOM", IQ: "CENTCOM", KZ: "CENTCOM", KE: "AFRICOM", XK: "EUCOM", LB: "CENTCOM", LY: "AFRICOM", MY: "INDOPACOM", MX: "NORTHCOM", NG: "AFRICOM", PK: "CENTCOM", PE: "SOUTHCOM", PH: "INDOPACOM", SG: "INDOPACOM", TH: "INDOPACOM", TN: "AFRICOM", VN: "INDOPACOM", ZM: "AFRICOM", IE: "EUCOM", OM: "CENTCOM", FR: "EUCOM" };
    for (const [code, region] of Object.entries(archive)) expect(regionOf(code), code).toBe(region);
  });

  it("agrees with every recipient in seeds/recipients.json, which describes each region once with its sources", () => {
    for (const r of recipientsFile.recipients) expect(r.region, r.code).toBe(regionOf(r.code));
    expect(recipientsFile.regions.map((r) => r.code).sort()).toEqual([...REGION_CODES].sort());
    for (const r of recipientsFile.regions) expect(r.sources.length, r.code).toBeGreaterThan(0);
  });
});
