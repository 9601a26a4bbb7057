#!/usr/bin/env node
// @ts-check
// The production server: Next.js behind a thin layer that
//   1. gives every response a Content-Security-Policy with a fresh nonce (lib/server/csp.mjs;
//      Next.js reads the nonce from the request's policy header and puts it on its scripts);
//   2. serves page documents and the exports (JSON API, CSV, Atom) from memory until the seed
//      next commits (lib/server/page-cache.mjs): a miss is rendered by Next.js through this same
//      server on loopback, marked with a secret only this process knows, so what is kept is
//      exactly what Next.js sent.
// Everything else (client-side navigation payloads, /healthz, static files, redirects, 404s)
// goes to Next.js as it came.
//
// `npm start` runs it through scripts/start.mjs. Environment: PORT (3000), HOSTNAME (all
// interfaces), DATABASE_URL, FMS_PAGE_CACHE=off to serve without the page cache, and
// FMS_PAGE_CACHE_MB (100) for the most memory the kept pages may use.
import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { databaseFile } from "../lib/server/database-url.mjs";
import { restoreContentLength } from "../lib/server/content-length.mjs";
import { contentSecurityPolicy, newNonce } from "../lib/server/csp.mjs";
import { acceptsGzip, createPageCache, HOP_HEADERS, isPageRequest, pageBody, pageHeaders } from "../lib/server/page-cache.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const cacheMegabytes = Number(process.env.FMS_PAGE_CACHE_MB ?? 100);
const useCache = !dev && process.env.FMS_PAGE_CACHE !== "off" && cacheMegabytes > 0;

/** Marks the loopback request that renders a page for the cache: `<secret> <nonce>`. */
const RENDER_HEADER = "x-fms-render";
const RENDER_SECRET = randomBytes(24).toString("base64url");
/** Says whether a page came from memory; tests and the bench read it. */
const CACHE_HEADER = "X-Page-Cache";

const app = next({ dev, dir: root, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
const cache = useCache ? createPageCache({ file: databaseFile(process.env, root), maxBytes: cacheMegabytes * 1024 * 1024 }) : null;
const loopback = new http.Agent({ keepAlive: true, maxSockets: 16 });
let cacheBroken = false;

/**
 * The page as Next.js serves it, fetched from this server on loopback, uncompressed.
 *
 * @param {string} url
 * @returns {Promise<import("../lib/server/page-cache.mjs").Rendered>}
 */
function renderOnLoopback(url) {
  const nonce = newNonce();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: loopbackHost(),
        port,
        path: url,
        agent: loopback,
        headers: { [RENDER_HEADER]: `${RENDER_SECRET} ${nonce}`, accept: "text/html", "accept-encoding": "identity" },
        timeout: 60_000,
      },
      (response) => {
        /** @type {Buffer[]} */
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          /** @type {[string, string][]} */
          const headers = [];
          for (let i = 0; i < response.rawHeaders.length; i += 2) headers.push([response.rawHeaders[i] ?? "", response.rawHeaders[i + 1] ?? ""]);
          resolve({ status: response.statusCode ?? 500, headers, body: Buffer.concat(chunks), nonce });
        });
      },
    );
    request.on("timeout", () => request.destroy(new Error(`rendering ${url} took over 60 s`)));
    request.on("error", reject);
    request.end();
  });
}

/** Where this server answers on this machine: its own address, or loopback when it listens on all. */
function loopbackHost() {
  const address = server.address();
  if (!address || typeof address === "string" || address.address === "0.0.0.0") return "127.0.0.1";
  return address.address === "::" ? "::1" : address.address;
}

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {string} nonce
 * @param {string} policy the Content-Security-Policy naming `nonce`
 * @returns {Promise<boolean>} whether the response was sent from the cache layer
 */
async function fromCache(req, res, nonce, policy) {
  if (!cache || cacheBroken || !isPageRequest(req.method, req.url, req.headers)) return false;
  const url = /** @type {string} */ (req.url);
  let found;
  try {
    found = await cache.get(cache.key(url), () => renderOnLoopback(url));
  } catch (error) {
    // A database that cannot be opened, or a render that failed: Next.js answers as it would.
    const text = error instanceof Error ? error.message : String(error);
    if (/unable to open|no such file|not a database/i.test(text)) {
      cacheBroken = true;
      console.error(`page cache: off, the database cannot be read (${text})`);
    }
    return false;
  }
  if (!found) return false;
  if ("rendered" in found) {
    // Not a page to keep (a redirect, a 404): send what was rendered rather than render twice.
    // Its policy names the nonce it was rendered with, which is in its body.
    const { status, headers, body } = found.rendered;
    for (const [name, value] of headers) if (!HOP_HEADERS.has(name.toLowerCase())) res.appendHeader(name, value);
    res.setHeader("Content-Length", body.length);
    res.statusCode = status;
    res.end(body);
    return true;
  }
  const gzip = acceptsGzip(req.headers["accept-encoding"]);
  const body = pageBody(found.page, nonce, gzip);
  for (const [name, value] of pageHeaders(found.page, nonce)) res.appendHeader(name, value);
  if (gzip) res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Security-Policy", policy);
  res.setHeader("Content-Length", body.length);
  res.setHeader(CACHE_HEADER, found.hit ? "hit" : "miss");
  res.statusCode = 200;
  res.end(body);
  return true;
}

await app.prepare();

/** Whether a request target's path decodes as UTF-8 percent-encoding. */
function decodablePath(/** @type {string | undefined} */ url) {
  const path = (url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

const server = http.createServer(async (req, res) => {
  // The render request carries the nonce the cache will later replace; any other request
  // gets a new one. A forged or stale marker is just an ordinary request.
  const marker = req.headers[RENDER_HEADER];
  delete req.headers[RENDER_HEADER];
  const [secret, renderNonce] = typeof marker === "string" ? marker.split(" ") : [];
  const isRender = secret === RENDER_SECRET && !!renderNonce;
  const nonce = isRender && renderNonce ? renderNonce : newNonce();

  const policy = contentSecurityPolicy(nonce, dev);
  // Whatever the client sent under these names is replaced.
  req.headers["content-security-policy"] = policy;
  req.headers["x-nonce"] = nonce;
  delete req.headers["content-security-policy-report-only"];

  // A path Next.js cannot decode ("/contractors/%") would reach its router as an exception and
  // answer 500: it is the client's malformed address, so it is a 400.
  if (!decodablePath(req.url)) {
    res.statusCode = 400;
    res.setHeader("Content-Security-Policy", policy);
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.end("Bad request: the address is not valid percent-encoding.\n");
    return;
  }

  try {
    if (!isRender && (await fromCache(req, res, nonce, policy))) return;
    // Set after the cache layer: a relayed response brings its own policy.
    res.setHeader("Content-Security-Policy", policy);
    restoreContentLength(res);
    await handle(req, res);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("Internal Server Error");
    } else res.destroy();
  }
});

server.listen(port, hostname, () => {
  const shown = hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "localhost";
  console.log(`> FMS Timeline on http://${shown}:${port} (${dev ? "development" : "production"}${cache ? ", page cache on" : ""})`);
});

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    cache?.close();
    void app.close().finally(() => process.exit(0));
  });
}
