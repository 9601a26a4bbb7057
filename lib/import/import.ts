import { existsSync } from "node:fs";
import path from "node:path";
import { isValidIsoDate } from "@/lib/dates";
import { reviewTier } from "@/lib/review-period";
import { notificationSchema } from "@/lib/seed/schema";
import { describeUsd, parseUsd } from "./numbers";
import { parseRelease, splitCopyHeader, type Draft } from "./parse";
import { ESSENTIAL_FIELDS, FIELD_LABEL, buildRecord, isSameNotification, mergeInto, missingFields, slugOf, titleOf, valueSlug, type ImportField } from "./record";
import { findRecipient, findSystem, findSystems, loadReference, proposeRecipient, proposeSystem } from "./resolve";
import { documentFor, notificationPath, readNotifications, writeDocument, writeNotification } from "./write";

/**
 * One release text in, at most one seed file out. The steps, each of which can stop the
 * import with nothing written: read the text; apply what the user supplied; require the
 * essentials; resolve the recipient and systems against the reference data; find the same
 * notification already in the data; write or merge.
 */

export type Overrides = {
  date?: string;
  recipient?: string;
  value?: string;
  transmittal?: string;
  title?: string;
  systems?: string[];
  url?: string;
  approximateDate?: boolean;
};

export type ImportStatus = "written" | "updated" | "unchanged" | "skipped";

export type ImportOutcome = {
  file: string;
  status: ImportStatus;
  /** The seed file written, updated or matched (relative to the project). */
  seedFile: string | null;
  found: string[];
  missing: ImportField[];
  /** Why nothing was written, one line each. */
  problems: string[];
  /** Entries to add to seeds/recipients.json or seeds/systems.json, as JSON. */
  proposals: string[];
  /** What an update filled in, and researched values it kept although the release differs. */
  changes: string[];
};

