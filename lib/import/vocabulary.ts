import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import { isNato, isNatoMember, NATO_ORGANIZATIONS, normalizeAlias, regionOf } from "@/lib/domain";
import type { RecipientSeed, SystemsFile } from "@/lib/seed";

/**
 * The open vocabulary: any recipient an official text names, in any official spelling, resolves
 * to an ISO 3166 code through i18n-iso-countries (or to NATO and its agencies, and TECRO to
 * Taiwan); any system a text names either matches seeds/systems.json by one of its names or is
 * proposed as a new entry, under a category chosen from its name, marked for review.
 */

countries.registerLocale(english);

export type SystemEntry = SystemsFile["systems"][number];

/** Official wording around a country's name: "the Government of the Hashemite Kingdom of Jordan". */
const GOVERNMENT = /^(?:the\s+)?(?:governments?|ministry\s+of\s+(?:national\s+)?defen[cs]e)\s+of\s+(?:the\s+)?/i;
const STYLE =
  /^(?:the\s+)?(?:(?:hashemite|united|federal|islamic|arab|democratic|people'?s|socialist|plurinational|bolivarian|independent|cooperative|co-operative|oriental|argentine|italian|portuguese|hellenic|slovak|czech|kyrgyz|lao)\s+)*(?:kingdom|republic|state|sultanate|commonwealth|principality|grand\s+duchy|emirate|federation|union|confederation)\s+of\s+(?:the\s+)?/i;

/** Official names i18n-iso-countries does not list, in the forms notifications use. */
const OFFICIAL: Record<string, string> = {
  "taipei economic and cultural representative office in the united states": "TW",
  "taipei economic and cultural representative office": "TW",
  tecro: "TW",
  "slovak republic": "SK",
  "kyrgyz republic": "KG",
  "hellenic republic": "GR",
  "republic of turkiye": "TR",
  "republic of turkey": "TR",
  brunei: "BN",
  moldova: "MD",
  "cote d'ivoire": "CI",
  "cote divoire": "CI",
  "ivory coast": "CI",
  "kingdom of the netherlands": "NL",
  "people's republic of bangladesh": "BD",
  korea: "KR",
  "viet nam": "VN",
  laos: "LA",
  bolivia: "BO",
  venezuela: "VE",
  tanzania: "TZ",
  "czech republic": "CZ",
  "republic of north macedonia": "MK",
  "macedonia": "MK",
  "the bahamas": "BS",
  "the gambia": "GM",
  "united states of america": "US",
};

let index: Map<string, string> | null = null;

function key(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9']+/g, " ")
    .trim();
}

/** Every English name i18n-iso-countries knows, in the orders official texts use ("Korea, Republic of" → "Republic of Korea"). */
function countryIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
    for (const name of names as string[]) {
      index.set(key(name), code);
      const inverted = /^(.+),\s*(.+)$/.exec(name);
      if (inverted) {
        index.set(key(`${inverted[2]} ${inverted[1]}`), code);
        if (!index.has(key(inverted[1]!))) index.set(key(inverted[1]!), code);
      }
    }
  }
  for (const [name, code] of Object.entries(OFFICIAL)) index.set(key(name), code);
  return index;
}

export type ResolvedRecipient = { code: string; name: string; kind: "country" | "organization"; nato: boolean; officialName: string };

/** The acronym in brackets at the end: "… in the United States (TECRO)" → "TECRO". */
function acronymOf(text: string): string | null {
  return /\(([A-Z][A-Za-z0-9-]{1,11})\)\s*$/.exec(text)?.[1] ?? null;
}

/**
 * The recipient an official text names, resolved to the code the record uses, or null when no
 * library knows it. Tries the name as printed, then without "the Government of", then without
 * the state's style ("Kingdom of", "Republic of"), then the acronym in brackets.
 */
export function resolveRecipient(named: string): ResolvedRecipient | null {
  const printed = named.replace(/\s+/g, " ").replace(/[.;,:]+$/, "").trim();
  if (!printed) return null;
  const acronym = acronymOf(printed);
  const bare = printed.replace(/\s*\([^)]*\)\s*$/, "").trim();
  const withoutGovernment = bare.replace(GOVERNMENT, "").trim();
  const withoutStyle = withoutGovernment.replace(STYLE, "").trim();
  const candidates = [bare, withoutGovernment, withoutStyle, ...(acronym ? [acronym] : [])];

  for (const [code, org] of Object.entries(NATO_ORGANIZATIONS)) {
    const names = org.names.map(key);
    if (candidates.some((c) => names.includes(key(c)))) return { code, name: org.name, kind: "organization", nato: true, officialName: printed };
  }
  const idx = countryIndex();
  for (const candidate of candidates) {
    const code = idx.get(key(candidate));
    if (code) return { code, name: englishName(code), kind: "country", nato: isNatoMember(code), officialName: printed };
  }
  return null;
}

/** The short English name the record uses for a country ("South Korea", "Türkiye", "Taiwan"). */
export function englishName(code: string): string {
  const names = countries.getName(code, "en", { select: "all" }) as string[] | undefined;
  const name = names?.find((n) => !n.includes(",")) ?? names?.[0] ?? code;
  return name;
}

