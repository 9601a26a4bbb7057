import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ARCHIVE_FROM, ARCHIVE_THROUGH, BEFORE_ARCHIVE } from "../lib/domain/coverage";
import type { FilterKey, Filters } from "../lib/filters";
import type { ContractorSeed, NotificationSeed, RecipientSeed, ReportSeed, ResolutionSeed } from "../lib/seed";

/**
 * The seed files themselves, read by the specs so that every expected count, total, list and
 * order is computed from the data rather than copied from the page under test (or from an
 * earlier state of the record: research keeps adding to it). Nothing here calls the app's code:
 * the filters, the order and the formats below are written from what a reader sees (the filters'
 * names, and which there are, are the app's: its table's types).
 */
type SystemsFile = { categories: { slug: string; name: string }[]; systems: { slug: string; name: string; category: string; aliases: string[]; description?: unknown }[] };

const dir = path.join(process.cwd(), "seeds");
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;
const jsonFiles = (sub: string) => {
  try {
    return readdirSync(path.join(dir, sub)).filter((f) => f.endsWith(".json")).sort();
  } catch {
    return [];
  }
};

export type Notification = NotificationSeed;
export type Report = ReportSeed & { saleSlug: string };

export const notifications: Notification[] = jsonFiles("notifications").map((f) => readJson<Notification>(path.join(dir, "notifications", f)));
const recipientsFile = readJson<{ regions: { code: string; name: string; area: string }[]; recipients: RecipientSeed[] }>(path.join(dir, "recipients.json"));
export const recipients = recipientsFile.recipients;
/** The regions (combatant commands) of seeds/recipients.json: code, command, area. */
export const regions = recipientsFile.regions;
const systemsFile = readJson<SystemsFile>(path.join(dir, "systems.json"));
export const systems = systemsFile.systems;
export const categories = systemsFile.categories;

/** The reports in seeds/reports/, each with the slug of the sale it names (by number, else by slug). */
export const reports: Report[] = jsonFiles("reports").map((f) => {
  const r = readJson<ReportSeed>(path.join(dir, "reports", f));
  const sale = notifications.find((n) => (r.sale.transmittalNumber ? n.transmittalNumber === r.sale.transmittalNumber : n.slug === r.sale.slug));
  if (!sale) throw new Error(`seeds/reports/${f}: names no sale in seeds/notifications`);
  return { ...r, saleSlug: sale.slug };
});

/** The resolutions of disapproval in seeds/resolutions/, each with the slugs of the sales it is aimed at (by number, else by slug). */
export const resolutions: (ResolutionSeed & { saleSlugs: string[] })[] = jsonFiles("resolutions").map((f) => {
  const r = readJson<ResolutionSeed>(path.join(dir, "resolutions", f));
  const saleSlugs = r.targets.map((t) => {
    const sale = notifications.find((n) => (t.transmittalNumber ? n.transmittalNumber === t.transmittalNumber : n.slug === t.slug));
    if (!sale) throw new Error(`seeds/resolutions/${f}: names no sale in seeds/notifications`);
    return sale.slug;
  });
  return { ...r, saleSlugs };
});

/** seeds/contractors.json: each contractor with every name the record prints for it. */
export const contractors: ContractorSeed[] = readJson<{ contractors: ContractorSeed[] }>(path.join(dir, "contractors.json")).contractors;
const owner = new Map(contractors.flatMap((c) => c.names.map((name) => [name, c.slug] as const)));

/** The contractors a notification names, by slug: a principal contractor is the contractor one of whose names it prints, exactly (as the seed links it). */
export function contractorsOf(n: Notification): Set<string> {
  return new Set(n.principalContractors.map((c) => owner.get(c.name)!));
}

/**
 * The record the tests name: Canada's HIMARS. Its facts are always read from its file
 * (bySlug(CANADA_HIMARS)), so a correction to it changes what the tests expect, not whether
 * they pass.
 */
export const CANADA_HIMARS = "2025-10-01-canada-m142-himars";

