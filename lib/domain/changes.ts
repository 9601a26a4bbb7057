import { formatLongDate, formatUsdExact } from "@/lib/format";

/**
 * The record's change history (seeds/changes.json, docs/data.md "The change log"): releases, each
 * dated, listing the records added, changed (field by field), renamed and removed, by slug.
 * Pure: the seed, the queries and the pages share these types and words.
 */

/** A value a change log shows before and after: a short fact, never a long text. */
export type ChangeValue = string | number | boolean | null | string[];

/** The source that supports a corrected value, as the record names it. */
export type ChangeSource = { id: string; publisher: string; kind: string; via: string | null };

/**
 * One field of one record in one release. A value field carries `before` and `after`; a list
 * (equipment lines, contractors, claims) its lengths; a long text only that it changed;
 * `sources` the publishers added and the ids removed.
 */
export type FieldChange = {
  field: string;
  before?: ChangeValue;
  after?: ChangeValue;
  source?: ChangeSource;
  added?: string[];
  removed?: string[];
};

export type RecordChanges = { slug: string; fields: FieldChange[] };
export type Rename = { from: string; to: string };

export type Release = {
  /** The release's day, YYYY-MM-DD; strictly increasing through the log. */
  date: string;
  added: string[];
  changed: RecordChanges[];
  renamed: Rename[];
  removed: string[];
};

export type ChangeLog = { releases: Release[] };

/** How each field of a notification is recorded in the log. */
export type ChangeFieldKind = "value" | "money" | "date" | "dated" | "list" | "text" | "sources";

/** Every field of a notification file the log follows, in the file's order, with its words. */
export const CHANGE_FIELDS: Record<string, { kind: ChangeFieldKind; label: string }> = {
  title: { kind: "value", label: "title" },
  summary: { kind: "text", label: "summary" },
  recipient: { kind: "value", label: "recipient" },
  systems: { kind: "value", label: "systems" },
  announcedOn: { kind: "date", label: "announcement date" },
  dateApproximate: { kind: "value", label: "date approximate" },
  estimatedValueUsd: { kind: "money", label: "value" },
  valueMdeUsd: { kind: "money", label: "MDE value" },
  valueOtherUsd: { kind: "money", label: "other value" },
  transmittalNumber: { kind: "value", label: "transmittal number" },
  deliveredToCongress: { kind: "dated", label: "date delivered to Congress" },
  congressionalRecord: { kind: "dated", label: "Congressional Record date" },
  federalRegister: { kind: "dated", label: "Federal Register date" },
  implementingAgency: { kind: "value", label: "implementing agency" },
  caseDesignator: { kind: "value", label: "case designator" },
  fundingSources: { kind: "value", label: "funding sources" },
  majorDefenseEquipment: { kind: "list", label: "major defense equipment" },
  otherItems: { kind: "list", label: "other items" },
  principalContractors: { kind: "list", label: "principal contractors" },
  fundingNotes: { kind: "text", label: "funding notes" },
  implementationNotes: { kind: "text", label: "implementation notes" },
  reviewWaived: { kind: "value", label: "review waived" },
  emergency: { kind: "text", label: "emergency determination" },
  addsToEarlierCase: { kind: "text", label: "earlier case" },
  priorRelatedCases: { kind: "text", label: "prior related cases" },
  confidence: { kind: "value", label: "confidence" },
  notes: { kind: "text", label: "notes" },
  sources: { kind: "sources", label: "sources" },
  claims: { kind: "list", label: "claims" },
};

const LIST_UNITS: Record<string, [string, string]> = {
  majorDefenseEquipment: ["line", "lines"],
  otherItems: ["item", "items"],
  principalContractors: ["contractor", "contractors"],
  claims: ["claim", "claims"],
};

function shown(kind: ChangeFieldKind, value: ChangeValue | undefined): string {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return "none";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (kind === "money" && typeof value === "number") return formatUsdExact(BigInt(value));
  if ((kind === "date" || kind === "dated") && typeof value === "string") return formatLongDate(value);
  return String(value);
}

