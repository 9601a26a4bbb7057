import type { SourceKind } from "./kinds";
import type { CompilationId } from "./sourcing";
import type { ExportNotification } from "./views";

/**
 * The dataset (/data): the whole record as files, built from the database when the seed commits
 * (lib/dataset) and listed, with what each holds, in the database itself (DatasetBuild).
 */

/** The files, by the name they are served under (/data/<name>). lib/exports/dataset.ts describes each. */
export const DATASET_FILE_NAMES = ["notifications.csv", "equipment.csv", "sources.csv", "record.json", "record.sqlite"] as const;
export type DatasetFileName = (typeof DATASET_FILE_NAMES)[number];

/** One file as built: `stored` is its name on disk (content-addressed, so a build never overwrites a file being downloaded). */
export type DatasetFile = { name: DatasetFileName; stored: string; bytes: number; rows: number; sha256: string };

/** A build of the dataset. */
export type DatasetBuild = {
  /** When the files were built (ISO 8601, UTC). */
  builtAt: string;
  /** The newest notification's announcement date; null for an empty record. */
  dataAsOf: string | null;
  notifications: number;
  /** The record's version the files hold (PRAGMA user_version, bumped by each seed that changes the record). */
  recordVersion: number;
  /** The public origin the files' addresses use (SITE_URL at the build). */
  origin: string;
  files: DatasetFile[];
};

/** A row of the equipment file: one line of a notification's major defense equipment or other items. */
export type DatasetLineItem = {
  slug: string;
  announcedOn: string;
  recipientCode: string;
  kind: "mde" | "other";
  /** From 1, in the order the notification lists them (within its kind). */
  line: number;
  description: string;
  quantity: number | null;
  upTo: boolean;
};

/** The notification facts a source can be the given source of (named as the notifications file's columns). */
export const CITED_FACTS = ["delivered_on", "congressional_record_on", "federal_register_on", "emergency", "adds_to_earlier_case"] as const;
export type CitedFact = (typeof CITED_FACTS)[number];

/** A row of the sources file: one source of a notification. */
export type DatasetSource = {
  slug: string;
  /** The source's id within its notification (what its dates and claims cite). */
  key: string;
  /** From 1, in the notification's order. */
  position: number;
  kind: SourceKind;
  publisher: string;
  title: string | null;
  url: string | null;
  /** A copy kept with the project (seeds/documents/…), for a source with no public address. */
  document: string | null;
  publishedOn: string | null;
  supports: string | null;
  citedFor: CitedFact[];
  reportedValue: { amount: bigint; currency: string; text: string } | null;
  /** The compilation its facts were taken from (lib/domain/sourcing.ts), or null when the project read it. */
  via: CompilationId | null;
};

/** A page of the whole record, read for the files: notifications in the timeline's order, with their equipment lines and sources in the same order. */
export type RecordPage = { notifications: ExportNotification[]; equipment: DatasetLineItem[]; sources: DatasetSource[] };
