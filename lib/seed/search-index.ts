import type { PrismaClient } from "@/lib/prisma-client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** One row of the NotificationSearch FTS5 table (migration 20261122060000_notification_search). */
export type SearchRow = {
  id: number;
  title: string;
  summary: string;
  equipment: string;
  contractors: string;
  sources: string;
  names: string;
};

const COLUMNS = ["title", "summary", "equipment", "contractors", "sources", "names"] as const;

/** The search text of every notification, built from what the database now holds. */
async function wantedRows(tx: Tx): Promise<SearchRow[]> {
  const rows = await tx.notification.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      title: true,
      summary: true,
      recipient: { select: { name: true, notifiedAs: true } },
      systems: { orderBy: { position: "asc" }, select: { system: { select: { name: true, aliases: { orderBy: { alias: "asc" }, select: { alias: true } } } } } },
      lineItems: { orderBy: [{ kind: "asc" }, { position: "asc" }], select: { description: true } },
      contractors: { orderBy: { position: "asc" }, select: { name: true, location: true } },
      sources: { orderBy: { position: "asc" }, select: { publisher: true, title: true } },
    },
  });
  // "; " between items: snippets shown under a result read as a list.
  return rows.map((n) => ({
    id: n.id,
    title: n.title,
    summary: n.summary,
    equipment: n.lineItems.map((l) => l.description).join("; "),
    contractors: n.contractors.map((c) => (c.location ? `${c.name}, ${c.location}` : c.name)).join("; "),
    sources: n.sources.map((s) => (s.title ? `${s.publisher}: ${s.title}` : s.publisher)).join("; "),
    names: [n.recipient.name, n.recipient.notifiedAs, ...n.systems.flatMap((s) => [s.system.name, ...s.system.aliases.map((a) => a.alias)])]
      .filter((v, i, all): v is string => !!v && all.indexOf(v) === i)
      .join("; "),
  }));
}

const same = (a: SearchRow, b: SearchRow) => COLUMNS.every((c) => a[c] === b[c]);

/**
 * Brings the search index in line with the notifications, inside the seed's transaction:
 * rows for new or changed notifications are (re)written, rows of removed ones deleted, and
 * nothing is written when nothing changed (so a re-seed leaves the database identical). It
 * compares against the index itself rather than trusting the seed's change list, so an
 * index that is empty (just migrated) or stale (a system alias renamed, which changes no
 * notification file) is filled and corrected on the next seed.
 */
export async function syncSearchIndex(tx: Tx): Promise<{ written: number; deleted: number }> {
  const wanted = await wantedRows(tx);
  const existing = new Map(
    (await tx.$queryRaw<SearchRow[]>`SELECT rowid AS id, title, summary, equipment, contractors, sources, names FROM NotificationSearch`).map((r) => [
      Number(r.id),
      r,
    ]),
  );
  let written = 0;
  let deleted = 0;
  for (const row of wanted) {
    const before = existing.get(row.id);
    existing.delete(row.id);
    if (before && same(before, row)) continue;
    if (before) await tx.$executeRaw`DELETE FROM NotificationSearch WHERE rowid = ${row.id}`;
    await tx.$executeRaw`INSERT INTO NotificationSearch (rowid, title, summary, equipment, contractors, sources, names)
      VALUES (${row.id}, ${row.title}, ${row.summary}, ${row.equipment}, ${row.contractors}, ${row.sources}, ${row.names})`;
    written++;
  }
  for (const id of existing.keys()) {
    await tx.$executeRaw`DELETE FROM NotificationSearch WHERE rowid = ${id}`;
    deleted++;
  }
  return { written, deleted };
}
