import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APT_INSTALL,
  DEBIAN_FULL,
  DEBIAN_SHELL,
  ensureBrowser,
  findBrowser,
  NoBrowser,
  playwrightInstaller,
  playwrightShellDir,
  type Browser,
  type Command,
} from "../../scripts/browser.mjs";

// How `npm test` gets a browser on a machine without one (scripts/browser.mjs): each path is walked
// with the files, the network probe and the installers replaced, so the machine's own browser
// (and its packages) are never touched.

const root = path.resolve(__dirname, "../..");
let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "fms-browser-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SHELL: Browser = { kind: "debian-shell", path: DEBIAN_SHELL };
const FULL: Browser = { kind: "debian-full", path: DEBIAN_FULL };
const PLAYWRIGHT: Browser = { kind: "playwright", path: undefined };

/**
 * A machine: what find() returns before and after each installer runs, whether Playwright's
 * host answers, root or not, apt-get or not. Records every command run and every probe.
 */
function machine(m: {
  before: Browser | null;
  afterPlaywright?: Browser | null;
  afterApt?: Browser | null;
  reachable?: boolean;
  isRoot?: boolean;
  hasAptGet?: boolean;
  failing?: "playwright" | "apt-get";
  env?: Record<string, string | undefined>;
  preferShell?: boolean;
}) {
  let current = m.before;
  const ran: string[] = [];
  const probed: string[][] = [];
  const options = {
    env: m.env ?? {},
    find: () => current,
    reachable: async (hosts: string[]) => {
      probed.push(hosts);
      return m.reachable ?? false;
    },
    run: (c: Command) => {
      const isApt = c.command === "apt-get";
      ran.push(isApt ? `apt-get ${c.args.join(" ")}` : `playwright ${c.args.slice(c.args.indexOf("install")).join(" ")}`);
      if (m.failing === (isApt ? "apt-get" : "playwright")) return false;
      if (isApt && c.args[0] === "install" && m.afterApt !== undefined) current = m.afterApt;
      if (!isApt && m.afterPlaywright !== undefined) current = m.afterPlaywright;
      return true;
    },
    isRoot: m.isRoot ?? false,
    hasAptGet: m.hasAptGet ?? true,
    preferShell: m.preferShell,
    log: () => {},
  };
  return { options, ran, probed };
}

const APT_LINES = APT_INSTALL.map((c) => `apt-get ${c.args.join(" ")}`);

