import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadSeedData, writeSeedData } from "@/lib/seed";
import { migrateFreshDatabase } from "./support/migrate";

/**
 * The integration project's global setup (vitest.config.mts): the real record, seeds/, loaded and
 * seeded once for the whole run, not once per file. Files that only read it copy the database
 * (useRecordDatabase() in tests/support/db.ts) and parse the loaded record back from JSON
 * (realRecord()): loading and validating 1,300 files and writing them to SQLite cost every such
 * file about a second of CPU, a dozen times over.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "fms-record-"));
  const database = path.join(dir, "record.db");
  const data = loadSeedData(path.resolve(__dirname, "../seeds"));
  migrateFreshDatabase(database);
  writeSeedData(database, data);
  const json = path.join(dir, "record.json");
  writeFileSync(json, JSON.stringify(data));
  project.provide("realRecord", { database, json });
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The real record seeded once (tests/integration.setup.ts): a database to copy, and the loaded seeds as JSON. */
    realRecord: { database: string; json: string };
  }
}
