// @ts-check
import { constants, crc32, deflateRawSync, gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { isKeptPath } from "./pages.mjs";
import { todayInWashington } from "./washington-day.mjs";

/**
 * Rendered pages, kept until the seed next commits.
 *
 * The data changes only when the seed runs, so a page's HTML is the same for every visitor
 * until then, apart from two things handled here:
 * - the CSP nonce, which must be new in every response: a page is stored cut into the pieces
 *   around the nonce it was rendered with, and every response joins them with a fresh one;
 * - the date, because a deal page says whether its review period is over: the day in
 *   Washington is part of the key.
 *
 * The seed is another process. SQLite's `PRAGMA data_version` says, in microseconds, whether
 * another connection committed since this one last asked; when it has, everything is dropped.
 * A page rendered while the seed committed is served to its own request but not kept.
 *
 * Compression costs nothing per response: each piece is deflated once, and a gzip response is
 * the deflated pieces with the nonce between them as stored (uncompressed) deflate blocks, plus
 * a header and the CRC-32. So that pieces compress as well as the whole page would, each is
 * deflated with what precedes it as the dictionary, the nonce standing there as 0xFF bytes:
 * no UTF-8 text contains 0xFF, so no match can reach into the nonce, and the decompressor,
 * which has the real nonce at that place, rebuilds the same text.
 */


/** What is kept: a page, or an export. */
const KEPT_TYPES = /^(?:text\/html|application\/json|text\/csv|application\/atom\+xml)\b/;

/** Request headers that ask for something other than the page's HTML document. */
const NOT_A_DOCUMENT = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "range"];

/** Response headers that describe one transfer (one hop), never relayed or replayed as they came. */
export const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "date"]);

/** What a kept page never replays: the hop's headers, its encoding and its render's nonce policy. */
const PER_RESPONSE = new Set([...HOP_HEADERS, "content-encoding", "content-security-policy"]);

/**
 * @typedef {{ status: number, headers: [string, string][], body: Buffer, nonce: string }} Rendered
 *   A response exactly as Next.js sent it, uncompressed, and the nonce it was rendered with.
 * @typedef {{ headers: [string, string][], nonce: string, pieces: Buffer[], deflated: Buffer[], chained: boolean, bytes: number }} Page
 *   A kept page: its body is `pieces` joined by a nonce; `nonce` is the one it was rendered
 *   with, which its headers still carry (a stylesheet preload names it); `chained`: each piece
 *   was deflated with the ones before it as dictionary, so a nonce must have the same length.
 * @typedef {{ page: Page, hit: boolean } | { rendered: Rendered } | null} Lookup
 *   A page, kept before this request or rendered for it; a response that cannot be kept (a
 *   redirect, a 404), for the request that rendered it; or null: render it the normal way.
 */

/**
 * Whether the request asks for a page's HTML document: a plain GET of a page path, not a
 * client-side navigation (RSC payload), prefetch, server action or range.
 *
 * @param {string | undefined} method
 * @param {string | undefined} url the request target, as in `IncomingMessage.url`
 * @param {Record<string, string | string[] | undefined>} headers
 * @returns {boolean}
 */
export function isPageRequest(method, url, headers) {
  if (method !== "GET" || !url || !url.startsWith("/") || url.startsWith("//")) return false;
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  // Only the routes pages.mjs names as kept: views that depend on the URL, the data and the day.
  if (!isKeptPath(path)) return false;
  if (q >= 0 && new URLSearchParams(url.slice(q + 1)).has("_rsc")) return false;
  return !NOT_A_DOCUMENT.some((name) => headers[name] !== undefined);
}

/**
 * The response as a page to keep, or null when it must not be kept: only a 200 page or export
 * that sets no cookie.
 *
 * @param {Rendered} rendered
 * @returns {Page | null}
 */
export function toPage(rendered) {
  const header = (/** @type {string} */ name) => rendered.headers.find(([n]) => n.toLowerCase() === name)?.[1];
  if (rendered.status !== 200 || !KEPT_TYPES.test(header("content-type") ?? "") || header("set-cookie") !== undefined) return null;
  const nonce = Buffer.from(rendered.nonce);
  const pieces = split(rendered.body, nonce);
  const chained = rendered.body.indexOf(0xff) < 0;
  const placeholder = Buffer.alloc(nonce.length, 0xff);
  /** The last 32 KB before the piece being deflated: deflate's window. */
  let window = Buffer.alloc(0);
  const deflated = pieces.map((piece) => {
    const out = deflateRawSync(piece, chained && window.length ? { finishFlush: constants.Z_SYNC_FLUSH, dictionary: window } : { finishFlush: constants.Z_SYNC_FLUSH });
    if (chained) window = Buffer.concat([window, piece, placeholder]).subarray(-WINDOW);
    return out;
  });
  const headers = rendered.headers.filter(([name]) => !PER_RESPONSE.has(name.toLowerCase()));
  const vary = headers.find(([name]) => name.toLowerCase() === "vary");
  if (!vary) headers.push(["Vary", "Accept-Encoding"]);
  else if (!/accept-encoding/i.test(vary[1])) vary[1] = `${vary[1]}, Accept-Encoding`;
  const bytes = [...pieces, ...deflated].reduce((sum, b) => sum + b.length, 0);
  return { headers, nonce: rendered.nonce, pieces, deflated, chained, bytes };
}

/**
 * The page's headers with this response's nonce.
 *
 * @param {Page} page
 * @param {string} nonce
 * @returns {[string, string][]}
 */
