import { isValidIsoDate } from "@/lib/format";
import { normalizeTransmittal, reviewTier } from "@/lib/domain";
import { notificationSchema, recipientsFileSchema, reportSchema, systemsFileSchema, type NotificationSeed, type RecipientSeed, type ReportSeed, type SystemsFile } from "@/lib/seed";
import { describeUsd, parseUsd } from "./numbers";
import { classify, readOfficialDocument, type DocumentKind, type OfficialNotice } from "./official";
import { parseRelease, splitCopyHeader } from "./parse";
import { buildRecord, ESSENTIAL_FIELDS, FIELD_HELP, findSameSale, mergeInto, missingFields, slugOf, titleFrom, valueSlug, type ImportField, type SaleFacts } from "./record";
import { buildOrMergeReport, reportIdOf, type ReportSource } from "./reports";
import type { SeedStore } from "./store";
import { findKnownRecipient, findSystem, findSystems, newRecipientEntry, proposeSystem, resolveRecipient, type SystemEntry } from "./vocabulary";

/**
 * One document in, every sale and report it holds out. First the document is classified (press
 * release, Congressional Record printing, Federal Register notice, or something else), then each
 * transmittal in it is read, resolved (recipient and systems, adding what the reference data
 * lacks) and matched with the record: a sale the record holds gains this text as a source and the
 * facts it lacked; a new sale becomes a new file; a report on an earlier sale becomes a file in
 * seeds/reports/. All writes go to the store, which the caller commits.
 *
 * A document with a problem that makes its facts untrustworthy (two values for one transmittal,
 * a recipient no library knows, no address to cite) writes nothing at all; a transmittal that
 * merely cannot be placed (a report on a sale the record lacks, a sale with no date) is skipped
 * and the rest of the document is imported.
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

export type UnitStatus = "written" | "updated" | "unchanged" | "skipped";

export type UnitOutcome = {
  /** "the release", "transmittal 25-103", "report 26-1C". */
  label: string;
  status: UnitStatus;
  seedFile: string | null;
  found: string[];
  missing: ImportField[];
  changes: string[];
  disagreements: string[];
  problems: string[];
};

export type FileOutcome = {
  file: string;
  kind: DocumentKind;
  /** refused: nothing of this document was written. */
  refused: boolean;
  problems: string[];
  /** Reference entries added (seeds/recipients.json, seeds/systems.json), one line each. */
  added: string[];
  units: UnitOutcome[];
};

export type ImportOptions = {
  overrides?: Overrides;
  /** The address of the text, from the caller (sync passes the Federal Register's html_url). */
  sourceUrl?: string | null;
  /** A saved page's own address (canonical link). */
  pageUrl?: string | null;
  /** The day the Register published it, from the caller (the API's publication_date). */
  publishedOn?: string | null;
  /** The caller knows what the document is (sync: the Federal Register). */
  origin?: "congressional-record" | "federal-register";
};

/** Checks the user's overrides; each error names the flag and what is wrong. */
export function checkOverrides(o: Overrides): string[] {
  const errors: string[] = [];
  if (o.date !== undefined && !isValidIsoDate(o.date)) errors.push(`--date "${o.date}" is not a real date written YYYY-MM-DD (e.g. --date 2014-11-12)`);
  if (o.value !== undefined && parseUsd(o.value) === null) errors.push(`--value "${o.value}" is not a whole-dollar amount (e.g. --value '$1.85 billion' or --value 1850000000)`);
  if (o.transmittal !== undefined && normalizeTransmittal(o.transmittal) === null) errors.push(`--transmittal "${o.transmittal}" is not a transmittal number like 25-64`);
  if (o.title !== undefined && (o.title.trim().length === 0 || o.title.length > 300)) errors.push("--title must be 1 to 300 characters");
  if (o.url !== undefined && httpUrl(o.url) === null) errors.push(`--url "${o.url}" must be an http(s) URL`);
  if (o.approximateDate && o.date === undefined) errors.push("--approximate-date only applies to a date given with --date");
  return errors;
}

export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return (url.protocol === "https:" || url.protocol === "http:") && !/\s/.test(value.trim()) ? url.href : null;
  } catch {
    return null;
  }
}

