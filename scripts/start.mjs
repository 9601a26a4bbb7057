#!/usr/bin/env node
// `npm start`: bring the seeded production app up on http://localhost:3000.
//
// Each step runs only when its inputs changed since the last run (hashes kept in
// .prepare-state.json), so a second `npm start` goes straight to the server:
//   1. prisma generate      (schema changed, or client missing)
//   2. prisma migrate deploy (migrations changed, or database file new)
//   3. seed                  (seed files changed, or database changed under us); the seed builds
//      the dataset's files (/data) when it changed the record
//   4. the dataset's files   (the code that writes them changed since they were built)
//   5. next build            (app sources changed, or no build)
//   6. the server: scripts/server.mjs in this process, Next.js behind the nonce policy and the page
//      cache (never `next start`, which has neither: docs/architecture.md says why)
//
// Flags: --prepare-only (stop before the server), --no-seed, --no-build, and --build-only
// (steps 1 and 4 and stop: neither touches the database, so CI runs them while better-sqlite3
// still compiles).
// SEED_DIR (default seeds/) loads another seed folder into the database, e.g. the hostile-data
// fixtures the second e2e server serves; the seed step is keyed per database, so two databases
// seeded from two folders do not re-seed each other.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync, readSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { databaseFile } from "../lib/server/database-url.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const args = new Set(process.argv.slice(2));
const stateFile = path.join(root, ".prepare-state.json");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function hashPaths(paths) {
  const hash = createHash("sha256");
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p).sort()) {
        if (entry === "node_modules" || entry === "generated" || entry.startsWith(".")) continue;
        visit(path.join(p, entry));
      }
    } else {
      hash.update(path.relative(root, p)).update("\0").update(readFileSync(p)).update("\0");
    }
  };
  paths.forEach((p) => visit(path.join(root, p)));
  return hash.digest("hex");
}

function run(label, command, commandArgs, env = process.env) {
  const started = Date.now();
  process.stdout.write(`› ${label}… `);
  const result = spawnSync(command, commandArgs, { cwd: root, env, encoding: "utf8" });
  if (result.status !== 0) {
    process.stdout.write("failed\n");
    process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return result.stdout;
}

/**
 * Says in one paragraph why the database cannot be used, instead of the stack trace or the
 * bare "External error" the migrate step would print, and exits non-zero.
 */
function checkDatabase(file) {
  const dir = path.dirname(file);
  let problem = null;
  if (!existsSync(dir)) problem = `the folder ${dir} does not exist`;
  else if (!statSync(dir).isDirectory()) problem = `${dir} is not a folder`;
  else if (!existsSync(file)) {
    try {
      accessSync(dir, constants.W_OK);
    } catch {
      problem = `the folder ${dir} is not writable, so the database cannot be created there`;
    }
  } else if (statSync(file).isDirectory()) problem = `${file} is a folder, not a database file`;
  else {
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
      const header = Buffer.alloc(16);
      const fd = openSync(file, "r");
      const read = readSync(fd, header, 0, 16, 0);
      closeSync(fd);
      // An empty file is a new database; anything else must start with SQLite's magic string.
      if (read > 0 && header.toString("latin1") !== "SQLite format 3\0") problem = `${file} is not a SQLite database`;
    } catch {
      problem = `${file} cannot be read and written by this user (check its owner and permissions)`;
    }
  }
  if (!problem) return;
  const setting = process.env.DATABASE_URL?.trim() ? `DATABASE_URL is "${process.env.DATABASE_URL.trim()}"` : "DATABASE_URL is not set, so the default file:./prisma/fms.db is used";
  console.error(
    `Cannot start: the database cannot be used because ${problem}. ${setting}. ` +
      "Point DATABASE_URL at a SQLite file in a writable folder (a file: URL or a path, relative to the project), " +
      "or unset it to use prisma/fms.db; `npm start` creates, migrates and seeds the file when it does not exist.",
  );
  process.exit(1);
}

/**
 * Write-ahead logging lets the server keep reading while the seed writes (readers never wait
 * for the writer). It is a property of the database file, so setting it once is enough.
 * Returns true when it changed the file.
 */
