// @ts-check
// Which Chromium the browser tests and scripts/screenshots.mjs launch, and how a machine without
// one gets one (scripts/ensure-browser.mjs, the first step of `npm test` and of `npm run test:e2e`;
// .ci/run starts it in the background). In order of preference:
//   1. CHROMIUM_PATH, when set: that build, whatever it is.
//   2. Debian's chromium-headless-shell (/usr/bin/chromium-headless-shell): the same Chromium
//      build without the desktop browser around it, which is what Playwright itself runs for
//      headless tests. The full end-to-end suite took 2.8 min with it against 5.2 min with the
//      full browser on a 2-core machine, with the same results.
//   3. Playwright's own headless shell, when its installer has put it in its cache.
//   4. Debian's full chromium, in its headless mode.
// With none of them, ensureBrowser() gets one: Playwright's installer when its download host
// answers (a short probe, so a network without it costs seconds, not the installer's minutes of
// retries), otherwise apt-get when running as root on a machine that has it, otherwise it stops
// with the one command to run.
//
// Everything the decision reads (candidate files, the environment, the probe, the commands) is a
// parameter, so tests/integration/browser.test.ts walks each path without touching the machine's browser.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

// The project's root, where node_modules is: npm scripts, .ci/run and Playwright run from it, and
// scripts/ensure-browser.mjs passes its own. (Not import.meta: Playwright loads this file from its
// config through a transform that turns import.meta into a CommonJS `exports` an .mjs cannot have.)
const ROOT = process.cwd();

/** No sandbox (containers), and nothing that reaches for the network on its own. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"];

export const DEBIAN_SHELL = "/usr/bin/chromium-headless-shell";
export const DEBIAN_FULL = "/usr/bin/chromium";

/** What the browser tests can launch: `path` undefined means Playwright's own (it knows where it put it). */
/** @typedef {{ kind: "CHROMIUM_PATH" | "debian-shell" | "playwright" | "debian-full", path: string | undefined }} Browser */

/** Environment variables (process.env, or a test's). */
/** @typedef {Record<string, string | undefined>} Env */

/** What to run when none is found: a command and its arguments (apt-get, or Playwright's CLI through node). */
/** @typedef {{ command: string, args: string[], env?: Env }} Command */

/**
 * Where Playwright's installer puts its headless shell, as playwright-core computes it
 * (PLAYWRIGHT_BROWSERS_PATH, "0" for inside the package, else ~/.cache/ms-playwright on Linux),
 * or null when playwright-core is not installed yet (CI starts looking before `npm install`).
 * @param {Env} env
 * @param {string} root
 * @returns {string | null}
 */
export function playwrightShellDir(env = process.env, root = ROOT) {
  const core = path.join(root, "node_modules/playwright-core");
  let revision;
  try {
    /** @type {{ browsers: { name: string, revision: string }[] }} */
    const browsers = JSON.parse(readFileSync(path.join(core, "browsers.json"), "utf8"));
    revision = browsers.browsers.find((b) => b.name === "chromium-headless-shell")?.revision;
  } catch {
    return null;
  }
  if (!revision) return null;
  const configured = env.PLAYWRIGHT_BROWSERS_PATH;
  let registry =
    configured === "0"
      ? path.join(core, ".local-browsers")
      : configured || path.join(env.XDG_CACHE_HOME || path.join(homedir(), ".cache"), "ms-playwright");
  if (!path.isAbsolute(registry)) registry = path.resolve(env.INIT_CWD || process.cwd(), registry);
  return path.join(registry, `chromium_headless_shell-${revision}`);
}

/**
 * The browser to launch, or null when there is none.
 * @param {{ env?: Env, root?: string, exists?: (file: string) => boolean, debianShell?: string, debianFull?: string, playwrightDir?: string | null }} [options]
 * @returns {Browser | null}
 */