// The reference data, read from the store and written back only when an entry is added.

type Reference = { recipientsFile: { recipients: RecipientSeed[] }; systemsFile: SystemsFile; changed: { recipients: boolean; systems: boolean } };

function loadReference(store: SeedStore): Reference {
  const recipientsFile = recipientsFileSchema.parse(JSON.parse(store.read("recipients.json") ?? '{"regions":[],"recipients":[]}'));
  const systemsFile = systemsFileSchema.parse(JSON.parse(store.read("systems.json") ?? "{}"));
  return { recipientsFile, systemsFile, changed: { recipients: false, systems: false } };
}

function saveReference(store: SeedStore, ref: Reference) {
  if (ref.changed.recipients) store.write("recipients.json", `${JSON.stringify(ref.recipientsFile, null, 2)}\n`);
  if (ref.changed.systems) store.write("systems.json", `${JSON.stringify(ref.systemsFile, null, 2)}\n`);
}

type Existing = { rel: string; record: NotificationSeed };

function readRecords(store: SeedStore): Existing[] {
  return store
    .list("notifications")
    .filter((f) => f.endsWith(".json"))
    .flatMap((name) => {
      const rel = `notifications/${name}`;
      try {
        const parsed = notificationSchema.safeParse(JSON.parse(store.read(rel)!));
        return parsed.success ? [{ rel, record: parsed.data }] : [];
      } catch {
        return [];
      }
    });
}

