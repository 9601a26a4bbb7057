import { checkHealth } from "@/lib/queries";

// Asked on every probe: never prerendered at build time, never cached.
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
