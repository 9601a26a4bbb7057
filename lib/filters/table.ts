import { normalizeTransmittal, type FacetCounts, type Vocabulary } from "@/lib/domain";
import type { PanelChoices } from "./choices";
import { resolveContractorName, resolveRecipient, resolveRegion, resolveSystem, type VocabularyIndex } from "./vocabulary";

/**
 * Every filter of a view, one entry each: the table that parsing and the canonical query string
 * (filters.ts), the exports' strict reader (strict.ts), the sentence and chips describing a view
 * (describe.ts), the filter panel (components/timeline/filter-panel.tsx) and, server-side, the SQL
 * and the facet counts (FILTER_SQL in lib/queries/filter-sql.ts, keyed by the same names) read.
 * `Filters` is derived from it, so a filter cannot exist without its entry. docs/architecture.md
 * ("Adding a filter") shows the diff a new one takes.
 *
 * The order of the entries is the canonical order of the query string, of the chips and of the
 * SQL's conditions. What an entry holds depends on its kind; what each kind means (how it is read
 * from a URL and written back, checked, shown, counted) is written once, in the module that needs
 * it. Two rules tie entries together and are written where they apply: a reversed `from`/`to`
 * range is read as the range meant (a 400 for the exports), and `sort` exists only with a search.
 *
 * This module is client-safe (the filter panel parses and writes URLs in the browser), so it holds
 * no SQL, and what it holds travels to the browser: keep entries to what their consumers need.
 */

export type Sort = "relevance" | "newest";

/** The value a filter of each kind holds in `Filters` (filters.ts says what it is when not in force). */
type Values = {
  /** Search text (`q`): trimmed, whitespace collapsed, at most MAX_QUERY_LENGTH characters; null for none. */
  search: string | null;
  /** A repeatable parameter (`?country=CA&country=NL`, or `country=CA,NL`): canonical values, sorted, combined with OR. */
  list: string[];
  /** A four-digit year between MIN_YEAR and MAX_YEAR. */
  year: number | null;
  /** A calendar date, YYYY-MM-DD, in a year between MIN_YEAR and MAX_YEAR. */
  date: string | null;
  /** A yes/no filter: on with `1` (FLAG_ON's spellings), else off. */
  flag: boolean;
  /** The order of a search's results: "relevance" only with a search. */
  sort: Sort;
  /** The page, from 1 to MAX_PAGE. */
  page: number;
};
export type FilterKind = keyof Values;
export type ValueOfKind<K extends FilterKind> = Values[K];

/** The years a `year`, `from` or `to` may name. */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;
/** The last page a URL may ask for (pages past the last are redirected to it). */
export const MAX_PAGE = 100_000;
/** How a yes/no filter is spelled: on (`1`, what its checkbox sends, is canonical), or, for the exports' strict reader, explicitly off. */
export const FLAG_ON = ["1", "true", "yes", "on"];
export const FLAG_OFF = ["0", "false", "no", "off"];

/**
 * How the filter panel offers a filter. "checklist" and "flag" are drawn from the entry alone; the
 * others are markup of the panel's own, for the filters that have it.
 */
export type PanelSpec =
  /**
   * A fieldset of checkboxes, one per option with its count (the entry's facet); an option the view
   * would not hold is left out unless chosen. A long list shows its options with most notifications
   * and the chosen ones, and links to every option (lib/filters/panel.ts says which are shown).
   */
  | ({ as: "checklist" } & ListPanel)
  /** The weapon systems: a checklist with the "find by any name" box above it. */
  | ({ as: "systems" } & ListPanel)
  /** A checkbox among the yes/no filters ("After the notification"), with its count. */
  | { as: "flag"; label: string }
  /** Chosen by a link, not offered: its values ride along as hidden fields while other filters change. */
  | { as: "hidden" }
  /** The search box (`q`, `sort`), the Announced fieldset (year, from, to). */
  | { as: "search" | "announced" }
  /** Not in the form (the page). */
  | null;