function readReport(store: SeedStore, id: string): ReportSeed | null {
  const text = store.read(`reports/${id}.json`);
  if (!text) return null;
  const parsed = reportSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`).join("; ");
}

class Refusal extends Error {}

/** Imports one document. `file` names it in every message. */
export function importDocument(file: string, rawText: string, store: SeedStore, options: ImportOptions = {}): FileOutcome {
  const outcome: FileOutcome = { file, kind: "unknown", refused: false, problems: [], added: [], units: [] };
  const overrides = options.overrides ?? {};
  const overrideErrors = checkOverrides(overrides);
  if (overrideErrors.length > 0) {
    outcome.refused = true;
    outcome.problems.push(...overrideErrors.map((e) => `${file}: ${e}`));
    return outcome;
  }
  const mark = store.mark();
  try {
    const { header, body } = splitCopyHeader(rawText);
    const kind = options.origin ?? classify(body);
    outcome.kind = kind;
    const url = httpUrl(overrides.url) ?? httpUrl(header.source) ?? httpUrl(options.sourceUrl) ?? httpUrl(options.pageUrl);
    const ref = loadReference(store);
    if (kind === "unknown") throw new Refusal(`${file}: is not an arms sales notice: no press release sentence ("possible Foreign Military Sale to …"), no Congressional Record letter or (i)–(viii) body, no Federal Register notice. Nothing was written.`);
    if (kind === "commercial-licence") {
      outcome.units.push(unit("the document", "skipped", [`${file}: is a notification of proposed commercial export licences (AECA §36(c)), not a Foreign Military Sale: the record holds §36(b)(1) sales only. Nothing was written.`]));
      return outcome;
    }
    if (kind === "press-release") importRelease(file, body, header.date, url, store, ref, overrides, outcome);
    else importOfficial(file, body, kind, url, store, ref, options, outcome);
    saveReference(store, ref);
    if (outcome.units.every((u) => u.status === "skipped") && outcome.added.length > 0) {
      // Nothing of the document was imported: do not leave its reference entries behind.
      store.rollback(mark);
      outcome.added = [];
    }
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    store.rollback(mark);
    outcome.refused = true;
    outcome.added = [];
    outcome.problems.push(error.message);
  }
  return outcome;
}

function unit(label: string, status: UnitStatus, problems: string[] = []): UnitOutcome {
  return { label, status, seedFile: null, found: [], missing: [], changes: [], disagreements: [], problems };
}

/** The recipient for what a text names: known, or added from the ISO library; a name no library knows refuses the document. */
function recipientFor(file: string, named: string, ref: Reference, outcome: FileOutcome, saysNato = false): RecipientSeed {
  const known = findKnownRecipient(ref.recipientsFile.recipients, named);
  if (known) return known;
  const resolved = resolveRecipient(named);
  if (!resolved) {
    throw new Refusal(
      `${file}: recipient "${named}" is not a country i18n-iso-countries knows (in any official spelling), nor NATO or one of its agencies. Check the text; if it is right, add the recipient to seeds/recipients.json by hand (ISO 3166 code, name, kind, nato), or pass --recipient with a known name or code. Nothing was written.`,
    );
  }
  const entry = newRecipientEntry(resolved);
  ref.recipientsFile.recipients.push(entry);
  ref.changed.recipients = true;
  const tier = reviewTier(entry);
  outcome.added.push(
    `seeds/recipients.json: ${entry.name} (${entry.code}, ${entry.kind}${entry.notifiedAs ? `, notified as "${entry.notifiedAs}"` : ""}): region ${entry.region}, ${tier.days}-day review, because ${tier.reason}${saysNato && !entry.nato ? " (the text calls it a NATO ally: check)" : ""}`,
  );
  return entry;
}

/** The systems a sale names; a system no entry names is added under a proposed category, marked for review. */
function systemsFor(file: string, named: string[], fallback: string[], title: string, ref: Reference, overrides: Overrides, outcome: FileOutcome): string[] {
  const systems = ref.systemsFile.systems as SystemEntry[];
  if (overrides.systems && overrides.systems.length > 0) {
    const unknown = overrides.systems.filter((s) => !findSystem(systems, s));
    if (unknown.length > 0) throw new Refusal(`${file}: --system ${unknown.map((s) => `"${s}"`).join(", ")} names no system in seeds/systems.json (by slug or alias). Nothing was written.`);
    return [...new Set(overrides.systems.map((s) => findSystem(systems, s)!))];
  }
  let found = findSystems(systems, named);
  if (found.length === 0) found = findSystems(systems, fallback);
  if (found.length > 0) return found;
  const entry = proposeSystem(systems, ref.systemsFile.categories, title, [...named, ...fallback].join(" "));
  ref.systemsFile.systems.push(entry);
  ref.changed.systems = true;
  const category = ref.systemsFile.categories.find((c) => c.slug === entry.category)?.name ?? entry.category;
  outcome.added.push(`seeds/systems.json: ${entry.name} (slug ${entry.slug}, category "${category}" proposed from its name${entry.aliases.length ? `, aliases ${entry.aliases.join(", ")}` : ""}): REVIEW it (the entry says so until a person removes its "review" line)`);
  return [entry.slug];
}

// Press releases ------------------------------------------------------------------------------

function importRelease(file: string, body: string, headerDate: string | null, url: string | null, store: SeedStore, ref: Reference, overrides: Overrides, outcome: FileOutcome) {
  void headerDate;
  const parsed = parseRelease(body);
  const u = unit("the release", "skipped");
  outcome.units.push(u);
  const announcedOn = overrides.date ?? parsed.announcedOn;
  const recipientNamed = overrides.recipient ?? parsed.recipient;
  const value = overrides.value !== undefined ? parseUsd(overrides.value) : parsed.estimatedValueUsd;
  const transmittal = overrides.transmittal !== undefined ? normalizeTransmittal(overrides.transmittal) : parsed.transmittalNumber;
  const title = titleFrom({ given: overrides.title ?? null, headline: parsed.headline, subject: parsed.subject, mde: parsed.majorDefenseEquipment });
  const draftMissing: ImportField[] = [];
  if (!announcedOn) draftMissing.push("announcedOn");
  if (!recipientNamed) draftMissing.push("recipient");
  if (value === null) draftMissing.push("estimatedValueUsd");
  const optional = missingFields({ titleFrom: title?.from ?? "subject", transmittalNumber: transmittal, majorDefenseEquipment: parsed.majorDefenseEquipment, otherItems: parsed.otherItems, principalContractors: parsed.principalContractors });
  u.missing = [...draftMissing, ...optional];
  if (draftMissing.length > 0) {
    u.problems.push(`${file}: missing ${draftMissing.map((f) => FIELD_HELP[f]).join("; ")}. Nothing was written.`);
    return;
  }
  if (!url) throw new Refusal(`${file}: no address to cite: the project keeps no copies of official texts, so each source links to its official page. Add a "SOURCE: <url>" line above a "---" line at the top of the file, or pass --url. Nothing was written.`);
  const given = (flag: keyof Overrides) => (overrides[flag] !== undefined ? " (given)" : "");
  u.found.push(`date ${announcedOn}${overrides.date ? " (given with --date)" : ` (from the ${parsed.dateFrom === "republisher" ? 'republisher\'s "issued" line' : parsed.dateFrom === "memorandum" ? "memorandum date line" : "dateline"})`}`);
  const recipient = recipientFor(file, recipientNamed!, ref, outcome, parsed.saysNato);
  const tier = reviewTier(recipient);
  u.found.push(`recipient ${recipient.name} (${recipient.code})${given("recipient")}: ${tier.days}-day review, ${tier.reason}`);
  u.found.push(`value ${describeUsd(value!)} = ${value}${given("value")}`);
  if (transmittal) u.found.push(`transmittal ${transmittal}${given("transmittal")}`);
  const finalTitle = title?.title ?? "Defense articles and services";
  u.found.push(`title "${finalTitle}"${title?.from === "given" ? " (given)" : title?.from === "headline" ? " (headline)" : " (no headline; from the first paragraph)"}`);
  const named = [parsed.headline, overrides.title, parsed.subject, ...(parsed.majorDefenseEquipment ?? []).map((l) => l.description)].filter((t): t is string => !!t);
  const mde = parsed.majorDefenseEquipment;
  if (mde) u.found.push(mde.length === 0 ? "major defense equipment: none (the sale is equipment and services without MDE)" : `major defense equipment: ${mde.map((l) => `${l.upTo ? "up to " : ""}${l.quantity} × ${l.description}`).join("; ")}`);
  if (parsed.otherItems) u.found.push(`non-MDE items: ${parsed.otherItems.length}`);
  if (parsed.principalContractors)
    u.found.push(
      parsed.principalContractors.length === 0
        ? "principal contractors: none named (the text says many contractors)"
        : `principal contractors: ${parsed.principalContractors.map((c) => (c.location ? `${c.name} (${c.location})` : c.name)).join("; ")}`,
    );
  const host = new URL(url).host;
  const memo = parsed.dateFrom === "memorandum";
  const facts: SaleFacts = {
    origin: "press-release",
    source: {
      kind: "official-notice",
      publisher: memo ? "U.S. Department of Defense" : /(^|\.)state\.gov$/.test(host) ? "U.S. Department of State" : "Defense Security Cooperation Agency",
      title: parsed.headline,
      url,
      publishedOn: overrides.date ? null : announcedOn!,
    },
    recipient,
    systems: [],
    title: finalTitle,
    titleFrom: title?.from ?? "subject",
    announcedOn: announcedOn!,
    dateFrom: overrides.date ? "given" : parsed.dateFrom,
    dateApproximate: overrides.approximateDate === true,
    estimatedValueUsd: value!,
    valueText: overrides.value ?? parsed.valueText,
    valueMdeUsd: null,
    valueOtherUsd: null,
    transmittalNumber: transmittal,
    deliveredOn: null,
    implementingAgency: null,
    caseDesignator: null,
    fundingSources: [],
    majorDefenseEquipment: mde,
    otherItems: parsed.otherItems,
    principalContractors: parsed.principalContractors,
    priorRelatedCases: null,
    reviewWaived: parsed.reviewWaived,
    emergencyDeterminedBy: null,
    truncated: parsed.truncated,
    length: parsed.length,
    headline: parsed.headline,
    read: [
      transmittal ? `transmittal number ${transmittal}` : null,
      parsed.headline ? "headline" : null,
      mde?.length ? "major defense equipment and quantities" : null,
      parsed.otherItems?.length ? "non-MDE items" : null,
      parsed.principalContractors?.length ? `principal contractor${parsed.principalContractors.length > 1 ? "s" : ""}` : null,
    ].filter((r): r is string => r !== null),
  };
  // Systems are resolved (and a new one proposed) only for a sale that will be a new record.
  const match = findSameSale(readRecords(store).map((e) => e.record), facts);
  if (match.kind !== "one") {
    facts.systems = systemsFor(file, named, parsed.otherItems ?? [], finalTitle, ref, overrides, outcome);
    u.found.push(`systems ${facts.systems.join(", ")}`);
  }
  placeSale(file, facts, u, store);
}

// The Congressional Record and the Federal Register ---------------------------------------------

function importOfficial(file: string, body: string, kind: "congressional-record" | "federal-register", url: string | null, store: SeedStore, ref: Reference, options: ImportOptions, outcome: FileOutcome) {
  const doc = readOfficialDocument(body, kind, url);
  const printedOn = options.publishedOn ?? doc.printedOn;
  const frUrl = doc.frDocument ? `https://www.federalregister.gov/d/${doc.frDocument}` : null;
  const citeUrl = url ?? frUrl;
  if (doc.notices.length === 0) throw new Refusal(`${file}: reads as the ${kind === "congressional-record" ? "Congressional Record" : "Federal Register"} but holds no transmittal: no "we are forwarding herewith Transmittal No." letter and no (i)–(viii) body. Nothing was written.`);
  const conflicts = doc.notices.flatMap((n) => n.conflicts.map((c) => `transmittal ${n.transmittalNumber ?? "(no number)"}: ${c}`));
  if (conflicts.length > 0) throw new Refusal(`${file}: gives two different values for one transmittal (${conflicts.join("; ")}). Check the text (a mistyped copy, or two documents pasted together). Nothing was written.`);
  if (!citeUrl) throw new Refusal(`${file}: no address to cite: the project keeps no copies of official texts, so each source links to its official page. Add a "SOURCE: <url>" line above a "---" line at the top of the file, or pass --url. Nothing was written.`);
  const host = new URL(citeUrl).host.replace(/^www\./, "");
  const official = /(?:^|\.)(?:govinfo\.gov|congress\.gov|gpo\.gov|federalregister\.gov)$/.test(host);
  const publisher = kind === "congressional-record" ? `Congressional Record (Senate)${official ? "" : `, via ${host}`}` : `Federal Register${official ? "" : `, via ${host}`}`;

  for (const notice of doc.notices) {
    if (notice.kind === "report") {
      importReport(file, notice, { kind, publisher, url: citeUrl, publishedOn: printedOn, frDocument: doc.frDocument }, store, outcome);
      continue;
    }
    const u = unit(`transmittal ${notice.transmittalNumber ?? "(no number)"}`, "skipped");
    outcome.units.push(u);
    const overrides = options.overrides ?? {};
    const recipientNamed = overrides.recipient ?? notice.recipient;
    const value = overrides.value !== undefined ? parseUsd(overrides.value) : notice.estimatedValueUsd;
    if (!recipientNamed || value === null) {
      u.problems.push(`${file}: transmittal ${notice.transmittalNumber ?? "(no number)"}: missing ${[!recipientNamed ? FIELD_HELP.recipient : null, value === null ? FIELD_HELP.estimatedValueUsd : null].filter(Boolean).join("; ")}. Nothing was written for it.`);
      continue;
    }
    const recipient = recipientFor(file, recipientNamed, ref, outcome);
    const title = titleFrom({ given: overrides.title ?? null, headline: notice.headline, mde: notice.majorDefenseEquipment, other: notice.otherItems });
    const finalTitle = title?.title ?? "Defense articles and services";
    const named = [notice.headline, ...(notice.majorDefenseEquipment ?? []).map((l) => l.description)].filter((t): t is string => !!t);
    const announcedGiven = overrides.date ?? null;
    const facts: SaleFacts = {
      origin: kind,
      source: { kind, publisher, title: "Arms Sales Notification", url: citeUrl, publishedOn: printedOn },
      recipient,
      systems: [],
      title: finalTitle,
      titleFrom: title?.from ?? "equipment",
      announcedOn: announcedGiven ?? notice.deliveredOn,
      dateFrom: announcedGiven ? "given" : notice.deliveredOn ? "delivered" : null,
      dateApproximate: overrides.approximateDate === true,
      estimatedValueUsd: value,
      valueText: null,
      valueMdeUsd: notice.valueMdeUsd,
      valueOtherUsd: notice.valueOtherUsd,
      transmittalNumber: overrides.transmittal ? normalizeTransmittal(overrides.transmittal) : notice.transmittalNumber,
      deliveredOn: notice.deliveredOn,
      implementingAgency: notice.implementingAgency,
      caseDesignator: notice.caseDesignator,
      fundingSources: notice.fundingSources,
      majorDefenseEquipment: notice.majorDefenseEquipment,
      otherItems: notice.otherItems,
      principalContractors: notice.principalContractors,
      priorRelatedCases: notice.priorRelatedCases,
      reviewWaived: notice.reviewWaived,
      emergencyDeterminedBy: notice.emergencyDeterminedBy,
      truncated: false,
      length: body.length,
      headline: notice.headline,
      read: notice.read,
    };
    describeOfficial(u, facts, notice);
    // Systems are resolved (and a new one proposed) only for a sale that will be written.
    const match = findSameSale(readRecords(store).map((e) => e.record), facts);
    if (match.kind === "none" && !facts.announcedOn) {
      u.missing = ["announcedOn"];
      u.problems.push(`${file}: transmittal ${facts.transmittalNumber ?? "(no number)"} is not in the record and the text gives no date for it (no "(viii) Date Report Delivered to Congress"; give --date). Nothing was written for it.`);
      continue;
    }
    if (match.kind !== "one" && !title && !overrides.systems?.length) {
      u.problems.push(`${file}: transmittal ${facts.transmittalNumber ?? "(no number)"} is not in the record and nothing in the text names what is sold (no MDE lines, no non-MDE items, no policy justification headline). Import its press release first, or give --title or --system. Nothing was written for it.`);
      continue;
    }
    facts.systems = match.kind === "one" ? [] : systemsFor(file, named, notice.otherItems ?? [], finalTitle, ref, overrides, outcome);
    if (facts.systems.length > 0) u.found.push(`systems ${facts.systems.join(", ")}`);
    placeSale(file, facts, u, store);
  }
}

