// Runs before every test file (vitest.config.mts). Each Vitest project names its zone in TZ;
// if the process's dates did not follow it, a file would silently test in the machine's zone
// (often UTC, where a date-only value never slips), so stop it here instead.
const wanted = process.env.TZ;
const actual = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (!wanted || actual !== wanted) {
  throw new Error(`Tests must run in the time zone their Vitest project sets (TZ=${wanted ?? "unset"}), but dates here use ${actual ?? "no zone it recognises"}.`);
}
