// @ts-check
import { randomBytes } from "node:crypto";

/**
 * The Content-Security-Policy of every response, with a nonce that is new for each one.
 * Next.js reads the policy from the request's headers and puts its nonce on the inline scripts
 * it writes (scripts/server.mjs sets both), so no other script can run. base64url keeps the
 * nonce free of characters that HTML or JSON would escape, so it appears verbatim in a page.
 */

/** @returns {string} 144 random bits, 24 characters. */
export function newNonce() {
  return randomBytes(18).toString("base64url");
}

/**
 * @param {string} nonce
 * @param {boolean} [dev] `next dev` needs eval for React's debugging features; production never.
 * @returns {string}
 */
export function contentSecurityPolicy(nonce, dev = false) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
