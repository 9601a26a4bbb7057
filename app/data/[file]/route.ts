import { Readable } from "node:stream";
import type { NextRequest } from "next/server";
import { badRequestText, datasetCacheHeaders, datasetEtag, datasetFileHeaders, etagMatches } from "@/lib/exports";
import { loadDatasetFile } from "@/lib/views";

/**
 * GET /data/<file>: a file of the dataset (lib/exports/dataset.ts lists them), streamed from
 * disk a chunk at a time, never held in memory (nor in the page cache: lib/server/pages.mjs).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const opened = await loadDatasetFile((await params).file, request.nextUrl.searchParams);
  if ("badRequest" in opened) return badRequestText(opened.badRequest);
  if ("notFound" in opened) return new Response(`${opened.notFound}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { spec, build, file, handle } = opened.data;
  if (etagMatches(request.headers.get("if-none-match"), datasetEtag(file.sha256))) {
    await handle.close();
    return new Response(null, { status: 304, headers: datasetCacheHeaders(file.sha256, build.builtAt) });
  }
  // The stream closes the file when it ends, or when the client goes away.
  const body = Readable.toWeb(handle.createReadStream({ highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: datasetFileHeaders(spec, file, build.builtAt) });
}

/** HEAD: the headers alone (size, type, ETag). */
export async function HEAD(request: NextRequest, context: { params: Promise<{ file: string }> }) {
  const response = await GET(request, context);
  await response.body?.cancel();
  return new Response(null, { status: response.status, headers: response.headers });
}
