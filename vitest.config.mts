import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The files whose results depend on the time zone. They run twice, once in each project below:
 * a date-only value must show the same day on both sides of UTC.
 */
const DATE_SENSITIVE = [
  "lib/dates.test.ts",
  "lib/review-period.test.ts",
  "lib/deal.test.ts",
  "lib/congress.test.ts",
  "lib/filters.test.ts",
  "lib/exports/**/*.test.ts",
  "lib/charts/**/*.test.ts",
  "lib/json-ld.test.ts",
  "lib/money.test.ts",
  "lib/quantities.test.ts",
  "tests/import/parse.test.ts",
  "tests/import/import.test.ts",
  "tests/import/official.test.ts",
  "tests/import/numbers.test.ts",
];

export default defineConfig({
  resolve: { alias: { "@": path.dirname(fileURLToPath(import.meta.url)) } },
  test: {
    environment: "node",
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine,
    // which then idles while a test waits for the seed or import command it started.
    maxWorkers: "100%",
    // Each project sets TZ for its workers; tests/time-zone.setup.ts fails a file whose dates do
    // not follow it. Forks, not threads: a time zone is per process, and the two projects run
    // side by side.
    pool: "forks",
    setupFiles: ["tests/time-zone.setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "Pacific/Auckland",
          include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "tests/**/*.test.ts"],
          env: { TZ: "Pacific/Auckland" },
        },
      },
      {
        extends: true,
        test: { name: "America/Los_Angeles", include: DATE_SENSITIVE, env: { TZ: "America/Los_Angeles" } },
      },
    ],
  },
});
