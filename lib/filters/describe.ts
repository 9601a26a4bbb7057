import type { Filters } from "./filters";
import type { Vocabulary } from "@/lib/domain";
import { formatShortDate } from "@/lib/format";

export type ActiveFilter = { key: keyof Filters; value: string; label: string };

/** Human labels for the filters in force, in URL order, for chips and titles. */
export function describeFilters(filters: Filters, vocabulary: Vocabulary): ActiveFilter[] {
  const recipientName = new Map(vocabulary.recipients.map((r) => [r.code, r.name]));
  const systemName = new Map(vocabulary.systems.map((s) => [s.slug, s.name]));
  const categoryName = new Map(vocabulary.categories.map((c) => [c.slug, c.name]));
  return [
    ...(filters.q ? [{ key: "q" as const, value: filters.q, label: `“${filters.q}”` }] : []),
    ...filters.countries.map((v) => ({ key: "countries" as const, value: v, label: recipientName.get(v) ?? v })),
    ...filters.systems.map((v) => ({ key: "systems" as const, value: v, label: systemName.get(v) ?? v })),
    ...filters.categories.map((v) => ({ key: "categories" as const, value: v, label: categoryName.get(v) ?? v })),
    ...(filters.year !== null ? [{ key: "year" as const, value: String(filters.year), label: String(filters.year) }] : []),
    ...(filters.from ? [{ key: "from" as const, value: filters.from, label: `from ${formatShortDate(filters.from)}` }] : []),
    ...(filters.to ? [{ key: "to" as const, value: filters.to, label: `to ${formatShortDate(filters.to)}` }] : []),
    ...filters.transmittals.map((v) => ({ key: "transmittals" as const, value: v, label: `transmittal ${v}` })),
    ...(filters.emergency ? [{ key: "emergency" as const, value: "1", label: "emergency sales" }] : []),
    ...(filters.changed ? [{ key: "changed" as const, value: "1", label: "changed by later reports" }] : []),
    ...(filters.challenged ? [{ key: "challenged" as const, value: "1", label: "challenged in Congress" }] : []),
  ];
}

export function withoutFilter(filters: Filters, active: ActiveFilter): Filters {
  const next: Filters = { ...filters, page: 1 };
  switch (active.key) {
    case "countries":
    case "systems":
    case "categories":
    case "transmittals":
      next[active.key] = filters[active.key].filter((v) => v !== active.value);
      break;
    case "emergency":
    case "changed":
    case "challenged":
      next[active.key] = false;
      break;
    case "q":
      next.q = null;
      next.sort = "newest";
      break;
    case "year":
      next.year = null;
      break;
    case "from":
    case "to":
      next[active.key] = null;
      break;
  }
  return next;
}

/** "“lockheed” · Canada, Netherlands · M142 HIMARS · 2025" or null when unfiltered. */
export function filtersHeadline(active: ActiveFilter[]): string | null {
  if (active.length === 0) return null;
  const part = (key: ActiveFilter["key"]) => active.filter((a) => a.key === key).map((a) => a.label);
  return [
    part("q"),
    part("countries"),
    part("systems"),
    part("categories"),
    [...part("year"), ...part("from"), ...part("to")],
    [...part("transmittals"), ...part("emergency"), ...part("changed"), ...part("challenged")],
  ]
    .filter((p) => p.length > 0)
    .map((p) => p.join(", "))
    .join(" · ");
}
