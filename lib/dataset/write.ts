import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";

/**
 * A file written a piece at a time, never whole in memory: it counts its bytes, hashes them
 * (SHA-256, the file's ETag and its name on disk) and waits for the disk when the stream's
 * buffer is full.
 */
export class FileWriter {
  private readonly stream;
  private readonly hash = createHash("sha256");
  bytes = 0;
  rows = 0;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path);
  }

  async write(text: string): Promise<void> {
    const chunk = Buffer.from(text, "utf8");
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }

  /** Rows, each already ending as the file's lines do, counted as rows and written as one piece. */
  async writeRows(rows: string[]): Promise<void> {
    if (rows.length === 0) return;
    await this.write(rows.join(""));
    this.rows += rows.length;
  }

  /** Closes the file; its SHA-256, as hex. */
  async close(): Promise<string> {
    this.stream.end();
    await once(this.stream, "finish");
    return this.hash.digest("hex");
  }
}

/** A finished file's size and SHA-256, read a chunk at a time. */
export async function hashFile(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest("hex") };
}
