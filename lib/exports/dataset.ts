import { ARCHIVE_FROM, ARCHIVE_THROUGH, CITED_FACTS, COMPILATION_IDS, fiscalYearOf, isOfficialTextKind, SOURCE_KINDS, type DatasetBuild, type DatasetFileName, type DatasetLineItem, type DatasetSource } from "@/lib/domain";
import { absoluteUrl, dataHref, documentHref, formatLongDate, OPENAPI_HREF, PAGE_HREF, safeHref } from "@/lib/format";
import { NOTIFICATION_FIELDS } from "./api-fields";
import { csvDictionary, type CsvColumn, type DictionaryEntry } from "./columns";
import { NOTIFICATION_COLUMNS } from "./csv-record";
import { DATABASE_DICTIONARY } from "./dataset-database";
import { FACTS } from "./facts";
import { fieldDictionary, type JsonField } from "./fields";

/**
 * The dataset (/data): the one list of its files, what each holds, its columns, and the terms
 * it is published under. lib/dataset writes the files from these definitions; the page, the
 * data dictionary and the OpenAPI description read them too.
 */

export const DATASET_TITLE = "U.S. Foreign Military Sales notifications to Congress";

// ---------------------------------------------------------------------------------------------
// The equipment and sources files (the notifications file is the CSV export's: csv-record.ts)

const NOTIFICATION_KEY = { meaning: "The notification the row belongs to: its slug in the notifications file.", origin: FACTS.slug.origin };

export const EQUIPMENT_COLUMNS: readonly CsvColumn<DatasetLineItem, URL>[] = [
  { name: "notification_slug", type: "text", doc: NOTIFICATION_KEY, value: (l) => l.slug },
  { name: "announced_on", type: "date", doc: { ...FACTS.announcedOn, meaning: `The notification's announcement date, repeated from the notifications file. ${FACTS.announcedOn.meaning}` }, value: (l) => l.announcedOn },
  { name: "recipient_code", type: "text", doc: { ...FACTS.recipientCode, meaning: `The notification's recipient, repeated from the notifications file. ${FACTS.recipientCode.meaning}` }, value: (l) => l.recipientCode },
  {
    name: "kind",
    type: "one of",
    values: ["mde", "other"],
    doc: { meaning: "mde: a line of major defense equipment (MDE); other: another article or service included (non-MDE).", origin: FACTS.majorDefenseEquipment.origin },
    value: (l) => l.kind,
  },
  { name: "line", type: "whole number", doc: { meaning: "The line's place in its list (1 for the first MDE line), as the notification lists them.", origin: FACTS.majorDefenseEquipment.origin }, value: (l) => l.line },
  { name: "description", type: "text", doc: { meaning: "The item, as the notification describes it.", origin: FACTS.majorDefenseEquipment.origin }, value: (l) => l.description },
  {
    name: "quantity",
    type: "whole number",
    doc: { meaning: "How many.", unit: "items, as described (launchers, missiles, rounds…)", empty: "No number given (the record gives none for other items).", origin: FACTS.majorDefenseEquipment.origin },
    value: (l) => l.quantity,
  },
  { name: "quantity_up_to", type: "true/false", doc: { meaning: "True when the text says \"up to\" the quantity: a most, not an exact number.", origin: FACTS.majorDefenseEquipment.origin }, value: (l) => l.upTo },
];

const SOURCE_ORIGIN = "The record's researchers (the notification's list of sources).";

