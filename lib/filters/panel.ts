import type { FacetCounts } from "@/lib/domain";
import { LIST_SLACK } from "@/lib/format";
import type { PanelChoices } from "./choices";
import { FILTERS, keysOfKind, type Filters, type KeyOfKind, type ListPanel } from "./table";

/**
 * What the filter panel shows of each list of options (every list filter whose panel is a
 * checklist, the systems included): with the whole archive a list runs to hundreds of options,
 * so the panel shows what a reader needs first, the chosen options and the options with most
 * notifications in the view, and links to every option (the page /filters/<param>, which works
 * with JavaScript off; with it on, the same list loads into the panel). Generic over the table:
 * a list filter added with a checklist gets its top options and its full list for nothing.
 */

/** How many options a long list shows besides the chosen ones. */
export const TOP_OPTIONS = 8;

export type ListKey = KeyOfKind<"list">;
/** An option as the panel draws it: whether it is ticked comes from the view's filters, so it is not sent. */
export type ShownOption = { value: string; label: string; count: number; group?: string };
/** An option the view offers, and whether the view has chosen it (the /filters/<param> page ticks it from this). */
export type PanelOption = ShownOption & { checked: boolean };
export type PanelList = {
  key: ListKey;
  param: string;
  legend: string;
  /** "recipients": what the link to every option calls them. */
  plural: string;
  /** The systems' list has the "find by any name" box above it. */
  find: boolean;
  /** What the panel shows: every offered option when the list is short; else the chosen ones, then the TOP_OPTIONS with most notifications. */
  options: ShownOption[];
  /** How many options the view offers (with notifications, or chosen). */
  offered: number;
};

/** The list filters the panel offers as checklists, in the table's order. */
export const PANEL_LISTS = keysOfKind("list").filter((key) => {
  const { panel } = FILTERS[key];
  return panel.as === "checklist" || panel.as === "systems";
});

const listPanel = (key: ListKey): ListPanel | null => {
  const { panel } = FILTERS[key];
  return panel.as === "checklist" || panel.as === "systems" ? panel : null;
};

/** The list filter a URL parameter names (`country`), if the panel offers it as a list. */
export const listByParam = (param: string): ListKey | undefined => PANEL_LISTS.find((key) => FILTERS[key].param === param);

/** A list's counts per option (its facet in FacetCounts). */
export function optionCounts(key: ListKey, counts: FacetCounts): Record<string, number> {
  const entry = FILTERS[key];
  return ("facet" in entry ? counts[entry.facet] : {}) as Record<string, number>;
}

/**
 * Every option the view offers of a list, in the list's own order (names; a system's under its
 * category): those with notifications in the view with this option added, and the chosen ones
 * (at 0 too, so they can be unticked).
 */
export function offeredOptions(key: ListKey, choices: PanelChoices, counts: FacetCounts, filters: Filters): PanelOption[] {
  const panel = listPanel(key);
  if (!panel) return [];
  const chosen = new Set(filters[key]);
  const count = optionCounts(key, counts);
  return panel
    .options(choices)
    .map((o) => ({ ...o, count: count[o.value] ?? 0, checked: chosen.has(o.value) }))
    .filter((o) => o.count > 0 || o.checked);
}

const byCount = (a: PanelOption, b: PanelOption) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/** The options the panel shows first, from those offered: all of a short list; else the chosen ones, then the TOP_OPTIONS with most notifications. Most first, in both cases. */
export function topOptions(offered: PanelOption[], top = TOP_OPTIONS): ShownOption[] {
  // A short list's options stand alone, without their group's heading; whether one is ticked the panel reads from the view's filters.
  const strip = ({ value, label, count }: PanelOption): ShownOption => ({ value, label, count });
  if (offered.length <= top + LIST_SLACK) return [...offered].sort(byCount).map(strip);
  const chosen = offered.filter((o) => o.checked).sort(byCount);
  return [...chosen, ...offered.filter((o) => !o.checked).sort(byCount).slice(0, top)].map(strip);
}

/** Every list of the panel for a view, as the panel shows it first. */
export function panelLists(choices: PanelChoices, counts: FacetCounts, filters: Filters): PanelList[] {
  return PANEL_LISTS.map((key) => {
    const panel = listPanel(key)!;
    const offered = offeredOptions(key, choices, counts, filters);
    return {
      key,
      param: FILTERS[key].param,
      legend: panel.legend,
      plural: panel.plural ?? "options",
      find: FILTERS[key].panel.as === "systems",
      options: topOptions(offered),
      offered: offered.length,
    };
  });
}

/** The yes/no filters the panel offers ("After the notification"). */
type FlagKey = KeyOfKind<"flag">;
const FLAGS = keysOfKind("flag");

/**
 * Everything the filter panel (a client component) is sent for a view, and nothing else: it
 * travels in the page's payload on every request, so the lists as shown first, the years and
 * yes/no filters with their counts. An option, year or yes/no filter the view would not hold is
 * left out unless chosen.
 */
export type PanelData = {
  lists: PanelList[];
  years: { year: number; count: number }[];
  flags: { key: FlagKey; param: string; label: string; count: number }[];
};

export function panelData(choices: PanelChoices, counts: FacetCounts, filters: Filters): PanelData {
  return {
    lists: panelLists(choices, counts, filters),
    years: choices.years.map((year) => ({ year, count: counts.years[year] ?? 0 })).filter((y) => y.count > 0 || filters.year === y.year),
    flags: FLAGS.flatMap((key) => {
      const { param, panel, facet } = FILTERS[key];
      const count = counts[facet];
      return count > 0 || filters[key] ? [{ key, param, label: panel.label, count }] : [];
    }),
  };
}
