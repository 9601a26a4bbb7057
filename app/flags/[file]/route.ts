import * as flags from "country-flag-icons/string/3x2";

const byCode = flags as unknown as Record<string, string | undefined>;

/** Country flags as SVG files (`/flags/CA.svg`), from the country-flag-icons package. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^([A-Z]{2})\.svg$/.exec(file);
  const svg = match ? byCode[match[1]!] : undefined;
  if (!svg) return new Response("Unknown flag", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml",
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