describe("ensureBrowser: which path is taken when", () => {
  it("a browser that is there is used: nothing probed, nothing installed", async () => {
    for (const before of [SHELL, PLAYWRIGHT, FULL, { kind: "CHROMIUM_PATH", path: "/opt/chrome" } as Browser]) {
      const m = machine({ before, isRoot: true, reachable: true });
      await expect(ensureBrowser(m.options)).resolves.toEqual({ browser: before, via: "found" });
      expect(m.ran).toEqual([]);
      expect(m.probed).toEqual([]);
    }
  });

  it("none, and Playwright's host answers: Playwright's installer, headless shell only, without system packages when not root", async () => {
    const m = machine({ before: null, reachable: true, afterPlaywright: PLAYWRIGHT });
    await expect(ensureBrowser(m.options)).resolves.toEqual({ browser: PLAYWRIGHT, via: "playwright" });
    expect(m.ran).toEqual(["playwright install --only-shell chromium"]);
    expect(m.probed).toEqual([["https://cdn.playwright.dev"]]);
  });

  it("as root, Playwright's installer also installs the libraries the shell needs", async () => {
    const m = machine({ before: null, reachable: true, isRoot: true, afterPlaywright: PLAYWRIGHT });
    await expect(ensureBrowser(m.options)).resolves.toEqual({ browser: PLAYWRIGHT, via: "playwright" });
    expect(m.ran).toEqual(["playwright install --with-deps --only-shell chromium"]);
  });

  it("the probe asks the host Playwright's own variables name", async () => {
    const m = machine({ before: null, reachable: true, afterPlaywright: PLAYWRIGHT, env: { PLAYWRIGHT_DOWNLOAD_HOST: "https://mirror.example" } });
    await ensureBrowser(m.options);
    expect(m.probed).toEqual([["https://mirror.example"]]);
  });

  it("none, Playwright's host silent, root with apt-get: Debian's headless shell through apt-get", async () => {
    const m = machine({ before: null, reachable: false, isRoot: true, afterApt: SHELL });
    await expect(ensureBrowser(m.options)).resolves.toEqual({ browser: SHELL, via: "apt-get" });
    expect(m.ran).toEqual(APT_LINES);
    expect(APT_LINES.at(-1)).toMatch(/^apt-get install -y .*chromium-headless-shell/);
  });

  it("Playwright's installer failing falls through to apt-get", async () => {
    const m = machine({ before: null, reachable: true, isRoot: true, failing: "playwright", afterApt: SHELL });
    await expect(ensureBrowser(m.options)).resolves.toEqual({ browser: SHELL, via: "apt-get" });
    expect(m.ran).toEqual(["playwright install --with-deps --only-shell chromium", ...APT_LINES]);
  });

  it("not root: installs nothing and stops with the one command to run", async () => {
    const m = machine({ before: null, reachable: false, isRoot: false, afterApt: SHELL });
    const error = await ensureBrowser(m.options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoBrowser);
    expect((error as Error).message).toMatch(/needs root\. Run: sudo apt-get install -y chromium-headless-shell /);
    expect(m.ran).toEqual([]);
  });

  it("root without apt-get: stops with Playwright's command", async () => {
    const m = machine({ before: null, reachable: false, isRoot: true, hasAptGet: false });
    await expect(ensureBrowser(m.options)).rejects.toThrow(/has no apt-get\. Run: npx playwright install --with-deps --only-shell chromium/);
    expect(m.ran).toEqual([]);
  });

  it("apt-get failing stops with its command", async () => {
    const m = machine({ before: null, reachable: false, isRoot: true, failing: "apt-get" });
    await expect(ensureBrowser(m.options)).rejects.toThrow(/apt-get could not install chromium-headless-shell .*then run: apt-get install -y chromium-headless-shell$/);
    expect(m.ran).toEqual([APT_LINES[0]]);
  });

  it("an installer that reports success but leaves no browser is not taken at its word", async () => {
    const m = machine({ before: null, reachable: true, isRoot: true, afterPlaywright: null, afterApt: null });
    await expect(ensureBrowser(m.options)).rejects.toThrow(NoBrowser);
    expect(m.ran).toEqual(["playwright install --with-deps --only-shell chromium", ...APT_LINES]);
  });

  it("FMS_BROWSER_INSTALL=off installs nothing, as root too", async () => {
    const m = machine({ before: null, reachable: true, isRoot: true, env: { FMS_BROWSER_INSTALL: "off" } });
    await expect(ensureBrowser(m.options)).rejects.toThrow(/FMS_BROWSER_INSTALL=off .*Run: sudo apt-get install -y chromium-headless-shell/);
    expect(m.ran).toEqual([]);
    expect(m.probed).toEqual([]);
  });

  it("preferShell (CI): with only the full chromium, tries for a headless shell and keeps the full one if that fails", async () => {
    const gets = machine({ before: FULL, reachable: false, isRoot: true, preferShell: true, afterApt: SHELL });
    await expect(ensureBrowser(gets.options)).resolves.toEqual({ browser: SHELL, via: "apt-get" });
    const keeps = machine({ before: FULL, reachable: false, isRoot: true, preferShell: true, failing: "apt-get" });
    await expect(ensureBrowser(keeps.options)).resolves.toEqual({ browser: FULL, via: "found" });
    const notRoot = machine({ before: FULL, reachable: false, isRoot: false, preferShell: true });
    await expect(ensureBrowser(notRoot.options)).resolves.toEqual({ browser: FULL, via: "found" });
    expect(notRoot.ran).toEqual([]);
  });
});

