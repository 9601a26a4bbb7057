/** The word for `n` things: `one` for exactly one, `many` otherwise (0 notifications, 2 notifications). */
export function pluralNoun(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** "1 notification", "3 notifications", "1,250 notifications": the one way the site counts things in words. */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${pluralNoun(n, one, many)}`;
}