/** Checks the user's overrides; each error names the flag and what is wrong. */
export function checkOverrides(o: Overrides): string[] {
  const errors: string[] = [];
  if (o.date !== undefined && !isValidIsoDate(o.date)) errors.push(`--date "${o.date}" is not a real date written YYYY-MM-DD (e.g. --date 2014-11-12)`);
  if (o.value !== undefined && parseUsd(o.value) === null) errors.push(`--value "${o.value}" is not a whole-dollar amount (e.g. --value '$1.85 billion' or --value 1850000000)`);
  if (o.transmittal !== undefined && !/^\d{2}-[0-9A-Z]{1,4}$/.test(o.transmittal)) errors.push(`--transmittal "${o.transmittal}" is not a transmittal number like 25-64`);
  if (o.title !== undefined && (o.title.trim().length === 0 || o.title.length > 300)) errors.push("--title must be 1 to 300 characters");
  if (o.url !== undefined && !/^https?:\/\/[^\s]+$/i.test(o.url)) errors.push(`--url "${o.url}" must be an http(s) URL`);
  if (o.approximateDate && o.date === undefined) errors.push("--approximate-date only applies to a date given with --date");
  return errors;
}

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Imports one release text into `seedsDir`. `file` names it in messages. */
export function importRelease(file: string, text: string, seedsDir: string, overrides: Overrides = {}, options: { dryRun?: boolean } = {}): ImportOutcome {
  const outcome: ImportOutcome = { file, status: "skipped", seedFile: null, found: [], missing: [], problems: [], proposals: [], changes: [] };
  const overrideErrors = checkOverrides(overrides);
  if (overrideErrors.length > 0) {
    outcome.problems.push(...overrideErrors);
    return outcome;
  }

  const normalized = text.replace(/\r\n?/g, "\n");
  const { header, body } = splitCopyHeader(normalized);
  const parsed = parseRelease(body);
  const draft: Draft & { title: string | null } = {
    ...parsed,
    announcedOn: overrides.date ?? parsed.announcedOn,
    recipient: overrides.recipient ?? parsed.recipient,
    estimatedValueUsd: overrides.value !== undefined ? parseUsd(overrides.value) : parsed.estimatedValueUsd,
    valueText: overrides.value ?? parsed.valueText,
    transmittalNumber: overrides.transmittal ?? parsed.transmittalNumber,
    title: overrides.title?.trim() ?? null,
  };
  outcome.missing = missingFields(draft);

  const essentialsMissing = outcome.missing.filter((f) => (ESSENTIAL_FIELDS as readonly string[]).includes(f));
  if (essentialsMissing.length > 0) {
    outcome.problems.push(`${file}: missing ${essentialsMissing.map((f) => FIELD_LABEL[f]).join("; ")}. Nothing was written.`);
    return outcome;
  }
  const given = (flag: keyof Overrides) => (overrides[flag] !== undefined ? " (given)" : "");
  outcome.found.push(`date ${draft.announcedOn}${overrides.date ? " (given with --date)" : ` (from the ${parsed.dateFrom === "republisher" ? 'republisher\'s "issued" line' : parsed.dateFrom === "memorandum" ? "memorandum date line" : "dateline"})`}`);

  const reference = loadReference(seedsDir);
  const recipient = findRecipient(reference, draft.recipient!);
  if (!recipient) {
    const proposal = proposeRecipient(draft.recipient!, parsed.saysNato);
    outcome.problems.push(
      `${file}: recipient "${draft.recipient}" is not in seeds/recipients.json. Add it (check the code and NATO membership: ${proposal.tier.days}-day review as proposed, because ${proposal.tier.reason}${proposal.natoStated ? "" : "; the text does not say it is a NATO member"}), or pass --recipient with a known name or code. Nothing was written.`,
    );
    outcome.proposals.push(`seeds/recipients.json, "recipients":\n${JSON.stringify(proposal.entry, null, 2)}`);
    return outcome;
  }
  const tier = reviewTier(recipient);
  outcome.found.push(`recipient ${recipient.name} (${recipient.code})${given("recipient")}: ${tier.days}-day review, ${tier.reason}`);
  outcome.found.push(`value ${describeUsd(draft.estimatedValueUsd!)} = ${draft.estimatedValueUsd}${given("value")}`);
  if (draft.transmittalNumber) outcome.found.push(`transmittal ${draft.transmittalNumber}${given("transmittal")}`);
  const title = titleOf(draft, draft.title);
  outcome.found.push(`title "${title}"${draft.title ? " (given)" : draft.headline ? " (headline)" : " (no headline; from the first paragraph)"}`);

  let systems: string[];
  if (overrides.systems && overrides.systems.length > 0) {
    const unknown = overrides.systems.filter((s) => !findSystem(reference, s));
    if (unknown.length > 0) {
      outcome.problems.push(`${file}: --system ${unknown.map((s) => `"${s}"`).join(", ")} names no system in seeds/systems.json (by slug or alias). Nothing was written.`);
      return outcome;
    }
    systems = [...new Set(overrides.systems.map((s) => findSystem(reference, s)!))];
  } else {
    const named = [parsed.headline, draft.title, parsed.subject, ...(parsed.majorDefenseEquipment ?? []).map((l) => l.description)].filter((t): t is string => !!t);
    systems = findSystems(reference, named);
    if (systems.length === 0) {
      const proposal = proposeSystem(reference, title ?? "");
      outcome.problems.push(
        `${file}: no system in seeds/systems.json is named in "${title}". If it is a new system, add it (choose its category); if it is a known one under another name, add that name to its aliases; or pass --system <slug>. Nothing was written.`,
      );
      outcome.proposals.push(`seeds/systems.json, "systems":\n${JSON.stringify(proposal, null, 2)}`);
      return outcome;
    }
  }
  outcome.found.push(`systems ${systems.join(", ")}`);
  const mde = parsed.majorDefenseEquipment;
  if (mde) outcome.found.push(mde.length === 0 ? "major defense equipment: none (the sale is equipment and services without MDE)" : `major defense equipment: ${mde.map((l) => `${l.upTo ? "up to " : ""}${l.quantity} × ${l.description}`).join("; ")}`);
  if (parsed.otherItems) outcome.found.push(`non-MDE items: ${parsed.otherItems.length}`);
  if (parsed.principalContractors)
    outcome.found.push(
      parsed.principalContractors.length === 0
        ? "principal contractors: none named (the text says many contractors)"
        : `principal contractors: ${parsed.principalContractors.map((c) => (c.location ? `${c.name} (${c.location})` : c.name)).join("; ")}`,
    );

  const document = documentFor(seedsDir, normalized);
  const url = httpUrl(overrides.url) ?? httpUrl(header.source);
  const copiedFrom = header.source ? (httpUrl(header.source) ? new URL(header.source).host : null) : null;
  const input = {
    draft: {
      ...draft,
      announcedOn: draft.announcedOn!,
      estimatedValueUsd: draft.estimatedValueUsd!,
      recipientSeed: recipient,
      systems,
      title,
      titleGiven: draft.title !== null,
      dateGiven: overrides.date !== undefined,
      dateApproximate: overrides.approximateDate === true,
    },
    document: document.path,
    url,
    copiedFrom,
  };

  const existing = readNotifications(seedsDir);
  const probe = buildRecord(slugOf(input.draft.announcedOn, recipient, systems[0]!), input);
  const same = existing.find((e) => isSameNotification(e.record, probe));
  const rel = (f: string) => path.relative(process.cwd(), f) || f;

  if (same) {
    const merge = mergeInto(same.record, probe);
    outcome.seedFile = rel(same.file);
    outcome.changes.push(...merge.changes, ...merge.kept.map((k) => `kept ${k}`));
    if (merge.changes.length === 0) {
      outcome.status = "unchanged";
      return outcome;
    }
    const checked = notificationSchema.safeParse(merge.record);
    if (!checked.success) {
      outcome.problems.push(`${file}: the updated ${rel(same.file)} would be invalid (${checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}). Nothing was written.`);
      return outcome;
    }
    if (!options.dryRun) {
      if (!document.exists && merge.record.sources.some((s) => s.document === document.path)) writeDocument(seedsDir, document.path, normalized);
      writeNotification(same.file, merge.record);
    }
    outcome.status = "updated";
    return outcome;
  }

  let slug = probe.slug;
  if (existsSync(notificationPath(seedsDir, slug))) slug = `${slug}-${valueSlug(probe.estimatedValueUsd)}`;
  if (existsSync(notificationPath(seedsDir, slug))) {
    outcome.problems.push(`${file}: ${rel(notificationPath(seedsDir, slug))} already exists for a different notification. Nothing was written.`);
    return outcome;
  }
  const record = { ...probe, slug };
  const checked = notificationSchema.safeParse(record);
  if (!checked.success) {
    outcome.problems.push(`${file}: the record would be invalid (${checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}). Nothing was written.`);
    return outcome;
  }
  const target = notificationPath(seedsDir, slug);
  if (!options.dryRun) {
    if (!document.exists) writeDocument(seedsDir, document.path, normalized);
    writeNotification(target, record);
  }
  outcome.status = "written";
  outcome.seedFile = rel(target);
  return outcome;
}
