import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { root } from "../support/imports";

/**
 * The layer rules in eslint.config.mjs, each shown to fire: ESLint lints a line of code as if it
 * were a file at the given path (the file need not exist). A rule nobody checks silently rots;
 * this also catches a glob that stops matching after a folder is renamed.
 */

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The no-restricted-imports messages ESLint gives `code` as the file `file`. */
async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const FORBIDDEN: [string, string, string, RegExp][] = [
  ["a component importing the queries", "components/deal/fake.tsx", 'import { getNotification } from "@/lib/queries";', /page \(app\/\) calls @\/lib\/queries/],
  ["a component importing the database", "components/deal/fake.tsx", 'import { prisma } from "@/lib/db";', /No database/],
  ["a component importing a database type", "components/deal/fake.tsx", 'import type { Db } from "@/lib/db";', /No database/],
  ["a component re-exporting the queries", "components/deal/fake.tsx", 'export { getTimeline } from "@/lib/queries";', /No database/],
  ["a component importing the seed", "components/deal/fake.tsx", 'import { loadSeedData } from "@/lib/seed";', /seed/],
  ["a component importing the importer", "components/deal/fake.tsx", 'import { importDocument } from "@/lib/import";', /importer/],
  ["a component importing search SQL", "components/timeline/fake.tsx", 'import { matchingIds } from "@/lib/search/fts";', /lib\/search\/fts is SQL/],
  ["a component importing Prisma", "components/timeline/fake.tsx", 'import { Prisma } from "@/lib/generated/prisma/client";', /Prisma's generated client/],
  ["a route importing the database", "app/fake/page.tsx", 'import { prisma } from "@/lib/db";', /Routes do not touch the database/],
  ["a route building SQL with Prisma", "app/fake/page.tsx", 'import { Prisma } from "@/lib/generated/prisma/client";', /Prisma's generated client/],
  ["a route importing search SQL", "app/fake/route.ts", 'import { RELEVANCE } from "@/lib/search/fts";', /lib\/search\/fts is SQL/],
  ["a route importing the seed's schema", "app/fake/page.tsx", 'import { OFFICIAL_TEXT_KINDS } from "@/lib/seed";', /never the seed/],
  ["the seed importing the queries", "lib/seed/fake.ts", 'import { getTimeline } from "@/lib/queries";', /never use the app's queries/],
  ["the seed importing the database plumbing", "lib/seed/fake.ts", 'import { cachedView } from "@/lib/db";', /never use the app's queries/],
  ["the importer importing the queries", "lib/import/fake.ts", 'import { getVocabulary } from "@/lib/queries";', /never use the app's queries/],
  ["the importer importing the database plumbing", "lib/import/fake.ts", 'import { prisma } from "@/lib/db";', /never use the app's queries/],
  ["a query importing the seed's schema", "lib/queries/fake.ts", 'import { OFFICIAL_TEXT_KINDS } from "@/lib/seed";', /Read paths never import the seed/],
  ["lib/domain importing lib/filters", "lib/domain/fake.ts", 'import type { Filters } from "@/lib/filters";', /lib\/domain may import from lib\/ only @\/lib\/format/],
  ["lib/domain importing the queries", "lib/domain/fake.ts", 'import { getTimeline } from "@/lib/queries";', /lib\/domain may import from lib\/ only/],
  ["lib/format importing lib/domain", "lib/format/fake.ts", 'import type { TimelineEntry } from "@/lib/domain";', /lib\/format may import from lib\/ only/],
  ["lib/format importing the page cache", "lib/format/fake.ts", 'import { createPageCache } from "@/lib/server/page-cache.mjs";', /lib\/format may import from lib\/ only/],
  ["lib/filters importing the queries", "lib/filters/fake.ts", 'import { getVocabulary } from "@/lib/queries";', /lib\/filters may import from lib\/ only/],
  ["lib/exports importing the queries", "lib/exports/fake.ts", 'import { getTimeline } from "@/lib/queries";', /lib\/exports may import from lib\/ only/],
  ["lib/db importing the queries", "lib/db/fake.ts", 'import { getTimeline } from "@/lib/queries";', /lib\/db may import from lib\/ only/],
  ["lib/search's query half importing Prisma", "lib/search/query.ts", 'import { Prisma } from "@/lib/generated/prisma/client";', /lib\/search may import from lib\/ only/],
  ["a deep import from a component", "components/deal/fake.tsx", 'import { SOURCE_KINDS } from "@/lib/domain/kinds";', /entry point/],
  ["a deep import from a route", "app/fake/page.tsx", 'import { getTimeline } from "@/lib/queries/timeline";', /entry point/],
  ["a deep import between lib/ folders", "lib/filters/fake.ts", 'import { formatShortDate } from "@/lib/format/dates";', /entry point/],
  ["a deep import from a script", "scripts/fake.ts", 'import { loadSeedData } from "@/lib/seed/load";', /entry point/],
  ["a relative path out of a lib/ folder", "lib/domain/fake.ts", 'import { addDaysIso } from "../format/dates";', /relative path out of this one/],
  ["a relative path into lib/ from a component", "components/deal/fake.tsx", 'import { dealHref } from "../../lib/format";', /not a relative path/],
  ["a unit test opening the database", "lib/format/fake.test.ts", 'import { getTimeline } from "@/lib/queries";', /A unit test opens no database/],
  ["a page calling the queries", "app/fake/page.tsx", 'import { getTimeline } from "@/lib/queries";', /A page calls its loader in @\/lib\/views/],
  ["a route building SQL with the ORM's package", "app/fake/route.ts", 'import { Prisma } from "@prisma/client";', /SQL and the database/],
  ["a route opening the database file", "app/fake/route.ts", 'import Database from "better-sqlite3";', /SQL and the database/],
  ["a route importing the queries' SQL columns", "app/fake/route.ts", 'import { RECORD_COLUMNS } from "@/lib/queries";', /SQL building blocks/],
  ["a route importing the queries' row reader", "app/fake/route.ts", 'import { toRecord, type RecordRow } from "@/lib/queries";', /SQL building blocks/],
  ["a component calling a loader", "components/deal/fake.tsx", 'import { loadDeal } from "@/lib/views";', /calls its loader in @\/lib\/views/],
  ["a component importing the ORM's package", "components/deal/fake.tsx", 'import { Prisma } from "@prisma/client";', /SQL and the database/],
  ["a loader importing the database plumbing", "lib/views/fake.ts", 'import { cachedView } from "@/lib/db";', /lib\/views may import from lib\/ only/],
  ["a loader building SQL", "lib/views/fake.ts", 'import { Prisma } from "@/lib/generated/prisma/client";', /lib\/views may import from lib\/ only/],
  ["a deep import into lib/views", "app/fake/page.tsx", 'import { loadDeal } from "@/lib/views/deal";', /entry point/],
  ["the bench importing Next.js's half of lib/views", "scripts/bench/fake.ts", 'import { dataOf } from "@/lib/views/next";', /only a page/],
  ["lib/queries importing lib/views", "lib/queries/fake.ts", 'import { loadDeal } from "@/lib/views";', /lib\/queries may import from lib\/ only/],
];

const ALLOWED: [string, string, string][] = [
  ["a component importing the pure layers", "components/deal/fake.tsx", 'import { dealHref } from "@/lib/format";\nimport { hasOfficialText } from "@/lib/domain";\nimport { serializeFilters } from "@/lib/filters";'],
  ["a route importing the queries and the exports", "app/fake/route.ts", 'import { getTimeline } from "@/lib/queries";\nimport { apiPage } from "@/lib/exports";'],
  ["a query building SQL", "lib/queries/fake.ts", 'import { cachedView } from "@/lib/db";\nimport { Prisma } from "@/lib/generated/prisma/client";\nimport { matchingIds } from "@/lib/search/fts";\nimport { toEntry } from "./notification-sql";'],
  ["lib/domain importing lib/format", "lib/domain/fake.ts", 'import { addDaysIso } from "@/lib/format";\nimport { REPORT_KINDS } from "./kinds";'],
  ["lib/format importing the day in Washington", "lib/format/fake.ts", 'import { todayInWashington } from "@/lib/server/washington-day.mjs";'],
  ["the seed importing the domain", "lib/seed/fake.ts", 'import { SOURCE_KINDS } from "@/lib/domain";'],
  ["the importer importing the seed", "lib/import/fake.ts", 'import { loadSeedData } from "@/lib/seed";'],
  ["a page calling its loader", "app/fake/page.tsx", 'import { loadDeal } from "@/lib/views";\nimport { dataOf } from "@/lib/views/next";\nimport { PAGE_HREF } from "@/lib/format";'],
  ["a route handler calling the queries", "app/fake/route.ts", 'import { checkHealth, getTimeline } from "@/lib/queries";'],
  ["a component naming a loader's shape", "components/profile/fake.tsx", 'import type { RecipientYears } from "@/lib/views";'],
  ["a loader built on the queries", "lib/views/fake.ts", 'import { getTimeline } from "@/lib/queries";\nimport { parseFilters } from "@/lib/filters";\nimport { pageMetadata } from "@/lib/site";\nimport type { View } from "./view";'],
  ["the bench calling the loaders", "scripts/bench/fake.ts", 'import { loadTimeline } from "@/lib/views";'],
];

describe("the layer rules (eslint.config.mjs)", () => {
  it.each(FORBIDDEN)("forbid %s", async (_name, file, code, message) => {
    const messages = await restricted(file, code);
    expect(messages.length, `${file}: ${code}`).toBeGreaterThan(0);
    expect(messages.join("\n")).toMatch(message);
  });

  it.each(ALLOWED)("allow %s", async (_name, file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
