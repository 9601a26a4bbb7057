/** The word for `n` things: `one` for exactly one, `many` otherwise (0 notifications, 2 notifications). */
export function pluralNoun(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** A count as the site prints it: "1,299". */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/** "1 notification", "3 notifications", "1,250 notifications": the one way the site counts things in words. */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${pluralNoun(n, one, many)}`;
}

/** A file's size as a reader says it: "812 bytes", "236 KB", "4.2 MB" (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString("en-US")} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;
}