function empty(value: ChangeValue | undefined): boolean {
  return value === undefined || value === null || value === false || (Array.isArray(value) && value.length === 0);
}

/**
 * What a field change says, in words: "value corrected from $X to $Y", "transmittal number 24-87
 * added", "notes changed", "sources: added Reuters". The source, when there is one, is said apart.
 */
export function describeFieldChange(change: FieldChange): string {
  const meta = CHANGE_FIELDS[change.field] ?? { kind: "text" as const, label: change.field };
  const label = meta.label;
  if (meta.kind === "sources") {
    const parts = [change.added?.length ? `added ${change.added.join(", ")}` : null, change.removed?.length ? `removed ${change.removed.join(", ")}` : null].filter(Boolean);
    return parts.length ? `sources: ${parts.join("; ")}` : "sources revised";
  }
  if (meta.kind === "list") {
    const [one, many] = LIST_UNITS[change.field] ?? ["entry", "entries"];
    const before = typeof change.before === "number" ? change.before : null;
    const after = typeof change.after === "number" ? change.after : null;
    if (before === null || after === null || before === after) return `${label} revised`;
    return `${label}: from ${before} to ${after} ${after === 1 ? one : many}`;
  }
  if (meta.kind === "text" || !("after" in change)) return `${label} changed`;
  if (typeof change.after === "boolean") return `${label}: ${change.after ? "yes" : "no"} (was ${change.before ? "yes" : "no"})`;
  if (empty(change.before)) return `${label} ${shown(meta.kind, change.after)} added`;
  if (empty(change.after)) return `${label} ${shown(meta.kind, change.before)} removed`;
  return `${label} corrected from ${shown(meta.kind, change.before)} to ${shown(meta.kind, change.after)}`;
}

/** "Defense Security Cooperation Agency (the official release as compiled)". */
export function describeChangeSource(source: ChangeSource): string {
  const official = ["official-notice", "congressional-record", "federal-register"].includes(source.kind);
  if (official && source.via) return `${source.publisher} (the official release as compiled)`;
  if (official) return `${source.publisher} (the official text)`;
  return source.publisher;
}

/** A release's counts, for its heading and its feed entry. */
export type ReleaseCounts = { added: number; changed: number; renamed: number; removed: number };

export function describeReleaseCounts(c: ReleaseCounts): string {
  const n = (count: number) => count.toLocaleString("en-US");
  const parts = [
    c.added ? `${n(c.added)} added` : null,
    c.changed ? `${n(c.changed)} changed` : null,
    c.renamed ? `${n(c.renamed)} renamed` : null,
    c.removed ? `${n(c.removed)} removed` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "no record changed";
}

/** A release as /changes lists it. */
export type ReleaseSummary = ReleaseCounts & { id: number; date: string };

/** One record in a release, as the pages show it: `title` is the record's title now, null when it is no longer in the record. */
export type ReleaseItem = { kind: "added" | "changed" | "renamed" | "removed"; slug: string; fromSlug: string | null; title: string | null; linked: boolean; fields: FieldChange[] };

/** What happened to one record, oldest first, under every slug it had. */
export type RecordEvent = { date: string; kind: ReleaseItem["kind"]; slug: string; fromSlug: string | null; fields: FieldChange[] };

export type RecordHistory = {
  /** The day the log first lists the record, or null when it is not in the log yet. */
  addedOn: string | null;
  /** The last day a release changed or renamed it (its addition when nothing since), or null. */
  lastChangedOn: string | null;
  events: RecordEvent[];
};

/** A record's history from its events (oldest first). */
export function recordHistory(events: RecordEvent[]): RecordHistory {
  const added = events.find((e) => e.kind === "added");
  const last = events.filter((e) => e.kind !== "removed").at(-1);
  return { addedOn: added?.date ?? null, lastChangedOn: last?.date ?? null, events };
}
