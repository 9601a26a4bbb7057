import type { TimelineEntry } from "./views";

export type MonthGroup<E = TimelineEntry> = { key: string; entries: E[] };
export type YearGroup<E = TimelineEntry> = { year: string; months: MonthGroup<E>[] };

/** Groups entries (already newest first) by year, then by month, keeping their order. Pure: the timeline's list (a client component) groups its entries' props with it. */
export function groupByYearAndMonth<E extends { announcedOn: string }>(entries: E[]): YearGroup<E>[] {
  const years: YearGroup<E>[] = [];
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
