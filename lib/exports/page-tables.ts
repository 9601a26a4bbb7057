import type { CountryProfile, SystemProfile, TimelineEntry } from "@/lib/domain";
import { absoluteUrl, countryHref, dealHref, systemHref } from "@/lib/format";
import { toCsv, type CsvValue } from "./csv";
import { CEILING_NOTE, OVERLAP_NOTE } from "./year-tables";

/**
 * The tables of a page as files (docs/architecture.md, "Every table as a file"): a recipient's or a
 * system's page, and the indexes. One shape for every page, as the fiscal-year tables have: a
 * CSV that is one long table, a `table` column first and then the page's columns (a column a
 * table does not use is empty), and a JSON document with the page's figures and each table by
 * its name. What each page's tables hold is built here from what its loader gave the page.
 */

/** A column: its CSV header and its JSON key. */
export type TableColumn = { csv: string; json: string };

/** A value in a table: text, a number, exact dollars, a yes/no, or nothing. */
export type Cell = string | number | bigint | boolean | null;

export type PageTable = { name: string; rows: Record<string, Cell>[] };

export type PageTables = {
  /** The columns, in order, of every table (a row may leave one empty). */
  columns: readonly TableColumn[];
  tables: PageTable[];
  /** What the JSON says about the page besides its tables: its subject, totals, links. */
  about: Record<string, unknown>;
  notes: string[];
};

const col = (json: string, csv = json.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)): TableColumn => ({ csv, json });

/** The names of a page's tables, for its `?table=`. */
export const tableNames = (t: PageTables): string[] => t.tables.map((x) => x.name);

/** The tables as CSV: a row per table row, its table named first. */
export function pageTablesCsv(t: PageTables, table: string | null): string {
  const header = ["table", ...t.columns.map((c) => c.csv)];
  const rows = t.tables.filter((x) => table === null || x.name === table).flatMap((x) => x.rows.map((r): CsvValue[] => [x.name, ...t.columns.map((c) => r[c.json] ?? null)]));
  return toCsv(header, rows);
}

/** Whole dollars (bigint) as JSON numbers: exact, since the seed caps values at 2^53 − 1. */
const jsonCell = (v: Cell | undefined): string | number | boolean | null => (typeof v === "bigint" ? Number(v) : (v ?? null));

/** The tables as a JSON document: what the page says about itself, its notes, and each table by its name. */
export function pageTablesJson(t: PageTables, table: string | null): Record<string, unknown> & { notes: string[]; tables: Record<string, Record<string, string | number | boolean | null>[]> } {
  return {
    ...t.about,
    notes: t.notes,
    tables: Object.fromEntries(
      t.tables.filter((x) => table === null || x.name === table).map((x) => [x.name, x.rows.map((r) => Object.fromEntries(t.columns.map((c) => [c.json, jsonCell(r[c.json])])))]),
    ),
  };
}

// A recipient's and a system's page ------------------------------------------------------------

/** The columns of a profile page's tables. */
export const PROFILE_COLUMNS: readonly TableColumn[] = [
  col("key"),
  col("label"),
  col("date"),
  col("notifications"),
  col("estimatedValueUsd"),
  col("quantity"),
  col("upTo"),
  col("timeline", "timeline_url"),
  col("page", "page_url"),
];

/** A fiscal year of a page's history (lib/views/history.ts): the row its chart's table shows. */
export type HistoryRow = { key: string; label: string; count: number; valueUsd: bigint; href: string };
export type HistoryTable = { periods: HistoryRow[]; earlier: { count: number; valueUsd: bigint; href: string }; count: number; valueUsd: bigint };

export const BEFORE_ARCHIVE_KEY = "before-archive";

function historyRows(h: HistoryTable, origin: URL, earlierLabel: string): Record<string, Cell>[] {
  const url = (href: string) => absoluteUrl(href, origin);
  // In the page's order: the examples from before the archive first, then each fiscal year.
  return [
    ...(h.earlier.count > 0 ? [{ key: BEFORE_ARCHIVE_KEY, label: earlierLabel, notifications: h.earlier.count, estimatedValueUsd: h.earlier.valueUsd, timeline: url(h.earlier.href) }] : []),
    ...h.periods.map((p) => ({ key: p.key, label: p.label, notifications: p.count, estimatedValueUsd: p.valueUsd, timeline: p.count > 0 ? url(p.href) : null })),
  ];
}

