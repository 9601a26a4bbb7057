/**
 * What `npm run bench` measures: one row per route. To benchmark a new route, add a row
 * here; nothing else in the bench needs to change. Every route the server keeps
 * (lib/server/pages.mjs) has a row: tests/project/pages.test.ts checks it.
 *
 * - `path` builds the URL from values found in the bench database (the busiest recipient
 *   and system, so filtered views are the expensive ones, a year, the newest deal).
 * - `data` is what the route's server code asks of lib/queries; the bench runs it in its
 *   own process against the same file (the "data function" column) and replays the SQL
 *   it issues on a plain better-sqlite3 connection (the "SQLite" column).
 * - `budget` picks the unloaded-latency budget that applies (docs/benchmark.md).
 * - `optional` rows are skipped when the server does not answer 200 (a feature another
 *   branch adds: search, the JSON API). Each must still answer without errors.
 */

/** Values picked from the bench database so that every path names real rows. */
export type BenchContext = {
  /** Recipient code with the most notifications. */
  country: string;
  /** System slug with the most notifications. */
  system: string;
  /** A year in the middle of the record. */
  year: number;
  /** The newest notification's slug. */
  deal: string;
  /** A word that appears in many titles (a system's name). */
  searchTerm: string;
  /** Contractor slug with the most notifications. */
  contractor: string;
  /** The last whole fiscal year of the record. */
  fiscalYear: number;
};

/** lib/queries and lib/filters, loaded by the runner (type-only here so this file stays import-free). */
export type QueriesLib = typeof import("@/lib/queries");
export type FiltersLib = typeof import("@/lib/filters");

export type BenchLib = { queries: QueriesLib; filters: FiltersLib };

export type BenchRoute = {
  name: string;
  path: (c: BenchContext) => string;
  data: (lib: BenchLib, path: string, c: BenchContext) => Promise<unknown>;
  budget: "timeline" | "deal" | null;
  optional?: boolean;
};

/** The timeline page's data calls for a URL: the vocabulary (to parse filters), one page, and the filter panel's counts. */
async function timelineData(lib: BenchLib, path: string): Promise<unknown> {
  const query = new URL(path, "http://bench").searchParams;
  const filters = lib.filters.parseFilters(query, await lib.queries.getVocabularyIndex());
  return Promise.all([lib.queries.getTimeline(filters), lib.queries.getFacetCounts(filters)]);
}

/** The recipients map's data calls for a URL: the vocabulary (to parse the range) and every recipient's totals. */
async function mapData(lib: BenchLib, path: string): Promise<unknown> {
  const { categories, year, from, to } = lib.filters.parseFilters(new URL(path, "http://bench").searchParams, await lib.queries.getVocabularyIndex());
  return lib.queries.getRecipientSummaries({ ...lib.filters.EMPTY_FILTERS, categories, year, from, to });
}

/** Today in Washington, as the pages ask for it (the tallies count to the present fiscal year). */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

