/** Server-only plumbing under the queries: the Prisma client, read snapshots and the result cache. Only lib/queries imports it. */
import "server-only";
export * from "./client";
export * from "./sql";
export * from "./stream";
export * from "./versioned-cache";
export * from "./view";
