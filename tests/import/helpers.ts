import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Overrides } from "@/lib/import/import";
import type { ImportField } from "@/lib/import/record";

export const root = path.resolve(__dirname, "../..");
export const fixturesDir = path.join(__dirname, "fixtures");

export type Expected = {
  missing: ImportField[];
  overrides?: Overrides;
  withoutOverrides?: { missing: ImportField[] };
  record: Record<string, unknown> & { slug: string; source: Record<string, unknown> };
};

export const fixtureNames = readdirSync(fixturesDir).filter((f) => f.endsWith(".txt")).sort();

export function fixtureText(name: string): string {
  return readFileSync(path.join(fixturesDir, name), "utf8");
}

export function expected(name: string): Expected {
  return JSON.parse(readFileSync(path.join(__dirname, "expected", name.replace(/\.txt$/, ".json")), "utf8")) as Expected;
}

const made: string[] = [];

/**
 * A copy of the project's seeds/ in a temporary folder, without the notifications imported
 * from the fixtures (so a fixture imports afresh), or with them when `keepImported`.
 */
export function tempSeeds(options: { keepImported?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "fms-import-"));
  made.push(dir);
  const seeds = path.join(dir, "seeds");
  cpSync(path.join(root, "seeds"), seeds, { recursive: true });
  if (!options.keepImported) {
    for (const name of fixtureNames) rmSync(path.join(seeds, "notifications", `${expected(name).record.slug}.json`), { force: true });
  }
  return seeds;
}

export function cleanTemp() {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file under a folder with its bytes, to prove a run changed nothing. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, file), readFileSync(file, "utf8"));
    }
  }
  return files;
}

/** Runs the real `npm run import` command (tsx scripts/import.ts). */
export function runImport(args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/import.ts", ...args], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: 0, stdout, stderr: "" };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}