function describeOfficial(u: UnitOutcome, facts: SaleFacts, notice: OfficialNotice) {
  const tier = reviewTier(facts.recipient);
  u.found.push(`recipient ${facts.recipient.name} (${facts.recipient.code}): ${tier.days}-day review, ${tier.reason}`);
  u.found.push(
    facts.valueMdeUsd !== null && facts.valueOtherUsd !== null
      ? `value MDE ${facts.valueMdeUsd} + other ${facts.valueOtherUsd} = total ${facts.estimatedValueUsd} (${describeUsd(facts.estimatedValueUsd)})`
      : `value ${describeUsd(facts.estimatedValueUsd)} = ${facts.estimatedValueUsd}${notice.read.includes("value (cover letter)") ? " (cover letter)" : ""}`,
  );
  if (facts.fundingSources.length) u.found.push(`funding ${facts.fundingSources.join(", ")}`);
  if (facts.implementingAgency) u.found.push(`implementing agency ${facts.implementingAgency}${facts.caseDesignator ? `, case ${facts.caseDesignator}` : ""}`);
  if (facts.majorDefenseEquipment) u.found.push(facts.majorDefenseEquipment.length === 0 ? "major defense equipment: none" : `major defense equipment: ${facts.majorDefenseEquipment.map((l) => `${l.upTo ? "up to " : ""}${l.quantity} × ${l.description}`).join("; ")}`);
  if (facts.otherItems) u.found.push(`non-MDE items: ${facts.otherItems.length}`);
  if (facts.priorRelatedCases) u.found.push(`prior related cases: ${facts.priorRelatedCases.slice(0, 80)}`);
  if (facts.deliveredOn) u.found.push(`delivered to Congress ${facts.deliveredOn}`);
  if (facts.source.publishedOn) u.found.push(`${facts.origin === "congressional-record" ? "printed in the Record" : "published in the Register"} ${facts.source.publishedOn}`);
  if (facts.reviewWaived) u.found.push(`emergency: review waived${facts.emergencyDeterminedBy ? ` (${facts.emergencyDeterminedBy})` : ""}`);
}

