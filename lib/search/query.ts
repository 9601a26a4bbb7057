/**
 * Pure helpers for full-text search: the user's words → a safe FTS5 MATCH expression, and
 * FTS5's marked-up highlights → text parts a component renders (a `<mark>` per match).
 *
 * User text is never passed to FTS5 as query syntax. Every term becomes a quoted phrase of
 * letter-and-digit tokens, so quotes, `*`, `^`, `NEAR(`, `AND`, `OR`, `NOT`, column filters
 * and parentheses are only ever words to look for (or dropped as punctuation), never a
 * syntax error (a 500) or an operator.
 */

import type { TextPart } from "@/lib/domain";

/** Longest search text kept (the filters module trims to this). */
export const MAX_QUERY_LENGTH = 200;
/** Most terms a search is built from; a longer query keeps the first ones. */
const MAX_TERMS = 12;

/** Letters (any script) and digits: what FTS5's unicode61 tokenizer keeps as token characters. */
const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * The search terms of a query: a "quoted phrase" is one term, any other run of non-space
 * characters is one term. "air-to-air" is one term of three tokens, matched as a phrase.
 */
export function searchTerms(query: string): string[][] {
  const terms: string[][] = [];
  for (const match of query.normalize("NFKC").matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const tokens = (match[1] ?? match[0]).toLowerCase().match(TOKEN);
    if (tokens) terms.push(tokens);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/**
 * The FTS5 MATCH expression for a query: every term must match (implicit AND), each as a
 * phrase. Null when the query has nothing to search for (only punctuation), which matches
 * nothing rather than everything.
 *
 *   Zone 5       → "zone" "5"
 *   air-to-air   → "air to air"
 *   "Lockheed Martin" F-35 → "lockheed martin" "f 35"
 */
export function matchExpression(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  // Tokens hold only letters and digits, so they cannot contain a quote; doubling is the
  // FTS5 escape, kept so this stays safe if TOKEN is ever widened.
  return terms.map((tokens) => `"${tokens.join(" ").replaceAll('"', '""')}"`).join(" ");
}

/** FTS5 wraps each match in these (private-use characters, which no record should contain). */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/**
 * Splits FTS5 `highlight()`/`snippet()` output into plain and marked parts. When `original`
 * is given and the text without markers differs from it (the record itself contained a
 * marker character), the original is returned unmarked rather than highlighted wrongly.
 */
export function highlightParts(marked: string, original?: string): TextPart[] {
  const plain = marked.replaceAll(MARK_START, "").replaceAll(MARK_END, "");
  if (original !== undefined && plain !== original) return [{ text: original, mark: false }];
  const parts: TextPart[] = [];
  let mark = false;
  let text = "";
  const flush = () => {
    if (text) parts.push({ text, mark });
    text = "";
  };
  for (const ch of marked) {
    if (ch === MARK_START || ch === MARK_END) {
      flush();
      mark = ch === MARK_START;
    } else {
      text += ch;
    }
  }
  flush();
  return parts;
}

export function hasMark(parts: TextPart[]): boolean {
  return parts.some((p) => p.mark);
}