export const SOURCE_COLUMNS: readonly CsvColumn<DatasetSource, URL>[] = [
  { name: "notification_slug", type: "text", doc: NOTIFICATION_KEY, value: (s) => s.slug },
  { name: "source_id", type: "text", doc: { meaning: "The source's id within its notification: what the notification's dates and claims cite.", origin: SOURCE_ORIGIN }, value: (s) => s.key },
  { name: "position", type: "whole number", doc: { meaning: "Its place in the notification's list of sources (1 for the first).", origin: SOURCE_ORIGIN }, value: (s) => s.position },
  {
    name: "kind",
    type: "one of",
    values: SOURCE_KINDS,
    doc: {
      meaning:
        "What the source is. official-notice: the press release (DSCA's, the State Department's since 2026); congressional-record and federal-register: the notification as printed there; official-record: other official records (congress.gov, roll calls); news-report; official-context: official background that is not the notification; unverified-report: a summary the project could not check against the original.",
      origin: SOURCE_ORIGIN,
    },
    value: (s) => s.kind,
  },
  { name: "official_text", type: "true/false", doc: { meaning: "True when the source is an official text of the notification (official-notice, congressional-record or federal-register).", origin: SOURCE_ORIGIN }, value: (s) => isOfficialTextKind(s.kind) },
  { name: "publisher", type: "text", doc: { meaning: "Who published it (DSCA, Reuters, the Congressional Record).", origin: SOURCE_ORIGIN }, value: (s) => s.publisher },
  { name: "title", type: "text", doc: { meaning: "Its title.", empty: "Untitled, or not recorded.", origin: SOURCE_ORIGIN }, value: (s) => s.title },
  {
    name: "url",
    type: "URL",
    doc: { meaning: "Its web address (http and https only).", empty: "No web address: see document_url.", origin: SOURCE_ORIGIN },
    value: (s) => safeHref(s.url),
  },
  {
    name: "document_url",
    type: "URL",
    doc: { meaning: "A copy kept with the project and served by this site, for a source with no public address.", empty: "None: the source is at its url.", origin: SOURCE_ORIGIN },
    value: (s, origin) => (s.document ? absoluteUrl(documentHref(s.document), origin) : null),
  },
  { name: "published_on", type: "date", doc: { meaning: "The day it was published.", empty: "Not recorded.", origin: SOURCE_ORIGIN }, value: (s) => s.publishedOn },
  { name: "supports", type: "text", doc: { meaning: "What the source confirms for the notification, in the researcher's words.", empty: "Not stated.", origin: SOURCE_ORIGIN }, value: (s) => s.supports },
  {
    name: "cited_for",
    type: "list",
    separator: "; ",
    doc: {
      meaning: `The notification's official facts this source is the given source of, named as the notifications file's columns: ${CITED_FACTS.join(", ")}.`,
      empty: "None: it supports the record as a whole.",
      origin: SOURCE_ORIGIN,
    },
    value: (s) => s.citedFor.join("; "),
  },
  {
    name: "reported_value_amount",
    type: "whole number",
    doc: { meaning: "The value as this source reported it, where it reported one in its own words or currency.", unit: "whole units of reported_value_currency", empty: "The source reports no value of its own.", origin: SOURCE_ORIGIN },
    value: (s) => s.reportedValue?.amount ?? null,
  },
  { name: "reported_value_currency", type: "text", doc: { meaning: "The currency of reported_value_amount (ISO 4217: USD, CAD).", empty: "The source reports no value of its own.", origin: SOURCE_ORIGIN }, value: (s) => s.reportedValue?.currency ?? null },
  { name: "reported_value_text", type: "text", doc: { meaning: "The value in the source's own words (\"about $1.75 billion\").", empty: "The source reports no value of its own.", origin: SOURCE_ORIGIN }, value: (s) => s.reportedValue?.text ?? null },
  {
    name: "via",
    type: "one of",
    values: COMPILATION_IDS,
    doc: {
      meaning: "The published compilation this source's facts were taken from (atlas: the compilation of the official releases credited in the project's docs/data.md); the facts have not yet been checked against the text itself.",
      empty: "The project read the source itself.",
      origin: SOURCE_ORIGIN,
    },
    value: (s) => s.via,
  },
];

// ---------------------------------------------------------------------------------------------
// The JSON file: the dataset's description, then every notification as the API gives it

