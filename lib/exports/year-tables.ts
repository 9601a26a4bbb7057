import { administrationName, type AdministrationRow, type FiscalYearRow, type FiscalYearsOverview, type FiscalYearTally, type Tally } from "@/lib/domain";
import type { ParamError } from "@/lib/filters";
import { absoluteUrl, contractorHref, countryHref, fiscalYearHref, systemHref } from "@/lib/format";
import { badRequestText } from "./bad-request";
import { toCsv, type CsvValue } from "./csv";

/**
 * The tables of the fiscal-year tallies as CSV and JSON (docs/architecture.md, "Fiscal-year
 * tables"): `/years/tables.csv|json` (every year, every administration) and
 * `/years/<FY>/tables.csv|json` (one year by month, recipient, region, category, system and
 * contractor). The CSV is one long table, a row per figure with the table it belongs to, so one
 * file holds them all; `?table=` keeps one. Each row carries the timeline view it counts.
 */

export const YEAR_TABLES = ["months", "recipients", "regions", "categories", "systems", "contractors"] as const;
export const OVERVIEW_TABLES = ["fiscal-years", "administrations"] as const;
export type YearTable = (typeof YEAR_TABLES)[number];
export type OverviewTable = (typeof OVERVIEW_TABLES)[number];

/**
 * The query string of a tables export: nothing, or one `table` from `tables`. Anything else is a
 * 400 naming the parameter (a program must never silently get another table than it asked for).
 */
export function readTablesQuery<T extends string>(params: URLSearchParams, tables: readonly T[]): { ok: true; table: T | null } | { ok: false; error: ParamError } {
  for (const key of new Set(params.keys())) {
    if (key !== "table") return { ok: false, error: { parameter: key, value: params.get(key), message: `Unknown parameter "${key}": the only one is "table" (${tables.join(", ")}).` } };
  }
  const values = params.getAll("table");
  if (values.length === 0) return { ok: true, table: null };
  if (values.length > 1) return { ok: false, error: { parameter: "table", value: values.join(","), message: "Give one table, or none for all of them." } };
  const table = values[0]!;
  if (!(tables as readonly string[]).includes(table)) return { ok: false, error: { parameter: "table", value: table, message: `Unknown table "${table}": one of ${tables.join(", ")}.` } };
  return { ok: true, table: table as T };
}

/** A row of a year's tables, as published. */
type FigureRow = { table: YearTable; key: string; label: string; notifications: number; estimatedValueUsd: bigint; timeline: string | null; page: string | null };

function figureRows(t: FiscalYearTally, origin: URL): FigureRow[] {
  const url = (href: string | null) => (href ? absoluteUrl(href, origin) : null);
  return [
    ...t.months.filter((m) => m.covered).map((m) => ({ table: "months" as const, key: m.month, label: m.month, ...fig(m), timeline: url(m.href), page: null })),
    ...t.recipients.map((r) => ({ table: "recipients" as const, key: r.code, label: r.name, ...fig(r), timeline: url(r.href), page: url(countryHref(r.code)) })),
    ...t.regions.map((r) => ({ table: "regions" as const, key: r.code ?? "", label: `${r.area} (${r.name})`, ...fig(r), timeline: url(r.href), page: null })),
    ...t.categories.map((c) => ({ table: "categories" as const, key: c.slug, label: c.name, ...fig(c), timeline: url(c.href), page: null })),
    ...t.systems.map((s) => ({ table: "systems" as const, key: s.slug, label: s.name, ...fig(s), timeline: url(s.href), page: url(systemHref(s.slug)) })),
    ...t.contractors.map((k) => ({ table: "contractors" as const, key: k.slug, label: k.name, ...fig(k), timeline: url(k.href), page: url(contractorHref(k.slug)) })),
  ];
}

const fig = (c: { count: number; valueUsd: bigint }) => ({ notifications: c.count, estimatedValueUsd: c.valueUsd });

export const YEAR_CSV_HEADER = ["fiscal_year", "table", "key", "label", "notifications", "estimated_value_usd", "timeline_url", "page_url"];

/** One fiscal year's tables as CSV: a row per figure. */
export function yearTablesCsv(t: FiscalYearTally, origin: URL, table: YearTable | null): string {
  const rows = figureRows(t, origin).filter((r) => table === null || r.table === table);
  return toCsv(YEAR_CSV_HEADER, rows.map((r): CsvValue[] => [t.span.fiscalYear, r.table, r.key, r.label, r.notifications, r.estimatedValueUsd, r.timeline, r.page]));
}

/** Whole dollars as a JSON number: exact (the seed caps values at 2^53 − 1), like the API's. */
const usd = (v: bigint) => Number(v);

const tallyJson = (t: Tally) => ({
  notifications: t.count,
  estimatedValueUsd: usd(t.valueUsd),
  withoutValue: t.withoutValue,
  emergency: t.emergency,
  challenged: t.challenged,
  approximateDate: t.approximate,
});

export const CEILING_NOTE = "A notified value is the estimated ceiling of a possible sale, not a contract: totals add up what was notified.";
export const OVERLAP_NOTE = "A notification listing several systems (or naming several contractors) counts whole in each of their rows: those rows overlap and are not to be added.";

