import type { TimelineEntry } from "./views";

export type MonthGroup = { key: string; entries: TimelineEntry[] };
export type YearGroup = { year: string; months: MonthGroup[] };

/** Groups entries (already newest first) by year, then by month, keeping their order. */
export function groupByYearAndMonth(entries: TimelineEntry[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const entry of entries) {
    const year = entry.announcedOn.slice(0, 4);
    const month = entry.announcedOn.slice(0, 7);
    let y = years.at(-1);
    if (!y || y.year !== year) years.push((y = { year, months: [] }));
    let m = y.months.at(-1);
    if (!m || m.key !== month) y.months.push((m = { key: month, entries: [] }));
    m.entries.push(entry);
  }
  return years;
}