export type DatasetHeader = {
  title: string;
  url: string;
  dataAsOf: string | null;
  builtAt: string;
  notifications: number;
  archiveFrom: string;
  archiveThrough: string;
  license: string;
  citation: string;
  caveats: string[];
  dictionary: string;
  apiDescription: string;
};

const ABOUT = "The dataset's own description.";

export const DATASET_HEADER_FIELDS: readonly JsonField[] = [
  { name: "title", scalar: { type: "string" }, doc: { meaning: "The dataset's title.", origin: ABOUT } },
  { name: "url", scalar: { type: "string", format: "uri" }, doc: { meaning: "Its page, with every file, the data dictionary and these terms.", origin: ABOUT } },
  { name: "dataAsOf", nullable: true, scalar: { type: "string", format: "date" }, doc: { meaning: "The newest notification's announcement date.", empty: "The record is empty.", origin: ABOUT } },
  { name: "builtAt", scalar: { type: "string", format: "date-time" }, doc: { meaning: "When the files were built from the record: the dataset's version.", origin: ABOUT } },
  { name: "notifications", scalar: { type: "integer", minimum: 0 }, doc: { meaning: "How many notifications the file holds.", origin: ABOUT } },
  { name: "archiveFrom", scalar: { type: "string", format: "date" }, doc: { meaning: "The first day of the official archive the record holds whole; earlier notifications are examples.", origin: ABOUT } },
  { name: "archiveThrough", scalar: { type: "string", format: "date" }, doc: { meaning: "The last day of the official archive's list; later notifications are those research and the Federal Register have found so far.", origin: ABOUT } },
  { name: "license", scalar: { type: "string" }, doc: { meaning: "The terms the facts are published under.", origin: ABOUT } },
  { name: "citation", scalar: { type: "string" }, doc: { meaning: "How to cite this build of the dataset.", origin: ABOUT } },
  { name: "caveats", list: { type: "string" }, doc: { meaning: "What to know before using the figures.", origin: ABOUT } },
  { name: "dictionary", scalar: { type: "string", format: "uri" }, doc: { meaning: "The data dictionary: every column of every file.", origin: ABOUT } },
  { name: "apiDescription", scalar: { type: "string", format: "uri" }, doc: { meaning: "The OpenAPI description of the JSON API and the other exports.", origin: ABOUT } },
];

export const RECORD_JSON_FIELDS: readonly JsonField[] = [
  { name: "dataset", doc: { meaning: "What the file is: its version, terms and caveats.", origin: ABOUT }, fields: DATASET_HEADER_FIELDS },
  { name: "notifications", doc: { meaning: "Every notification, newest first, as the JSON API (/api/notifications) gives each.", origin: FACTS.sources.origin }, items: NOTIFICATION_FIELDS },
];

// ---------------------------------------------------------------------------------------------
// Terms

export const LICENSE =
  "The facts are U.S. government information: notifications to Congress, DSCA and State Department releases, the Congressional Record and the Federal Register are works of the U.S. government, in the public domain in the United States (17 U.S.C. § 105). Sources by others are cited by title and link only; their texts remain theirs.";

export const CREDIT = "Please credit FMS Timeline, link to the dataset's page, and say which build you used (its date): the files change as sources are found.";

/** A build's citation: FMS Timeline (2026). U.S. Foreign Military Sales notifications to Congress, data as of 13 November 2026 (built 29 November 2026) [Data set]. https://…/data */
export function datasetCitation(build: Pick<DatasetBuild, "builtAt" | "dataAsOf">, origin: URL): string {
  const built = build.builtAt.slice(0, 10);
  const asOf = build.dataAsOf ? `, data as of ${formatLongDate(build.dataAsOf)}` : "";
  return `FMS Timeline (${built.slice(0, 4)}). ${DATASET_TITLE}${asOf} (built ${formatLongDate(built)}) [Data set]. ${absoluteUrl(PAGE_HREF.data, origin)}`;
}

