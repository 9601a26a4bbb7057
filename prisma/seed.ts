import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFile } from "@/lib/server/database-url.mjs";
import { loadSeedData, SeedValidationError, writeSeedData } from "@/lib/seed";

// `npm run db:seed [-- <seeds dir>]`: validates every seed file, then loads them all in one
// transaction. Nothing is written unless every file is valid.
async function main() {
  const dir = path.resolve(process.argv[2] ?? "seeds");
  const file = databaseFile();
  let data;
  try {
    data = loadSeedData(dir);
  } catch (error) {
    if (error instanceof SeedValidationError) {
      console.error(`Seed data is invalid; the database was not changed (${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}):\n${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  if (!existsSync(file)) {
    console.error(
      `Cannot seed: the database file ${file} does not exist. Check DATABASE_URL, or run \`npm start\` (or \`npm run db:migrate\`), which creates it.`,
    );
    process.exitCode = 1;
    return;
  }
  // WAL mode (kept in the file) lets a running server keep reading while this writes.
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
  const started = performance.now();
  const s = writeSeedData(file, data);
  const ms = Math.round(performance.now() - started);
  console.log(
    `Seeded ${path.relative(process.cwd(), file)} from ${path.relative(process.cwd(), dir) || "."}: ${data.notifications.length} notifications ` +
      `(${s.created} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.removed} removed) in ${ms} ms`,
  );
  console.log(`Congress's response: ${data.resolutions.length} joint resolution${data.resolutions.length === 1 ? "" : "s"} of disapproval.`);
}

main().catch((error: unknown) => {
  console.error(`Seeding failed; the transaction was rolled back and the database is unchanged.\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
