// The library's core, without the entry point that loads every language it ships: the map
// needs the code tables and English names only.
import countries from "i18n-iso-countries/index";
import english from "i18n-iso-countries/langs/en.json";

/**
 * Recipient codes are ISO 3166-1 alpha-2 (lib/seed/schema.ts); Natural Earth's shapes in
 * world-atlas are keyed by ISO 3166-1 numeric ("616" for Poland, "158" for Taiwan). The map
 * turns one into the other with i18n-iso-countries rather than a table of our own.
 */
countries.registerLocale(english);

/** "616" for "PL"; undefined for a code that is not ISO 3166-1 alpha-2 (an organisation's, "NSPA"). */
export function numericOf(alpha2: string): string | undefined {
  return /^[A-Z]{2}$/.test(alpha2) ? countries.alpha2ToNumeric(alpha2) : undefined;
}

/**
 * The alpha-2 code of an atlas shape: from its numeric id, or, for the few shapes Natural
 * Earth gives no ISO number (Kosovo, which has only the user-assigned "XK"), from its English name.
 */
export function alpha2OfShape(id: string | number | undefined, name: string | undefined): string | undefined {
  if (id !== undefined && id !== "") return countries.numericToAlpha2(id);
  return name ? countries.getAlpha2Code(name, "en") : undefined;
}

/** Every ISO 3166-1 alpha-2 code the library knows (for tests: any country a recipient may be). */
export function allAlpha2Codes(): string[] {
  return Object.keys(countries.getAlpha2Codes());
}
