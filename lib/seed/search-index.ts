import type Database from "better-sqlite3";

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

/** Rows of `sql` (ordered by notificationId) grouped by notification. */
function byNotification<T extends { notificationId: number }>(db: Database.Database, sql: string): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of db.prepare(sql).all() as T[]) {
    const list = out.get(row.notificationId);
    if (list) list.push(row);
    else out.set(row.notificationId, [row]);
  }
  return out;
}

/**
 * The search text of every notification, built from what the database now holds: a handful
 * of flat reads (one per table), grouped here, rather than a query per notification.
 */
function wantedRows(db: Database.Database): SearchRow[] {
  const notifications = db
    .prepare(
      `SELECT n."id" AS id, n."title" AS title, n."summary" AS summary, r."name" AS recipientName, r."notifiedAs" AS notifiedAs
       FROM "Notification" n JOIN "Recipient" r ON r."id" = n."recipientId" ORDER BY n."id"`,
    )
    .all() as { id: number; title: string; summary: string; recipientName: string; notifiedAs: string | null }[];
  const aliases = new Map<number, string[]>();
  for (const a of db.prepare(`SELECT "systemId", "alias" FROM "SystemAlias" ORDER BY "systemId", "alias"`).all() as { systemId: number; alias: string }[]) {
    aliases.set(a.systemId, [...(aliases.get(a.systemId) ?? []), a.alias]);
  }
  const systems = byNotification<{ notificationId: number; systemId: number; name: string }>(
    db,
    `SELECT ns."notificationId" AS notificationId, s."id" AS systemId, s."name" AS name
     FROM "NotificationSystem" ns JOIN "System" s ON s."id" = ns."systemId" ORDER BY ns."notificationId", ns."position"`,
  );
  const lines = byNotification<{ notificationId: number; description: string }>(
    db,
    `SELECT "notificationId", "description" FROM "LineItem" ORDER BY "notificationId", "kind", "position"`,
  );
  const contractors = byNotification<{ notificationId: number; name: string; location: string | null }>(
    db,
    `SELECT "notificationId", "name", "location" FROM "PrincipalContractor" ORDER BY "notificationId", "position"`,
  );
  const sources = byNotification<{ notificationId: number; publisher: string; title: string | null }>(
    db,
    `SELECT "notificationId", "publisher", "title" FROM "Source" ORDER BY "notificationId", "position"`,
  );
  // "; " between items: snippets shown under a result read as a list.
  return notifications.map((n) => ({
    id: n.id,
    title: n.title,
    summary: n.summary,
    equipment: (lines.get(n.id) ?? []).map((l) => l.description).join("; "),
    contractors: (contractors.get(n.id) ?? []).map((c) => (c.location ? `${c.name}, ${c.location}` : c.name)).join("; "),
    sources: (sources.get(n.id) ?? []).map((s) => (s.title ? `${s.publisher}: ${s.title}` : s.publisher)).join("; "),
    names: [n.recipientName, n.notifiedAs, ...(systems.get(n.id) ?? []).flatMap((s) => [s.name, ...(aliases.get(s.systemId) ?? [])])]
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
export function syncSearchIndex(db: Database.Database): { written: number; deleted: number } {
  const wanted = wantedRows(db);
  const existing = new Map(
    (db.prepare(`SELECT rowid AS id, ${COLUMNS.join(", ")} FROM NotificationSearch`).all() as SearchRow[]).map((r) => [r.id, r]),
  );
  const remove = db.prepare(`DELETE FROM NotificationSearch WHERE rowid = ?`);
  const insert = db.prepare(`INSERT INTO NotificationSearch (rowid, ${COLUMNS.join(", ")}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  let written = 0;
  let deleted = 0;
  for (const row of wanted) {
    const before = existing.get(row.id);
    existing.delete(row.id);
    if (before && same(before, row)) continue;
    if (before) remove.run(row.id);
    insert.run(row.id, ...COLUMNS.map((c) => row[c]));
    written++;
  }
  for (const id of existing.keys()) {
    remove.run(id);
    deleted++;
  }
  return { written, deleted };
}