/** A list of options in the panel: its legend, what its options are called ("All 105 recipients…"), and every option it may offer. */
export type ListPanel = {
  legend: string;
  plural?: string;
  /** Every option, in the order the full list shows them; `group` heads a run of them (a system's category). */
  options: (choices: PanelChoices) => { value: string; label: string; group?: string }[];
};

type Entry<K extends FilterKind> = {
  kind: K;
  /** The URL parameter. */
  param: string;
  /** How the filter panel offers it. */
  panel: PanelSpec;
};

/** What a filter in force is called in the sentence describing a view, in its chip and in the page title. */
type Described = {
  /**
   * A chip's text for one value (a list: each value; a date: the date as the page writes it). The
   * headline joins a group's chips with commas and the groups with " · ", in table order; a filter
   * with no `group` is a group of its own.
   */
  chip: (shown: string, vocabulary: Vocabulary) => string;
  group?: string;
};

/**
 * The name of its counts in FacetCounts, when the filter panel shows how many notifications each
 * option would give (or a yes/no filter, how many it would keep). A checklist or a yes/no checkbox
 * in the panel shows its counts, so it needs a facet.
 */
type Counted = { facet: keyof FacetCounts } | { facet?: never; panel: Exclude<PanelSpec, { as: "checklist" | "systems" | "flag" }> };

export type FilterEntry =
  | (Entry<"search"> & Described)
  | (Entry<"list"> &
      Described &
      Counted & {
        /** Any spelling a URL may give (a name, an alias, another case) → the canonical value, or null for one it does not name. */
        resolve: (value: string, index: VocabularyIndex) => string | null;
        /** The exports' 400 for a value `resolve` does not know. */
        unknown: (value: string) => string;
      })
  | (Entry<"year"> & Described & Counted)
  | (Entry<"date"> & Described)
  | (Entry<"flag"> & Described & Counted)
  | Entry<"sort">
  | Entry<"page">;

