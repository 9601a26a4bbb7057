import type { SearchField, SearchHighlight } from "@/lib/domain";
import { Prisma } from "@/lib/generated/prisma/client";
import { hasMark, highlightParts, MARK_END, MARK_START, matchExpression } from "./query";

/**
 * Full-text search on the NotificationSearch FTS5 table (see its migration), through raw
 * queries: Prisma cannot model a virtual table. The MATCH expression always comes from
 * matchExpression(), never from user text. lib/queries combines these fragments with the
 * other filters, so matching, counting, ranking and paging all happen in one SQL query each,
 * exact at any number of matches. The client is a parameter so that highlights can be tested
 * on a seeded temporary database.
 */

/** The ids (rowids) of the notifications a MATCH expression finds, for `n.id IN (…)`. */
export function matchingIds(expression: string): Prisma.Sql {
  return Prisma.sql`SELECT rowid FROM NotificationSearch WHERE NotificationSearch MATCH ${expression}`;
}

/**
 * The relevance of the current NotificationSearch row (bm25: lower is better), in a query that
 * MATCHes the table. Weights, in column order: a word in the title counts most, then the
 * summary, the equipment and contractors, the names (recipient, systems and their aliases),
 * the sources.
 */
export const RELEVANCE = Prisma.sql`bm25(NotificationSearch, 10.0, 4.0, 3.0, 3.0, 1.0, 2.0)`;

/** The columns after title and summary (2 to 5), in the order the snippets are selected. */
const SNIPPET_FIELDS: SearchField[] = ["equipment", "contractors", "sources", "names"];

/**
 * Where the search matched each of the given notifications: the title and summary with
 * every match marked, and a short marked snippet of each other field that matched.
 */
export async function searchHighlights(
  prisma: Prisma.TransactionClient,
  query: string,
  rows: { id: number; title: string; summary: string }[],
): Promise<Map<number, SearchHighlight>> {
  const expression = matchExpression(query);
  const result = new Map<number, SearchHighlight>();
  if (!expression || rows.length === 0) return result;
  const marked = await prisma.$queryRaw<{ id: bigint | number; title: string; summary: string; f2: string; f3: string; f4: string; f5: string }[]>`
    SELECT rowid AS id,
      highlight(NotificationSearch, 0, ${MARK_START}, ${MARK_END}) AS title,
      highlight(NotificationSearch, 1, ${MARK_START}, ${MARK_END}) AS summary,
      snippet(NotificationSearch, 2, ${MARK_START}, ${MARK_END}, '…', 12) AS f2,
      snippet(NotificationSearch, 3, ${MARK_START}, ${MARK_END}, '…', 12) AS f3,
      snippet(NotificationSearch, 4, ${MARK_START}, ${MARK_END}, '…', 12) AS f4,
      snippet(NotificationSearch, 5, ${MARK_START}, ${MARK_END}, '…', 12) AS f5
    FROM NotificationSearch
    WHERE NotificationSearch MATCH ${expression} AND rowid IN (${Prisma.join(rows.map((r) => r.id))})`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const m of marked) {
    const id = Number(m.id);
    const row = byId.get(id);
    if (!row) continue;
    const snippets = [m.f2, m.f3, m.f4, m.f5];
    result.set(id, {
      title: highlightParts(m.title, row.title),
      summary: highlightParts(m.summary, row.summary),
      elsewhere: SNIPPET_FIELDS.map((field, i) => ({ field, parts: highlightParts(snippets[i] ?? "") })).filter((s) => hasMark(s.parts)),
    });
  }
  return result;
}
