import { Readable } from "node:stream";
import type { NextRequest } from "next/server";
import { unknownParameters } from "@/lib/filters";
import { badRequestText, DATASET_FILES, datasetCacheHeaders, datasetEtag, datasetFileHeaders, datasetFileSpec, etagMatches } from "@/lib/exports";
import { openDatasetFile } from "@/lib/queries";

/**
 * GET /data/<file>: a file of the dataset (lib/exports/dataset.ts lists them), streamed from
 * disk a chunk at a time, never held in memory (nor in the page cache: lib/server/pages.mjs).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const { file: name } = await params;
  const unknown = unknownParameters(request.nextUrl.searchParams, []);
  if (unknown) return badRequestText(unknown);
  const spec = datasetFileSpec(name);
  const opened = spec && (await openDatasetFile(name));
  if (!spec) return notFound(`No dataset file "${name.slice(0, 100)}": the files are ${DATASET_FILES.map((f) => f.name).join(", ")}, listed at /data.`);
  if (!opened) return notFound(`The dataset's files have not been built from this database yet (npm run dataset builds them).`);
  const { build, file, handle } = opened;
  if (etagMatches(request.headers.get("if-none-match"), datasetEtag(file.sha256))) {
    await handle.close();
    return new Response(null, { status: 304, headers: datasetCacheHeaders(file.sha256, build.builtAt) });
  }
  // The stream closes the file when it ends, or when the client goes away.
  const body = Readable.toWeb(handle.createReadStream({ highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: datasetFileHeaders(spec, file, build.builtAt) });
}

/** HEAD: the headers alone (size, type, ETag), without opening a stream. */
export async function HEAD(request: NextRequest, context: { params: Promise<{ file: string }> }) {
  const response = await GET(request, context);
  await response.body?.cancel();
  return new Response(null, { status: response.status, headers: response.headers });
}

function notFound(message: string): Response {
  return new Response(`${message}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
