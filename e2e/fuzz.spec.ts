import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { XMLValidator } from "fast-xml-parser";
import { prng } from "../scripts/bench/generate";
import { SEED } from "./helpers";

/**
 * URL fuzzing: generated query strings (repeated keys, huge values, unknown countries, bad
 * dates, unicode, injection strings, broken percent-encoding) against every route, and
 * generated path segments where a route takes one. No response may be a 5xx, and every
 * response must be well formed for its kind. The generator is seeded, so a failure repeats.
 *
 * To cover a new route, add a line to ROUTES (and to SEGMENT_ROUTES if it has a slug).
 */
type Kind = "html" | "json" | "xml" | "csv";
const ROUTES: { path: string; kind: Kind; queries: number }[] = [
  { path: "/", kind: "html", queries: 120 },
  { path: SEED.canadaHimars, kind: "html", queries: 50 },
  { path: "/no/such/page", kind: "html", queries: 30 },
  { path: "/healthz", kind: "json", queries: 30 },
  { path: "/countries", kind: "html", queries: 20 },
  { path: "/countries/CA", kind: "html", queries: 50 },
  { path: "/systems", kind: "html", queries: 20 },
  { path: "/systems/amraam", kind: "html", queries: 50 },
  { path: "/api/notifications", kind: "json", queries: 120 },
  { path: "/feed.xml", kind: "xml", queries: 50 },
  { path: "/notifications.csv", kind: "csv", queries: 50 },
  { path: "/data", kind: "html", queries: 20 },
  { path: "/data/record.json", kind: "json", queries: 30 },
  { path: "/data/sources.csv", kind: "csv", queries: 20 },
  { path: "/api/openapi.json", kind: "json", queries: 30 },
  // Added last, so that the routes above keep their generator seeds (1000 + their index).
  { path: "/countries/all", kind: "html", queries: 30 },
];
/** Routes whose last segment is a slug or code: fuzzed in the path too. */
const SEGMENT_ROUTES: { prefix: string; kind: Kind }[] = [
  { prefix: "/deals/", kind: "html" },
  { prefix: "/countries/", kind: "html" },
  { prefix: "/systems/", kind: "html" },
  { prefix: "/data/", kind: "csv" },
];
const SEGMENTS = 60;


