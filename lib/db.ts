import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";

// One client per process; the globalThis guard keeps dev-mode reloads from opening more.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
