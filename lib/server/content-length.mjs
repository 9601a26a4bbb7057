// @ts-check

/**
 * Next.js drops Content-Length from a route handler's response (send-response.js: it may have
 * re-encoded the body), so a download of known size would come without one: no progress, and no
 * way for a client to tell a finished file from a cut one but the chunked framing. A handler
 * that streams a file of known size (the dataset's files) names its size in this header instead,
 * and the server (scripts/server.mjs) turns it back into Content-Length before the headers go
 * out. When Next.js compresses the body, its compression removes Content-Length again, as it must.
 */
export const LENGTH_HEADER = "x-fms-content-length";

/**
 * Makes `res` turn LENGTH_HEADER, when a handler sets it, into Content-Length.
 *
 * @param {import("node:http").ServerResponse} res
 */
export function restoreContentLength(res) {
  const append = res.appendHeader.bind(res);
  const set = res.setHeader.bind(res);
  /** @type {(name: string, value: number | string | readonly string[]) => boolean} */
  const isLength = (name, value) => name.toLowerCase() === LENGTH_HEADER && /^\d+$/.test(String(value));
  res.appendHeader = (name, value) => (isLength(name, value) ? set("Content-Length", String(value)) : append(name, value));
  res.setHeader = (name, value) => (isLength(name, value) ? set("Content-Length", String(value)) : set(name, value));
}
