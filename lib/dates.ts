import { addDays, format, isValid, parse } from "date-fns";

/**
 * Announcement dates are date-only `YYYY-MM-DD` strings. They are parsed as local calendar
 * dates and formatted in the same local zone, so the day shown never shifts with the
 * server's time zone (a `new Date("2025-10-01")` would be UTC midnight, i.e. 30 September
 * in Los Angeles).
 */
const ISO = "yyyy-MM-dd";

export function parseIsoDate(value: string): Date {
  return parse(value, ISO, new Date(2000, 0, 1));
}

export function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = parseIsoDate(value);
  return isValid(date) && format(date, ISO) === value;
}

export function addDaysIso(value: string, days: number): string {
  return format(addDays(parseIsoDate(value), days), ISO);
}

/** "1 October 2025" */
export function formatLongDate(value: string): string {
  return format(parseIsoDate(value), "d MMMM yyyy");
}

/** "1 Oct 2025" */
export function formatShortDate(value: string): string {
  return format(parseIsoDate(value), "d MMM yyyy");
}

/** "October 2025" for a `YYYY-MM` key */
export function formatMonth(yearMonth: string): string {
  return format(parseIsoDate(`${yearMonth}-01`), "MMMM yyyy");
}

export function weekdayName(value: string): string {
  return format(parseIsoDate(value), "EEEE");
}

/**
 * Today's date in Washington, where Congress's review clock runs, as `YYYY-MM-DD`.
 * `now` is injectable so tests can pin it.
 */
export function todayInWashington(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/New_York",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
