#!/usr/bin/env node
// A Chromium for the browser tests: finds one, or gets one (scripts/browser.mjs says how and in what
// order). The first step of `npm test` and `npm run test:e2e`; .ci/run starts it in the
// background while npm installs. Prints which browser the tests will use; exits 1 with the one
// command to run when it can neither find nor install one.
//
//   --prefer-shell   Debian's full chromium is not enough: get a headless shell if possible (CI)
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBrowser, NoBrowser } from "./browser.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const started = Date.now();
try {
  const { browser, via } = await ensureBrowser({ root, preferShell: process.argv.includes("--prefer-shell") });
  const what = browser.path ?? "Playwright's own headless shell";
  const how = via === "found" ? "" : ` (installed with ${via === "playwright" ? "Playwright's installer" : "apt-get"} in ${((Date.now() - started) / 1000).toFixed(0)} s)`;
  console.log(`Browser for the tests: ${what}${how}`);
} catch (error) {
  if (!(error instanceof NoBrowser)) throw error;
  console.error(error.message);
  process.exit(1);
}
