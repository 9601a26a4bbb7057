import type Database from "better-sqlite3";

/** One row of the NotificationSearch FTS5 table (migration 20261122060000_notification_search), id = its rowid. */
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

/**
 * The search text of every notification, built from what the database now holds. Lists are
 * joined with "; " (snippets shown under a result read as a list), in the record's order:
 * SQLite joins the equipment lines, contractors ("name, location") and sources ("publisher:
 * title"), the bulk of the text; the names are put together here, each once at its first
 * place: the recipient's name and the name it was notified as, the transmittal number and case
 * designator (so `25-34` finds its sale), then each system's name and aliases (alphabetically),
 * in the record's order of systems.
 */
function wantedRows(db: Database.Database): SearchRow[] {
  const notifications = db
    .prepare(
      `SELECT n.id AS id, n.title AS title, n.summary AS summary, r.name AS recipientName, r.notifiedAs AS notifiedAs,
         n.transmittalNumber AS transmittalNumber, n.caseDesignator AS caseDesignator,
         COALESCE((SELECT group_concat(l.description, '; ' ORDER BY l.kind, l.position) FROM LineItem l WHERE l.notificationId = n.id), '') AS equipment,
         COALESCE((SELECT group_concat(CASE WHEN pc.location <> '' THEN pc.name || ', ' || pc.location ELSE pc.name END, '; ' ORDER BY pc.position)
                   FROM PrincipalContractor pc WHERE pc.notificationId = n.id), '') AS contractors,
         COALESCE((SELECT group_concat(CASE WHEN so.title <> '' THEN so.publisher || ': ' || so.title ELSE so.publisher END, '; ' ORDER BY so.position)
                   FROM Source so WHERE so.notificationId = n.id), '') AS sources
       FROM Notification n JOIN Recipient r ON r.id = n.recipientId ORDER BY n.id`,
    )
    .all() as (Omit<SearchRow, "names"> & { recipientName: string; notifiedAs: string | null; transmittalNumber: string | null; caseDesignator: string | null })[];
  const systemNames = new Map<number, string[]>();
  for (const s of db.prepare(`SELECT "id", "name" FROM "System"`).all() as { id: number; name: string }[]) systemNames.set(s.id, [s.name]);
  for (const a of db.prepare(`SELECT "systemId", "alias" FROM "SystemAlias" ORDER BY "systemId", "alias"`).all() as { systemId: number; alias: string }[]) {
    systemNames.get(a.systemId)?.push(a.alias);
  }
  const systems = new Map<number, number[]>();
  for (const ns of db.prepare(`SELECT "notificationId", "systemId" FROM "NotificationSystem" ORDER BY "notificationId", "position"`).all() as { notificationId: number; systemId: number }[]) {
    const list = systems.get(ns.notificationId);
    if (list) list.push(ns.systemId);
    else systems.set(ns.notificationId, [ns.systemId]);
  }
  return notifications.map(({ recipientName, notifiedAs, transmittalNumber, caseDesignator, ...n }) => ({
    ...n,
    names: [recipientName, notifiedAs, transmittalNumber && `Transmittal ${transmittalNumber}`, caseDesignator, ...(systems.get(n.id) ?? []).flatMap((id) => systemNames.get(id) ?? [])]
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
