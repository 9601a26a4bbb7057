import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { todayInWashington } from "@/lib/format";
import { appendChanges } from "@/lib/seed";
import { loadSeedData } from "@/lib/seed";

export const root = path.resolve(__dirname, "../..");
export const fixturesDir = path.join(root, "tests/fixtures/releases");

export function fixture(name: string): string {
  return path.join(fixturesDir, name);
}

export function fixtureText(name: string): string {
  return readFileSync(fixture(name), "utf8");
}

const made: string[] = [];

/** A temporary folder that cleanTemp() removes. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "fms-import-"));
  made.push(dir);
  return dir;
}

/**
 * A copy of the project's seeds/ in a temporary folder, without the named notification files (their
 * removal recorded in the copy's change log, as `npm run changes` would, so the seed check passes).
 */
export function tempSeeds(without: string[] = []): string {
  const seeds = path.join(tempDir(), "seeds");
  cpSync(path.join(root, "seeds"), seeds, { recursive: true });
  for (const slug of without) rmSync(path.join(seeds, "notifications", `${slug}.json`));
  if (without.length > 0) appendChanges(seeds, todayInWashington());
  return seeds;
}

let namedByReports: string[] | undefined;

/**
 * A sample of the real record in a temporary folder: seeds/ with its vocabulary (recipients,
 * systems, contractors), documents, reports and resolutions, but of its notifications only `keep`
 * and the sales the reports and resolutions name, so it passes the seed check as the whole record
 * does (`without` leaves out sales even so). A test of one rule on one real record (a broken
 * date, a resolution's tallies, a release imported with the real vocabulary) proves the same on
 * this as on all 1,300 files, which every test would otherwise copy, read and validate again. A
 * test of the record itself (it passes the seed check) reads seeds/, or tempSeeds().
 */
export function sampleSeeds(keep: readonly string[], without: readonly string[] = []): string {
  namedByReports ??= (() => {
    const real = loadSeedData(path.join(root, "seeds"));
    return [...real.reports.map((r) => r.saleSlug), ...real.resolutions.flatMap((r) => r.saleSlugs)];
  })();
  const seeds = path.join(tempDir(), "seeds");
  const from = path.join(root, "seeds");
  // Not the change log: it lists every record of the real seeds, and a sample holds a few (without it the log is empty).
  for (const entry of readdirSync(from)) if (!["notifications", "changes.json", "changes-snapshot.json"].includes(entry)) cpSync(path.join(from, entry), path.join(seeds, entry), { recursive: true });
  mkdirSync(path.join(seeds, "notifications"));
  for (const slug of new Set([...keep, ...namedByReports].filter((s) => !without.includes(s)))) copyFileSync(path.join(from, "notifications", `${slug}.json`), path.join(seeds, "notifications", `${slug}.json`));
  return seeds;
}

/**
 * A small, fixed record in a temporary folder: tests/fixtures/minimal-seeds/ (two sales, Canada
 * and the Netherlands, two systems, no reports), with the system categories of the project's
 * seeds/systems.json (the vocabulary the importer proposes categories from, not records) and the
 * contractors of seeds/contractors.json (the names an imported release prints are linked to them). A
 * test that needs the record to lack a sale, a recipient or a system uses this: the real
 * record grows as research lands, and what it lacks today it may hold tomorrow.
 */
export function minimalSeeds(): string {
  const seeds = path.join(tempDir(), "seeds");
  cpSync(path.join(root, "tests/fixtures/minimal-seeds"), seeds, { recursive: true });
  const systemsFile = path.join(seeds, "systems.json");
  const systems = readJson<{ categories: { slug: string }[]; systems: unknown[] }>(systemsFile);
  const real = readJson<{ categories: { slug: string }[] }>(path.join(root, "seeds/systems.json")).categories;
  const categories = [...systems.categories, ...real.filter((c) => !systems.categories.some((k) => k.slug === c.slug))];
  writeFileSync(systemsFile, `${JSON.stringify({ ...systems, categories }, null, 2)}\n`);
  // The real contractors too: a release the tests import names real companies, which the seed check links by name.
  const contractorsFile = path.join(seeds, "contractors.json");
  const fixture = readJson<{ contractors: { slug: string }[] }>(contractorsFile).contractors;
  const companies = readJson<{ contractors: { slug: string }[] }>(path.join(root, "seeds/contractors.json")).contractors;
  writeFileSync(contractorsFile, `${JSON.stringify({ contractors: [...fixture, ...companies.filter((c) => !fixture.some((f) => f.slug === c.slug))] }, null, 2)}\n`);
  return seeds;
}

/** The notification and report files in a seeds folder: what the seed check counts. */
export function seedFileCounts(seeds: string): { notifications: number; reports: number } {
  const count = (dir: string) => {
    try {
      return readdirSync(path.join(seeds, dir)).filter((f) => f.endsWith(".json")).length;
    } catch {
      return 0;
    }
  };
  return { notifications: count("notifications"), reports: count("reports") };
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

export type Run = { code: number; stdout: string; stderr: string };

/**
 * The commands run their script under tsx's loader in one Node process (`node --import tsx`):
 * what the `tsx` command starts behind a process of its own, at about half the start-up cost.
 */
const TSX = ["--import", "tsx"];

/** Runs the real `npm run import` command (tsx scripts/import.ts). */
export function runImport(args: string[]): Run {
  try {
    const stdout = execFileSync(process.execPath, [...TSX, "scripts/import.ts", ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { code: 0, stdout, stderr: "" };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Runs the real `npm run sync` command, asynchronously (the stand-in server runs in this process). */
export function runSync(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...TSX, "scripts/sync.ts", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

export function readJson<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}