/** Merges the sale into the record that holds it, or writes it as a new record. */
function placeSale(file: string, facts: SaleFacts, u: UnitOutcome, store: SeedStore) {
  const existing = readRecords(store);
  const match = findSameSale(
    existing.map((e) => e.record),
    facts,
  );
  if (match.kind === "ambiguous") {
    u.problems.push(`${file}: ${u.label} could be any of ${match.candidates.join(", ")} (same recipient, value and date, no transmittal number): give --transmittal, or add the number to the right record first. Nothing was written for it.`);
    return;
  }
  if (match.kind === "one") {
    const { rel, record } = existing[match.index]!;
    const merge = mergeInto(record, facts);
    u.seedFile = `seeds/${rel}`;
    u.found.push(`same sale as ${rel} (by ${match.by})`);
    u.changes.push(...merge.changes);
    u.disagreements.push(...merge.disagreements);
    if (merge.changes.length === 0) {
      u.status = "unchanged";
      return;
    }
    const checked = notificationSchema.safeParse(merge.record);
    if (!checked.success) throw new Refusal(`${file}: the updated seeds/${rel} would be invalid (${issues(checked.error)}). Nothing was written.`);
    store.write(rel, serialize(merge.record));
    u.status = "updated";
    return;
  }
  const base = slugOf(facts.announcedOn!, facts.recipient, facts.systems[0]!);
  const candidates = [base, `${base}-${valueSlug(facts.estimatedValueUsd)}`, ...(facts.transmittalNumber ? [`${base}-${facts.transmittalNumber}`] : [])];
  const slug = candidates.find((s) => !store.exists(`notifications/${s}.json`));
  if (!slug) throw new Refusal(`${file}: seeds/notifications/${base}.json and its variants already exist for other notifications. Nothing was written.`);
  const record = buildRecord(slug, facts);
  const checked = notificationSchema.safeParse(record);
  if (!checked.success) throw new Refusal(`${file}: the record for ${u.label} would be invalid (${issues(checked.error)}). Nothing was written.`);
  store.write(`notifications/${slug}.json`, serialize(record));
  u.status = "written";
  u.seedFile = `seeds/notifications/${slug}.json`;
  if (facts.dateFrom === "delivered") u.found.push(`date ${facts.announcedOn} (the day delivered to Congress; no press release was imported)`);
}

