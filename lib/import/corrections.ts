import { z } from "zod";
import { SOURCE_KINDS, type SourceKind } from "@/lib/domain";
import { isValidIsoDate } from "@/lib/format";

/**
 * Corrections to a compiled table of releases (imports/<table>/corrections.json): each names one
 * row by its own date, transmittal, country and value as the table prints them, says what is
 * wrong with it (the fault) and what is done (the action), why, and on what evidence. The import
 * applies them before anything else, so a fault of the table never reaches the record.
 *
 * - fix: set these fields (date, transmittal (null drops it), costUSD, title, recipient code,
 *   systems, contractors, fromStock), or name the record that holds the sale (record: its slug);
 * - exclude: keep the row out (it is not a sale, or cannot be placed);
 * - approximate-date: only the month is known;
 * - confirm: the row is right as it stands (the sources are the evidence);
 * - note: keep the row; the note goes into the record's notes.
 */

export const CORRECTION_ACTIONS = ["fix", "exclude", "approximate-date", "confirm", "note"] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && isValidIsoDate(d), "is not a real date written YYYY-MM-DD");

const correctionSource = z.strictObject({
  publisher: text(200),
  title: text(500).optional(),
  url: z.url({ protocol: /^https?$/ }),
  supports: text(1_000).optional(),
  kind: z.enum(SOURCE_KINDS),
});

export const correctionSchema = z.strictObject({
  match: z.strictObject({ date: z.string(), transmittal: z.string().nullable(), country: z.string(), costUSD: z.number() }),
  fault: text(60),
  action: z.enum(CORRECTION_ACTIONS),
  set: z
    .strictObject({
      date: isoDate.optional(),
      transmittal: z.string().nullable().optional(),
      costUSD: z.number().int().positive().optional(),
      title: text(300).optional(),
      recipient: z.string().regex(/^[A-Z0-9-]{2,12}$/).optional(),
      systems: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).min(1).optional(),
      contractors: z.array(z.strictObject({ name: text(200), location: text(200).nullable() })).optional(),
      fromStock: z.boolean().optional(),
      /** The row is the sale this record holds (its slug): for a sale the import cannot tell apart by recipient, value and date. */
      record: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
    })
    .optional(),
  reason: text(2_000),
  note: text(1_000).optional(),
  sources: z.array(correctionSource).optional(),
});

export const correctionsFileSchema = z.strictObject({ about: z.string().optional(), corrections: z.array(correctionSchema) });

export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionSource = z.infer<typeof correctionSource>;
export type CorrectionSet = NonNullable<Correction["set"]>;

/** Thrown for a corrections file that cannot be used: nothing is imported. */
export class CorrectionsError extends Error {}

/** Reads and checks a corrections file; every problem names the entry and the field. */
export function readCorrections(file: string, text: string): Correction[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorrectionsError(`${file}: is not valid JSON (${(error as Error).message}). Nothing was imported.`);
  }
  const parsed = correctionsFileSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((i) => `${file}: ${i.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "")}: ${i.message}`);
    throw new CorrectionsError(`${lines.join("\n")}\nNothing was imported.`);
  }
  return parsed.data.corrections;
}

/** The key a correction and a row share: the row's own values as the table prints them. */
export function matchKey(m: { date: string; transmittal: string | null; country: string; costUSD: number }): string {
  return JSON.stringify([m.date, m.transmittal, m.country, m.costUSD]);
}

/** Every correction of one row, combined. */
export type RowCorrections = {
  entries: Correction[];
  excluded: boolean;
  approximate: boolean;
  /** A correction confirms the date as the table gives it, or sets another day. */
  dayKnown: boolean;
  set: CorrectionSet;
  /** Two corrections set one field to different values. */
  conflicts: string[];
  sources: { source: CorrectionSource; fault: string }[];
};

export function combine(entries: Correction[]): RowCorrections {
  const set: CorrectionSet = {};
  const conflicts: string[] = [];
  for (const e of entries) {
    if (e.action !== "fix" || !e.set) continue;
    for (const [field, value] of Object.entries(e.set) as [keyof CorrectionSet, unknown][]) {
      if (field in set && JSON.stringify(set[field]) !== JSON.stringify(value)) conflicts.push(`${field}: ${JSON.stringify(set[field])} and ${JSON.stringify(value)}`);
      (set as Record<string, unknown>)[field] = value;
    }
  }
  const aboutDate = (e: Correction) => e.fault === "first-of-month-date" || e.fault === "notified-vs-announced-date" || e.set?.date !== undefined;
  return {
    entries,
    excluded: entries.some((e) => e.action === "exclude"),
    approximate: entries.some((e) => e.action === "approximate-date"),
    dayKnown: entries.some((e) => (e.action === "confirm" && aboutDate(e)) || (e.action === "fix" && e.set?.date !== undefined) || (e.action === "fix" && e.fault === "first-of-month-date")),
    set,
    conflicts,
    sources: entries.flatMap((e) => (e.sources ?? []).map((source) => ({ source, fault: e.fault }))),
  };
}

/** The corrections of each row, by the row's key. */
export function indexCorrections(corrections: Correction[]): Map<string, Correction[]> {
  const byKey = new Map<string, Correction[]>();
  for (const c of corrections) {
    const key = matchKey(c.match);
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  return byKey;
}

export type { SourceKind };
