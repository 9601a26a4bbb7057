import { addDays, format, parse } from "date-fns";

/**
 * Announcement dates are date-only `YYYY-MM-DD` strings. They are parsed as local calendar
 * dates and formatted in the same local zone, so the day shown never shifts with the
 * server's time zone (a `new Date("2025-10-01")` would be UTC midnight, i.e. 30 September
 * in Los Angeles).
 */
const ISO = "yyyy-MM-dd";
const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// These run for every date on every page (50 per timeline page, plus filter parsing), so they
// avoid date-fns's parse and format, which build a parser per call and were a tenth of the
// timeline's server time in a CPU profile (npm run bench). date-fns stays the reference in
// lib/format/dates.test.ts.

/** Local midnight of a calendar day (setFullYear keeps years below 100 as written); an impossible day rolls over. */
function localDate(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

/**
 * Year, month (1-12) and day of a `YYYY-MM-DD` string that names a real calendar date, else null.
 * It never reaches date-fns: the filter panel, a client component, checks dates with it
 * (isValidIsoDate), and date-fns's parse would be most of that component's bundle.
 */
function isoParts(value: string): [number, number, number] | null {
  const m = ISO_PARTS.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = localDate(y, mo, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? [y, mo, d] : null;
}

export function parseIsoDate(value: string): Date {
  const m = ISO_PARTS.exec(value);
  return m ? localDate(Number(m[1]), Number(m[2]), Number(m[3])) : parse(value, ISO, new Date(2000, 0, 1));
}

export function isValidIsoDate(value: string): boolean {
  return isoParts(value) !== null;
}

export function addDaysIso(value: string, days: number): string {
  return format(addDays(parseIsoDate(value), days), ISO);
}

function formatParts(value: string, pattern: string, write: (p: [number, number, number]) => string): string {
  const parts = isoParts(value);
  return parts ? write(parts) : format(parseIsoDate(value), pattern); // date-fns throws on an invalid date
}

/** "1 October 2025" */
export function formatLongDate(value: string): string {
  return formatParts(value, "d MMMM yyyy", ([y, m, d]) => `${d} ${MONTHS[m - 1]} ${y}`);
}

/** "1 Oct 2025" */
export function formatShortDate(value: string): string {
  return formatParts(value, "d MMM yyyy", ([y, m, d]) => `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`);
}

/** "October 2025" for a `YYYY-MM` key */
export function formatMonth(yearMonth: string): string {
  return formatParts(`${yearMonth}-01`, "MMMM yyyy", ([y, m]) => `${MONTHS[m - 1]} ${y}`);
}

/**
 * "October 2025" for a `YYYY-MM` key that comes from a held date (the timeline's month headings,
 * drawn by a client component): no date-fns fallback, so a client bundle does not carry it.
 * Anything else is returned as given.
 */
export function monthHeading(yearMonth: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : yearMonth;
}

export function weekdayName(value: string): string {
  return format(parseIsoDate(value), "EEEE");
}

export { todayInWashington } from "@/lib/server/washington-day.mjs";
