/**
 * Regions: each recipient belongs to the U.S. geographic combatant command whose area of
 * responsibility holds it under the current Unified Command Plan. This is the one table of that
 * rule, keyed by ISO 3166-1 alpha-2 code for every country and territory (and Kosovo's XK), plus
 * the organisations the record uses; seeds/recipients.json writes each recipient's region out
 * (the seed refuses one that disagrees with this table) and names the commands' own sources,
 * and the importer assigns a region from it to a recipient it adds.
 *
 * The assignments follow the commands' published areas as of December 2026: Israel is in
 * CENTCOM's area since the 2020 plan moved it from EUCOM (announced 15 January 2021, effective
 * 1 September 2021), and Greenland in NORTHCOM's since June 2025. Organisations (NATO and its
 * agencies) are counted with EUCOM: their headquarters are in its area (Brussels; NSPA at
 * Capellen, Luxembourg) and EUCOM's commander is also NATO's Supreme Allied Commander Europe.
 * A few uninhabited territories no command's page names are placed with the command whose
 * waters surround them (marked "by geography" below).
 */

/** The six geographic combatant commands, by the code the record uses (stable: URLs and exports use it). */
export const REGION_CODES = ["AFRICOM", "CENTCOM", "EUCOM", "INDOPACOM", "NORTHCOM", "SOUTHCOM"] as const;
export type RegionCode = (typeof REGION_CODES)[number];

export function isRegionCode(value: string): value is RegionCode {
  return (REGION_CODES as readonly string[]).includes(value);
}

/** Each command's area: ISO 3166-1 alpha-2 codes (and the record's organisation codes), space-separated. */
const AREAS: Record<RegionCode, string> = {
  // All of Africa but Egypt, with its island states and territories. Bouvet Island: by geography.
  AFRICOM:
    "AO BF BI BJ BV BW CD CF CG CI CM CV DJ DZ EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW",
  // The 21 states CENTCOM names, Israel among them, and the Palestinian territories.
  CENTCOM: "AE AF BH EG IL IQ IR JO KG KW KZ LB OM PK PS QA SA SY TJ TM UZ YE",
  // Europe to the Caucasus and Russia, with the Crown dependencies and Nordic islands; NATO and its agencies.
  EUCOM:
    "AD AL AM AT AX AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA XK NATO NSPA NCIA",
  // From the western border of India across the Pacific, with Antarctica. French Southern Territories and Heard Island: by geography.
  INDOPACOM:
    "AQ AS AU BD BN BT CC CK CN CX FJ FM GU HK HM ID IN IO JP KH KI KP KR LA LK MH MM MN MO MP MV MY NC NF NP NR NU NZ PF PG PH PN PW SB SG TF TH TK TL TO TV TW UM VN VU WF WS",
  // North America with the Bahamas, the U.S. and British Virgin Islands, Bermuda, Turks and Caicos and, since 2025, Greenland. Saint Pierre and Miquelon: by geography.
  NORTHCOM: "BM BS CA GL MX PM PR TC US VG VI",
  // Latin America south of Mexico and the Caribbean, with their dependencies.
  SOUTHCOM: "AG AI AR AW BB BL BO BQ BR BZ CL CO CR CU CW DM DO EC FK GD GF GP GS GT GY HN HT JM KN KY LC MF MQ MS NI PA PE PY SR SV SX TT UY VC VE",
};

/** Every code the table knows, with its command. */
export const REGION_BY_CODE: ReadonlyMap<string, RegionCode> = new Map(
  REGION_CODES.flatMap((region) => AREAS[region].split(" ").map((code) => [code, region] as const)),
);

/** The command whose area holds the recipient with this code, or null for a code the table does not know. */
export function regionOf(code: string): RegionCode | null {
  return REGION_BY_CODE.get(code) ?? null;
}

/** A region as pages show it: its code, the command's name and what a reader calls the area. */
export type RegionRef = { code: RegionCode; name: string; area: string };

/** A region with what its area holds and the sources for it (seeds/recipients.json). */
export type RegionDetail = RegionRef & { description: string; sources: { publisher: string; title: string; url: string; supports?: string }[] };
