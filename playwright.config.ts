import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/browser.mjs";

// End-to-end tests run against the production build (scripts/start.mjs builds it when
// sources changed) on a database of their own, in Debian's Chromium (scripts/browser.mjs says
// which): Playwright cannot download its own browser on this network.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// A second server on the next port serves hostile data (tests/fixtures/hostile-seeds/: markup
// and script in every text field) from a database of its own; e2e/hostile.spec.ts and the
// WAL test in e2e/operations.spec.ts use it. Playwright starts webServers one after another,
// so the first one builds and this one only prepares its database (--no-build): two builds
// never run on the same .next at once.
const HOSTILE_PORT = PORT + 1; // e2e/servers.ts computes the same
const serverEnv = {
  SITE_URL: "https://fms-timeline.example",
  // Dates must not shift with the server's zone: run it far from UTC.
  TZ: "Pacific/Auckland",
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  // Two workers per core in CI: a test spends most of its time waiting on the browser or on the
  // server (another process), so with one per core both cores sat idle more than half the run.
  workers: process.env.CI ? "200%" : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // The record holds 1,299 notifications and the CI machine is 2 shared cores: a test that opens
  // the full timeline three or four times needed more than 30 s there when other work ran beside
  // it. A passing test takes no longer for it; nothing asserts a duration.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    // CI runs on a fresh clone and keeps only its log, where a trace cannot be opened; recording
    // one for every test cost about 8% of the run's CPU time. Locally, failures keep theirs.
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    // The phone checks each page once: a11y.spec.ts tags the other states of a page it lists @variant.
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /(responsive|a11y)\.spec\.ts/, grepInvert: /@variant/ },
  ],
  webServer: [
    {
      command: "node scripts/start.mjs",
      url: `${baseURL}/`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      env: { ...serverEnv, PORT: String(PORT), DATABASE_URL: "file:./prisma/e2e.db" },
    },
    {
      command: "node scripts/start.mjs --no-build",
      url: `http://localhost:${HOSTILE_PORT}/healthz`,
      timeout: 120_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      env: { ...serverEnv, PORT: String(HOSTILE_PORT), DATABASE_URL: "file:./prisma/e2e-hostile.db", SEED_DIR: "tests/fixtures/hostile-seeds" },
    },
  ],
});
