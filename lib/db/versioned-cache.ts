import Database from "better-sqlite3";

/**
 * The data changes only when the seed runs, so query results can be kept until it does.
 * The seed is another process; SQLite's `PRAGMA data_version` tells, in microseconds, whether
 * any other connection committed to the file since this connection last asked. When it
 * changes, everything cached is dropped. Entries are promises, so concurrent misses for
 * one key share a single query; a failed query is not kept.
 *
 * Cached values are shared between requests: callers must not mutate them.
 */
export type VersionedCache = {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Entries held now (for tests and the bench). */
  readonly size: number;
  close(): void;
};

export function createVersionedCache(file: string, maxEntries = 1_000): VersionedCache {
  let db: Database.Database | null = null;
  let version: unknown = null;
  const entries = new Map<string, Promise<unknown>>();

  function checkVersion() {
    db ??= new Database(file, { readonly: true, fileMustExist: true });
    const now = db.pragma("data_version", { simple: true });
    if (now !== version) {
      entries.clear();
      version = now;
    }
  }

  return {
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      checkVersion();
      const hit = entries.get(key) as Promise<T> | undefined;
      if (hit) {
        // Least recently used goes first: re-insert on every hit.
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const pending = load();
      entries.set(key, pending);
      pending.catch(() => {
        if (entries.get(key) === pending) entries.delete(key);
      });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return pending;
    },
    get size() {
      return entries.size;
    },
    close() {
      db?.close();
      db = null;
      entries.clear();
    },
  };
}
