import { NextResponse, type NextRequest } from "next/server";
import { cachedPage, isCacheablePageRequest, withNonce } from "@/lib/page-cache";

/**
 * A per-request nonce for the Content-Security-Policy: Next.js reads the policy from the
 * request headers and puts the nonce on its own inline scripts, so nothing else may run.
 * Pages rendered since the seed last ran are served from memory with this request's nonce.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  if (isCacheablePageRequest(request, request.nextUrl.pathname, request.nextUrl.searchParams)) {
    // Rendered through this same server on a miss: its own port, on loopback.
    const origin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : request.nextUrl.origin;
    const page = await cachedPage(origin, `${request.nextUrl.pathname}${request.nextUrl.search}`).catch(() => null);
    if (page) {
      const headers = new Headers(page.headers);
      headers.set("Content-Security-Policy", policy);
      headers.set("X-FMS-Page-Cache", "hit");
      return new NextResponse(withNonce(page, nonce), { status: 200, headers });
    }
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
