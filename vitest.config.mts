import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Three kinds of test, told apart by folder (docs/testing.md):
 * - unit: pure tests beside their module (lib/**). Every one runs in two time zones, one each
 *   side of UTC: a date-only value must show the same day in both, and no list of date-sensitive
 *   files has to be kept.
 * - project: checks of the repository as a whole (tests/project/: links, lint rules, import
 *   cycles, routes). They read files and run ESLint, and show no dates of their own (the
 *   formatters they call are unit-tested in both zones), so they run once.
 * - integration: anything that opens SQLite or starts a command (tests/integration/).
 */
const UNIT = ["lib/**/*.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Server code says `import "server-only"`, which throws outside a React Server Component
      // build; the tests run that code in plain Node.
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    testTimeout: 30_000,
    // A file's beforeAll may seed a database or start a command: on a loaded 2-core machine that
    // outlasts Vitest's default 10 s for hooks, as a test may.
    hookTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine,
    // which then idles while a test waits for the seed or import command it started.
    maxWorkers: "100%",
    // Each project sets TZ for its workers; tests/time-zone.setup.ts fails a file whose dates do
    // not follow it. Forks, not threads: a time zone is per process, and the projects run side
    // by side.
    pool: "forks",
    setupFiles: ["tests/time-zone.setup.ts"],
    projects: [
      // Unit and project tests hold no state between files (no mocks, no stubbed environment, no
      // database), so a worker keeps the modules it imported for the next file (isolate: false)
      // instead of importing them again: importing, not testing, was most of their time.
      { extends: true, test: { name: "unit (Pacific/Auckland)", include: UNIT, env: { TZ: "Pacific/Auckland" }, isolate: false } },
      { extends: true, test: { name: "unit (America/Los_Angeles)", include: UNIT, env: { TZ: "America/Los_Angeles" }, isolate: false } },
      { extends: true, test: { name: "project", include: ["tests/project/**/*.test.ts"], env: { TZ: "Pacific/Auckland" }, isolate: false } },
      // The real record is loaded and seeded once for the project (tests/integration.setup.ts).
      { extends: true, test: { name: "integration", include: ["tests/integration/**/*.test.ts"], env: { TZ: "Pacific/Auckland" }, globalSetup: ["tests/integration.setup.ts"] } },
    ],
  },
});
