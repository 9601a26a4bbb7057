/**
 * The one table of who gets the shorter congressional review under AECA §36(b): NATO, its
 * member states and its agencies, and the five non-NATO partners the law names ("NATO+5").
 * The review-period rule (lib/domain/review-period.ts) and the importer (lib/import/vocabulary.ts,
 * which sets `nato` on a recipient it adds to seeds/recipients.json) both read it.
 */

/** NATO member states by ISO 3166-1 alpha-2 code, with the day each joined. */
export const NATO_MEMBERS: Readonly<Record<string, { name: string; joined: string }>> = {
  AL: { name: "Albania", joined: "2009-04-01" },
  BE: { name: "Belgium", joined: "1949-08-24" },
  BG: { name: "Bulgaria", joined: "2004-03-29" },
  CA: { name: "Canada", joined: "1949-08-24" },
  HR: { name: "Croatia", joined: "2009-04-01" },
  CZ: { name: "Czechia", joined: "1999-03-12" },
  DK: { name: "Denmark", joined: "1949-08-24" },
  EE: { name: "Estonia", joined: "2004-03-29" },
  FI: { name: "Finland", joined: "2023-04-04" },
  FR: { name: "France", joined: "1949-08-24" },
  DE: { name: "Germany", joined: "1955-05-06" },
  GR: { name: "Greece", joined: "1952-02-18" },
  HU: { name: "Hungary", joined: "1999-03-12" },
  IS: { name: "Iceland", joined: "1949-08-24" },
  IT: { name: "Italy", joined: "1949-08-24" },
  LV: { name: "Latvia", joined: "2004-03-29" },
  LT: { name: "Lithuania", joined: "2004-03-29" },
  LU: { name: "Luxembourg", joined: "1949-08-24" },
  ME: { name: "Montenegro", joined: "2017-06-05" },
  NL: { name: "Netherlands", joined: "1949-08-24" },
  MK: { name: "North Macedonia", joined: "2020-03-27" },
  NO: { name: "Norway", joined: "1949-08-24" },
  PL: { name: "Poland", joined: "1999-03-12" },
  PT: { name: "Portugal", joined: "1949-08-24" },
  RO: { name: "Romania", joined: "2004-03-29" },
  SK: { name: "Slovakia", joined: "2004-03-29" },
  SI: { name: "Slovenia", joined: "2004-03-29" },
  ES: { name: "Spain", joined: "1982-05-30" },
  SE: { name: "Sweden", joined: "2024-03-07" },
  TR: { name: "Türkiye", joined: "1952-02-18" },
  GB: { name: "United Kingdom", joined: "1949-08-24" },
  US: { name: "United States", joined: "1949-08-24" },
};

/** The five non-NATO partners AECA §36(b) names alongside NATO. */
export const NATO_PLUS_FIVE = { JP: "Japan", AU: "Australia", KR: "South Korea", IL: "Israel", NZ: "New Zealand" } as const;

/**
 * NATO itself and the NATO agencies that buy through FMS, by the code the record uses for them,
 * with every name an official text gives them.
 */
export const NATO_ORGANIZATIONS: Readonly<Record<string, { name: string; names: readonly string[] }>> = {
  NATO: { name: "NATO", names: ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "NATO"] },
  NSPA: { name: "NATO Support and Procurement Agency", names: ["NATO Support and Procurement Agency", "NSPA", "NATO Maintenance and Supply Agency", "NAMSA"] },
  NCIA: { name: "NATO Communications and Information Agency", names: ["NATO Communications and Information Agency", "NCIA", "NCI Agency"] },
};

/** A NATO member state (today), by ISO code. */
export function isNatoMember(code: string): boolean {
  return Object.hasOwn(NATO_MEMBERS, code);
}

/** A NATO member state, NATO, or one of its agencies. */
export function isNato(code: string): boolean {
  return isNatoMember(code) || Object.hasOwn(NATO_ORGANIZATIONS, code);
}

/** One of the five named partners. */
export function isNamedPartner(code: string): code is keyof typeof NATO_PLUS_FIVE {
  return Object.hasOwn(NATO_PLUS_FIVE, code);
}