function ensureWal(file) {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    if (String(sqlite.pragma("journal_mode", { simple: true })).toLowerCase() === "wal") return false;
    sqlite.pragma("journal_mode = WAL");
    return true;
  } finally {
    sqlite.close();
  }
}

const state = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, "utf8")) : {};
const save = () => writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
const db = databaseFile(process.env, root);
const dbKey = path.relative(root, db);
state.databases ??= {};
const dbState = (state.databases[dbKey] ??= {});
const buildOnly = args.has("--build-only");
if (!buildOnly) checkDatabase(db);
const seedDir = path.relative(root, path.resolve(root, process.env.SEED_DIR?.trim() || "seeds")) || ".";
/** What the dataset's files are written by: lib/dataset and what it reads and formats with. */
const datasetCodeHash = () => hashPaths(["lib/dataset", "lib/exports", "lib/queries", "lib/domain", "lib/format", "scripts/dataset.ts"]);
const dbStamp = () => (existsSync(db) ? `${statSync(db).size}:${statSync(db).mtimeMs}` : null);

// 1. Prisma client
const schemaHash = hashPaths(["prisma/schema.prisma", "package-lock.json"]);
if (state.schemaHash !== schemaHash || !existsSync(path.join(root, "lib/generated/prisma/client.ts"))) {
  run("prisma generate", bin("prisma"), ["generate"]);
  state.schemaHash = schemaHash;
  save();
}

if (!buildOnly) {
  // 2. Migrations
  const migrationsHash = hashPaths(["prisma/migrations"]);
  if (dbState.migrationsHash !== migrationsHash || dbState.stamp !== dbStamp()) {
    run(`prisma migrate deploy (${dbKey})`, bin("prisma"), ["migrate", "deploy"]);
    dbState.migrationsHash = migrationsHash;
    dbState.seedsHash = null;
    dbState.stamp = dbStamp();
    save();
  }
  if (ensureWal(db)) {
    dbState.stamp = dbStamp();
    save();
  }

  // 3. Seed
  if (!args.has("--no-seed")) {
    // The seed validates with lib/domain and lib/format too (kinds, dates, transmittal numbers).
    const seedsHash = hashPaths([seedDir, "lib/seed", "lib/domain", "lib/format", "prisma/seed.ts"]);
    if (dbState.seedsHash !== seedsHash || dbState.stamp !== dbStamp()) {
      const out = run(`seed (${dbKey} from ${seedDir})`, bin("tsx"), ["prisma/seed.ts", seedDir]);
      process.stdout.write(`  ${out.trim().replaceAll("\n", "\n  ")}\n`);
      dbState.seedsHash = seedsHash;
      if (/^Dataset: built/m.test(out)) dbState.datasetHash = datasetCodeHash();
      dbState.stamp = dbStamp();
      save();
    }

    // 4. The dataset's files, when the code that writes them changed (the seed builds them when the record changed).
    const datasetHash = datasetCodeHash();
    if (dbState.datasetHash !== datasetHash) {
      const out = run(`dataset (${dbKey})`, bin("tsx"), ["--conditions", "react-server", "scripts/dataset.ts"]);
      process.stdout.write(`  ${out.trim()}\n`);
      dbState.datasetHash = datasetHash;
      dbState.stamp = dbStamp();
      save();
    }
  }
}

// 5. Production build
if (!args.has("--no-build")) {
  const buildHash = hashPaths([
    "app", "components", "lib", "public", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "tsconfig.build.json", "package-lock.json",
  ]);
  if (state.buildHash !== buildHash || !existsSync(path.join(root, ".next/BUILD_ID"))) {
    run("next build", bin("next"), ["build"]);
    state.buildHash = buildHash;
    save();
  }
}

if (args.has("--prepare-only") || buildOnly) process.exit(0);

const port = process.env.PORT || "3000";
console.log(`› starting the server on http://localhost:${port} (database ${dbKey})`);
// The server (scripts/server.mjs: Next.js, the nonce policy and the page cache) runs in this process.
process.env.NODE_ENV = "production";
await import("./server.mjs");
