import { randomUUID } from "node:crypto";
import { createVersionedCache } from "@/lib/data-cache";
import { databaseFile } from "@/lib/database-url.mjs";
import { todayInWashington } from "@/lib/dates";

/**
 * Rendered pages, kept until the seed next commits. The data changes only when the seed runs,
 * so the HTML of a URL is the same for every visitor until then, except for two things this
 * module handles: the per-request CSP nonce (each cached body is served with a fresh nonce put
 * in place of the one it was rendered with) and today's date (a deal page says whether its
 * review period is over, so the day in Washington is part of the key).
 *
 * A miss renders the page through the server itself (a loopback request marked with a secret
 * only this process knows), so the cached body is exactly what Next.js would have sent.
 * Only 200 responses to plain page requests are kept; redirects, 404s and client-side
 * navigation requests (RSC payloads) always go through the normal path.
 *
 * Off unless FMS_PAGE_CACHE=on. With it on, the timeline serves about ten times the requests
 * per second (README, "Benchmark"), but two browser tests of the main server fail: after
 * Back, a filter box stays ticked that the URL no longer names, and one deal page never goes
 * network-idle. Until that is understood it is an opt-in; the hostile-data e2e server runs
 * with it on, so its invalidation (operations.spec.ts) and nonce handling stay tested.
 */

export type CachedPage = { body: string; nonce: string; headers: [string, string][] };

/** Pages whose HTML depends only on the URL (and the data). */
const PAGE_PATH = /^\/(?:deals\/[^/]+|countries(?:\/[^/]+)?|systems(?:\/[^/]+)?)?$/;

/** Marks the loopback request that renders a miss; unknown outside this process. */
const RENDER_SECRET = randomUUID();
const RENDER_HEADER = "x-fms-render";

/** Headers that describe one transfer, not the page: never replayed from the cache. */
const TRANSFER_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "content-security-policy"]);

const ENABLED = process.env.FMS_PAGE_CACHE === "on";
const pages = createVersionedCache(databaseFile(), ENABLED ? 300 : 0);

export function isCacheablePageRequest(request: Request, pathname: string, search: URLSearchParams): boolean {
  if (!ENABLED || request.method !== "GET") return false;
  if (!PAGE_PATH.test(pathname) || search.has("_rsc")) return false;
  const h = request.headers;
  return !h.has("rsc") && !h.has("next-router-prefetch") && !h.has("next-router-state-tree") && !h.has(RENDER_HEADER);
}

const NONCE_IN_POLICY = /script-src [^;]*'nonce-([^']+)'/;

/** The cached page for a URL, rendering it on a miss; null when the page is not cacheable. */
export async function cachedPage(origin: string, pathAndQuery: string): Promise<CachedPage | null> {
  // async: a database that cannot be opened rejects here, and the caller renders normally.
  return pages.get(`${pathAndQuery}|${todayInWashington()}`, async () => {
    const response = await fetch(`${origin}${pathAndQuery}`, {
      headers: { [RENDER_HEADER]: RENDER_SECRET, "accept-encoding": "identity", accept: "text/html" },
      redirect: "manual",
    });
    const nonce = NONCE_IN_POLICY.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    if (response.status !== 200 || !nonce || !(response.headers.get("content-type") ?? "").startsWith("text/html")) {
      await response.arrayBuffer(); // drained, so the loopback connection is released
      return null;
    }
    const headers = [...response.headers].filter(([name]) => !TRANSFER_HEADERS.has(name.toLowerCase()));
    return { body: await response.text(), nonce, headers };
  });
}

/** The cached body with this request's nonce in place of the one it was rendered with. */
export function withNonce(page: CachedPage, nonce: string): string {
  return page.body.replaceAll(page.nonce, nonce);
}