export function pageHeaders(page, nonce) {
  return page.headers.map(([name, value]) => [name, value.replaceAll(page.nonce, nonce)]);
}

/**
 * @param {Buffer} body
 * @param {Buffer} separator
 * @returns {Buffer[]}
 */
function split(body, separator) {
  const pieces = [];
  let start = 0;
  for (let at = body.indexOf(separator); at >= 0; at = body.indexOf(separator, start)) {
    pieces.push(body.subarray(start, at));
    start = at + separator.length;
  }
  pieces.push(body.subarray(start));
  return pieces;
}

/**
 * Whether the client takes gzip (RFC 9110: a `gzip` or `*` coding whose weight is not zero).
 *
 * @param {string | string[] | undefined} acceptEncoding
 * @returns {boolean}
 */
export function acceptsGzip(acceptEncoding) {
  const value = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "");
  return value.split(",").some((part) => {
    const [coding = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (coding !== "gzip" && coding !== "x-gzip" && coding !== "*") return false;
    const q = params.find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

const WINDOW = 32 * 1024;
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty final block (fixed Huffman, end-of-block only). */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/**
 * The page's body with this response's nonce, compressed or not.
 *
 * @param {Page} page
 * @param {string} nonce
 * @param {boolean} gzip
 * @returns {Buffer}
 */
export function pageBody(page, nonce, gzip) {
  const value = Buffer.from(nonce);
  if (!gzip) return Buffer.concat(interleave(page.pieces, value));
  if (page.chained && value.length !== Buffer.byteLength(page.nonce)) return gzipSync(Buffer.concat(interleave(page.pieces, value)));
  if (value.length > 0xffff) throw new RangeError("nonce too long for one stored block");
  // A stored block: BFINAL=0, BTYPE=00, padded to the byte; LEN and its one's complement.
  const stored = Buffer.concat([Buffer.from([0, value.length & 0xff, value.length >> 8, ~value.length & 0xff, (~value.length >> 8) & 0xff]), value]);
  let crc = 0;
  let size = 0;
  for (const chunk of interleave(page.pieces, value)) {
    crc = crc32(chunk, crc);
    size += chunk.length;
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  return Buffer.concat([GZIP_HEADER, ...interleave(page.deflated, stored), FINAL_BLOCK, trailer]);
}

/**
 * @param {Buffer[]} pieces
 * @param {Buffer} between
 * @returns {Buffer[]}
 */
function interleave(pieces, between) {
  return pieces.flatMap((piece, i) => (i === 0 ? [piece] : [between, piece]));
}

/**
 * @param {{ file: string, maxBytes: number, now?: () => Date }} options
 *   file: the SQLite database the seed writes; maxBytes: the most the kept pages may hold.
 */
export function createPageCache({ file, maxBytes, now = () => new Date() }) {
  /** @type {Database.Database | null} */
  let db = null;
  /** @type {unknown} */
  let version = null;
  /** @type {Map<string, Page>} least recently used first */
  const pages = new Map();
  /** @type {Map<string, Promise<Page | null>>} renders in progress: one per key, however many ask */
  const pending = new Map();
  let bytes = 0;

  /** The database's version now, dropping every page when the seed has committed since the last look. */
  function checkVersion() {
    db ??= new Database(file, { readonly: true, fileMustExist: true });
    const current = db.pragma("data_version", { simple: true });
    if (current !== version) {
      pages.clear();
      bytes = 0;
      version = current;
    }
    return current;
  }

  /**
   * @param {string} key
   * @param {Page} page
   */
  function keep(key, page) {
    if (page.bytes > maxBytes) return;
    const old = pages.get(key);
    if (old) bytes -= old.bytes;
    pages.set(key, page);
    bytes += page.bytes;
    for (const [oldest, evicted] of pages) {
      if (bytes <= maxBytes) break;
      pages.delete(oldest);
      bytes -= evicted.bytes;
    }
  }

  return {
    /** The key of a URL today: the same URL is another page tomorrow. */
    key(/** @type {string} */ url) {
      return `${todayInWashington(now())} ${url}`;
    },

    /**
     * The kept page for `key`, rendering it with `render` on a miss. Concurrent misses for one
     * key share one render. Throws when the database cannot be read (the caller then serves
     * the request without the cache) or when the render fails.
     *
     * @param {string} key
     * @param {() => Promise<Rendered>} render
     * @returns {Promise<Lookup>}
     */
    async get(key, render) {
      const started = checkVersion();
      const hit = pages.get(key);
      if (hit) {
        pages.delete(key);
        pages.set(key, hit);
        return { page: hit, hit: true };
      }
      const inFlight = pending.get(key);
      if (inFlight) {
        const page = await inFlight;
        return page ? { page, hit: true } : null;
      }
      /** @type {(page: Page | null) => void} */
      let settle = () => {};
      pending.set(key, new Promise((resolve) => (settle = resolve)));
      try {
        const rendered = await render();
        const page = toPage(rendered);
        settle(page);
        if (!page) return { rendered };
        if (checkVersion() === started) keep(key, page);
        return { page, hit: false };
      } catch (error) {
        settle(null);
        throw error;
      } finally {
        pending.delete(key);
      }
    },

    get size() {
      return pages.size;
    },
    get bytes() {
      return bytes;
    },
    close() {
      db?.close();
      db = null;
      pages.clear();
      bytes = 0;
    },
  };
}
