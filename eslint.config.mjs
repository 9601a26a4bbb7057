import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layers of lib/ (docs/architecture.md, "Code layout"), said in the linter so that a
 * component that imports the database, a route that builds SQL or the seed that reads the
 * queries is an error, not a review comment. tests/project/layers.test.ts proves each rule fires.
 *
 * Every lib/ folder is entered through its index.ts (`@/lib/domain`, never `@/lib/domain/kinds`);
 * inside a folder, modules import each other relatively. Four exceptions, each for a reason:
 * `@/lib/search/fts` is the SQL half of search, a second entry point that only lib/queries may
 * use; `@/lib/views/next` turns a loader's answer into Next.js's redirect or 404, for pages only
 * (next/navigation loads only inside Next.js, and the bench calls the loaders in plain Node); lib/server/*.mjs are plain files the server runs before any build, imported one by one
 * so that a client bundle never pulls the page cache in through an index; and
 * `@/lib/generated/prisma/client` is Prisma's generated client, the SQL tag of the files that
 * build SQL (lib/db, lib/queries, lib/search/fts.ts).
 */

const FOLDERS = ["domain", "format", "filters", "search", "db", "queries", "views", "charts", "map", "exports", "dataset", "seed", "import"];

/** `@/lib/<folder>` and anything under it. */
const layer = (...folders) => `^@/lib/(?:${folders.join("|")})(?:/|$)`;

/** Any `@/lib/...` but the folders (or files) named. */
const anyLibBut = (...allowed) => `^@/lib/(?!(?:${allowed.join("|")})(?:/|$))`;

const DEEP = {
  regex: `^@/lib/(?:${FOLDERS.filter((f) => f !== "search" && f !== "views").join("|")})/|^@/lib/search/(?!fts$)|^@/lib/views/(?!next$)`,
  message: "Import the folder's entry point (`@/lib/domain`, not `@/lib/domain/kinds`): each lib/ folder is entered through its index.ts.",
};
const VIEWS_NEXT = { regex: "^@/lib/views/next$", message: "@/lib/views/next calls Next.js's redirect() and notFound(): only a page (app/) uses it." };
const FTS = { regex: "^@/lib/search/fts$", message: "lib/search/fts is SQL: only lib/queries uses it. Call a function of @/lib/queries instead." };
const GENERATED = { regex: layer("generated"), message: "Prisma's generated client is for the files that build SQL (lib/db, lib/queries, lib/search/fts.ts)." };
const PARENT = { regex: "^\\.\\./", message: "Reach another lib/ folder through its entry point (`@/lib/<folder>`), not a relative path out of this one." };
const RELATIVE_LIB = { regex: "^\\.{1,2}/(?:.*/)?lib/", message: "Import lib/ through `@/lib/<folder>`, not a relative path." };

/** A layer that may import only the named lib/ folders (and itself, relatively). */
const only = (what, ...allowed) => ({
  regex: anyLibBut(...allowed),
  message: allowed.length > 0 ? `${what} may import from lib/ only ${allowed.map((a) => `@/lib/${a}`).join(", ")}.` : `${what} imports nothing from lib/.`,
});

/** Links come from components/ui/link.tsx, which turns off next/link's prefetch on sight (every layer, so that no block below drops it). */
const NEXT_LINK = { regex: "^next/link$", message: "Import { Link } from @/components/ui/link: next/link as is prefetches every link in view (issue 22)." };
const restrict = (files, ...patterns) => ({ files, rules: { "no-restricted-imports": ["error", { patterns: [...patterns, NEXT_LINK] }] } });

/** The ORM and the database driver, by their package names: no route or component builds SQL (`Prisma.sql`) or opens the file. */
const DRIVER = {
  regex: "^(?:@prisma/client|@prisma/adapter-better-sqlite3|better-sqlite3)(?:/|$)",
  message: "SQL and the database are lib/db's and lib/queries' business: a route calls its loader in @/lib/views, a component renders what it is given.",
};

/** lib/queries' own building blocks (the SQL columns and row readers other queries share), exported for lib/queries alone. */
const QUERY_INTERNALS = ["RECORD_COLUMNS", "RecordRow", "toRecord", "totalsOf", "pageQuery"];
const queryInternals = {
  group: ["@/lib/queries"],
  importNames: QUERY_INTERNALS,
  message: "These are lib/queries' SQL building blocks: call a get…() function (or, in a page, the page's loader in @/lib/views).",
};