function importReport(file: string, notice: OfficialNotice, source: ReportSource, store: SeedStore, outcome: FileOutcome) {
  const label = notice.reportKind === "correction" ? `correction of ${notice.saleNamed?.transmittalNumber ?? "(no number)"}` : `report ${notice.transmittalNumber ?? "(no number)"}`;
  const u = unit(label, "skipped");
  outcome.units.push(u);
  if (!notice.saleNamed) {
    u.problems.push(`${file}: ${label} names no earlier sale (no "Sec. 36(b)(1), AECA Transmittal No." or "certification NN-NN"). Nothing was written for it.`);
    return;
  }
  const sold = notice.saleNamed.transmittalNumber;
  u.found.push(`${notice.reportKind ?? "report"} on sale ${sold}${notice.saleNamed.on ? ` of ${notice.saleNamed.on}` : ""}`);
  const sale = readRecords(store).find((e) => e.record.transmittalNumber === sold);
  if (!sale) {
    u.problems.push(`${file}: ${label} is about sale ${sold}, which is not in the record (no seeds/notifications file carries transmittal ${sold}). Import or research that sale first. Nothing was written for it.`);
    return;
  }
  const id = reportIdOf(notice, source);
  const existing = id ? readReport(store, id) : null;
  const result = buildOrMergeReport(notice, source, sale.record, existing);
  if ("problem" in result) {
    u.problems.push(`${file}: ${result.problem}. Nothing was written for it.`);
    return;
  }
  u.seedFile = `seeds/reports/${result.report.id}.json`;
  u.found.push(`attached to ${sale.rel}`);
  u.disagreements.push(...result.disagreements);
  if (result.changes.length === 0) {
    u.status = "unchanged";
    return;
  }
  const checked = reportSchema.safeParse(result.report);
  if (!checked.success) throw new Refusal(`${file}: the report ${result.report.id} would be invalid (${issues(checked.error)}). Nothing was written.`);
  store.write(`reports/${result.report.id}.json`, serialize(result.report));
  u.changes.push(...result.changes.filter((c) => c !== "new report"));
  u.status = existing ? "updated" : "written";
}

export { ESSENTIAL_FIELDS };
