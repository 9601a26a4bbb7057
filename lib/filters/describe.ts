import type { Vocabulary } from "@/lib/domain";
import { formatShortDate } from "@/lib/format";
import { emptyValue } from "./filters";
import { FILTER_KEYS, FILTERS, type FilterKey, type Filters } from "./table";

/** A filter in force, one per value of a list: a chip, and a part of the view's headline. */
export type ActiveFilter = { key: FilterKey; value: string; label: string };

/** Human labels for the filters in force, in URL order, for chips and titles: each entry's `chip` (FILTERS in table.ts). */
export function describeFilters(filters: Filters, vocabulary: Vocabulary): ActiveFilter[] {
  return FILTER_KEYS.flatMap((key): ActiveFilter[] => {
    const entry = FILTERS[key];
    if (!("chip" in entry)) return [];
    const value = filters[key];
    const chip = (v: string, shown: string = v): ActiveFilter => ({ key, value: v, label: entry.chip(shown, vocabulary) });
    switch (entry.kind) {
      case "list":
        return (value as string[]).map((v) => chip(v));
      case "search":
        return value ? [chip(value as string)] : [];
      case "year":
        return value !== null ? [chip(String(value))] : [];
      case "date":
        return value ? [chip(value as string, formatShortDate(value as string))] : [];
      case "flag":
        return value ? [chip("1")] : [];
    }
  });
}

/** The view without one of its chips: the value taken off a list, any other filter out of force. Back to page 1. */
export function withoutFilter(filters: Filters, active: ActiveFilter): Filters {
  const next: Filters = { ...filters, page: 1 };
  const value = filters[active.key];
  if (Array.isArray(value)) return { ...next, [active.key]: value.filter((v) => v !== active.value) };
  // Without a search there is no order to choose.
  if (active.key === "q") next.sort = "newest";
  return { ...next, [active.key]: emptyValue(active.key) };
}

/** "“lockheed” · Canada, Netherlands · M142 HIMARS · 2025" or null when unfiltered: each entry's chips, joined by its `group`. */
export function filtersHeadline(active: ActiveFilter[]): string | null {
  if (active.length === 0) return null;
  const groups = new Map<string, string[]>();
  for (const key of FILTER_KEYS) {
    const entry = FILTERS[key];
    const group = ("group" in entry && entry.group) || key;
    for (const a of active) if (a.key === key) groups.set(group, [...(groups.get(group) ?? []), a.label]);
  }
  return [...groups.values()].map((labels) => labels.join(", ")).join(" · ");
}
