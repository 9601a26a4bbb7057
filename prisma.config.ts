import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { databaseFile } from "./lib/server/database-url.mjs";

// The JavaScript schema engine with the better-sqlite3 adapter: migrate deploy / diff and
// db push work with no native Prisma binary (this machine cannot download one).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    return new PrismaBetterSQLite3({ url: `file:${databaseFile()}` });
  },
});