/** The kinds of source that are an official text of the notification itself. */
export const OFFICIAL_TEXT_KINDS: readonly string[] = ["official-notice", "congressional-record", "federal-register"];

/** At least one of its sources is an official text (a release, the Congressional Record, the Federal Register). */
export const hasOfficialText = (n: Notification) => n.sources.some((s) => OFFICIAL_TEXT_KINDS.includes(s.kind));

/**
 * Which of three a record is, written out from what a reader is told: an official text with no
 * compilation named ("via") is one the project read; official texts only through a compilation
 * are "as compiled"; otherwise reporting only.
 */
export type Sourcing = "official-text" | "official-compiled" | "reporting-only";
export const sourcingOf = (n: Notification): Sourcing => {
  const official = n.sources.filter((s) => OFFICIAL_TEXT_KINDS.includes(s.kind));
  return official.some((s) => !s.via) ? "official-text" : official.length > 0 ? "official-compiled" : "reporting-only";
};
/** The badge a deal page shows for each. */
export const SOURCING_BADGE: Record<Sourcing, string> = { "official-text": "official text", "official-compiled": "official release as compiled", "reporting-only": "reporting only" };

/**
 * The record holds the official archive from its first release to the day its list ends; earlier
 * notifications are examples (/coverage). The two days are facts of the record, read from the one
 * place they live.
 */
export { ARCHIVE_FROM, ARCHIVE_THROUGH, BEFORE_ARCHIVE };

export const PAGE_SIZE = 20;
/** The JSON API's page when the URL names none (lib/filters/strict.ts). */
export const API_PAGE_SIZE = 50;

export function bySlug(slug: string): Notification {
  const n = notifications.find((x) => x.slug === slug);
  if (!n) throw new Error(`no seed file for ${slug}`);
  return n;
}

export function recipient(code: string): RecipientSeed {
  const r = recipients.find((x) => x.code === code);
  if (!r) throw new Error(`no recipient ${code} in seeds/recipients.json`);
  return r;
}

export function recipientName(code: string): string {
  return recipient(code).name;
}

/** The review period AECA §36(b) gives a recipient: 15 days for NATO and its members and the five partners it names, 30 for the rest. */
export function reviewPeriodDays(code: string): 15 | 30 {
  return recipient(code).nato || ["JP", "AU", "KR", "IL", "NZ"].includes(code) ? 15 : 30;
}

/** Every document the seed files name (a source kept in seeds/documents/), as the file name it is served under. */
export function documentsNamed(): string[] {
  const named = [
    ...notifications.flatMap((n) => n.sources.map((s) => s.document)),
    ...recipients.flatMap((r) => (r.context ?? []).map((c) => c.source.document)),
    ...systems.flatMap((s) => [(s.description as { source?: { document?: string | null } } | undefined)?.source?.document]),
  ];
  return [...new Set(named.filter((d): d is string => !!d).map((d) => d.split("/").pop()!))].sort();
}

/**
 * The filter panel's rule for a long list (lib/filters/panel.ts), from the seed files: the options
 * with most notifications in the view (ties by name), the chosen ones before them.
 */
export const TOP_OPTIONS = 8;
/** A list this much longer than TOP_OPTIONS or less is shown whole. */
export const TOP_SLACK = 3;
export function topOptions<T extends [string, number, boolean]>(options: T[]): T[] {
  const byCount = (a: T, b: T) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  if (options.length <= TOP_OPTIONS + TOP_SLACK) return [...options].sort(byCount);
  return [...options.filter((o) => o[2]).sort(byCount), ...options.filter((o) => !o[2]).sort(byCount).slice(0, TOP_OPTIONS)];
}

