import { createHash } from "node:crypto";
import { z } from "zod";
import { CHANGE_FIELDS, isOfficialTextKind, type ChangeLog, type ChangeSource, type ChangeValue, type FieldChange, type Release, type Rename, type SourceKind } from "@/lib/domain";
import { isValidIsoDate } from "@/lib/format";

/**
 * The change log's diff (docs/data.md, "The change log"): two states of seeds/notifications, the
 * earlier as projections (what the log remembers of a record: short values as they are, long texts
 * and lists as hashes), the later as the files themselves, give one release: the records added,
 * changed (field by field), renamed and removed. Key order never matters: hashes are of canonical JSON.
 */

/** What the log remembers of a record: a field's value, or `"<length>:<hash>"` for a list, a hash for a text, `{ id: hash }` for sources. */
export type Projection = Record<string, unknown>;

type RawRecord = Record<string, unknown>;
type RawSource = { id?: unknown; kind?: unknown; publisher?: unknown; title?: unknown; url?: unknown; publishedOn?: unknown; supports?: unknown; reportedValue?: { amount?: unknown } | null; via?: unknown };

/** JSON with object keys sorted, so two files differing only in key order hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

const hash = (value: unknown) => createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 10);

/** A record as the log remembers it. A field the record lacks (an older schema) counts as empty. */
export function project(record: RawRecord): Projection {
  const p: Projection = {};
  for (const [field, { kind }] of Object.entries(CHANGE_FIELDS)) {
    const v = record[field];
    if (kind === "list") {
      const list = Array.isArray(v) ? v : [];
      p[field] = `${list.length}:${hash(list)}`;
    } else if (kind === "text") p[field] = v === undefined || v === null ? null : hash(v);
    else if (kind === "dated") p[field] = (v as { on?: string } | null | undefined)?.on ?? null;
    else if (kind === "sources") p[field] = Object.fromEntries((Array.isArray(v) ? (v as RawSource[]) : []).map((s) => [String(s.id), hash(s)]));
    else if (field === "systems" || field === "fundingSources") p[field] = Array.isArray(v) ? v : [];
    else if (typeof v === "boolean" || field === "dateApproximate" || field === "reviewWaived") p[field] = v === true;
    else p[field] = v === undefined ? null : v;
  }
  return p;
}

const listLength = (v: unknown) => (typeof v === "string" ? Number(v.split(":")[0]) : 0);

function sourceOf(s: RawSource): ChangeSource {
  return { id: String(s.id), publisher: String(s.publisher ?? s.id), kind: String(s.kind ?? ""), via: typeof s.via === "string" ? s.via : null };
}

const official = (s: RawSource) => typeof s.kind === "string" && isOfficialTextKind(s.kind as SourceKind);
const firstOfficial = (list: RawSource[]) => list.find(official) ?? list[0];

/** The source that supports a field's new value, where the record names one (the dated facts), or one that states it. */
function supportingSource(field: string, after: unknown, record: RawRecord, addedIds: Set<string>): ChangeSource | undefined {
  const sources = Array.isArray(record.sources) ? (record.sources as RawSource[]) : [];
  const meta = CHANGE_FIELDS[field] ?? { kind: "text" };
  if (meta.kind === "dated") {
    const id = (record[field] as { source?: string } | null)?.source;
    const s = sources.find((x) => x.id === id);
    return s ? sourceOf(s) : undefined;
  }
  if (after === null || after === undefined || typeof after === "boolean" || Array.isArray(after)) return undefined;
  const text = String(after);
  const stating = sources.filter((s) =>
    field === "estimatedValueUsd"
      ? s.reportedValue?.amount === after
      : meta.kind === "date"
        ? s.publishedOn === text
        : [s.supports, s.title, s.url].some((t) => typeof t === "string" && t.includes(text)),
  );
  const found = firstOfficial(stating) ?? firstOfficial(sources.filter((s) => addedIds.has(String(s.id))));
  return found ? sourceOf(found) : undefined;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === false || (Array.isArray(v) && v.length === 0);
}

/** The fields that differ between a remembered record and a record as it is now, each said as the log says it. */
export function fieldChanges(before: Projection, record: RawRecord): FieldChange[] {
  const after = project(record);
  const changes: FieldChange[] = [];
  const beforeSources = (before.sources ?? {}) as Record<string, string>;
  const afterSources = after.sources as Record<string, string>;
  const addedIds = new Set(Object.keys(afterSources).filter((id) => !(id in beforeSources)));
  for (const [field, { kind }] of Object.entries(CHANGE_FIELDS)) {
    const b = before[field];
    const a = after[field];
    if (canonicalJson(b) === canonicalJson(a) || (isEmpty(b) && isEmpty(a))) continue;
    if (kind === "sources") {
      const sources = (Array.isArray(record.sources) ? record.sources : []) as RawSource[];
      const added = [...new Set(sources.filter((s) => addedIds.has(String(s.id))).map((s) => String(s.publisher)))];
      const removed = Object.keys(beforeSources).filter((id) => !(id in afterSources));
      if (added.length === 0 && removed.length === 0 && canonicalJson(b) === canonicalJson(a)) continue;
      changes.push({ field, ...(added.length ? { added } : {}), ...(removed.length ? { removed } : {}) });
    } else if (kind === "list") {
      changes.push({ field, before: listLength(b), after: listLength(a) });
    } else if (kind === "text") {
      changes.push({ field });
    } else {
      const source = supportingSource(field, a, record, addedIds);
      changes.push({ field, before: (b ?? null) as ChangeValue, after: (a ?? null) as ChangeValue, ...(source ? { source } : {}) });
    }
  }
  return changes;
}