/**
 * The recipient in seeds/recipients.json for what a text names: by code, name, official wording
 * (notifiedAs) or, through the library, any other official spelling.
 */
export function findKnownRecipient(recipients: RecipientSeed[], named: string): RecipientSeed | null {
  const wanted = key(named.replace(/\s*\([^)]*\)\s*$/, "").replace(GOVERNMENT, ""));
  const direct = recipients.find((r) => [r.code, r.name, r.notifiedAs ?? ""].filter(Boolean).some((n) => key(n.replace(/\s*\([^)]*\)\s*$/, "")) === wanted || key(n) === key(named)));
  if (direct) return direct;
  const resolved = resolveRecipient(named);
  return resolved ? (recipients.find((r) => r.code === resolved.code) ?? null) : null;
}

/**
 * The seeds/recipients.json entry for a recipient the record does not hold yet, in the region
 * lib/domain/regions.ts gives its code (the table covers every ISO code the library resolves to,
 * and the NATO agencies: lib/domain/regions.test.ts checks it).
 */
export function newRecipientEntry(resolved: ResolvedRecipient): RecipientSeed {
  const plain = resolved.officialName.replace(GOVERNMENT, "").trim();
  const notifiedAs = key(plain.replace(/\s*\([^)]*\)\s*$/, "")) === key(resolved.name) ? null : plain;
  const region = regionOf(resolved.code);
  if (!region) throw new Error(`lib/domain/regions.ts gives no region for ${resolved.code} (${resolved.name}): add the code to the command whose area holds it`);
  return { code: resolved.code, name: resolved.name, kind: resolved.kind, notifiedAs, nato: isNato(resolved.code), region, context: [] };
}

// Systems ---------------------------------------------------------------------------------

const MAX_WORDS = 6;

/**
 * Systems named in the given texts (headline, subject, MDE lines), in order of first mention.
 * Runs of up to six words are compared with every system's slug, name and aliases, with the
 * same normalisation the seed uses, so "(HIMARS)", "M142" and "AIM-120C-8" all match. At each
 * word the longest run that names a system wins and the words it covers are not read again: "Black
 * Hawk" is the UH-60, not also the HAWK missile, and "Advanced Medium-Range Air-to-Air Missiles"
 * is AMRAAM, not also air-to-air missiles in general.
 */
