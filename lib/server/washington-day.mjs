// @ts-check
// Plain JavaScript so that the server (scripts/server.mjs, lib/server/page-cache.mjs) can use it
// before anything is compiled; lib/format/dates.ts re-exports it for the app.

// en-CA formats as YYYY-MM-DD.
const washington = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * Today's date in Washington, where Congress's review clock runs, as `YYYY-MM-DD`.
 * `now` is injectable so tests can pin it.
 *
 * @param {Date} [now]
 * @returns {string}
 */
export function todayInWashington(now = new Date()) {
  return washington.format(now);
}
