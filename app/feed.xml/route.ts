import type { NextRequest } from "next/server";
import { badRequestText } from "@/lib/exports";
import { loadFeed } from "@/lib/views";

/** GET /feed.xml: an Atom feed of a view's newest notifications, e.g. /feed.xml?country=CA. */
export async function GET(request: NextRequest) {
  const feed = await loadFeed(request.nextUrl.searchParams);
  if ("badRequest" in feed) return badRequestText(feed.badRequest);
  return new Response(feed.data, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