export function findBrowser(options = {}) {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) return { kind: "CHROMIUM_PATH", path: configured };
  const shell = options.debianShell ?? DEBIAN_SHELL;
  if (exists(shell)) return { kind: "debian-shell", path: shell };
  // Playwright marks a browser complete only once it is unpacked.
  const dir = options.playwrightDir === undefined ? playwrightShellDir(env, options.root) : options.playwrightDir;
  if (dir && exists(path.join(dir, "INSTALLATION_COMPLETE"))) return { kind: "playwright", path: undefined };
  const full = options.debianFull ?? DEBIAN_FULL;
  if (exists(full)) return { kind: "debian-full", path: full };
  return null;
}

/** The command that gets a browser on a machine where the tests could not get one themselves. */
export function manualCommand(/** @type {{ hasAptGet: boolean }} */ { hasAptGet }) {
  return hasAptGet ? "sudo apt-get install -y chromium-headless-shell" : "npx playwright install --with-deps --only-shell chromium";
}

/**
 * For playwright.config.ts and scripts/screenshots.mjs: the executable to launch (undefined for
 * Playwright's own), or an error that says how to get one.
 * @returns {string | undefined}
 */
export function chromiumPath() {
  const found = findBrowser();
  if (!found) {
    throw new Error(
      `No Chromium found (looked for CHROMIUM_PATH, ${DEBIAN_SHELL}, Playwright's own and ${DEBIAN_FULL}). ` +
        "`npm run ensure-browser` gets one (Playwright's installer, or apt-get as root), or run: " +
        manualCommand({ hasAptGet: existsSync("/usr/bin/apt-get") }),
    );
  }
  return found.path;
}

/** How long the probe of Playwright's download host may take: long enough for a slow answer, short beside a test run. */
export const PROBE_TIMEOUT_MS = 3_000;

/**
 * The hosts Playwright downloads Chromium from (its own override variables first).
 * @param {Env} env
 */
export function downloadHosts(env = process.env) {
  const custom = env.PLAYWRIGHT_CHROMIUM_DOWNLOAD_HOST || env.PLAYWRIGHT_DOWNLOAD_HOST;
  return custom ? [custom] : ["https://cdn.playwright.dev"];
}

/**
 * Whether any of `hosts` answers at all (any HTTP status) within `timeoutMs`. A name that does
 * not resolve or a refused connection fails at once; a dropped one fails at the timeout.
 * @param {string[]} hosts
 * @returns {Promise<boolean>}
 */
export async function anyReachable(hosts, timeoutMs = PROBE_TIMEOUT_MS) {
  const tries = hosts.map((host) =>
    fetch(host, { method: "HEAD", redirect: "manual", signal: AbortSignal.timeout(timeoutMs) }).then(
      () => true,
      () => false,
    ),
  );
  return (await Promise.all(tries)).some(Boolean);
}

/**
 * Playwright's installer for its headless shell: the project's own CLI once `npm install` has
 * run, else the same version through npx (CI starts this before `npm install` finishes).
 * As root it also installs the shared libraries the shell needs (--with-deps uses apt-get).
 * @param {{ root?: string, withDeps: boolean }} options
 * @returns {Command}
 */
export function playwrightInstaller({ root = ROOT, withDeps }) {
  const args = ["install", ...(withDeps ? ["--with-deps"] : []), "--only-shell", "chromium"];
  const cli = path.join(root, "node_modules/playwright/cli.js");
  if (existsSync(cli)) return { command: process.execPath, args: [cli, ...args] };
  /** @type {string} */
  let version;
  try {
    version = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")).packages["node_modules/@playwright/test"].version;
  } catch {
    version = "latest";
  }
  return { command: "npx", args: ["--yes", `playwright@${version}`, ...args] };
}

/** Debian's headless shell (and a font with metrics the tests expect), non-interactively. */
export const APT_INSTALL = [
  { command: "apt-get", args: ["update", "-qq"], env: { DEBIAN_FRONTEND: "noninteractive" } },
  {
    command: "apt-get",
    args: ["install", "-y", "-qq", "--no-install-recommends", "chromium-headless-shell", "fonts-liberation"],
    env: { DEBIAN_FRONTEND: "noninteractive" },
  },
];

