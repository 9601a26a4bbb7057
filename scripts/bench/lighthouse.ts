/**
 * The bench's Lighthouse section: what a phone user gets from the pages people land on, beside the
 * app's lightest page measured in the same run (docs/benchmark.md, "Lighthouse").
 *
 * Lighthouse is not one of the app's dependencies (CI's `npm install` would grow by a hundred
 * packages for a number only the bench reads): the first run installs the pinned version into a
 * cache folder outside the project, `npm install --prefix <cache> -E lighthouse@12.2.3
 * --ignore-scripts`, and later runs reuse it. 12.2.3 is the last release that runs on Node 20
 * (13 wants Node 22). It drives the Chromium the browser tests use (scripts/browser.mjs), headless,
 * with the same flags.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { CHROMIUM_ARGS, chromiumPath } from "../browser.mjs";

export const LIGHTHOUSE_VERSION = "12.2.3";

export type LighthouseRun = { performance: number; accessibility: number; tbtMs: number; lcpMs: number; fcpMs: number };
export type LighthouseRow = { name: string; path: string; runs: LighthouseRun[]; median: LighthouseRun };

/** The CLI's entry point in the cache folder, installed there the first time. */
export function ensureLighthouse(cacheDir: string, log: (message: string) => void): string {
  const cli = path.join(cacheDir, "node_modules", "lighthouse", "cli", "index.js");
  if (existsSync(cli)) return cli;
  mkdirSync(cacheDir, { recursive: true });
  log(`installing lighthouse@${LIGHTHOUSE_VERSION} into ${cacheDir} (once; not one of the app's dependencies)`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["install", "--prefix", cacheDir, "-E", `lighthouse@${LIGHTHOUSE_VERSION}`, "--ignore-scripts", "--no-audit", "--no-fund"], { encoding: "utf8" });
  if (result.status !== 0 || !existsSync(cli)) throw new Error(`could not install lighthouse@${LIGHTHOUSE_VERSION} into ${cacheDir}:\n${result.stdout}${result.stderr}`);
  return cli;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One Lighthouse run of a URL: its default (mobile) profile, simulated throttling, performance and accessibility only. */
function runOnce(cli: string, url: string, outFile: string): LighthouseRun {
  const browser = chromiumPath();
  const chromeFlags = ["--headless=new", ...CHROMIUM_ARGS, "--disable-gpu", "--disable-dev-shm-usage"].join(" ");
  const result = spawnSync(
    process.execPath,
    [cli, url, "--quiet", "--output=json", `--output-path=${outFile}`, "--only-categories=performance,accessibility", `--chrome-flags=${chromeFlags}`, "--max-wait-for-load=60000"],
    { encoding: "utf8", env: { ...process.env, ...(browser ? { CHROME_PATH: browser } : {}) }, timeout: 240_000 },
  );
  if (result.status !== 0 || !existsSync(outFile)) throw new Error(`lighthouse failed on ${url}: ${result.stderr || result.stdout}`);
  const report = JSON.parse(readFileSync(outFile, "utf8")) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
    runtimeError?: { message: string };
  };
  rmSync(outFile, { force: true });
  if (report.runtimeError) throw new Error(`lighthouse on ${url}: ${report.runtimeError.message}`);
  return {
    performance: Math.round((report.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((report.categories.accessibility?.score ?? 0) * 100),
    tbtMs: report.audits["total-blocking-time"]?.numericValue ?? NaN,
    lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    fcpMs: report.audits["first-contentful-paint"]?.numericValue ?? NaN,
  };
}

/**
 * Each page `runs` times, the pages taking turns (so a burst of load on the shared machine falls
 * on every page rather than on one), and the median of each measure.
 */
export function measureLighthouse(cli: string, base: string, pages: { name: string; path: string }[], runs: number, workDir: string, log: (message: string) => void): LighthouseRow[] {
  const results = pages.map(() => [] as LighthouseRun[]);
  for (let i = 0; i < runs; i++) {
    pages.forEach((p, j) => {
      const run = runOnce(cli, `${base}${p.path}`, path.join(workDir, `lighthouse-${process.pid}.json`));
      results[j]!.push(run);
      log(`  lighthouse ${i + 1}/${runs} ${p.name}: performance ${run.performance}, TBT ${Math.round(run.tbtMs)} ms, accessibility ${run.accessibility}`);
    });
  }
  return pages.map((p, j) => {
    const r = results[j]!;
    return {
      ...p,
      runs: r,
      median: {
        performance: median(r.map((x) => x.performance)),
        accessibility: median(r.map((x) => x.accessibility)),
        tbtMs: median(r.map((x) => x.tbtMs)),
        lcpMs: median(r.map((x) => x.lcpMs)),
        fcpMs: median(r.map((x) => x.fcpMs)),
      },
    };
  });
}