export const ROUTES: BenchRoute[] = [
  { name: "timeline", path: () => "/", data: timelineData, budget: "timeline" },
  { name: "timeline, page 20", path: () => "/?page=20", data: timelineData, budget: "timeline" },
  { name: "by country", path: (c) => `/?country=${c.country}`, data: timelineData, budget: "timeline" },
  { name: "by system", path: (c) => `/?system=${c.system}`, data: timelineData, budget: "timeline" },
  { name: "by year", path: (c) => `/?year=${c.year}`, data: timelineData, budget: "timeline" },
  // Search (wt-explore-data): the timeline with ?q=. Its data calls go through parseFilters,
  // so once `q` is a filter this row measures the search query too.
  { name: "search", path: (c) => `/?q=${encodeURIComponent(c.searchTerm)}`, data: timelineData, budget: "timeline" },
  { name: "deal page", path: (c) => `/deals/${c.deal}`, data: (lib, _path, c) => lib.queries.getNotification(c.deal), budget: "deal" },
  // Recipient and system pages: aggregates over every notification, the newest 50 listed.
  { name: "country page", path: (c) => `/countries/${c.country}`, data: (lib, _path, c) => lib.queries.getCountryProfile(c.country), budget: null },
  // The system page draws its recipients map too: one more query (the map's rows for the system).
  {
    name: "system page",
    path: (c) => `/systems/${c.system}`,
    data: (lib, _path, c) =>
      Promise.all([lib.queries.getSystemProfile(c.system), lib.queries.getRecipientSummaries({ ...lib.filters.EMPTY_FILTERS, systems: [c.system] })]),
    budget: null,
  },
  // The indexes with no filters: every system's totals, every resolution, the coverage by fiscal year.
  { name: "systems index", path: () => "/systems", data: (lib) => lib.queries.getSystemSummaries(), budget: null },
  { name: "in Congress", path: () => "/congress", data: (lib) => lib.queries.getResolutions(), budget: null },
  { name: "coverage", path: () => "/coverage", data: (lib) => lib.queries.getCoverage(), budget: null },
  // The recipients map (/countries): every recipient's totals for a range and category, and the
  // map drawn from them. Held to the timeline's budget: it is a page people land on.
  { name: "recipients map", path: () => "/countries", data: mapData, budget: "timeline" },
  { name: "map, by year", path: (c) => `/countries?year=${c.year}`, data: mapData, budget: "timeline" },
  // Contractors (issue 21): every contractor's totals, and the busiest one's page (aggregates over
  // its notifications, the newest 50 listed).
  { name: "contractors index", path: () => "/contractors", data: (lib) => lib.queries.getContractorSummaries(), budget: null },
  { name: "contractor page", path: (c) => `/contractors/${c.contractor}`, data: (lib, _path, c) => lib.queries.getContractorProfile(c.contractor), budget: null },
  // The fiscal-year tallies: every year side by side (one pass over the record), and one year's
  // breakdowns (held to the timeline's budget: reporters land on it each October); their tables.
  { name: "fiscal years", path: () => "/years", data: (lib) => lib.queries.getFiscalYearsOverview(today()), budget: "timeline" },
  { name: "fiscal year", path: (c) => `/years/${c.fiscalYear}`, data: (lib, _path, c) => lib.queries.getFiscalYearTally(c.fiscalYear, today()), budget: "timeline" },
  { name: "fiscal years CSV", path: () => "/years/tables.csv", data: (lib) => lib.queries.getFiscalYearsOverview(today()), budget: null },
  { name: "fiscal years JSON", path: () => "/years/tables.json", data: (lib) => lib.queries.getFiscalYearsOverview(today()), budget: null },
  { name: "fiscal year CSV", path: (c) => `/years/${c.fiscalYear}/tables.csv`, data: (lib, _path, c) => lib.queries.getFiscalYearTally(c.fiscalYear, today()), budget: null },
  { name: "fiscal year JSON", path: (c) => `/years/${c.fiscalYear}/tables.json`, data: (lib, _path, c) => lib.queries.getFiscalYearTally(c.fiscalYear, today()), budget: null },
  {
    name: "API",
    path: (c) => `/api/notifications?country=${c.country}`,
    data: async (lib, path) => {
      const filters = lib.filters.parseFilters(new URL(path, "http://bench").searchParams, await lib.queries.getVocabularyIndex());
      return lib.queries.getNotificationsForExport(filters, 0, 50);
    },
    budget: null,
  },
  // The other exports of a view: every notification as CSV (up to the route's 10,000 rows), and the
  // Atom feed (the 50 newest, with the resolutions and reports on the view's sales).
  {
    name: "CSV",
    path: (c) => `/notifications.csv?country=${c.country}`,
    data: async (lib, path) => {
      const filters = lib.filters.parseFilters(new URL(path, "http://bench").searchParams, await lib.queries.getVocabularyIndex());
      return lib.queries.getNotificationsForExport(filters, 0, 10_000);
    },
    budget: null,
  },
  {
    name: "Atom feed",
    path: (c) => `/feed.xml?country=${c.country}`,
    data: async (lib, path) => {
      const filters = lib.filters.parseFilters(new URL(path, "http://bench").searchParams, await lib.queries.getVocabularyIndex());
      return Promise.all([lib.queries.getTimeline(filters, 50), lib.queries.getFeedEvents(filters, 50)]);
    },
    budget: null,
  },
];