/** Removed and added records that are one record under a new slug: same recipient, and the same transmittal number, or the same title and systems. */
function guessRenames(removed: string[], added: string[], before: Map<string, Projection>, after: Map<string, RawRecord>): Rename[] {
  const renames: Rename[] = [];
  const taken = new Set<string>();
  for (const from of removed) {
    const b = before.get(from)!;
    const matches = added.filter((to) => {
      if (taken.has(to)) return false;
      const a = after.get(to)!;
      if (a.recipient !== b.recipient) return false;
      if (b.transmittalNumber && a.transmittalNumber === b.transmittalNumber) return true;
      return a.title === b.title && canonicalJson(a.systems) === canonicalJson(b.systems);
    });
    const [to] = matches;
    if (matches.length === 1 && to) {
      renames.push({ from, to });
      taken.add(to);
    }
  }
  return renames;
}

/**
 * One release: what differs between `before` (the records as the log remembers them) and `after`
 * (the files now). `hints` are renames known otherwise (git's rename detection); records removed
 * and added that look like one record (guessRenames) count as renamed too.
 */
export function diffRecords(date: string, before: Map<string, Projection>, after: Map<string, RawRecord>, hints: Rename[] = []): Release {
  let removed = [...before.keys()].filter((s) => !after.has(s)).sort();
  let added = [...after.keys()].filter((s) => !before.has(s)).sort();
  const renamed = hints.filter((r) => removed.includes(r.from) && added.includes(r.to));
  const left = (list: string[], key: "from" | "to") => list.filter((s) => !renamed.some((r) => r[key] === s));
  renamed.push(...guessRenames(left(removed, "from"), left(added, "to"), before, after));
  removed = left(removed, "from");
  added = left(added, "to");
  const changed = [...after.keys()]
    .sort()
    .map((slug) => {
      const from = renamed.find((r) => r.to === slug)?.from ?? slug;
      const b = before.get(from);
      return { slug, fields: b ? fieldChanges(b, after.get(slug)!) : [] };
    })
    .filter((c) => c.fields.length > 0);
  return { date, added, changed, renamed: renamed.sort((x, y) => (x.from < y.from ? -1 : 1)), removed };
}

export function isEmptyRelease(r: Release): boolean {
  return r.added.length + r.changed.length + r.renamed.length + r.removed.length === 0;
}

// The log file's schema: strict, like every seed file.
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a record's slug (lowercase letters, digits and single hyphens)");
const changeValue = z.union([z.string().max(400), z.number(), z.boolean(), z.null(), z.array(z.string().max(200))]);
const fieldChangeSchema = z.strictObject({
  field: z.enum(Object.keys(CHANGE_FIELDS) as [string, ...string[]], { message: "must be a field of a notification file (lib/domain/changes.ts, CHANGE_FIELDS)" }),
  before: changeValue.optional(),
  after: changeValue.optional(),
  source: z.strictObject({ id: z.string().min(1), publisher: z.string().min(1).max(200), kind: z.string(), via: z.string().nullable() }).optional(),
  added: z.array(z.string().max(200)).optional(),
  removed: z.array(z.string().max(200)).optional(),
});
export const releaseSchema = z.strictObject({
  date: z.string().refine(isValidIsoDate, "must be a real calendar date written YYYY-MM-DD"),
  added: z.array(slug),
  changed: z.array(z.strictObject({ slug, fields: z.array(fieldChangeSchema).min(1, "must name at least one field") })),
  renamed: z.array(z.strictObject({ from: slug, to: slug })),
  removed: z.array(slug),
});
export const changeLogSchema = z.strictObject({ releases: z.array(releaseSchema) });

export type ChangeLogProblem = { release: string | null; field: string | null; message: string };

/**
 * The log against itself and the record: releases in date order; each names only records that
 * exist at that point (added ones new, changed, renamed and removed ones present); every record
 * the log leaves in place is in seeds/notifications now.
 */
export function checkChangeLog(log: ChangeLog, currentSlugs: Set<string>): ChangeLogProblem[] {
  const problems: ChangeLogProblem[] = [];
  const live = new Map<string, string>();
  let previous = "";
  log.releases.forEach((r, i) => {
    const at = (field: string | null, message: string) => problems.push({ release: `release ${r.date} (releases[${i}])`, field, message });
    if (r.date < previous) at("date", `(${r.date}) is before the release above it (${previous}): releases are in date order, oldest first`);
    previous = r.date;
    r.added.forEach((s, j) => {
      if (live.has(s)) at(`added[${j}]`, `adds "${s}", which the record already holds (since ${live.get(s)})`);
      live.set(s, r.date);
    });
    r.renamed.forEach((n, j) => {
      if (!live.has(n.from)) at(`renamed[${j}].from`, `renames "${n.from}", which the record does not hold at that point`);
      if (live.has(n.to)) at(`renamed[${j}].to`, `renames to "${n.to}", which the record already holds`);
      live.delete(n.from);
      live.set(n.to, r.date);
    });
    r.changed.forEach((c, j) => {
      if (!live.has(c.slug)) at(`changed[${j}].slug`, `changes "${c.slug}", which the record does not hold at that point (add it first)`);
    });
    r.removed.forEach((s, j) => {
      if (!live.has(s)) at(`removed[${j}]`, `removes "${s}", which the record does not hold at that point`);
      live.delete(s);
    });
  });
  for (const s of live.keys()) {
    if (!currentSlugs.has(s)) problems.push({ release: null, field: null, message: `the log leaves "${s}" in the record, but seeds/notifications/ has no such file: record its removal or rename (npm run changes)` });
  }
  return problems;
}
