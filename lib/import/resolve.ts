import { readFileSync } from "node:fs";
import path from "node:path";
import { reviewTier, type ReviewTier } from "@/lib/review-period";
import { recipientsFileSchema, systemsFileSchema, type RecipientSeed, type SystemsFile } from "@/lib/seed/schema";
import { normalizeAlias } from "@/lib/systems";

/**
 * Matches what a release names against the project's reference data: recipients by name,
 * DSCA wording (TECRO), code or acronym; systems by any alias, so "AIM-120C-8" is the
 * existing `amraam`. What is not known is never created here: the importer proposes an
 * entry for a person to add, so one system never gets a second spelling.
 */

export type Reference = { recipients: RecipientSeed[]; systems: SystemsFile["systems"]; categories: SystemsFile["categories"] };

export function loadReference(seedsDir: string): Reference {
  const recipients = recipientsFileSchema.parse(JSON.parse(readFileSync(path.join(seedsDir, "recipients.json"), "utf8"))).recipients;
  const systemsFile = systemsFileSchema.parse(JSON.parse(readFileSync(path.join(seedsDir, "systems.json"), "utf8")));
  return { recipients, systems: systemsFile.systems, categories: systemsFile.categories };
}

/** "Taipei Economic … States (TECRO)" → ["Taipei Economic … States", "TECRO"]. */
function namesOf(text: string): string[] {
  const acronym = /\(([A-Z][A-Za-z0-9-]{1,11})\)\s*$/.exec(text);
  const bare = text.replace(/\s*\([^)]*\)\s*$/, "").trim();
  return acronym ? [bare, acronym[1]!] : [bare];
}

/** The recipient the text (or `--recipient`) names, by code, name, DSCA wording or acronym. */
export function findRecipient(reference: Reference, named: string): RecipientSeed | null {
  const wanted = new Set(namesOf(named.trim()).map(normalizeAlias));
  wanted.add(normalizeAlias(named.replace(/^the\s+Government\s+of\s+(?:the\s+)?/i, "")));
  return (
    reference.recipients.find((r) => {
      const known = [r.code, r.name, ...(r.notifiedAs ? namesOf(r.notifiedAs) : [])].map(normalizeAlias);
      return known.some((k) => wanted.has(k));
    }) ?? null
  );
}

export type RecipientProposal = { entry: RecipientSeed; tier: ReviewTier; natoStated: boolean };

const ORGANIZATION = /\b(?:Agency|Organi[sz]ation|Office|Alliance|Command|NATO|Union)\b/;

/**
 * The seeds/recipients.json entry to add for a recipient the data does not know. A country's
 * code comes from the ISO 3166 names Node ships with (Intl.DisplayNames); an organisation's
 * from its acronym. NATO membership is taken from the text when it says so ("a NATO Ally");
 * otherwise the entry says false and the report asks the user to check it.
 */
export function proposeRecipient(named: string, saysNato: boolean): RecipientProposal {
  const plain = named.replace(/^the\s+Government\s+of\s+(?:the\s+)?/i, "").replace(/^the\s+/i, "").trim();
  const [name, acronym] = namesOf(plain);
  const isOrganization = ORGANIZATION.test(named);
  const code = isOrganization ? (acronym ?? initials(name!)) : (isoCode(name!) ?? initials(name!));
  const nato = saysNato || (isOrganization && /\bNATO\b/.test(named));
  const entry: RecipientSeed = {
    code,
    name: name!,
    kind: isOrganization ? "organization" : "country",
    notifiedAs: acronym ? plain : null,
    nato,
    context: [],
  };
  return { entry, tier: reviewTier(entry), natoStated: nato };
}

function initials(name: string): string {
  return (name.match(/\b[A-Z]/g) ?? ["X", "X"]).join("").slice(0, 12).padEnd(2, "X");
}

let regionCodes: Map<string, string> | null = null;
function isoCode(name: string): string | null {
  if (!regionCodes) {
    regionCodes = new Map();
    const names = new Intl.DisplayNames(["en"], { type: "region" });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        try {
          const display = names.of(code);
          if (display && display !== code) regionCodes.set(normalizeAlias(display), code);
        } catch {
          // Not a region code.
        }
      }
    }
  }
  return regionCodes.get(normalizeAlias(name)) ?? null;
}

const MAX_WORDS = 6;

/**
 * Systems named in the given texts (headline, subject, MDE lines), in order of first mention.
 * Every run of up to six words is compared with every system's slug, name and aliases, with
 * the same normalisation the seed uses, so "(HIMARS)", "M142" and "AIM-120C-8" all match.
 */
export function findSystems(reference: Reference, texts: string[]): string[] {
  const owner = new Map<string, string>();
  for (const s of reference.systems) for (const alias of [s.slug, s.name, ...s.aliases]) owner.set(normalizeAlias(alias), s.slug);
  const found: string[] = [];
  for (const text of texts) {
    const words = text.split(/[\s,;()]+/).map((w) => w.replace(/^["“']+|["”'.:]+$/g, "")).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
        const slug = owner.get(normalizeAlias(words.slice(i, i + n).join(" ")));
        if (slug && !found.includes(slug)) found.push(slug);
      }
    }
  }
  return found;
}

/** The system `--system` names, by slug or any alias. */
export function findSystem(reference: Reference, named: string): string | null {
  const key = normalizeAlias(named);
  return reference.systems.find((s) => [s.slug, s.name, ...s.aliases].some((a) => normalizeAlias(a) === key))?.slug ?? null;
}

export type SystemProposal = { slug: string; name: string; category: string; aliases: string[] };

/**
 * The seeds/systems.json entry to add, named after the designator the text uses ("MC-55A"),
 * else after the headline; an acronym in brackets ("(FOTS)") becomes an alias.
 */
export function proposeSystem(reference: Reference, named: string): SystemProposal {
  const designator = /\b[A-Z]{1,4}-?\d{1,4}[A-Z]?(?:-\d+)?\b/.exec(named)?.[0];
  const acronym = /\(([A-Z][A-Za-z0-9-]{1,11})\)/.exec(named)?.[1];
  const name = designator ?? named.replace(/\s*\([^)]*\)/g, "").replace(/\s+and related (?:equipment|elements.*)$/i, "").trim();
  return { slug: normalizeForSlug(name), name, category: `<one of: ${reference.categories.map((c) => c.slug).join(", ")}>`, aliases: acronym && !designator ? [acronym] : [] };
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