export const FILTERS = {
  q: { kind: "search", param: "q", panel: { as: "search" }, chip: (q) => `“${q}”` },
  countries: {
    kind: "list",
    param: "country",
    resolve: resolveRecipient,
    unknown: (v) => `Unknown country "${v}": give an ISO 3166 code (CA) or a name (Canada).`,
    chip: (code, v) => v.recipients.find((r) => r.code === code)?.name ?? code,
    facet: "countries",
    panel: { as: "checklist", legend: "Recipient", plural: "recipients", options: (c) => c.recipients.map((r) => ({ value: r.code, label: r.name })) },
  },
  /** Recipients in a region: the U.S. geographic combatant command whose area holds them (lib/domain/regions.ts). */
  regions: {
    kind: "list",
    param: "region",
    resolve: resolveRegion,
    unknown: (v) => `Unknown region "${v}": give a combatant command's code (AFRICOM, CENTCOM, EUCOM, INDOPACOM, NORTHCOM, SOUTHCOM).`,
    chip: (code, v) => {
      const region = v.regions.find((r) => r.code === code);
      return region ? `${region.area} (${code})` : code;
    },
    facet: "regions",
    panel: { as: "checklist", legend: "Region", plural: "regions", options: (c) => c.regions.map((r) => ({ value: r.code, label: `${r.area} (${r.code})` })) },
  },
  systems: {
    kind: "list",
    param: "system",
    resolve: resolveSystem,
    unknown: (v) => `Unknown system "${v}": give a system slug (m142-himars) or any of its names (HIMARS).`,
    chip: (slug, v) => v.systems.find((s) => s.slug === slug)?.name ?? slug,
    facet: "systems",
    panel: { as: "systems", legend: "Weapon system", plural: "systems", options: (c) => c.categories.flatMap((g) => g.systems.map((s) => ({ value: s.slug, label: s.name, group: g.name }))) },
  },
  categories: {
    kind: "list",
    param: "category",
    resolve: (v, index) => (index.categories.has(v.toLowerCase()) ? v.toLowerCase() : null),
    unknown: (v) => `Unknown category "${v}".`,
    chip: (slug, v) => v.categories.find((c) => c.slug === slug)?.name ?? slug,
    facet: "categories",
    panel: { as: "checklist", legend: "Category", plural: "categories", options: (c) => c.categories.map((g) => ({ value: g.slug, label: g.name })) },
  },
  /**
   * Sales naming a principal contractor (seeds/contractors.json), by any of its names: exactly that
   * contractor, so a company does not bring in its joint ventures' sales (the venture is a
   * contractor of its own), as its page counts them.
   */
  contractors: {
    kind: "list",
    param: "contractor",
    resolve: resolveContractorName,
    unknown: (v) => `Unknown contractor "${v}": give a contractor's slug (rtx) or any of its names (Raytheon Company), as /contractors lists them.`,
    chip: (slug, v) => `contractor ${v.contractors.find((k) => k.slug === slug)?.name ?? slug}`,
    facet: "contractors",
    panel: { as: "checklist", legend: "Principal contractor", plural: "contractors", options: (c) => c.contractors.map((k) => ({ value: k.slug, label: k.name })) },
  },
  year: { kind: "year", param: "year", chip: (y) => y, group: "when", facet: "years", panel: { as: "announced" } },
  from: { kind: "date", param: "from", chip: (d) => `from ${d}`, group: "when", panel: { as: "announced" } },
  to: { kind: "date", param: "to", chip: (d) => `to ${d}`, group: "when", panel: { as: "announced" } },
  /** Canonical transmittal numbers (lib/domain/transmittal.ts): any printed spelling (`25–034`) is read as `25-34`. */
  transmittals: {
    kind: "list",
    param: "transmittal",
    resolve: normalizeTransmittal,
    unknown: (v) => `"${v}" is not a sale's transmittal number: give it like 25-34 (series, dash, number).`,
    chip: (t) => `transmittal ${t}`,
    group: "sale",
    panel: { as: "hidden" },
  },
  /** Only sales whose congressional review was waived by an emergency determination. */
  emergency: { kind: "flag", param: "emergency", chip: () => "emergency sales", group: "sale", facet: "emergency", panel: { as: "flag", label: "Emergency sales (review waived)" } },
  /** Only sales with later changes (reports on them: §36(b)(5)(C) enhancements, cost increases, corrections). */
  changed: { kind: "flag", param: "changed", chip: () => "changed by later reports", group: "sale", facet: "changed", panel: { as: "flag", label: "Changed by later reports" } },
  /** Only sales challenged in Congress: a joint resolution of disapproval aimed at them (seeds/resolutions/). */
  challenged: { kind: "flag", param: "challenged", chip: () => "challenged in Congress", group: "sale", facet: "challenged", panel: { as: "flag", label: "Challenged in Congress" } },
  sort: { kind: "sort", param: "sort", panel: { as: "search" } },
  page: { kind: "page", param: "page", panel: null },
} as const satisfies Record<string, FilterEntry>;

type Table = typeof FILTERS;
export type FilterKey = keyof Table;

/** A view's filters: one member per entry of FILTERS, of its kind's type. */
export type Filters = { [K in FilterKey]: Values[Table[K]["kind"]] };

/** The table's keys in its order: the canonical order. */
export const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

/** The filters of a kind, in the table's order. */
export type KeyOfKind<T extends FilterKind> = { [K in FilterKey]: Table[K]["kind"] extends T ? K : never }[FilterKey];
export const keysOfKind = <T extends FilterKind>(kind: T) => FILTER_KEYS.filter((key): key is KeyOfKind<T> => FILTERS[key].kind === kind);

/** The counts the table names (each entry's `facet`): an option's count per value, or a yes/no filter's one number. */
type TableFacetCounts = {
  [K in FilterKey as Table[K] extends { facet: infer N extends string } ? N : never]: Table[K]["kind"] extends "flag" ? number : Record<string, number>;
};

/**
 * FacetCounts (lib/domain/views.ts, what getFacetCounts returns) names exactly the table's facets,
 * each of its shape: a facet added here without its member there, or the other way round, fails to
 * compile.
 */
export type FacetsAgree = Assert<Same<TableFacetCounts, FacetCounts>>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