const KEYS = ["country", "system", "category", "year", "from", "to", "page", "pageSize", "q", "sort", "limit", "offset", "format", "utm_source", "country[]", "__proto__", "constructor", "", "%", "a%00b", "ключ"];
const VALUES = [
  // plausible
  "CA", "NL", "ca", "Canada", "m142-himars", "HIMARS", "amraam", "rocket-artillery", "2024", "2025", "2025-01-01", "2025-12-31", "1", "2",
  // unknown or out of range
  "ZZ", "XX", "no-such-system", "nope", "1800", "99999", "-1", "0", "1e3", "NaN", "Infinity", "999999999999999999999", "0x10", "",
  // bad dates
  "2025-02-30", "2025-13-01", "2025-00-10", "31/12/2025", "2025-1-1", "2025-01-01T00:00:00Z", "0000-00-00", "+275760-09-13",
  // unicode
  "Türkiye", "日本", "🇨🇦", "\u202e", "\u0000", "e\u0301", "\uFEFF", "ZA\u0308LGO",
  // injection
  "' OR 1=1--", "\"><script>alert(1)</script>", "<img src=x onerror=alert(1)>", "../../../etc/passwd", "${7*7}", "{{7*7}}", "%00", "%zz", "%", "%%",
  "javascript:alert(1)", "//evil.example/", "https://evil.example", "\r\nSet-Cookie: x=1", "a&b=c", "__proto__", "[object Object]",
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** Encodes most values, but leaves some raw so broken percent-encoding reaches the server. */
function encode(rand: () => number, text: string): string {
  return rand() < 0.8 ? encodeURIComponent(text) : text.replace(/[\s#&]/g, (c) => encodeURIComponent(c));
}

function value(rand: () => number): string {
  const r = rand();
  // Huge, but most URLs stay under Node's 16 KiB header limit so they reach the app.
  if (r < 0.06) return "A".repeat(1 + Math.floor(rand() * 8_000));
  if (r < 0.1) return Array.from({ length: 1 + Math.floor(rand() * 50) }, () => String.fromCodePoint(Math.floor(rand() * 0x2ffff))).join("").replace(/[\ud800-\udfff]/g, "");
  return pick(rand, VALUES);
}

export function queries(seed: number, count: number): string[] {
  const rand = prng(seed);
  return Array.from({ length: count }, () => {
    const pairs: string[] = [];
    const n = 1 + Math.floor(rand() * 6);
    for (let i = 0; i < n; i++) {
      const key = rand() < 0.9 ? pick(rand, KEYS) : value(rand);
      const repeat = rand() < 0.2 ? 2 + Math.floor(rand() * 30) : 1; // repeated keys
      for (let j = 0; j < repeat; j++) pairs.push(rand() < 0.05 ? encode(rand, key) : `${encode(rand, key)}=${encode(rand, value(rand))}`);
    }
    return `?${pairs.join("&")}`;
  });
}

function segments(seed: number, count: number): string[] {
  const rand = prng(seed);
  return Array.from({ length: count }, () => {
    const v = value(rand);
    return rand() < 0.3 ? `${SEED.canadaHimars.split("/").pop()}${encode(rand, v)}` : encode(rand, v) || "x";
  });
}

// Node's HTTP parser answers 431 to a request line over 16 KiB before the app sees it.
let tooLarge = 0;

async function expectWellFormed(response: APIResponse, kind: Kind, label: string) {
  const status = response.status();
  expect(status, label).toBeLessThan(500);
  if (status === 431) {
    tooLarge++;
    return;
  }
  if (status >= 300 && status < 400) {
    const location = response.headers()["location"];
    expect(location, `${label}: a redirect has a Location`).toBeTruthy();
    const target = new URL(location!, response.url());
    expect(target.origin, `${label}: redirect stays on this site (${location})`).toBe(new URL(response.url()).origin);
    return;
  }
  const body = await response.text();
  const type = response.headers()["content-type"] ?? "";
  // A 404 for a page is the HTML not-found page, whatever the route's own kind.
  // The exports refuse a bad parameter with a 400 and a plain-text message naming it; the dataset's
  // files answer a name that is not one with a plain-text 404 listing them.
  const effective = type.includes("text/html") ? "html" : (status === 400 || status === 404) && type.includes("text/plain") ? "message" : kind;
  if (effective === "html") {
    expect(type, label).toContain("text/html");
    expect(body, label).toMatch(/^<!DOCTYPE html><html[\s>]/);
    expect(body, label).toMatch(/<title>[^<]+<\/title>/);
    expect(body.trimEnd(), label).toMatch(/<\/html>$/);
  } else if (effective === "json") {
    expect(type, label).toContain("application/json");
    expect(() => JSON.parse(body), label).not.toThrow();
  } else if (effective === "message") {
    expect(body.trim().length, `${label}: a 400 says what is wrong`).toBeGreaterThan(0);
  } else if (effective === "xml") {
    expect(XMLValidator.validate(body), label).toBe(true);
  } else {
    expect(type, label).toContain("text/csv");
  }
}

/**
 * Requests a URL (not following redirects), checks its status is one of `statuses` (when given)
 * and that it is well formed, and follows each new redirect target once.
 */
async function probe(request: APIRequestContext, url: string, kind: Kind, followed: Set<string>, statuses?: number[]) {
  const response = await request.get(url, { maxRedirects: 0 });
  const label = `${url.slice(0, 160)} → ${response.status()}`;
  if (statuses) expect(statuses, label).toContain(response.status());
  await expectWellFormed(response, kind, label);
  const location = response.headers()["location"];
  if (location && !followed.has(location)) {
    followed.add(location);
    const next = await request.get(location, { maxRedirects: 0 });
    await expectWellFormed(next, kind, `${label} → ${location.slice(0, 160)} → ${next.status()}`);
  }
}

/**
 * Runs every item, IN_FLIGHT at a time: a new request starts as soon as one finishes (no waiting
 * for the slowest of a batch), enough to keep the server busy without queueing hundreds at once.
 */
const IN_FLIGHT = 8;
async function inPool<T>(items: T[], run: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, lane));
}

test.describe("URL fuzzing: never a 5xx, always well formed", () => {
  for (const [i, route] of ROUTES.entries()) {
    test(`${route.queries} generated query strings on ${route.path}`, async ({ request }) => {
      test.setTimeout(120_000);
      const followed = new Set<string>();
      tooLarge = 0;
      await inPool(queries(1000 + i, route.queries), (q) => probe(request, `${route.path}${q}`, route.kind, followed));
      // Nearly every generated URL must reach the app, or this tests only Node's parser.
      expect(tooLarge, "requests refused as too large").toBeLessThan(route.queries / 10);
    });
  }

  for (const [i, route] of SEGMENT_ROUTES.entries()) {
    test(`${SEGMENTS} generated path segments under ${route.prefix}`, async ({ request }) => {
      test.setTimeout(120_000);
      const followed = new Set<string>();
      await inPool(segments(2000 + i, SEGMENTS), (segment) => probe(request, `${route.prefix}${segment}`, route.kind, followed, [200, 301, 307, 308, 404, 431]));
    });
  }

  test("a URL beyond the server's header limit is refused with 431, not an error", async ({ request }) => {
    const response = await request.get(`/?country=${"A".repeat(20_000)}`, { maxRedirects: 0 });
    expect(response.status()).toBe(431);
  });

  test("the generator is deterministic and covers the hostile cases", () => {
    const a = queries(1000, 150);
    expect(queries(1000, 150)).toEqual(a);
    const all = a.join("\n");
    expect(all).toMatch(/A{1000}/); // a huge value
    expect(all).toMatch(/(country=[^&]*&){5,}/); // a repeated key
    expect(all).toContain("%zz"); // broken percent-encoding
    expect(all).toContain(encodeURIComponent("2025-02-30"));
    expect(all).toContain(encodeURIComponent("\"><script>alert(1)</script>"));
  });
});