/** One fiscal year's tables as a JSON document. */
export function yearTablesJson(t: FiscalYearTally, origin: URL, table: YearTable | null) {
  const rows = figureRows(t, origin);
  const tables = Object.fromEntries(
    YEAR_TABLES.filter((name) => table === null || name === table).map((name) => [
      name,
      rows.filter((r) => r.table === name).map((r) => ({ key: r.key, label: r.label, notifications: r.notifications, estimatedValueUsd: usd(r.estimatedValueUsd), timeline: r.timeline, page: r.page })),
    ]),
  );
  return {
    fiscalYear: t.span.fiscalYear,
    from: t.span.from,
    to: t.span.to,
    counted: t.span.covered,
    inProgress: t.span.inProgress,
    notes: [CEILING_NOTE, OVERLAP_NOTE],
    total: { ...tallyJson(t.tally), timeline: t.href ? absoluteUrl(t.href, origin) : null, page: absoluteUrl(fiscalYearHref(t.span.fiscalYear), origin) },
    examplesNotCounted: t.examples,
    notificationsWithoutContractor: t.withoutContractor,
    tables,
  };
}

// The overview (/years) ------------------------------------------------------------------------

type OverviewRow = { table: OverviewTable; key: string; label: string; from: string | null; to: string | null; status: string; tally: Tally; href: string | null; page: string | null; examples: number };

function status(counted: boolean, partialStart: boolean, current: boolean): string {
  if (!counted) return "not counted";
  return current ? "in progress" : partialStart ? "partial" : "whole";
}

function overviewRows(o: FiscalYearsOverview): OverviewRow[] {
  const year = (y: FiscalYearRow): OverviewRow => ({
    table: "fiscal-years",
    key: `FY${y.span.fiscalYear}`,
    label: `Fiscal year ${y.span.fiscalYear}`,
    from: y.span.covered?.from ?? null,
    to: y.span.covered?.to ?? null,
    status: status(y.span.covered !== null, y.span.startsLate, y.span.inProgress),
    tally: y.tally,
    href: y.href,
    page: fiscalYearHref(y.span.fiscalYear),
    examples: y.examples,
  });
  const term = (a: AdministrationRow): OverviewRow => ({
    table: "administrations",
    key: a.administration.slug,
    label: administrationName(a.administration),
    from: a.covered?.from ?? null,
    to: a.covered?.to ?? null,
    status: status(a.covered !== null, a.startsLate, a.inOffice),
    tally: a.tally,
    href: a.href,
    page: null,
    examples: a.examples,
  });
  return [...o.years.map(year), ...o.administrations.map(term)];
}

export const OVERVIEW_CSV_HEADER = ["table", "key", "label", "counted_from", "counted_to", "status", "notifications", "estimated_value_usd", "without_value", "emergency", "challenged", "examples_not_counted", "timeline_url", "page_url"];

export function overviewTablesCsv(o: FiscalYearsOverview, origin: URL, table: OverviewTable | null): string {
  const url = (href: string | null) => (href ? absoluteUrl(href, origin) : null);
  const rows = overviewRows(o).filter((r) => table === null || r.table === table);
  return toCsv(
    OVERVIEW_CSV_HEADER,
    rows.map((r): CsvValue[] => [r.table, r.key, r.label, r.from, r.to, r.status, r.tally.count, r.tally.valueUsd, r.tally.withoutValue, r.tally.emergency, r.tally.challenged, r.examples, url(r.href), url(r.page)]),
  );
}

export function overviewTablesJson(o: FiscalYearsOverview, origin: URL, table: OverviewTable | null) {
  const url = (href: string | null) => (href ? absoluteUrl(href, origin) : null);
  const rows = overviewRows(o);
  return {
    today: o.today,
    countedFrom: o.talliedFrom,
    notes: [CEILING_NOTE, "A year the record does not count yet has status \"not counted\": its figures are zero and its examples are listed apart, not a total of the year."],
    total: tallyJson(o.total),
    tables: Object.fromEntries(
      OVERVIEW_TABLES.filter((name) => table === null || name === table).map((name) => [
        name,
        rows
          .filter((r) => r.table === name)
          .map((r) => ({ key: r.key, label: r.label, countedFrom: r.from, countedTo: r.to, status: r.status, ...tallyJson(r.tally), examplesNotCounted: r.examples, timeline: url(r.href), page: url(r.page) })),
      ]),
    ),
  };
}

/**
 * The HTTP response of a tables export: the file (CSV as a download, JSON open to any origin, as
 * the API), a 400 naming the parameter (text for CSV, JSON for JSON, as the other exports answer),
 * or a 404 (`notFound` says what was not found: a fiscal year, a recipient, a system).
 */
export function tablesResponse(
  result: { data: { body: string; contentType: "csv" | "json"; filename: string } } | { badRequest: ParamError } | { notFound: true },
  format: "csv" | "json",
  notFound = "No such fiscal year in the record: FY2008 to the present one, written /years/2025.",
): Response {
  if ("notFound" in result) {
    const message = notFound;
    return format === "json" ? Response.json({ error: { status: 404, message } }, { status: 404 }) : new Response(`Not found: ${message}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if ("badRequest" in result) return format === "json" ? Response.json({ error: { status: 400, ...result.badRequest } }, { status: 400 }) : badRequestText(result.badRequest);
  const { body, contentType, filename } = result.data;
  return contentType === "csv"
    ? new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8; header=present", "Content-Disposition": `attachment; filename="${filename}"` } })
    : new Response(body, { headers: { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*" } });
}