/** The recipients' codes by how many notifications each has, most first (ties by name): the panel shows the first ones. */
export const RECIPIENTS_BY_COUNT: string[] = (() => {
  const counts = new Map<string, number>();
  for (const n of notifications) counts.set(n.recipient, (counts.get(n.recipient) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (recipientName(a[0]) < recipientName(b[0]) ? -1 : 1)).map(([code]) => code);
})();
/** The recipient with most notifications: always among the panel's first options. */
export const TOP_RECIPIENT: RecipientSeed = recipient(RECIPIENTS_BY_COUNT[0]!);

export function systemName(slug: string): string {
  return systems.find((s) => s.slug === slug)!.name;
}

/** The timeline's order: newest first, then the larger value, then the slug. */
export function newestFirst(a: Notification, b: Notification): number {
  return b.announcedOn.localeCompare(a.announcedOn) || b.estimatedValueUsd - a.estimatedValueUsd || a.slug.localeCompare(b.slug);
}

export function sortedNewestFirst(rows: Notification[]): Notification[] {
  return [...rows].sort(newestFirst);
}

/** What the oracle leaves to the pages: the search (it cannot run FTS5's matching; tests/support/search-oracle.ts does for search tests), the order and the page. */
export const NOT_IN_VIEWS = ["q", "sort", "page"] as const;
type ViewKey = Exclude<FilterKey, (typeof NOT_IN_VIEWS)[number]>;

/** A filtered view: any of the timeline's filters, named and valued as in the app's table of filters (lib/filters/table.ts). */
export type View = { [K in ViewKey]?: Exclude<Filters[K], null> };

const categoryOf = new Map(systems.map((s) => [s.slug, s.category]));
const regionOf = new Map(recipients.map((r) => [r.code, r.region]));
const changedSlugs = new Set(reports.map((r) => r.saleSlug));
const challengedSlugs = new Set(resolutions.flatMap((r) => r.saleSlugs));

/**
 * Which notifications each filter keeps, written from what a reader sees in the seed files. Keyed
 * by every filter of the app's table but NOT_IN_VIEWS, so a filter the oracle does not know does
 * not compile (and tests/project/oracle.test.ts fails).
 */
export const KEEPS: { [K in ViewKey]: (n: Notification, value: Exclude<Filters[K], null>) => boolean } = {
  countries: (n, codes) => codes.includes(n.recipient),
  systems: (n, slugs) => n.systems.some((s) => slugs.includes(s)),
  categories: (n, slugs) => n.systems.some((s) => slugs.includes(categoryOf.get(s)!)),
  regions: (n, codes) => codes.includes(regionOf.get(n.recipient)!),
  contractors: (n, slugs) => [...contractorsOf(n)].some((slug) => slugs.includes(slug)),
  year: (n, year) => n.announcedOn.startsWith(`${year}-`),
  from: (n, from) => n.announcedOn >= from,
  to: (n, to) => n.announcedOn <= to,
  transmittals: (n, numbers) => n.transmittalNumber !== null && numbers.includes(n.transmittalNumber),
  emergency: (n) => n.reviewWaived,
  changed: (n) => changedSlugs.has(n.slug),
  challenged: (n) => challengedSlugs.has(n.slug),
};

/** The notifications a filtered view shows: any of the values within a filter, every filter at once. */
export function matching(view: View = {}): Notification[] {
  const inForce = (Object.entries(view) as [ViewKey, unknown][]).filter(([, v]) => v !== undefined && v !== null && v !== false && v !== "" && !(Array.isArray(v) && v.length === 0));
  return notifications.filter((n) => inForce.every(([key, v]) => (KEEPS[key] as (n: Notification, value: unknown) => boolean)(n, v)));
}

export function total(rows: Notification[]): { count: number; value: bigint } {
  return { count: rows.length, value: rows.reduce((sum, n) => sum + BigInt(n.estimatedValueUsd), 0n) };
}

/** Exact BigInt sums of estimated value and counts, grouped by `keyOf`. */
export function totals(rows: Notification[], keyOf: (n: Notification) => string): Map<string, { count: number; value: bigint }> {
  const out = new Map<string, { count: number; value: bigint }>();
  for (const n of rows) {
    const t = out.get(keyOf(n)) ?? { count: 0, value: 0n };
    t.count++;
    t.value += BigInt(n.estimatedValueUsd);
    out.set(keyOf(n), t);
  }
  return out;
}

export const isBeforeArchive = (n: Notification) => n.announcedOn < ARCHIVE_FROM;

/** The U.S. fiscal year of a date: FY2025 runs from 1 October 2024 to 30 September 2025. */
export const fiscalYearOf = (iso: string) => Number(iso.slice(0, 4)) + (Number(iso.slice(5, 7)) >= 10 ? 1 : 0);

/** A column of a chart over time as a reader sees it in the chart's table: its name, what it leaves out, its days, and the notifications in them. */
export type Period = { key: string; name: string; label: string; from: string; to: string; rows: Notification[] };

/**
 * Every month (`YYYY-MM` keys) or fiscal year (`2024`) from `first` to `last`, each counting the
 * notifications of `rows` within the archive and `bounds`: its label says where it starts late,
 * ends early, or runs past the end of the archive's list.
 */
export function periods(rows: Notification[], unit: "month" | "fiscal-year", first: string, last: string, bounds: { from?: string; to?: string } = {}): Period[] {
  const keys: string[] = [];
  if (unit === "fiscal-year") for (let fy = Number(first); fy <= Number(last); fy++) keys.push(String(fy));
  else for (let y = Number(first.slice(0, 4)), m = Number(first.slice(5, 7)); `${y}-${String(m).padStart(2, "0")}` <= last; m === 12 ? (y++, (m = 1)) : m++) keys.push(`${y}-${String(m).padStart(2, "0")}`);
  return keys.map((key) => {
    const start = unit === "fiscal-year" ? `${Number(key) - 1}-10-01` : `${key}-01`;
    const end = unit === "fiscal-year" ? `${key}-09-30` : new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)), 0)).toISOString().slice(0, 10);
    const from = [start, ARCHIVE_FROM, bounds.from ?? ""].sort().at(-1)!;
    const to = bounds.to && bounds.to < end ? bounds.to : end;
    const notes = [
      from > start && `from ${shortDate(from)}`,
      to < end && `to ${shortDate(to)}`,
      from <= ARCHIVE_THROUGH && to > ARCHIVE_THROUGH && `the archive's list ends ${shortDate(ARCHIVE_THROUGH)}`,
      from > ARCHIVE_THROUGH && "after the archive's list ends",
    ].filter(Boolean);
    const name = unit === "fiscal-year" ? `FY${key}` : monthName(key);
    return { key, name, label: notes.length ? `${name} (${notes.join("; ")})` : name, from, to, rows: rows.filter((n) => n.announcedOn >= from && n.announcedOn <= to) };
  });
}