/** What to know before using the figures; the coverage caveat is read from the record's rule (ARCHIVE_FROM, ARCHIVE_THROUGH). */
export function datasetCaveats(): string[] {
  return [
    "A notification is not a sale: it tells Congress that a sale may go ahead. Many notified sales are bought in part, later or not at all, and the record does not follow them to contract.",
    "Values are ceilings: the estimated total if every item is bought at the estimate, in U.S. dollars of the year announced (not adjusted for inflation).",
    `The record holds every notification of the official archive from ${formatLongDate(ARCHIVE_FROM)} (fiscal year ${fiscalYearOf(ARCHIVE_FROM)}) to ${formatLongDate(ARCHIVE_THROUGH)}, where the archive's list ends, and what research and the Federal Register have found since; the coverage page says, fiscal year by fiscal year, what it holds and which transmittal numbers are missing. Notifications before ${formatLongDate(ARCHIVE_FROM)} are examples, not a record of their years.`,
    "Each notification rests on the sources it lists, and sourcing says how it was read: an official text the project read itself, the official release as a published compilation gives it (not yet checked against its text), or reporting only. Approximate dates and low-confidence records are marked.",
  ];
}

export function datasetHeader(build: Pick<DatasetBuild, "builtAt" | "dataAsOf" | "notifications">, origin: URL): DatasetHeader {
  return {
    title: `FMS Timeline: ${DATASET_TITLE}`,
    url: absoluteUrl(PAGE_HREF.data, origin),
    dataAsOf: build.dataAsOf,
    builtAt: build.builtAt,
    notifications: build.notifications,
    archiveFrom: ARCHIVE_FROM,
    archiveThrough: ARCHIVE_THROUGH,
    license: LICENSE,
    citation: datasetCitation(build, origin),
    caveats: datasetCaveats(),
    dictionary: absoluteUrl(dataHref("#dictionary"), origin),
    apiDescription: absoluteUrl(OPENAPI_HREF, origin),
  };
}

// ---------------------------------------------------------------------------------------------
// The files

export type DatasetFileSpec = {
  name: DatasetFileName;
  /** What it is, in a few words. */
  title: string;
  format: "CSV" | "JSON" | "SQLite";
  contentType: string;
  /** What one of its rows is, singular and plural. */
  rows: readonly [string, string];
  description: string;
  dictionary: () => DictionaryEntry[];
};

const CSV_TYPE = "text/csv; charset=utf-8; header=present";

export const DATASET_FILES: readonly DatasetFileSpec[] = [
  {
    name: "notifications.csv",
    title: "Notifications",
    format: "CSV",
    contentType: CSV_TYPE,
    rows: ["notification", "notifications"],
    description: "A row per notification, newest first: the same columns as the timeline's CSV export (/notifications.csv), for the whole record.",
    dictionary: () => csvDictionary(NOTIFICATION_COLUMNS),
  },
  {
    name: "equipment.csv",
    title: "Equipment lines",
    format: "CSV",
    contentType: CSV_TYPE,
    rows: ["equipment line", "equipment lines"],
    description: "A row per line of major defense equipment or other item, with its quantity, keyed to its notification by slug.",
    dictionary: () => csvDictionary(EQUIPMENT_COLUMNS),
  },
  {
    name: "sources.csv",
    title: "Sources",
    format: "CSV",
    contentType: CSV_TYPE,
    rows: ["source", "sources"],
    description: "A row per source of each notification: its kind, publisher, title, link and date, and which official facts it gives.",
    dictionary: () => csvDictionary(SOURCE_COLUMNS),
  },
  {
    name: "record.json",
    title: "The whole record as JSON",
    format: "JSON",
    contentType: "application/json",
    rows: ["notification", "notifications"],
    description: "One document: the dataset's description (version, terms, caveats), then every notification as the JSON API gives it, resolutions and later changes included.",
    dictionary: () => fieldDictionary(RECORD_JSON_FIELDS),
  },
  {
    name: "record.sqlite",
    title: "The database",
    format: "SQLite",
    contentType: "application/vnd.sqlite3",
    rows: ["notification", "notifications"],
    description:
      "The SQLite database the site runs on, cleaned: every table of the record (claims, researchers' notes, systems' aliases, reports and resolutions with their sources), without the site's bookkeeping. Opens in sqlite3, Datasette or any SQLite tool.",
    dictionary: () => DATABASE_DICTIONARY.flatMap((t) => t.columns.map((c) => ({ ...c, name: `${t.table}.${c.name}` }))),
  },
];

