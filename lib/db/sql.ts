/** What SQLite's computed columns arrive as, read into the app's types. */

/** Sums arrive as text (SQLite sums INTEGERs exactly, up to 2^63); null for an empty set. */
export const exactSum = (text: string | null | undefined) => BigInt(text ?? "0");

/** COUNT(*) and other computed integers arrive as a number or a bigint, depending on their size. */
export const toCount = (value: number | bigint | null | undefined) => Number(value ?? 0);
