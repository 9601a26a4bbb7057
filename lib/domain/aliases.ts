/**
 * Systems are found by any of their common names: "HIMARS", "M142" and "m142-himars" name
 * the same system. Aliases compare case-, space- and punctuation-insensitively.
 */
export function normalizeAlias(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}
