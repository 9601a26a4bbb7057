import "server-only";
import { prisma } from "@/lib/db";

export type Health =
  | { status: "ok"; database: "reachable"; notifications: number }
  | { status: "error"; database: "unreachable"; message: string };

/**
 * Whether the database answers a real query. The message says what kind of failure it is
 * without the file path or the driver's text, which stay in the server log.
 */
export async function checkHealth(): Promise<Health> {
  try {
    const notifications = await prisma.notification.count();
    return { status: "ok", database: "reachable", notifications };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    console.error(`healthz: database check failed: ${text}`);
    const message = /unable to open|cantopen|does not exist|no such file/i.test(text)
      ? "the database file cannot be opened"
      : /no such table/i.test(text)
        ? "the database has no tables (it was never migrated)"
        : /not a database|malformed|corrupt/i.test(text)
          ? "the database file is not a valid SQLite database"
          : "the database query failed";
    return { status: "error", database: "unreachable", message };
  }
}
