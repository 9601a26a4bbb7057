import path from "node:path";

/**
 * The one place the database location is decided. `DATABASE_URL` (a `file:` URL or a path)
 * overrides the default `prisma/fms.db`; relative paths resolve from the project root.
 */
export function databaseFile(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || "file:./prisma/fms.db";
  const file = raw.startsWith("file:") ? raw.slice("file:".length) : raw;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
