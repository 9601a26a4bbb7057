import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The seeds folder as the importer sees it: reads go to the disk unless the run already staged a
 * new version; writes are staged in memory and reach the disk only at `commit()`. A run that
 * fails part-way (a bad file, an API that stops answering) therefore changes no file, and a
 * document later in the run sees what an earlier one staged (a sale, then its correction).
 */
export class SeedStore {
  private staged = new Map<string, string>();

  constructor(readonly dir: string) {}

  /** `rel` is relative to the seeds folder, e.g. "notifications/x.json". */
  read(rel: string): string | null {
    const staged = this.staged.get(rel);
    if (staged !== undefined) return staged;
    const file = path.join(this.dir, rel);
    return existsSync(file) ? readFileSync(file, "utf8") : null;
  }

  exists(rel: string): boolean {
    return this.read(rel) !== null;
  }

  /** File names in a folder of the seeds, staged ones included, sorted. */
  list(folder: string): string[] {
    const dir = path.join(this.dir, folder);
    const names = new Set(existsSync(dir) ? readdirSync(dir) : []);
    for (const rel of this.staged.keys()) if (path.dirname(rel) === folder) names.add(path.basename(rel));
    return [...names].sort();
  }

  /** Stages `content`; a write that changes nothing is not staged. */
  write(rel: string, content: string) {
    const file = path.join(this.dir, rel);
    const onDisk = existsSync(file) ? readFileSync(file, "utf8") : null;
    if (onDisk === content) this.staged.delete(rel);
    else this.staged.set(rel, content);
  }

  /** A mark to return to when one document of a run turns out bad. */
  mark(): Map<string, string> {
    return new Map(this.staged);
  }

  rollback(mark: Map<string, string>) {
    this.staged = new Map(mark);
  }

  /** The files the run would change, relative to the seeds folder. */
  changes(): string[] {
    return [...this.staged.keys()].sort();
  }

  /** Writes every staged file (each through a temporary file and a rename). */
  commit(): string[] {
    const written = this.changes();
    for (const rel of written) {
      const file = path.join(this.dir, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.import-${process.pid}.tmp`;
      writeFileSync(temp, this.staged.get(rel)!);
      renameSync(temp, file);
    }
    this.staged.clear();
    return written;
  }
}
