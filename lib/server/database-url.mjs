import path from "node:path";

/**
 * The one place the database location is decided. `DATABASE_URL` (a `file:` URL or a path)
 * overrides the default `prisma/fms.db`; relative paths resolve from `root` (the project
 * root, which is where every entry point runs). Plain JavaScript so that scripts/start.mjs
 * can use it before anything is compiled.
 *
 * @param {NodeJS.ProcessEnv} [env]
 * @param {string} [root]
 * @returns {string}
 */
export function databaseFile(env = process.env, root = process.cwd()) {
  const raw = env.DATABASE_URL?.trim() || "file:./prisma/fms.db";
  const file = raw.startsWith("file:") ? raw.slice("file:".length) : raw;
  return path.resolve(/*turbopackIgnore: true*/ root, file);
}