describe("findBrowser: the order of preference", () => {
  const files = (...present: string[]) => (file: string) => present.includes(file);
  const dir = "/cache/ms-playwright/chromium_headless_shell-1";
  const marker = path.join(dir, "INSTALLATION_COMPLETE");

  it("CHROMIUM_PATH, then Debian's headless shell, then Playwright's own, then Debian's full chromium", () => {
    const all = files(DEBIAN_SHELL, marker, DEBIAN_FULL);
    expect(findBrowser({ env: { CHROMIUM_PATH: " /opt/chrome " }, exists: all, playwrightDir: dir })).toEqual({ kind: "CHROMIUM_PATH", path: "/opt/chrome" });
    expect(findBrowser({ env: {}, exists: all, playwrightDir: dir })).toEqual(SHELL);
    expect(findBrowser({ env: {}, exists: files(marker, DEBIAN_FULL), playwrightDir: dir })).toEqual(PLAYWRIGHT);
    expect(findBrowser({ env: {}, exists: files(DEBIAN_FULL), playwrightDir: dir })).toEqual(FULL);
    expect(findBrowser({ env: {}, exists: files(), playwrightDir: dir })).toBeNull();
  });

  it("a Playwright download that never finished (no INSTALLATION_COMPLETE) does not count", () => {
    expect(findBrowser({ env: {}, exists: files(dir), playwrightDir: dir })).toBeNull();
    expect(findBrowser({ env: {}, exists: files(marker), playwrightDir: null })).toBeNull();
  });

  it("Playwright's own is looked for where its installer puts it (the directory its CLI names)", () => {
    const env = { ...process.env, PLAYWRIGHT_BROWSERS_PATH: path.join(work, "browsers") };
    const dryRun = spawnSync(process.execPath, [path.join(root, "node_modules/playwright/cli.js"), "install", "--dry-run", "--only-shell", "chromium"], {
      env,
      encoding: "utf8",
    });
    expect(dryRun.status).toBe(0);
    const location = /Chrome Headless Shell[\s\S]*?Install location:\s+(\S+)/.exec(dryRun.stdout)?.[1];
    expect(location).toBeTruthy();
    expect(playwrightShellDir(env, root)).toBe(location);
    expect(playwrightShellDir({ ...env, PLAYWRIGHT_BROWSERS_PATH: undefined, XDG_CACHE_HOME: "/x" }, root)).toMatch(/^\/x\/ms-playwright\/chromium_headless_shell-\d+$/);

    // And once it is there, complete, it is found.
    mkdirSync(location!, { recursive: true });
    writeFileSync(path.join(location!, "INSTALLATION_COMPLETE"), "");
    expect(findBrowser({ env, exists: (f) => f.startsWith(work) && existsSync(f) })).toEqual(PLAYWRIGHT);
  });

  it("before npm install there is no Playwright to ask: its installer then comes through npx, at the locked version", () => {
    expect(playwrightShellDir({}, work)).toBeNull();
    const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8"));
    writeFileSync(path.join(work, "package-lock.json"), JSON.stringify(lock));
    expect(playwrightInstaller({ root: work, withDeps: false })).toEqual({
      command: "npx",
      args: ["--yes", `playwright@${lock.packages["node_modules/@playwright/test"].version}`, "install", "--only-shell", "chromium"],
    });
    expect(playwrightInstaller({ root, withDeps: false }).args[0]).toBe(path.join(root, "node_modules/playwright/cli.js"));
  });
});

describe("scripts/ensure-browser.mjs", () => {
  const script = path.join(root, "scripts/ensure-browser.mjs");

  it("says which browser the tests use", () => {
    const fake = path.join(work, "chrome");
    writeFileSync(fake, "");
    const result = spawnSync(process.execPath, [script], { env: { ...process.env, CHROMIUM_PATH: fake }, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(`Browser for the tests: ${fake}`);
  });
});
