import type { NextRequest } from "next/server";
import { badRequestText } from "@/lib/exports";
import { unknownParameters } from "@/lib/filters";
import { loadChangesFeed } from "@/lib/views";

/** GET /changes.xml: an Atom feed of the record's releases, newest first. It takes no parameters. */
export async function GET(request: NextRequest) {
  const unknown = unknownParameters(request.nextUrl.searchParams, []);
  if (unknown) return badRequestText(unknown);
  return new Response(await loadChangesFeed(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
