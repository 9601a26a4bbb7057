/** Server-only plumbing under the queries: the Prisma client, read snapshots and the result cache. */
import "server-only";
export * from "./client";
export * from "./versioned-cache";
