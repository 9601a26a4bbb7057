import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATASET_FILES } from "@/lib/exports";
import { dataHref, PAGE_HREF } from "@/lib/format";
import { isKeptPath, KEPT_ROUTES, NOT_KEPT, routeOf } from "@/lib/server/pages.mjs";
import { DOWNLOADS, ROUTES, type BenchContext } from "../../scripts/bench/routes";
import { root } from "../support/imports";

/**
 * The server keeps (caches) the routes lib/server/pages.mjs names, and nothing else: a regex
 * kept by hand once missed /congress and /coverage for days. Each route in app/ must be named
 * there, kept or exempt with a reason; the header and the bench are checked against the same
 * list (the browser tests' accessibility pages are, in e2e/a11y.spec.ts).
 */

/** Files that make a route of their folder (Next.js App Router), and the metadata files that are routes of their own. */
const ROUTE_FILES = /^(?:page|route)\.(?:tsx?|jsx?)$/;
const METADATA_ROUTE = /^(?:icon|apple-icon|opengraph-image|twitter-image|sitemap|robots|favicon|manifest)\b/;

/** Every route app/ defines, as app/ names it ("/deals/[slug]"), with whether it is a page or a handler. */
function appRoutes(): Map<string, "page" | "handler"> {
  const routes = new Map<string, "page" | "handler">();
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(path.join(root, dir))) {
      const rel = `${dir}/${entry}`;
      if (statSync(path.join(root, rel)).isDirectory()) {
        if (entry.startsWith("_")) continue; // a private folder: never a route
        walk(rel, /^\(.*\)$/.test(entry) ? segments : [...segments, entry]);
      } else if (ROUTE_FILES.test(entry)) {
        routes.set(`/${segments.join("/")}`, entry.startsWith("page.") ? "page" : "handler");
      } else if (METADATA_ROUTE.test(entry)) {
        routes.set(`/${[...segments, entry.replace(/\.(?:tsx?|jsx?)$/, "")].join("/")}`, "handler");
      }
    }
  };
  walk("app", []);
  return routes;
}

describe("the routes the server keeps (lib/server/pages.mjs)", () => {
  const routes = appRoutes();

  it("every route in app/ is kept or named as exempt, with a reason", () => {
    expect(routes.size).toBeGreaterThan(10);
    const named = new Set([...KEPT_ROUTES.map((r) => r.route), ...Object.keys(NOT_KEPT)]);
    expect([...routes.keys()].filter((r) => !named.has(r)), "routes in neither list").toEqual([]);
    expect([...named].filter((r) => !routes.has(r)), "names that are no longer routes").toEqual([]);
    expect(KEPT_ROUTES.filter((r) => r.route in NOT_KEPT), "kept and exempt at once").toEqual([]);
    for (const [route, reason] of Object.entries(NOT_KEPT)) expect(reason.length, route).toBeGreaterThan(10);
  });

  it("a kept page is a page and a kept export is a route handler", () => {
    for (const { route, kind } of KEPT_ROUTES) expect(routes.get(route), route).toBe(kind === "page" ? "page" : "handler");
  });

  it("keeps /congress and /coverage, which the old pattern missed, and not the preview image or /healthz", () => {
    for (const p of ["/", "/congress", "/coverage", "/systems", "/countries/CA", "/deals/2025-10-01-canada-m142-himars", "/feed.xml"]) expect(isKeptPath(p), p).toBe(true);
    for (const p of ["/healthz", "/deals/x/opengraph-image", "/documents/001_0123456789abcdef.txt", "/flags/CA.svg", "/countries/CA/x", "/api/other"]) expect(isKeptPath(p), p).toBe(false);
  });

  it("the header links every kept top-level page, and only those", () => {
    // A page under another (/countries/all, the map's table whole) is linked from that page instead.
    const indexPages = KEPT_ROUTES.filter((r) => r.kind === "page" && !r.route.includes("[") && r.route.lastIndexOf("/") === 0).map((r) => r.route);
    // The nav is a static list of PAGE_HREF links (a mapped array would put each item's key in the page payload).
    const header = readFileSync(path.join(root, "components/layout/site-header.tsx"), "utf8");
    const nav = /<nav[\s\S]*?<\/nav>/.exec(header)?.[0] ?? "";
    const linked = [...nav.matchAll(/href=\{PAGE_HREF\.(\w+)\}/g)].map((m) => PAGE_HREF[m[1] as keyof typeof PAGE_HREF]);
    expect(linked.length).toBeGreaterThan(0);
    expect([...linked].sort()).toEqual(indexPages.sort());
    expect(Object.values(PAGE_HREF).sort()).toEqual(indexPages.sort());
  });

  it("the bench measures every kept route, and only kept routes", () => {
    const context: BenchContext = { country: "CA", system: "m142-himars", year: 2025, deal: "2025-10-01-canada-m142-himars", searchTerm: "HIMARS", contractor: "rtx", region: "EUCOM", fiscalYear: 2025 };
    const kept = KEPT_ROUTES.map((r) => r.route);
    const measured = ROUTES.map((r) => routeOf(new URL(r.path(context), "http://bench").pathname, kept));
    expect(measured.filter((r) => r === null), "bench rows for routes the server does not keep").toEqual([]);
    expect(kept.filter((r) => !measured.includes(r)), "kept routes the bench does not measure").toEqual([]);
  });

  it("the bench downloads the streamed routes (the CSV of a view, every file of the dataset), which are not kept", () => {
    const streamed = DOWNLOADS.map((d) => routeOf(new URL(d.path, "http://bench").pathname, Object.keys(NOT_KEPT)));
    expect(streamed.filter((r) => r === null), "bench downloads of kept (or unknown) routes").toEqual([]);
    expect([...new Set(streamed)].sort()).toEqual(["/data/[file]", "/notifications.csv"]);
    expect(DATASET_FILES.map((f) => dataHref(f.name)).filter((p) => !DOWNLOADS.some((d) => d.path === p)), "dataset files the bench does not download").toEqual([]);
  });
});
