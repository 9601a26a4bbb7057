import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { buildIsComplete, readBuild } from "@/lib/dataset";
import { databaseFile } from "@/lib/server/database-url.mjs";
import { datasetDirectory } from "@/lib/server/dataset-dir.mjs";
import { loadSeedData, SeedValidationError, writeSeedData } from "@/lib/seed";

// `npm run db:seed [-- <seeds dir>] [--no-dataset]`: validates every seed file, then loads them all
// in one transaction. Nothing is written unless every file is valid. --no-dataset leaves the
// dataset's files (/data) unbuilt: for a database nobody downloads them from (the tests' seeds).
async function main() {
  const args = process.argv.slice(2);
  const dataset = !args.includes("--no-dataset");
  const dir = path.resolve(args.find((a) => !a.startsWith("--")) ?? "seeds");
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
  // data_version moves when another connection commits a change: the seed's write, if it changed anything.
  const watcher = new Database(file, { readonly: true, fileMustExist: true });
  const versionBefore = watcher.pragma("data_version", { simple: true });
  const started = performance.now();
  const s = writeSeedData(file, data);
  const ms = Math.round(performance.now() - started);
  const changed = watcher.pragma("data_version", { simple: true }) !== versionBefore;
  watcher.close();
  console.log(
    `Seeded ${path.relative(process.cwd(), file)} from ${path.relative(process.cwd(), dir) || "."}: ${data.notifications.length} notifications ` +
      `(${s.created} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.removed} removed) in ${ms} ms`,
  );
  console.log(`Congress's response: ${data.resolutions.length} joint resolution${data.resolutions.length === 1 ? "" : "s"} of disapproval.`);
  if (dataset) buildDataset(file, changed);
}

/**
 * The dataset's files (/data), built from what the transaction committed (scripts/dataset.ts,
 * `npm run dataset`): always after a seed that changed something, otherwise only when a file of
 * the last build is missing, so a seed that changes nothing still writes nothing. It runs as a
 * process of its own because it reads through lib/queries, which needs the react-server condition.
 */
function buildDataset(file: string, changed: boolean) {
  let output = "";
  try {
    if (!changed && buildIsComplete(readBuild(file), datasetDirectory(file))) return;
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const result = spawnSync(tsx, ["--conditions", "react-server", "scripts/dataset.ts"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: "utf8" });
    process.stdout.write(result.stdout ?? "");
    if (result.status === 0) return;
    output = result.stderr || result.error?.message || `exit code ${result.status}`;
  } catch (error) {
    output = error instanceof Error ? error.message : String(error);
  }
  process.stderr.write(`${output.trimEnd()}\nThe record was seeded (the transaction committed); building its files failed. Run \`npm run dataset\` to build them again.\n`);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`Seeding failed; the transaction was rolled back and the database is unchanged.\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