const layers = [
  // Presentational React: plain objects in, markup out. Data comes from the page that renders it.
  restrict(
    ["components/**/*.{ts,tsx}"],
    DEEP,
    RELATIVE_LIB,
    { regex: layer("queries", "db", "seed", "import", "server", "dataset"), message: "components/ render plain objects: the page (app/) calls @/lib/queries through its loader in @/lib/views and passes the result down. No database, seed, importer, dataset builder or server code here." },
    // A component may name the shape a loader returns (`import type`), never call one.
    { regex: layer("views"), allowTypeImports: true, message: "components/ render plain objects: the page (app/) calls its loader in @/lib/views and passes the result down (`import type` a loader's shapes)." },
    FTS,
    GENERATED,
    DRIVER,
  ),
  // Routes read params, call lib/, render components; they never build SQL.
  restrict(
    ["app/**/*.{ts,tsx}"],
    DEEP,
    RELATIVE_LIB,
    { regex: layer("db"), message: "Routes do not touch the database: call a function of @/lib/queries." },
    { regex: layer("seed", "import", "dataset"), message: "Routes read the database through @/lib/queries, never the seed's files or schema, nor the importer or the dataset's builder." },
    FTS,
    GENERATED,
    DRIVER,
    queryInternals,
  ),
  // A page (and its metadata, and its layout) reads its params and calls one loader of @/lib/views, which calls lib/queries.
  restrict(
    ["app/**/{page,layout,opengraph-image}.tsx"],
    DEEP,
    RELATIVE_LIB,
    { regex: layer("db"), message: "Routes do not touch the database: a page calls its loader in @/lib/views." },
    { regex: layer("queries"), message: "A page calls its loader in @/lib/views (a function from the URL to the page's data, which the bench shares), not lib/queries itself." },
    { regex: layer("seed", "import"), message: "Routes read the database through @/lib/queries, never the seed's files or schema, nor the importer." },
    FTS,
    GENERATED,
    DRIVER,
  ),
  restrict(["lib/format/**/*.{ts,tsx}"], PARENT, DEEP, only("lib/format", "server/washington-day\\.mjs$")),
  restrict(["lib/domain/**/*.{ts,tsx}"], PARENT, DEEP, only("lib/domain", "format")),
  restrict(["lib/search/**/*.{ts,tsx}"], PARENT, DEEP, only("lib/search", "domain", "format")),
  restrict(["lib/search/fts.ts"], PARENT, DEEP, only("lib/search/fts.ts", "domain", "format", "generated")),
  restrict(["lib/filters/**/*.{ts,tsx}"], PARENT, DEEP, only("lib/filters", "domain", "format", "search")),
  restrict(["lib/charts/**/*.{ts,tsx}", "lib/map/**/*.{ts,tsx}"], PARENT, DEEP, only("lib/charts and lib/map", "domain", "format")),
  restrict(["lib/exports/**/*.{ts,tsx}"], PARENT, DEEP, only("lib/exports", "domain", "format", "filters", "search")),
  // The dataset's builder writes files and the copy of the database with its own code; it reads the record through a reader it is handed (scripts/dataset.ts gives it lib/queries).
  restrict(
    ["lib/dataset/**/*.{ts,tsx}"],
    PARENT,
    DEEP,
    { regex: layer("queries", "db", "seed", "import"), message: "lib/dataset is handed the record (scripts/dataset.ts reads it through lib/queries); it never imports the queries, the database plumbing, the seed or the importer." },
    only("lib/dataset", "domain", "format", "exports"),
  ),
  restrict(["lib/db/**/*.{ts,tsx}"], PARENT, DEEP, only("lib/db", "generated", "server")),
  restrict(
    ["lib/queries/**/*.{ts,tsx}"],
    PARENT,
    DEEP,
    { regex: layer("seed", "import"), message: "Read paths never import the seed or the importer: the kinds and rules they share are in @/lib/domain." },
    only("lib/queries", "domain", "format", "filters", "search", "db", "generated", "map", "charts", "server"),
  ),
  // A loader: from a URL's params to a page's data (or a redirect, or not found), built on lib/queries. Server-only, never SQL itself.
  restrict(
    ["lib/views/**/*.{ts,tsx}"],
    PARENT,
    DEEP,
    DRIVER,
    only("lib/views", "queries", "filters", "domain", "format", "charts", "map", "exports", "site"),
  ),
  // The seed and the importer write files and the database; they never read through the app's queries.
  restrict(
    ["lib/seed/**/*.{ts,tsx}", "lib/import/**/*.{ts,tsx}"],
    PARENT,
    DEEP,
    { regex: layer("queries", "db"), message: "The seed and the importer never use the app's queries or database plumbing: they validate with @/lib/domain and write with their own code." },
    only("lib/seed and lib/import", "domain", "format", "filters", "seed"),
  ),
  restrict(["lib/server/**", "lib/site.ts"], PARENT, only("lib/server and lib/site.ts")),
  restrict(["scripts/**/*.{ts,mts}", "prisma/**/*.ts"], DEEP, VIEWS_NEXT),
  // A unit test sits beside its module and opens no database; one that does is an integration test (tests/integration/).
  restrict(
    ["lib/**/*.test.ts"],
    { regex: layer("db", "queries"), message: "A unit test opens no database: a test of the queries or the database is an integration test (tests/integration/)." },
  ),
];

const config = [
  ...nextVitals,
  ...nextTs,
  ...layers,
  { ignores: ["node_modules/**", ".next/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];

export default config;
