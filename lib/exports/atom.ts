/**
 * An Atom 1.0 feed (RFC 4287) as text: a feed id, title, updated, author and rel="self" link,
 * and entries with id, title, updated, published, link, summary and categories. Every text
 * and attribute value is XML-escaped, and characters XML 1.0 forbids are dropped.
 */

export type AtomEntry = {
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  published: string;
  url: string;
  summary: string;
  categories: string[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  selfUrl: string;
  alternateUrl: string;
  author: string;
  entries: AtomEntry[];
};

// Control characters other than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/** "2025-10-01" → "2025-10-01T00:00:00Z": a date-only announcement as an Atom date-time. */
export function atomDate(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

export function buildAtomFeed(feed: AtomFeed): string {
  const e = xmlEscape;
  const entries = feed.entries.map((entry) =>
    [
      "  <entry>",
      `    <id>${e(entry.id)}</id>`,
      `    <title type="text">${e(entry.title)}</title>`,
      `    <updated>${e(entry.updated)}</updated>`,
      `    <published>${e(entry.published)}</published>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.url)}"/>`,
      `    <summary type="text">${e(entry.summary)}</summary>`,
      ...entry.categories.map((c) => `    <category term="${e(c)}"/>`),
      "  </entry>",
    ].join("\n"),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${e(feed.id)}</id>
  <title type="text">${e(feed.title)}</title>
  <subtitle type="text">${e(feed.subtitle)}</subtitle>
  <updated>${e(feed.updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.alternateUrl)}"/>
  <author><name>${e(feed.author)}</name></author>
${entries.join("\n")}
</feed>
`;
}
