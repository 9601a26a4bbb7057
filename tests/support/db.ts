import { execFile } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { inject, vi } from "vitest";
import { loadSeedData, SeedValidationError, writeSeedData, type NotificationSeed, type SeedData, type SeedProblem } from "@/lib/seed";
import { migrateFreshDatabase } from "./migrate";

export { migrateFreshDatabase };

/**
 * Test helper: a fresh database at `file` holding `data`, made the one lib/db/client.ts opens. lib/db/client.ts
 * reads DATABASE_URL when first imported, so import the module under test after this. Returns
 * what undoes it: the connection closed and the environment restored.
 */
export async function useSeededDatabase(file: string, data: SeedData): Promise<() => Promise<void>> {
  migrateFreshDatabase(file);
  writeSeedData(file, data);
  return connectTo(file);
}

async function connectTo(file: string): Promise<() => Promise<void>> {
  vi.stubEnv("DATABASE_URL", `file:${file}`);
  const { prisma } = await import("@/lib/db");
  return async () => {
    await prisma.$disconnect();
    vi.unstubAllEnvs();
  };
}

export type SeedRun = { code: number; stdout: string; stderr: string };

/**
 * Runs the real seed command (`npm run db:seed`: prisma/seed.ts) on `database` and the seed folder
 * `dir`. It runs the script under tsx's loader in one Node process (`node --import tsx`), which is
 * what the `tsx` command starts behind a process of its own, at about half the start-up cost.
 * `dataset: false` passes --no-dataset: a test that reads none of the dataset's files need not
 * wait for their build (tests/integration/dataset-seed.test.ts proves the seed builds them).
 */
export function runSeed(database: string, dir: string, { dataset = false, env = {} }: { dataset?: boolean; env?: Record<string, string> } = {}): Promise<SeedRun> {
  const root = path.resolve(__dirname, "../..");
  const args = ["--import", "tsx", "prisma/seed.ts", dir, ...(dataset ? [] : ["--no-dataset"])];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: root, env: { ...process.env, DATABASE_URL: `file:${database}`, ...env }, encoding: "utf8" }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * The real record (seeds/) as loadSeedData gives it, loaded once for the run by the integration
 * project's global setup (tests/integration.setup.ts); a fresh copy each call, free to change.
 */
export function realRecord(): SeedData {
  return JSON.parse(readFileSync(inject("realRecord").json, "utf8")) as SeedData;
}

/**
 * useSeededDatabase() for the real record unchanged: a copy of the database the global setup
 * seeded once for the run, instead of seeding it again. The copy is the test's to change.
 */
export async function useRecordDatabase(file: string): Promise<() => Promise<void>> {
  copyFileSync(inject("realRecord").database, file);
  return connectTo(file);
}

/** Every row of every table, in a stable order: equal dumps mean equal databases. */
export function dumpDatabase(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    return tables
      .map(({ name }) => `${name}\n${JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).safeIntegers(true).all(), (_k, v) => (typeof v === "bigint" ? v.toString() : v))}`)
      .join("\n");
  } finally {
    db.close();
  }
}

/** Names of the tables whose rows differ between two dumps. */
export function changedTables(before: string, after: string): string[] {
  const tables = (dump: string) => new Map(dump.split(/\n(?=[A-Za-z_]+\n)/).map((t) => [t.slice(0, t.indexOf("\n")), t]));
  const a = tables(before);
  const b = tables(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((name) => a.get(name) !== b.get(name)).sort();
}

/** Test oracle: the timeline's order, worked out from seed records: newest first, then the larger value, then the slug. */
export const newestFirst = (a: NotificationSeed, b: NotificationSeed) =>
  b.announcedOn.localeCompare(a.announcedOn) || (a.estimatedValueUsd < b.estimatedValueUsd ? 1 : a.estimatedValueUsd > b.estimatedValueUsd ? -1 : 0) || a.slug.localeCompare(b.slug);

/** Test oracle: the exact total of seed records' estimated values. */
export const sumValues = (rows: NotificationSeed[]) => rows.reduce((total, n) => total + BigInt(n.estimatedValueUsd), 0n);

/** Test helper: every problem the loader finds in the seed folder `dir`; throws when it finds none. */
export function seedProblems(dir: string): SeedProblem[] {
  try {
    loadSeedData(dir);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  throw new Error("expected the seed data to be rejected");
}

/**
 * Test helper: the fields a copy of a real record must not keep to be another sale: no
 * transmittal number of its own (numbers are unique), nor the original's official dates or split.
 */
export const ANOTHER_SALE = {
  transmittalNumber: null,
  valueMdeUsd: null,
  valueOtherUsd: null,
  deliveredToCongress: null,
  congressionalRecord: null,
  federalRegister: null,
} as const satisfies Partial<NotificationSeed>;
