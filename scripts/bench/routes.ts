/**
 * What `npm run bench` measures: one row per route. To benchmark a new route, add a row
 * here; nothing else in the bench needs to change. Every route the server keeps
 * (lib/server/pages.mjs) has a row: tests/project/pages.test.ts checks it.
 *
 * - `path` builds the URL from values found in the bench database (the busiest recipient
 *   and system, so filtered views are the expensive ones, a year, the newest deal).
 * - `data` calls the route's own loader in lib/views (the function from a URL to the page's
 *   data that the page itself calls); the bench runs it in its own process against the same
 *   file (the "data function" column) and replays the SQL it issues on a plain better-sqlite3
 *   connection (the "SQLite" column).
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
  /** Region code with the most notifications. */
  region: string;
  /** The last whole fiscal year of the record. */
  fiscalYear: number;
};

/** lib/views, loaded by the runner (type-only here so this file stays import-free). */
export type ViewsLib = typeof import("@/lib/views");

export type BenchLib = { views: ViewsLib };

export type BenchRoute = {
  name: string;
  path: (c: BenchContext) => string;
  data: (lib: BenchLib, path: string, c: BenchContext) => Promise<unknown>;
  budget: "timeline" | "deal" | null;
  optional?: boolean;
};

/** A bench path's query string, as a route reads it. */
const query = (path: string) => new URL(path, "http://bench").searchParams;

/** The timeline's loader for a URL: the vocabulary (to parse filters), one page, the chart, and the filter panel's choices and counts. */
const timelineData = (lib: BenchLib, path: string) => lib.views.loadTimeline(query(path));

/** The recipients map's loader for a URL: the vocabulary (to parse the range), every recipient's totals, and the map drawn from them. */
const mapData = (lib: BenchLib, path: string) => lib.views.loadCountries(query(path));

