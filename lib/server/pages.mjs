// @ts-check
// Plain JavaScript so that the server (scripts/server.mjs, through page-cache.mjs) can read it
// before anything is compiled.

/**
 * Every route in app/, and whether the server keeps its responses (page-cache.mjs): the one
 * list, so that a new page is cached by being named here rather than by editing a pattern.
 * tests/project/pages.test.ts walks app/ and fails for a route that is in neither list, or a
 * name here that no longer is a route. Routes are written as app/ names them: `[slug]` is one
 * path segment.
 *
 * A route is kept when its response depends only on its URL, the data (the cache empties when
 * the seed commits) and the day in Washington (part of the key), and is small: the pages, the
 * JSON API's pages, the feed and the OpenAPI description. Downloads that can be megabytes are
 * streamed instead, never held in memory.
 *
 * @typedef {{ route: string, kind: "page" | "export" }} KeptRoute
 * @type {readonly KeptRoute[]}
 */
export const KEPT_ROUTES = [
  { route: "/", kind: "page" },
  { route: "/deals/[slug]", kind: "page" },
  { route: "/countries", kind: "page" },
  // Every page's tables as files, each before the page whose paths would match it (routeOf takes the first route that fits).
  { route: "/countries/tables.csv", kind: "export" },
  { route: "/countries/tables.json", kind: "export" },
  { route: "/countries/all", kind: "page" },
  { route: "/countries/[code]", kind: "page" },
  { route: "/countries/[code]/tables.csv", kind: "export" },
  { route: "/countries/[code]/tables.json", kind: "export" },
  { route: "/systems", kind: "page" },
  { route: "/systems/tables.csv", kind: "export" },
  { route: "/systems/tables.json", kind: "export" },
  { route: "/systems/[slug]", kind: "page" },
  { route: "/systems/[slug]/tables.csv", kind: "export" },
  { route: "/systems/[slug]/tables.json", kind: "export" },
  { route: "/contractors", kind: "page" },
  { route: "/contractors/[slug]", kind: "page" },
  { route: "/years", kind: "page" },
  // Before /years/[fy], which the same paths would match: routeOf takes the first route that fits.
  { route: "/years/tables.csv", kind: "export" },
  { route: "/years/tables.json", kind: "export" },
  { route: "/years/[fy]", kind: "page" },
  { route: "/years/[fy]/tables.csv", kind: "export" },
  { route: "/years/[fy]/tables.json", kind: "export" },
  { route: "/congress", kind: "page" },
  { route: "/congress/tables.csv", kind: "export" },
  { route: "/congress/tables.json", kind: "export" },
  { route: "/coverage", kind: "page" },
  { route: "/coverage/tables.csv", kind: "export" },
  { route: "/coverage/tables.json", kind: "export" },
  { route: "/data", kind: "page" },
  { route: "/changes", kind: "page" },
  { route: "/changes/[date]", kind: "page" },
  { route: "/changes.xml", kind: "export" },
  { route: "/filters/[param]", kind: "page" },
  { route: "/api/notifications", kind: "export" },
  { route: "/api/openapi.json", kind: "export" },
  { route: "/feed.xml", kind: "export" },
];

/**
 * The routes the server never keeps, each with the reason.
 *
 * @type {Readonly<Record<string, string>>}
 */
export const NOT_KEPT = {
  "/healthz": "it must ask the database on every request",
  "/notifications.csv": "every row of a view, streamed from the database a page at a time: the whole record is megabytes, which the cache would hold in memory",
  "/data/[file]": "the dataset's files, streamed from disk with their own cache headers (ETag): megabytes each, never held in memory",
  "/deals/[slug]/opengraph-image": "an image a link preview fetches once; Next.js renders it on request",
  "/documents/[file]": "a text file read from seeds/documents/ and sent with its own cache headers",
  "/flags/[file]": "an SVG from a package, sent with a year's cache headers",
  "/map/land.svg": "the world map's land, the same for every view, sent with a day's cache headers for the browser to keep",
  "/map/shapes.svg": "every recipient's shape by its code, the same for every view, sent with a day's cache headers for the browser to keep",
  "/icon.svg": "a static file Next.js serves itself",
};

/** A route as a pattern for a request's path: `[param]` is one path segment. */
const patternOf = (/** @type {string} */ route) => new RegExp(`^${route.replace(/[.]/g, "\\.").replace(/\[[^\]/]+\]/g, "[^/]+")}$`);

const KEPT_PATH = KEPT_ROUTES.map((r) => patternOf(r.route));

/**
 * Whether a request path (no query string) is a kept route's.
 *
 * @param {string} path
 * @returns {boolean}
 */
export function isKeptPath(path) {
  return KEPT_PATH.some((p) => p.test(path));
}

/**
 * Which route of `routes` a path is, or null.
 *
 * @param {string} path
 * @param {readonly string[]} routes
 * @returns {string | null}
 */
export function routeOf(path, routes) {
  return routes.find((r) => patternOf(r).test(path)) ?? null;
}
