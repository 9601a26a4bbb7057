import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Test helper: a fresh SQLite file with the project's real migrations applied. */
export function migrateFreshDatabase(file: string): void {
  const db = new Database(file);
  try {
    const dir = path.resolve(__dirname, "../../prisma/migrations");
    for (const migration of readdirSync(dir).filter((d) => /^\d+_/.test(d)).sort()) {
      db.exec(readFileSync(path.join(dir, migration, "migration.sql"), "utf8"));
    }
  } finally {
    db.close();
  }
}
