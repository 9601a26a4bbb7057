import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { databaseFile } from "@/lib/server/database-url.mjs";
import { prisma } from "./client";
import { createVersionedCache } from "./versioned-cache";

// Query results, kept until the seed next commits (versioned-cache.ts). Keys are the canonical
// query string (serializeFilters), so each view is cached once whatever URL spelled it.
// FMS_DATA_CACHE=off keeps nothing: the bench uses it to time the queries themselves.
const resultCache = createVersionedCache(databaseFile(), process.env.FMS_DATA_CACHE === "off" ? 0 : 1_000);

/** A client or an open transaction: the queries of one view run in one read transaction. */
export type Db = Prisma.TransactionClient;

/**
 * Runs a view's queries in one read transaction, so its totals, rows and relations all come
 * from one snapshot even while the seed rewrites notifications (e2e/operations.spec.ts). The
 * driver adapter runs transactions one at a time: waits are generous so a burst of requests
 * queues instead of failing.
 */
export function snapshot<T>(read: (db: Db) => Promise<T>): Promise<T> {
  return prisma.$transaction(read, { maxWait: 60_000, timeout: 60_000 });
}

/** A view's queries, run in one snapshot and cached under `key` until the seed next commits. */
export function cachedView<T>(key: string, read: (db: Db) => Promise<T>): Promise<T> {
  return resultCache.get(key, () => snapshot(read));
}

/** A single query's result (no transaction needed), cached under `key` until the seed next commits. */
export function cachedQuery<T>(key: string, load: (db: Db) => Promise<T>): Promise<T> {
  return resultCache.get(key, () => load(prisma));
}