const notificationRow = (n: TimelineEntry, origin: URL): Record<string, Cell> => ({
  key: n.slug,
  label: n.systems.map((s) => s.name).join(", "),
  date: n.announcedOn,
  notifications: 1,
  estimatedValueUsd: n.estimatedValueUsd,
  page: absoluteUrl(dealHref(n.slug), origin),
});

type ProfileInput<P> = { profile: P; history: HistoryTable; timelineHref: string; earlierLabel: string; link: (slug: string) => string };

/**
 * A recipient's page: its fiscal years (with the examples from before the archive in a row of
 * their own), the systems notified to it, and, where the page draws one dot each, every
 * notification from the archive on (`strip`).
 */
export function countryTables({ profile, history, timelineHref, earlierLabel, link }: ProfileInput<CountryProfile>, strip: TimelineEntry[] | null, origin: URL): PageTables {
  const { recipient } = profile;
  return {
    columns: PROFILE_COLUMNS,
    tables: [
      { name: "fiscal-years", rows: historyRows(history, origin, earlierLabel) },
      {
        name: "systems",
        rows: profile.systems.map((s) => ({ key: s.slug, label: s.name, notifications: s.count, estimatedValueUsd: s.valueUsd, timeline: absoluteUrl(link(s.slug), origin), page: absoluteUrl(systemHref(s.slug), origin) })),
      },
      ...(strip ? [{ name: "notifications", rows: strip.map((n) => notificationRow(n, origin)) }] : []),
    ],
    about: {
      recipient: { code: recipient.code, name: recipient.name, region: recipient.region?.code ?? null },
      notifications: profile.notificationCount,
      estimatedValueUsd: Number(profile.totalValueUsd),
      page: absoluteUrl(countryHref(recipient.code), origin),
      timeline: absoluteUrl(timelineHref, origin),
    },
    notes: [CEILING_NOTE, OVERLAP_NOTE, "The notifications table lists every notification from the archive on when there are few enough to draw one each; otherwise the timeline's CSV of the recipient has them all."],
  };
}

/** A system's page: its fiscal years, its recipients, and the quantities of it the newest notifications give (a row per equipment line). */
export function systemTables({ profile, history, timelineHref, earlierLabel, link }: ProfileInput<SystemProfile>, origin: URL): PageTables {
  const { system } = profile;
  return {
    columns: PROFILE_COLUMNS,
    tables: [
      { name: "fiscal-years", rows: historyRows(history, origin, earlierLabel) },
      {
        name: "recipients",
        rows: profile.recipients.map((r) => ({ key: r.code, label: r.name, notifications: r.count, estimatedValueUsd: r.valueUsd, timeline: absoluteUrl(link(r.code), origin), page: absoluteUrl(countryHref(r.code), origin) })),
      },
      {
        name: "quantities",
        rows: profile.quantities.flatMap((q) =>
          q.items.map((item) => ({ key: q.slug, label: `${q.recipient.name}: ${item.description}`, date: q.announcedOn, quantity: item.quantity, upTo: item.upTo, page: absoluteUrl(dealHref(q.slug), origin) })),
        ),
      },
    ],
    about: {
      system: { slug: system.slug, name: system.name },
      notifications: profile.notificationCount,
      estimatedValueUsd: Number(profile.totalValueUsd),
      page: absoluteUrl(systemHref(system.slug), origin),
      timeline: absoluteUrl(timelineHref, origin),
    },
    notes: [
      CEILING_NOTE,
      "A notification listing several systems counts its whole value for each of them, as the page does: a system's total is not its share.",
      `The quantities table holds the newest notifications that give a quantity (${profile.quantities.length} of ${profile.quantityCount}), as the page does; the timeline's CSV of the system has every notification.`,
    ],
  };
}