/** Years from `first` to `last`, as text. */
export function years(first: number, last: number): string[] {
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

// ---- How the site writes figures and dates, written out here rather than imported ----

const group = (v: bigint) => v.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** "$1,750,000,000". */
export function usdExact(v: bigint | number): string {
  return `$${group(BigInt(v))}`;
}

/** "$1.75 billion", "$570 million", "$1 billion" for $999,995,000: at most two decimals, rounded half up. */
export function usd(v: bigint | number): string {
  const value = BigInt(v);
  for (const [unit, word] of [
    [1_000_000_000n, "billion"],
    [1_000_000n, "million"],
  ] as const) {
    const hundredths = (value * 100n * 2n + unit) / (unit * 2n);
    if (hundredths >= 100n) {
      const cents = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
      return `$${group(hundredths / 100n)}${cents ? `.${cents}` : ""} ${word}`;
    }
  }
  return usdExact(value);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const parts = (iso: string) => ({ y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });

/** "1 October 2025". */
export function longDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "1 Oct 2025". */
export function shortDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
}

/** "October 2025" for "2025-10". */
export function monthName(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "Wednesday" for "2025-10-01". */
export function weekday(iso: string): string {
  const { y, m, d } = parts(iso);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** The day `days` after an ISO date. */
export function addDays(iso: string, days: number): string {
  const { y, m, d } = parts(iso);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
