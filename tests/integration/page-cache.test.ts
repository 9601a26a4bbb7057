import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acceptsGzip, createPageCache, isPageRequest, pageBody, pageHeaders, toPage, type Rendered } from "@/lib/server/page-cache.mjs";

const NONCE = "renderNonce_0123456789ab";

function rendered(body: string, overrides: Partial<Rendered> = {}): Rendered {
  return {
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Link", `</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="${NONCE}"`],
      ["Vary", "rsc, next-router-state-tree"],
      ["Content-Security-Policy", `script-src 'nonce-${NONCE}'`],
      ["Transfer-Encoding", "chunked"],
      ["Date", "Sun, 22 Nov 2026 09:00:00 GMT"],
    ],
    body: Buffer.from(body),
    nonce: NONCE,
    ...overrides,
  };
}

const PAGE = `<!DOCTYPE html><html><head><script nonce="${NONCE}">a()</script></head><body><p>Canada — C$2.4 billion ≠ US$1.75 billion</p><script nonce="${NONCE}">self.__next_f.push([1,"x"])</script><script nonce="${NONCE}"></script></body></html>`;

describe("which requests are page documents", () => {
  it.each([
    ["/", true],
    ["/?country=CA&system=himars", true],
    ["/deals/2025-10-01-canada-m142-himars", true],
    ["/countries", true],
    ["/countries/CA", true],
    ["/systems/amraam", true],
    ["/systems", true],
    ["/congress", true],
    ["/coverage", true],
    ["/api/notifications?country=CA", true],
    ["/feed.xml", true],
    ["/data", true],
    ["/api/openapi.json", true],
    // Streamed, never held in memory: a view of the whole record, the dataset's files.
    ["/notifications.csv", false],
    ["/data/record.json", false],
    ["/healthz", false],
    ["/api/other", false],
    ["/deals/x/opengraph-image", false],
    ["/documents/seed-001.md", false],
    ["/_next/static/chunks/a.js", false],
    ["/?_rsc=abc", false],
    ["//evil.example/", false],
    ["http://evil.example/", false],
  ])("GET %s → %s", (url, expected) => {
    expect(isPageRequest("GET", url, {})).toBe(expected);
  });

  it("client-side navigation, prefetches, server actions and ranges are not documents", () => {
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "range"]) {
      expect(isPageRequest("GET", "/", { [header]: "1" }), header).toBe(false);
    }
    expect(isPageRequest("HEAD", "/", {})).toBe(false);
    expect(isPageRequest("POST", "/", {})).toBe(false);
  });
});

describe("Accept-Encoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["GZIP", true],
    ["*", true],
    ["gzip;q=0", false],
    ["br", false],
    ["identity", false],
    ["", false],
    [undefined, false],
  ])("%s → %s", (value, expected) => {
    expect(acceptsGzip(value)).toBe(expected);
  });
});

