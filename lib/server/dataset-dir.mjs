// @ts-check
import path from "node:path";

/**
 * Where the dataset's files (/data) built from a database live: a folder beside the database
 * file, named after it (`prisma/fms.db` → `prisma/fms.dataset/`), so that every database (the
 * app's, the browser tests' two, the bench's) has its own files and the server finds them from
 * DATABASE_URL alone. Never committed (.gitignore: `*.dataset/`).
 *
 * @param {string} databaseFile the SQLite file, as lib/server/database-url.mjs resolves it
 * @returns {string}
 */
export function datasetDirectory(databaseFile) {
  const parsed = path.parse(databaseFile);
  return path.join(parsed.dir, `${parsed.name}.dataset`);
}
