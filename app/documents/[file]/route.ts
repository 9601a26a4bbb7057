import { readFile } from "node:fs/promises";
import path from "node:path";

const NAME = /^[0-9]{3}_[0-9a-f]{16}\.txt$/;

/** The source documents kept with the project (seeds/documents), served as plain text. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!NAME.test(file)) return notFound();
  try {
    const text = await readFile(path.join(process.cwd(), "seeds", "documents", file), "utf8");
    return new Response(text, {
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600", "Content-Security-Policy": "default-src 'none'" },
    });
  } catch {
    return notFound();
  }
}

function notFound() {
  return new Response("No such document", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