describe("a kept page", () => {
  it("is served with the new nonce in the body and in the headers, and nothing else changed", () => {
    const page = toPage(rendered(PAGE))!;
    const fresh = "freshNonce_ABCDEFGHIJKLM";
    const body = pageBody(page, fresh, false).toString();
    expect(body).toBe(PAGE.replaceAll(NONCE, fresh));
    expect(body).not.toContain(NONCE);
    const headers = Object.fromEntries(pageHeaders(page, fresh));
    expect(headers.Link).toContain(`nonce="${fresh}"`);
    // The policy, the length and the transfer are per response: the server sets them.
    expect(Object.keys(headers).map((h) => h.toLowerCase())).toEqual(["content-type", "link", "vary"]);
    expect(headers.Vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
  });

  it("gzips to exactly the page with the new nonce, for any nonce, at any position", () => {
    for (const html of [PAGE, `${NONCE}start`, `end${NONCE}`, NONCE, `${NONCE}${NONCE}`, "no nonce at all", "", "é".repeat(70_000) + NONCE + "ü"]) {
      const page = toPage(rendered(html))!;
      // Same length as the render's nonce (what the server always uses), and other lengths.
      for (const fresh of ["freshNonce_ABCDEFGHIJKLM", "abc", ""]) {
        const gz = pageBody(page, fresh, true);
        expect(gunzipSync(gz).toString(), JSON.stringify({ html: html.slice(0, 20), fresh })).toBe(html.replaceAll(NONCE, fresh));
      }
    }
  });

  it("compresses a real-sized page about as well as gzip itself", () => {
    // Like a timeline page: entries, with a nonced script every few kilobytes.
    const big = Array.from({ length: 400 }, (_, i) =>
      `<li class="rounded-lg border p-3"><a href="/deals/${i}">Deal ${i} for ${(i * 7919) % 1000} million</a></li>${i % 20 === 0 ? `<script nonce="${NONCE}">self.__next_f.push([1,"${i}"])</script>` : ""}`,
    ).join("");
    const gz = pageBody(toPage(rendered(big))!, "freshNonce_ABCDEFGHIJKLM", true);
    // Each piece between two nonces costs a block header (a real timeline page: +3%).
    expect(gz.length).toBeLessThan(gzipSync(big).length * 1.3);
    expect(gunzipSync(gz).toString()).toBe(big.replaceAll(NONCE, "freshNonce_ABCDEFGHIJKLM"));
  });

  it("is still exact when the page is not UTF-8 text (no chained dictionary then)", () => {
    const body = Buffer.concat([Buffer.from(`a${NONCE}`), Buffer.from([0xff, 0xfe, 0xff]), Buffer.from(`${NONCE}b`)]);
    const page = toPage({ ...rendered(""), body })!;
    expect(page.chained).toBe(false);
    const expected = Buffer.concat([Buffer.from("afreshNonce_ABCDEFGHIJKLM"), Buffer.from([0xff, 0xfe, 0xff]), Buffer.from("freshNonce_ABCDEFGHIJKLMb")]);
    expect(gunzipSync(pageBody(page, "freshNonce_ABCDEFGHIJKLM", true)).equals(expected)).toBe(true);
  });

  it("only a 200 page or export without a cookie is kept", () => {
    expect(toPage(rendered(PAGE, { status: 404 }))).toBeNull();
    expect(toPage(rendered(PAGE, { status: 308 }))).toBeNull();
    expect(toPage(rendered("{}", { headers: [["Content-Type", "application/json"]] }))).not.toBeNull();
    expect(toPage(rendered("x", { headers: [["Content-Type", "image/png"]] }))).toBeNull();
    expect(toPage(rendered(PAGE, { headers: [["Content-Type", "text/html"], ["Set-Cookie", "a=b"]] }))).toBeNull();
  });
});

describe("the cache", () => {
  let dir: string;
  let file: string;
  let writer: Database.Database;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "page-cache-"));
    file = path.join(dir, "db.sqlite");
    writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.exec("CREATE TABLE t (x)");
  });
  afterEach(() => {
    writer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function counting(body = PAGE) {
    const render = async () => {
      render.calls++;
      return rendered(body);
    };
    render.calls = 0;
    return render;
  }

  it("renders a URL once, then serves it until the seed commits", async () => {
    const cache = createPageCache({ file, maxBytes: 10_000_000 });
    const render = counting();
    const key = cache.key("/?country=CA");
    expect(await cache.get(key, render)).toMatchObject({ hit: false });
    expect(await cache.get(key, render)).toMatchObject({ hit: true });
    expect(render.calls).toBe(1);
    writer.exec("INSERT INTO t VALUES (1)"); // another connection commits: the seed ran
    expect(await cache.get(key, render)).toMatchObject({ hit: false });
    expect(render.calls).toBe(2);
    cache.close();
  });

  it("shares one render among concurrent misses", async () => {
    const cache = createPageCache({ file, maxBytes: 10_000_000 });
    let release = () => {};
    let calls = 0;
    const slow = () => {
      calls++;
      return new Promise<Rendered>((resolve) => (release = () => resolve(rendered(PAGE))));
    };
    const all = Promise.all(Array.from({ length: 20 }, () => cache.get(cache.key("/"), slow)));
    await new Promise((r) => setTimeout(r, 10));
    release();
    const results = await all;
    expect(calls).toBe(1);
    expect(results.every((r) => r && "page" in r)).toBe(true);
    cache.close();
  });

  it("does not keep a page rendered while the seed committed", async () => {
    const cache = createPageCache({ file, maxBytes: 10_000_000 });
    const render = async () => {
      writer.exec("INSERT INTO t VALUES (1)");
      return rendered(PAGE);
    };
    expect(await cache.get("k", render)).toMatchObject({ hit: false });
    expect(cache.size).toBe(0);
    cache.close();
  });

  it("hands back a response it cannot keep, and renders it again next time", async () => {
    const cache = createPageCache({ file, maxBytes: 10_000_000 });
    let calls = 0;
    const notFound = async () => {
      calls++;
      return rendered("<h1>Not found</h1>", { status: 404 });
    };
    const first = await cache.get("k", notFound);
    expect(first && "rendered" in first && first.rendered.status).toBe(404);
    await cache.get("k", notFound);
    expect(calls).toBe(2);
    expect(cache.size).toBe(0);
    cache.close();
  });

  it("does not keep a failed render", async () => {
    const cache = createPageCache({ file, maxBytes: 10_000_000 });
    await expect(cache.get("k", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    const render = counting();
    expect(await cache.get("k", render)).toMatchObject({ hit: false });
    cache.close();
  });

  it("drops the least recently used pages beyond its memory budget", async () => {
    const size = toPage(rendered(PAGE))!.bytes;
    const cache = createPageCache({ file, maxBytes: size * 2 });
    const render = counting();
    await cache.get("a", render);
    await cache.get("b", render);
    await cache.get("a", render); // a is now the most recently used
    await cache.get("c", render); // evicts b
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBeLessThanOrEqual(size * 2);
    expect(await cache.get("a", render)).toMatchObject({ hit: true });
    expect(await cache.get("b", render)).toMatchObject({ hit: false });
    cache.close();
  });

  it("keys pages by the day in Washington: the review period can end overnight", () => {
    let now = new Date("2026-11-22T04:59:00Z"); // 23:59 on the 21st in Washington
    const cache = createPageCache({ file, maxBytes: 1, now: () => now });
    const before = cache.key("/deals/x");
    now = new Date("2026-11-22T05:01:00Z");
    expect(cache.key("/deals/x")).not.toBe(before);
    expect(before.startsWith("2026-11-21")).toBe(true);
    cache.close();
  });

  it("throws when the database cannot be opened, so the server renders without it", async () => {
    const cache = createPageCache({ file: path.join(dir, "missing.db"), maxBytes: 1_000_000 });
    await expect(cache.get("k", counting())).rejects.toThrow();
  });
});