export function datasetFileSpec(name: string): DatasetFileSpec | null {
  return DATASET_FILES.find((f) => f.name === name) ?? null;
}

/** The name a download is saved under: the build's date keeps two versions apart (fms-timeline-2026-11-29-notifications.csv). */
export function downloadName(name: DatasetFileName, builtAt: string): string {
  return `fms-timeline-${builtAt.slice(0, 10)}-${name}`;
}

/** A file's entity tag: its SHA-256, which names one version of its content. */
export const datasetEtag = (sha256: string): string => `"${sha256}"`;

/**
 * The headers a file of the dataset is served with: its type, its size, the name it downloads
 * under, and caching (a client keeps it five minutes, then asks again with its ETag and gets a
 * 304 until the next build).
 */
export function datasetFileHeaders(spec: DatasetFileSpec, file: { bytes: number; sha256: string }, builtAt: string): Record<string, string> {
  return {
    "Content-Type": spec.contentType,
    // Next.js drops Content-Length from a handler's response; the server restores it from this (lib/server/content-length.mjs).
    "Content-Length": String(file.bytes),
    "X-FMS-Content-Length": String(file.bytes),
    "Content-Disposition": `attachment; filename="${downloadName(spec.name, builtAt)}"`,
    ...datasetCacheHeaders(file.sha256, builtAt),
  };
}

export function datasetCacheHeaders(sha256: string, builtAt: string): Record<string, string> {
  return {
    "Cache-Control": "public, max-age=300",
    ETag: datasetEtag(sha256),
    "Last-Modified": new Date(builtAt).toUTCString(),
    "Accept-Ranges": "none",
  };
}

/** Whether an If-None-Match header names this entity tag (a list, weak tags and `*` included: RFC 9110 §13.1.2). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * schema.org Dataset for /data (what dataset search engines read): the dataset, its build as
 * its version and date, its coverage, its terms, and each file as a DataDownload.
 */
export function datasetJsonLd(build: DatasetBuild | null, origin: URL): Record<string, unknown> {
  const url = absoluteUrl(PAGE_HREF.data, origin);
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": url,
    url,
    name: `FMS Timeline: ${DATASET_TITLE}`,
    description: `Every notification to Congress of a proposed U.S. Foreign Military Sale of the official archive from ${formatLongDate(ARCHIVE_FROM)} on, with what was sold, to whom, for how much, the official dates and every source.`,
    creator: { "@type": "Organization", name: "FMS Timeline", url: absoluteUrl(PAGE_HREF.timeline, origin) },
    isAccessibleForFree: true,
    creditText: CREDIT,
    temporalCoverage: build?.dataAsOf ? `${ARCHIVE_FROM}/${build.dataAsOf}` : undefined,
    ...(build ? { version: build.builtAt.slice(0, 10), dateModified: build.builtAt, citation: datasetCitation(build, origin) } : {}),
    distribution: (build?.files ?? []).map((f) => ({
      "@type": "DataDownload",
      name: f.name,
      encodingFormat: datasetFileSpec(f.name)?.contentType.split(";")[0],
      contentUrl: absoluteUrl(dataHref(f.name), origin),
      contentSize: `${f.bytes} B`,
    })),
  };
}