export function findSystems(systems: SystemEntry[], texts: string[]): string[] {
  const owner = new Map<string, string>();
  for (const s of systems) for (const alias of [s.slug, s.name, ...s.aliases]) owner.set(normalizeAlias(alias), s.slug);
  const found: string[] = [];
  for (const text of texts) {
    const words = text.split(/[\s,;()]+/).map((w) => w.replace(/^["“']+|["”'.:]+$/g, "")).filter(Boolean);
    for (let i = 0; i < words.length; ) {
      let covered = 1;
      for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
        const slug = owner.get(normalizeAlias(words.slice(i, i + n).join(" ")));
        if (!slug) continue;
        if (!found.includes(slug)) found.push(slug);
        covered = n;
        break;
      }
      i += covered;
    }
  }
  return found;
}

/** The system `--system` names, by slug or any alias. */
export function findSystem(systems: SystemEntry[], named: string): string | null {
  const k = normalizeAlias(named);
  return systems.find((s) => [s.slug, s.name, ...s.aliases].some((a) => normalizeAlias(a) === k))?.slug ?? null;
}

/**
 * Category proposed for a new system from words in its name, first match wins. Each entry is a
 * category slug of seeds/systems.json and the words that suggest it.
 */
export const CATEGORY_KEYWORDS: readonly (readonly [string, RegExp])[] = [
  ["sustainment-and-services", /\b(?:design and construction|construction|facilities|infrastructure|follow-on support|sustainment|spare parts)\b/i],
  ["uncrewed-aircraft", /\b(?:MQ|RQ|XQ)-\d|\b(?:UAS|UAV|drones?|unmanned aerial|uncrewed aircraft|remotely piloted)\b/i],
  ["helicopters", /\b(?:AH|UH|CH|MH|HH|SH|OH|TH)-\d|\b(?:helicopters?|rotorcraft|Apache|Black ?Hawk|Chinook|Seahawk|Viper|Venom)\b/i],
  ["rocket-artillery", /\b(?:HIMARS|MLRS|GMLRS|ATACMS|rocket launchers?|rocket artillery|M142|M270)\b/i],
  ["air-and-missile-defense", /\b(?:Patriot|PAC-[23]|THAAD|NASAMS|SM-[236]|Standard Missile|air defen[cs]e|missile defen[cs]e|IBCS|Sentinel|Avenger|Stinger|counter-(?:UAS|drone)|C-UAS|interceptors?)\b/i],
  ["air-to-air-missile", /\b(?:AIM-\d+|AMRAAM|Sidewinder|air-to-air)\b/i],
  ["anti-armor-missile", /\b(?:Javelin|TOW|Hellfire|JAGM|anti-(?:tank|armor)|BGM-71|FGM-148|AGM-114|AGM-179|Spike)\b/i],
  ["air-launched-strike-missile", /\b(?:JASSM|LRASM|AGM-\d+|SLAM-ER|cruise missiles?|stand-?off|JSOW|HARM|AARGM)\b/i],
  ["naval-weapons", /\b(?:Harpoon|torpedo(?:es)?|Mk ?\d+ (?:torpedo|gun|VLS)|naval|ships?|frigates?|destroyers?|vessels?|submarines?|Phalanx|CIWS|Naval Strike Missile|RGM-|UGM-|MK 41|Aegis)\b/i],
  ["bombs-and-guidance-kits", /\b(?:bombs?|JDAM|Paveway|GBU-\d+|SDB|guidance kits?|BLU-\d+|MK-?8[2-4]|KMU-\d+|laser-guided)\b/i],
  ["tube-artillery", /\b(?:howitzers?|M109|M777|Paladin|Excalibur|155 ?mm|105 ?mm)\b/i],
  ["combat-aircraft", /\b(?:F-\d+|F\/A-18|fighters?|Eurofighter|Gripen)\b/i],
  ["support-aircraft", /\b(?:C-\d+|KC-\d+|E-\d+|P-8|MC-\d+|Hercules|Globemaster|tankers?|transport aircraft|trainer aircraft|T-\d+|King Air|aircraft)\b/i],
  ["ground-vehicles", /\b(?:tanks?|Abrams|M1A2|Bradley|Stryker|HMMWV|Humvee|JLTV|vehicles?|M113|AMPV|MRAP|recovery)\b/i],
  ["ammunition", /\b(?:ammunition|rounds?|cartridges?|projectiles?|mortars?|grenades?|small arms|rifles?|machine guns?|\d+ ?mm)\b/i],
  ["c4isr-and-sensors", /\b(?:radars?|sensors?|MIDS|Link[- ]?16|communications?|C4I|C4ISR|ISR|GPS|navigation|night vision|terminals?|satellite|software|network|electronic warfare|IFF|crypto\w*|ground control approach)\b/i],
  ["sustainment-and-services", /\b(?:support|sustainment|spare|parts|training|services|maintenance|logistics|repair|upgrade|modification)\b/i],
];

/** The category proposed for a system named `name`; the fallback is sustainment and services. */
export function proposeCategory(name: string, categories: SystemsFile["categories"]): string {
  const known = new Set(categories.map((c) => c.slug));
  for (const [slug, words] of CATEGORY_KEYWORDS) if (known.has(slug) && words.test(name)) return slug;
  return known.has("sustainment-and-services") ? "sustainment-and-services" : categories[0]!.slug;
}

export function normalizeForSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** Trailing words that describe what is sold rather than name it. */
const GENERIC_TAIL = /\s+(?:and\s+related\s+(?:equipment|elements.*|support.*)|related\s+equipment|systems?\s+and\s+related.*|follow-on\s+support.*|sustainment.*|support.*)$/i;

/**
 * A new seeds/systems.json entry for a system no entry names: called after the designator the
 * text uses ("C-130J-30" → "C-130J"), else after the first words of its name; the acronym in
 * brackets becomes an alias; the category is proposed from the name; `review` says it was
 * added by the importer and needs a person's check.
 */
export function proposeSystem(systems: SystemEntry[], categories: SystemsFile["categories"], named: string, context: string): SystemEntry {
  const cleaned = named.replace(/^(?:an?|the|up to)\s+/i, "").replace(/\s+/g, " ").trim();
  // "C-130J-30" is the C-130J; "A-29" stays "A-29".
  const designator = /\b(?:[A-Z]{1,4}\/)?[A-Z]{1,4}-\d{1,4}[A-Z]?(?:-\d+)?\b/.exec(cleaned)?.[0]?.replace(/^(.*-\d+[A-Z])-\d+$/, "$1");
  const acronym = /\(([A-Z][A-Za-z0-9/-]{1,11})\)/.exec(cleaned)?.[1];
  const base = cleaned.replace(/\s*\([^)]*\)/g, "").replace(GENERIC_TAIL, "").trim();
  const name = designator ?? (base.split(" ").slice(0, 8).join(" ") || cleaned.slice(0, 60));
  let slug = normalizeForSlug(name) || "system";
  const taken = new Set(systems.map((s) => s.slug));
  for (let n = 2; taken.has(slug); n++) slug = `${normalizeForSlug(name)}-${n}`;
  const aliases = [acronym, designator && base !== designator ? base : null].filter((a): a is string => !!a && normalizeAlias(a) !== normalizeAlias(name));
  // An alias already naming another system would make the seed refuse the file: leave it out.
  const owned = new Set(systems.flatMap((s) => [s.slug, s.name, ...s.aliases].map(normalizeAlias)));
  return {
    slug,
    name,
    category: proposeCategory(`${named} ${context}`, categories),
    aliases: [...new Set(aliases)].filter((a) => !owned.has(normalizeAlias(a))).slice(0, 4),
    review: `Added by npm run import from "${clip(named, 200)}": check the name, the category and the aliases, then remove this line.`,
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