/**
 * Runs a command with its output on this process's, and says whether it succeeded.
 * @param {Command} c
 */
function runCommand(c) {
  const result = spawnSync(c.command, c.args, { stdio: "inherit", env: { ...process.env, ...c.env } });
  return result.status === 0;
}

export class NoBrowser extends Error {}

/**
 * Finds a browser for the tests, or gets one. Returns what it found (or installed) and how;
 * throws NoBrowser with the one command to run when it can do nothing itself. With
 * `preferShell` (CI) Debian's full chromium is not enough: it tries to get a headless shell,
 * about twice as fast for the suite, and keeps the full browser if that fails.
 * @param {{
 *   env?: Env,
 *   root?: string,
 *   find?: () => Browser | null,
 *   reachable?: (hosts: string[]) => Promise<boolean>,
 *   run?: (c: Command) => boolean,
 *   isRoot?: boolean,
 *   hasAptGet?: boolean,
 *   preferShell?: boolean,
 *   log?: (line: string) => void,
 * }} [options]
 * @returns {Promise<{ browser: Browser, via: "found" | "playwright" | "apt-get" }>}
 */
export async function ensureBrowser(options = {}) {
  const env = options.env ?? process.env;
  const root = options.root ?? ROOT;
  const find = options.find ?? (() => findBrowser({ env, root }));
  const reachable = options.reachable ?? anyReachable;
  const run = options.run ?? runCommand;
  const isRoot = options.isRoot ?? process.getuid?.() === 0;
  const hasAptGet = options.hasAptGet ?? existsSync("/usr/bin/apt-get");
  const log = options.log ?? ((line) => console.error(line));

  const found = find();
  if (found && !(options.preferShell && found.kind === "debian-full")) return { browser: found, via: "found" };
  const lacking = found ? `Only the full chromium found (${found.path})` : "No Chromium found";
  /** A browser that an installer added: anything better than what was found before it ran. */
  const better = () => {
    const now = find();
    return now && now.kind !== found?.kind ? now : null;
  };
  /** @param {string} problem */
  const giveUp = (problem) => {
    if (found) {
      log(`${problem} The tests use ${found.path}.`);
      return { browser: found, via: /** @type {const} */ ("found") };
    }
    throw new NoBrowser(problem);
  };

  const command = manualCommand({ hasAptGet });
  if (env.FMS_BROWSER_INSTALL === "off") {
    return giveUp(`${lacking} for the browser tests, and FMS_BROWSER_INSTALL=off says not to install one. Run: ${command}`);
  }

  const hosts = downloadHosts(env);
  if (await reachable(hosts)) {
    log(`${lacking}; ${hosts.join(", ")} answers, so Playwright's installer gets its headless shell.`);
    if (run(playwrightInstaller({ root, withDeps: isRoot && hasAptGet }))) {
      const installed = better();
      if (installed) return { browser: installed, via: "playwright" };
    }
    log("Playwright's installer did not leave a browser.");
  } else {
    log(`${lacking}, and ${hosts.join(", ")} (Playwright's browser downloads) does not answer within ${PROBE_TIMEOUT_MS / 1000} s.`);
  }

  if (isRoot && hasAptGet) {
    log("Installing Debian's chromium-headless-shell with apt-get.");
    if (APT_INSTALL.every(run)) {
      const installed = better();
      if (installed) return { browser: installed, via: "apt-get" };
    }
    return giveUp(`apt-get could not install chromium-headless-shell (its output is above). Fix that, then run: ${command.replace(/^sudo /, "")}`);
  }
  return giveUp(
    `${lacking} for the browser tests, and ${isRoot ? "this machine has no apt-get" : "installing one with apt-get needs root"}. Run: ${command}` +
      " (or set CHROMIUM_PATH to a Chromium or Chrome build).",
  );
}