export const ROUTES: BenchRoute[] = [
  { name: "timeline", path: () => "/", data: timelineData, budget: "timeline" },
  { name: "timeline, page 20", path: () => "/?page=20", data: timelineData, budget: "timeline" },
  { name: "by country", path: (c) => `/?country=${c.country}`, data: timelineData, budget: "timeline" },
  { name: "by system", path: (c) => `/?system=${c.system}`, data: timelineData, budget: "timeline" },
  { name: "by year", path: (c) => `/?year=${c.year}`, data: timelineData, budget: "timeline" },
  // The contractor and region filters: their facets count every notification's contractors (PrincipalContractor) and regions.
  { name: "by contractor", path: (c) => `/?contractor=${c.contractor}`, data: timelineData, budget: "timeline" },
  { name: "by region", path: (c) => `/?region=${c.region}`, data: timelineData, budget: "timeline" },
  // Search (wt-explore-data): the timeline with ?q=. Its data calls go through parseFilters,
  // so once `q` is a filter this row measures the search query too.
  { name: "search", path: (c) => `/?q=${encodeURIComponent(c.searchTerm)}`, data: timelineData, budget: "timeline" },
  { name: "deal page", path: (c) => `/deals/${c.deal}`, data: (lib, _path, c) => lib.views.loadDeal(c.deal), budget: "deal" },
  // Recipient and system pages: aggregates over every notification, the newest 50 listed.
  { name: "country page", path: (c) => `/countries/${c.country}`, data: (lib, _path, c) => lib.views.loadCountry(c.country), budget: null },
  // The system page draws its recipients map too: one more query (the map's rows for the system).
  {
    name: "system page",
    path: (c) => `/systems/${c.system}`,
    data: (lib, _path, c) => lib.views.loadSystem(c.system),
    budget: null,
  },
  // The indexes with no filters: every system's totals, every resolution, the coverage by fiscal year.
  { name: "systems index", path: () => "/systems", data: (lib) => lib.views.loadSystems(), budget: null },
  { name: "in Congress", path: () => "/congress", data: (lib) => lib.views.loadCongress(), budget: null },
  { name: "coverage", path: () => "/coverage", data: (lib) => lib.views.loadCoverage(), budget: null },
  // Every option of one of the filter panel's lists for a view (the panel shows a long list's top options).
  { name: "every recipient option", path: (c) => `/filters/country?system=${c.system}`, data: (lib, path) => lib.views.loadFilterOptions("country", query(path)), budget: null },
  // The dataset's page: the last build's files (one row) and the coverage counts its caveats give.
  { name: "data page", path: () => "/data", data: (lib, path) => lib.views.loadData(query(path)), budget: null },
  // The recipients map (/countries): every recipient's totals for a range and category, and the
  // map drawn from them. Held to the timeline's budget: it is a page people land on.
  { name: "recipients map", path: () => "/countries", data: mapData, budget: "timeline" },
  { name: "map, by year", path: (c) => `/countries?year=${c.year}`, data: mapData, budget: "timeline" },
  // The table under the map shows the largest recipients; every one of a view is on /countries/all.
  { name: "every recipient", path: () => "/countries/all", data: (lib, path) => lib.views.loadCountries(query(path), "all"), budget: null },
  // Contractors (issue 21): every contractor's totals, and the busiest one's page (aggregates over
  // its notifications, the newest 50 listed).
  { name: "contractors index", path: () => "/contractors", data: (lib) => lib.views.loadContractors(), budget: null },
  { name: "contractor page", path: (c) => `/contractors/${c.contractor}`, data: (lib, _path, c) => lib.views.loadContractor(c.contractor), budget: null },
  // The fiscal-year tallies: every year side by side (one pass over the record), and one year's
  // breakdowns (held to the timeline's budget: reporters land on it each October); their tables.
  { name: "fiscal years", path: () => "/years", data: (lib) => lib.views.loadYears(), budget: "timeline" },
  { name: "fiscal year", path: (c) => `/years/${c.fiscalYear}`, data: (lib, _path, c) => lib.views.loadFiscalYear(String(c.fiscalYear)), budget: "timeline" },
  { name: "fiscal years CSV", path: () => "/years/tables.csv", data: (lib, path) => lib.views.loadYearTables(null, "csv", query(path)), budget: null },
  { name: "fiscal years JSON", path: () => "/years/tables.json", data: (lib, path) => lib.views.loadYearTables(null, "json", query(path)), budget: null },
  { name: "fiscal year CSV", path: (c) => `/years/${c.fiscalYear}/tables.csv`, data: (lib, path, c) => lib.views.loadYearTables(String(c.fiscalYear), "csv", query(path)), budget: null },
  { name: "fiscal year JSON", path: (c) => `/years/${c.fiscalYear}/tables.json`, data: (lib, path, c) => lib.views.loadYearTables(String(c.fiscalYear), "json", query(path)), budget: null },
  // Every page's tables as files (issue 20): a recipient's and a system's (the busiest), and the indexes'.
  { name: "recipient tables CSV", path: (c) => `/countries/${c.country}/tables.csv`, data: (lib, path, c) => lib.views.loadCountryTables(c.country, "csv", query(path)), budget: null },
  { name: "recipient tables JSON", path: (c) => `/countries/${c.country}/tables.json`, data: (lib, path, c) => lib.views.loadCountryTables(c.country, "json", query(path)), budget: null },
  { name: "system tables CSV", path: (c) => `/systems/${c.system}/tables.csv`, data: (lib, path, c) => lib.views.loadSystemTables(c.system, "csv", query(path)), budget: null },
  { name: "system tables JSON", path: (c) => `/systems/${c.system}/tables.json`, data: (lib, path, c) => lib.views.loadSystemTables(c.system, "json", query(path)), budget: null },
  { name: "recipients CSV", path: (c) => `/countries/tables.csv?year=${c.year}`, data: (lib, path) => lib.views.loadCountriesTables("csv", query(path)), budget: null },
  { name: "recipients JSON", path: () => "/countries/tables.json", data: (lib, path) => lib.views.loadCountriesTables("json", query(path)), budget: null },
  { name: "systems CSV", path: () => "/systems/tables.csv", data: (lib, path) => lib.views.loadSystemsTables("csv", query(path)), budget: null },
  { name: "systems JSON", path: () => "/systems/tables.json", data: (lib, path) => lib.views.loadSystemsTables("json", query(path)), budget: null },
  { name: "congress CSV", path: () => "/congress/tables.csv", data: (lib, path) => lib.views.loadCongressTables("csv", query(path)), budget: null },
  { name: "congress JSON", path: () => "/congress/tables.json", data: (lib, path) => lib.views.loadCongressTables("json", query(path)), budget: null },
  { name: "coverage CSV", path: () => "/coverage/tables.csv", data: (lib, path) => lib.views.loadCoverageTables("csv", query(path)), budget: null },
  { name: "coverage JSON", path: () => "/coverage/tables.json", data: (lib, path) => lib.views.loadCoverageTables("json", query(path)), budget: null },
  {
    name: "API",
    path: (c) => `/api/notifications?country=${c.country}`,
    data: (lib, path) => lib.views.loadApiPage(query(path), new URL(path, "http://bench")),
    budget: null,
  },
  // The feed of a view: the 50 newest, with the resolutions and reports on the view's sales. (The CSV of a
  // view is streamed, not kept: it is timed whole among DOWNLOADS below.)
  {
    name: "Atom feed",
    path: (c) => `/feed.xml?country=${c.country}`,
    data: (lib, path) => lib.views.loadFeed(query(path)),
    budget: null,
  },
  // The change history: the releases with their first records, one day's first 200, and the feed.
  { name: "changes", path: () => "/changes", data: (lib, path) => lib.views.loadChanges(query(path)), budget: null },
  { name: "changes of a day", path: () => "/changes/2026-12-06", data: (lib) => lib.views.loadRelease("2026-12-06", {}), budget: null },
  { name: "changes feed", path: () => "/changes.xml", data: (lib) => lib.views.loadChangesFeed(), budget: null },
  // The OpenAPI description: no data, a document built from the field lists.
  { name: "OpenAPI", path: () => "/api/openapi.json", data: async (lib, path) => lib.views.loadOpenApi(query(path)), budget: null },
];

/**
 * What `npm run bench` downloads whole, timing each and watching the server's memory (RSS)
 * meanwhile: the addresses the server streams rather than keeps (lib/server/pages.mjs,
 * NOT_KEPT), each of which is the whole record at the bench's size. Budgets in docs/benchmark.md.
 */
export type BenchDownload = { name: string; path: string };

export const DOWNLOADS: BenchDownload[] = [
  // The whole record's CSV is the dataset's notifications file, sent from disk while it is current;
  // the same rows as a view (`from` before the first) are read from the database, a page at a time.
  { name: "CSV export, every notification", path: "/notifications.csv" },
  { name: "CSV export, every notification as a view", path: "/notifications.csv?from=1950-01-01" },
  { name: "dataset: notifications.csv", path: "/data/notifications.csv" },
  { name: "dataset: equipment.csv", path: "/data/equipment.csv" },
  { name: "dataset: sources.csv", path: "/data/sources.csv" },
  { name: "dataset: record.json", path: "/data/record.json" },
  { name: "dataset: record.sqlite", path: "/data/record.sqlite" },
];
