import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, createVersionedCache, type PrismaClient } from "@/lib/db";
import { loadSeedData, writeSeedData } from "@/lib/seed";

const seedsDir = path.resolve(__dirname, "../../seeds");
const slug = "2025-09-16-netherlands-amraam";
let work: string;
let file: string;
let server: PrismaClient;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-cache-"));
  file = path.join(work, "cache.db");
  copyFileSync(inject("realRecord").database, file);
  // The app's connection: the seed below writes through a different one, as in production.
  server = createPrismaClient(file);
});
afterAll(async () => {
  await server.$disconnect();
  rmSync(work, { recursive: true, force: true });
});

describe("query results cached until the seed changes the database", () => {
  it("serves a repeated read from the cache, and new data after a seed in another process changes it", async () => {
    const cache = createVersionedCache(file);
    let queries = 0;
    const summary = () =>
      cache.get(`notification/${slug}`, async () => {
        queries++;
        return (await server.notification.findUniqueOrThrow({ where: { slug }, select: { summary: true } })).summary;
      });
    try {
      const before = await summary();
      expect(await summary()).toBe(before);
      expect(queries).toBe(1);

      // The seed, on its own connection, rewrites the notification with a new summary.
      const data = loadSeedData(seedsDir);
      data.notifications = data.notifications.map((n) => (n.slug === slug ? { ...n, summary: "Summary changed by a later seed." } : n));
      expect(writeSeedData(file, data)).toMatchObject({ updated: 1 });

      expect(await summary()).toBe("Summary changed by a later seed.");
      expect(queries).toBe(2);
      expect(await summary()).toBe("Summary changed by a later seed.");
      expect(queries).toBe(2);
    } finally {
      cache.close();
    }
  });

  it("shares one query between concurrent misses, and does not keep a failure", async () => {
    const cache = createVersionedCache(file);
    let calls = 0;
    try {
      const slow = () => cache.get("k", async () => (++calls, await new Promise((r) => setTimeout(r, 20)), "value"));
      expect(await Promise.all([slow(), slow(), slow()])).toEqual(["value", "value", "value"]);
      expect(calls).toBe(1);

      await expect(cache.get("broken", () => Promise.reject(new Error("database locked")))).rejects.toThrow("database locked");
      expect(await cache.get("broken", async () => "recovered")).toBe("recovered");
    } finally {
      cache.close();
    }
  });

  it("holds at most maxEntries, dropping the least recently used", async () => {
    const cache = createVersionedCache(file, 2);
    try {
      await cache.get("a", async () => 1);
      await cache.get("b", async () => 2);
      await cache.get("a", async () => -1); // a is now the most recent
      await cache.get("c", async () => 3); // evicts b
      expect(cache.size).toBe(2);
      expect(await cache.get("a", async () => -1)).toBe(1);
      expect(await cache.get("b", async () => 22)).toBe(22);
    } finally {
      cache.close();
    }
  });
});
