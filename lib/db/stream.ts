import "server-only";
import Database from "better-sqlite3";
import type { Prisma } from "@/lib/generated/prisma/client";
import { databaseFile } from "@/lib/server/database-url.mjs";

/**
 * A read-only connection of its own, beside Prisma's, for the one read that streams a whole
 * view a page at a time (/notifications.csv, lib/queries/export.ts). Each page is one short
 * read transaction on it, run to the end synchronously: its rows come one at a time
 * (better-sqlite3's iterate) and the caller turns each into what it sends before the next is
 * read, so a page never exists as 200 rows of objects at once, and no transaction outlives
 * its page.
 *
 * Why not Prisma, as everywhere else: measured on the 10,000-notification bench database
 * (docs/benchmark.md), reading a whole download's rows through Prisma's $queryRaw took 1.2 s and
 * left the process 54 MB larger, read here 0.55 s and 31 MB; Prisma hands a page over only as one
 * array of row objects, which, still alive at a young collection, are promoted to the old
 * generation (the heap growth that eight downloads at once multiplied: +130 MB of RSS, +3 MB
 * now); and its transactions run one at a time in the whole process, so eight downloads' pages
 * queued behind each other and behind every page view.
 */
export type StreamReader = {
  /** The rows of `query`, one at a time; the statement ends when the last is read. */
  rows<T>(query: Prisma.Sql): IterableIterator<T>;
  /** SQLite's count of commits by other connections (the seed's), as this read sees it. */
  dataVersion(): number;
};

let connection: Database.Database | null = null;
let reader: StreamReader | null = null;

/** Runs `read` in one read transaction on the streaming connection; `read` is synchronous, so the transaction ends when it returns. */
export function streamedRead<T>(read: (db: StreamReader) => T): T {
  if (!connection || !reader) {
    // timeout is SQLite's busy_timeout, as for Prisma's connection (client.ts).
    const db = new Database(databaseFile(), { readonly: true, fileMustExist: true, timeout: 10_000 });
    connection = db;
    reader = {
      rows: <T>(query: Prisma.Sql) => db.prepare(query.sql).iterate(...query.values) as IterableIterator<T>,
      dataVersion: () => Number(db.pragma("data_version", { simple: true })),
    };
  }
  return connection.transaction(read)(reader);
}
