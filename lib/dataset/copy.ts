import Database from "better-sqlite3";
import { DATABASE_LEFT_OUT } from "@/lib/exports";

/**
 * The published copy of the database (/data/record.sqlite), in two steps: a consistent snapshot
 * of the site's file (VACUUM INTO reads it in one transaction while the server keeps serving),
 * which the builder reads the other files from, then the snapshot cleaned of the site's
 * bookkeeping (DATABASE_LEFT_OUT) and vacuumed again, so nothing removed lingers in free pages,
 * in rollback-journal mode so it opens as one file anywhere.
 */
export function snapshotDatabase(source: string, target: string): { recordVersion: number } {
  const live = new Database(source, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    live.prepare("VACUUM INTO ?").run(target);
  } finally {
    live.close();
  }
  const copy = new Database(target, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
    // The record's version comes with the snapshot (lib/seed/write.ts bumps it in the seed's transaction).
    return { recordVersion: Number(copy.pragma("user_version", { simple: true })) };
  } finally {
    copy.close();
  }
}

export function cleanCopy(file: string): { notifications: number; tables: number } {
  const copy = new Database(file, { fileMustExist: true });
  try {
    for (const table of Object.keys(DATABASE_LEFT_OUT.tables)) copy.exec(`DROP TABLE IF EXISTS "${table}"`);
    for (const column of Object.keys(DATABASE_LEFT_OUT.columns)) {
      const [table, name] = column.split(".") as [string, string];
      // A column an index covers cannot be dropped: drop the index first.
      const indexes = copy.prepare(`SELECT DISTINCT il.name AS name FROM pragma_index_list(?) il, pragma_index_info(il.name) ii WHERE ii.name = ?`).all(table, name) as { name: string }[];
      for (const index of indexes) copy.exec(`DROP INDEX "${index.name}"`);
      const exists = (copy.prepare(`SELECT COUNT(*) AS n FROM pragma_table_info(?) WHERE name = ?`).get(table, name) as { n: number }).n > 0;
      if (exists) copy.exec(`ALTER TABLE "${table}" DROP COLUMN "${name}"`);
    }
    copy.exec("VACUUM");
    const notifications = (copy.prepare(`SELECT COUNT(*) AS n FROM "Notification"`).get() as { n: number }).n;
    const tables = (copy.prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`).get() as { n: number }).n;
    return { notifications, tables };
  } finally {
    copy.close();
  }
}
