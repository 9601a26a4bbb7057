import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseFile } from "@/lib/server/database-url.mjs";

export type { PrismaClient };

export function createPrismaClient(file: string = databaseFile()): PrismaClient {
  // fileMustExist: a missing database is an error to report (healthz answers 503), not an empty
  // file to create silently. timeout is SQLite's busy_timeout: a reader or writer waits this
  // long for a lock instead of failing at once. The file itself is in WAL mode (set by
  // scripts/start.mjs and the seed), so readers do not wait for the seed's writes at all.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}`, fileMustExist: true, timeout: 10_000 }) });
}

// One client per process; the globalThis guard keeps dev-mode reloads from opening more.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
