import type { FundingSource, OfficialTextKind } from "@/lib/domain";
import { addDaysIso } from "@/lib/format";
import { DELIVERED_AFTER_ANNOUNCED_DAYS, type NotificationSeed, type RecipientSeed } from "@/lib/seed";
import { describeUsd } from "./numbers";
import type { ContractorDraft, DateFrom, LineItemDraft } from "./parse";
import { normalizeForSlug } from "./vocabulary";

/**
 * What one official text says about one sale, after its recipient and systems are resolved, and
 * the seed record built from it (a new sale) or merged into the record that already holds the
 * sale. Facts the text does not give are null or empty and the notes say why; nothing is filled
 * in from what is typical; a record's own values are never overwritten.
 */

export type Origin = "press-release" | "congressional-record" | "federal-register";

/** The fields a press release may or may not contain, by their seed names. */
export const ESSENTIAL_FIELDS = ["announcedOn", "recipient", "estimatedValueUsd"] as const;
export const OPTIONAL_FIELDS = ["title", "transmittalNumber", "majorDefenseEquipment", "otherItems", "principalContractors"] as const;
export type ImportField = (typeof ESSENTIAL_FIELDS)[number] | (typeof OPTIONAL_FIELDS)[number];

/** What each field is called in notes and messages. */
export const FIELD_NAME: Record<ImportField, string> = {
  announcedOn: "announcement date",
  recipient: "recipient",
  estimatedValueUsd: "estimated value",
  title: "headline",
  transmittalNumber: "transmittal number",
  majorDefenseEquipment: "major defense equipment lines",
  otherItems: "non-MDE items",
  principalContractors: "principal contractors",
};

/** The same, with where the importer looked and how to supply it. */
export const FIELD_HELP: Record<ImportField, string> = {
  announcedOn: 'announcement date (no "WASHINGTON, <date>" dateline, "issued <date>" or "Date Report Delivered to Congress"; give --date YYYY-MM-DD)',
  recipient: 'recipient (no "possible … Sale to <recipient>" sentence or "Prospective Purchaser"; give --recipient)',
  estimatedValueUsd: 'estimated value (no "estimated cost of $…" or "Total $…"; give --value)',
  title: "headline (the title is taken from the first paragraph instead; give --title to set it)",
  transmittalNumber: 'transmittal number (no "Transmittal No. NN-NN"; give --transmittal)',
  majorDefenseEquipment: "major defense equipment lines",
  otherItems: "non-MDE items",
  principalContractors: "principal contractors",
};

/** One sale as one text states it, resolved against the reference data. */
export type SaleFacts = {
  origin: Origin;
  /** The source entry's fields. */
  source: { kind: OfficialTextKind; publisher: string; title: string | null; url: string; publishedOn: string | null };
  recipient: RecipientSeed;
  systems: string[];
  title: string;
  titleFrom: "given" | "headline" | "subject" | "equipment";
  announcedOn: string | null;
  dateFrom: DateFrom | "given" | "delivered" | null;
  dateApproximate: boolean;
  estimatedValueUsd: number;
  valueText: string | null;
  valueMdeUsd: number | null;
  valueOtherUsd: number | null;
  transmittalNumber: string | null;
  deliveredOn: string | null;
  implementingAgency: string | null;
  caseDesignator: string | null;
  fundingSources: FundingSource[];
  majorDefenseEquipment: LineItemDraft[] | null;
  otherItems: string[] | null;
  principalContractors: ContractorDraft[] | null;
  priorRelatedCases: string | null;
  reviewWaived: boolean;
  emergencyDeterminedBy: string | null;
  /** Press releases: the copy stops mid-sentence, and its length. */
  truncated: boolean;
  length: number;
  headline: string | null;
  /** What the text gave, in a few words each, for the source's "supports" line. */
  read: string[];
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:\s]+$/, "")}…`;
}

/** The title: the given one, the headline, the sale as the first paragraph names it, else the first MDE line or item. */
export function titleFrom(candidates: { given?: string | null; headline?: string | null; subject?: string | null; mde?: LineItemDraft[] | null; other?: string[] | null }): { title: string; from: SaleFacts["titleFrom"] } | null {
  const pick: [string | null | undefined, SaleFacts["titleFrom"]][] = [
    [candidates.given, "given"],
    [candidates.headline, "headline"],
    [candidates.subject, "subject"],
    [candidates.mde?.[0]?.description.split(/\s+including\s+/)[0], "equipment"],
    [candidates.other?.[0], "equipment"],
  ];
  for (const [text, from] of pick) {
    if (text && text.trim()) return { title: clip(capitalize(text.trim().replace(/^(?:an?|the)\s+/i, "")), 300), from };
  }
  return null;
}

function quantityText(line: LineItemDraft): string {
  return `${line.upTo ? "up to " : ""}${line.quantity?.toLocaleString("en-US") ?? ""} ${line.description.split(/\s+including\s+/)[0]}`.trim();
}

export function joinList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * One line for the timeline, built only from the facts read: what is sold (the MDE lines, or
 * for a sale the text says has none, its first non-MDE items), then who builds it.
 */
export function summaryOf(title: string, mde: LineItemDraft[] | null, other: string[], contractors: ContractorDraft[]): string {
  const lines = (mde ?? []).slice(0, 3).map(quantityText);
  const items = other.slice(0, 2).map((i) => i.charAt(0).toLowerCase() + i.slice(1));
  const what =
    lines.length > 0
      ? joinList(mde!.length > 3 ? [...lines, `${mde!.length - 3} more lines`] : lines)
      : mde && items.length > 0
        ? `No major defense equipment; ${items.join("; ")}${other.length > 2 ? ` and ${other.length - 2} more items` : ""}`
        : title;
  const who = contractors.map((c) => c.name).join(", ");
  const sentence = `${capitalize(what)}${who ? `; ${who}` : ""}`;
  return clip(sentence.endsWith(".") ? sentence : `${sentence}.`, 300);
}

export function slugOf(announcedOn: string, recipient: RecipientSeed, system: string): string {
  return `${announcedOn}-${normalizeForSlug(recipient.name)}-${system}`;
}

/** "160m", "1-85b": tells apart two same-day notifications for one system. */
export function valueSlug(amount: number): string {
  return normalizeForSlug(describeUsd(amount).replace(/^\$/, "").replace(" billion", "b").replace(" million", "m"));
}

const DATE_FROM: Record<Exclude<SaleFacts["dateFrom"], null>, string> = {
  dateline: "dateline",
  republisher: "republisher's \"issued\" line",
  memorandum: "memorandum date line",
  given: "given at import",
  delivered: "date delivered to Congress",
};

/** The id a source of this kind gets in a record: "dsca-notice", "cr-2026-01-12", "fr-2024-05-24". */
export function sourceIdFor(facts: Pick<SaleFacts, "origin" | "source">): string {
  if (facts.origin === "press-release") return facts.source.publisher.includes("State") ? "state-notice" : "dsca-notice";
  const prefix = facts.origin === "congressional-record" ? "cr" : "fr";
  return facts.source.publishedOn ? `${prefix}-${facts.source.publishedOn}` : prefix;
}

function supportsLine(facts: SaleFacts): string {
  const what = facts.origin === "press-release" ? "The release" : facts.origin === "congressional-record" ? "The Congressional Record's printing" : "The Federal Register's notice";
  const number = facts.transmittalNumber ? ` of transmittal ${facts.transmittalNumber}` : "";
  const value = facts.valueMdeUsd !== null && facts.valueOtherUsd !== null ? `MDE ${describeUsd0(facts.valueMdeUsd)} / other ${describeUsd0(facts.valueOtherUsd)} / total ${describeUsd(facts.estimatedValueUsd)}` : `estimated value ${facts.valueText ?? describeUsd(facts.estimatedValueUsd)}`;
  const parts = [
    facts.dateFrom && facts.dateFrom !== "given" && facts.dateFrom !== "delivered" ? `announcement date (${DATE_FROM[facts.dateFrom]})` : null,
    "recipient",
    value,
    ...facts.read.filter((r) => !/value|purchaser|delivered/.test(r)),
    facts.deliveredOn ? `delivered to Congress ${facts.deliveredOn}` : null,
  ].filter((p): p is string => !!p);
  return clip(`${what}${number}: ${joinList([...new Set(parts)])}.${facts.truncated ? " The copy is cut off." : ""}`, 4_000);
}

function describeUsd0(amount: number): string {
  return amount === 0 ? "$0" : describeUsd(amount);
}

export function sourceEntry(facts: SaleFacts, id: string): NotificationSeed["sources"][number] {
  return {
    id,
    kind: facts.source.kind,
    publisher: facts.source.publisher,
    title: facts.source.title ? clip(facts.source.title, 500) : null,
    url: facts.source.url,
    publishedOn: facts.source.publishedOn,
    document: null,
    supports: supportsLine(facts),
    reportedValue: null,
  };
}

/** The press-release fields the text lacked, in a fixed order. */
export function missingFields(facts: Pick<SaleFacts, "titleFrom" | "transmittalNumber" | "majorDefenseEquipment" | "otherItems" | "principalContractors">): ImportField[] {
  const missing: ImportField[] = [];
  if (facts.titleFrom !== "headline" && facts.titleFrom !== "given") missing.push("title");
  if (!facts.transmittalNumber) missing.push("transmittalNumber");
  if (facts.majorDefenseEquipment === null) missing.push("majorDefenseEquipment");
  if (facts.otherItems === null) missing.push("otherItems");
  if (facts.principalContractors === null) missing.push("principalContractors");
  return missing;
}

/** A new record for a sale the record does not hold. `announcedOn` must be known. */
export function buildRecord(slug: string, facts: SaleFacts): NotificationSeed {
  const id = sourceIdFor(facts);
  const mde = facts.majorDefenseEquipment ?? [];
  const contractors = facts.principalContractors ?? [];
  const notes: string[] = [];
  if (facts.truncated) notes.push(`Imported from a copy of the release that stops after ${facts.length.toLocaleString("en-US")} characters.`);
  const absent = missingFields(facts)
    .filter((f) => f !== "title")
    .map((f) => FIELD_NAME[f]);
  if (absent.length > 0) notes.push(`Not in the text, so not recorded: ${joinList(absent)}.`);
  if (facts.titleFrom === "subject") notes.push("The copy has no headline; the title is the sale as the release's first paragraph names it.");
  if (facts.titleFrom === "equipment") notes.push("The text has no headline; the title is its first line of equipment.");
  if (facts.dateFrom === "memorandum" && mde.length > 0) notes.push("The memorandum does not label major defense equipment; its lines with quantities are listed as MDE.");
  if (facts.dateFrom === "given") notes.push(`The announcement date was supplied at import, not read from the release text${facts.dateApproximate ? ", and is approximate" : ""}.`);
  if (facts.dateFrom === "delivered") notes.push("No press release was imported: the announcement day is taken from the date the text says the notification was delivered to Congress.");
  const sourceDate = (on: string | null) => (on ? { on, source: id } : null);
  return {
    slug,
    title: facts.title,
    summary: summaryOf(facts.title, facts.majorDefenseEquipment, facts.otherItems ?? [], contractors),
    recipient: facts.recipient.code,
    systems: facts.systems,
    announcedOn: facts.announcedOn!,
    dateApproximate: facts.dateApproximate,
    estimatedValueUsd: facts.estimatedValueUsd,
    valueMdeUsd: facts.valueMdeUsd !== null && facts.valueOtherUsd !== null ? facts.valueMdeUsd : null,
    valueOtherUsd: facts.valueMdeUsd !== null && facts.valueOtherUsd !== null ? facts.valueOtherUsd : null,
    transmittalNumber: facts.transmittalNumber,
    deliveredToCongress: sourceDate(facts.deliveredOn),
    congressionalRecord: facts.origin === "congressional-record" ? sourceDate(facts.source.publishedOn) : null,
    federalRegister: facts.origin === "federal-register" ? sourceDate(facts.source.publishedOn) : null,
    implementingAgency: facts.implementingAgency,
    caseDesignator: facts.caseDesignator,
    fundingSources: facts.fundingSources,
    majorDefenseEquipment: mde.map((l) => ({ description: clip(l.description, 500), quantity: l.quantity, upTo: l.upTo })),
    otherItems: (facts.otherItems ?? []).map((i) => clip(capitalize(i), 500)),
    principalContractors: contractors,
    fundingNotes: null,
    implementationNotes: null,
    reviewWaived: facts.reviewWaived,
    emergency: facts.reviewWaived ? { determinedBy: facts.emergencyDeterminedBy, determinedOn: null, source: id } : null,
    addsToEarlierCase: null,
    priorRelatedCases: facts.priorRelatedCases,
    confidence: "standard",
    notes: notes.length > 0 ? notes.join(" ") : null,
    sources: [sourceEntry(facts, id)],
    claims: [],
  };
}

/** The Federal Register document number in one of its addresses ("/d/2024-11526", "/documents/2024/05/24/2024-11526/…"). */
function frNumberOf(url: string | null): string | null {
  return url ? (/federalregister\.gov\/(?:d|documents\/\d{4}\/\d{2}\/\d{2})\/(\d{4}-\d{4,6})/.exec(url)?.[1] ?? null) : null;
}

/** Two addresses of one text: equal without the scheme, a trailing slash or the query; or one Federal Register document. */
export function sameText(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const tidy = (u: string) => u.replace(/^https?:\/\/(?:www\.)?/i, "").replace(/[?#].*$/, "").replace(/\/+$/, "").toLowerCase();
  if (tidy(a) === tidy(b)) return true;
  const fa = frNumberOf(a);
  return fa !== null && fa === frNumberOf(b);
}

export type Merge = { record: NotificationSeed; changes: string[]; disagreements: string[] };

const DAY_MS = 86_400_000;
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

/**
 * The same sale is already in the record (researched, or imported from another text). Its values
 * are kept; this text is added as a source and fills only what the record lacks; every fact on
 * which the two disagree is reported and left as it is. A second import of the same text
 * therefore changes nothing.
 */
export function mergeInto(existing: NotificationSeed, facts: SaleFacts): Merge {
  const record: NotificationSeed = structuredClone(existing);
  const changes: string[] = [];
  const disagreements: string[] = [];
  const what = facts.origin === "press-release" ? "the release" : facts.origin === "congressional-record" ? "the Record" : "the Register";

  const already = record.sources.find((s) => sameText(s.url, facts.source.url) && (s.kind === facts.source.kind || facts.origin === "press-release"));
  let id: string;
  if (already) id = already.id;
  else {
    const ids = new Set(record.sources.map((s) => s.id));
    const base = sourceIdFor(facts);
    id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    record.sources.push(sourceEntry(facts, id));
    changes.push(`added ${facts.source.kind === "official-notice" ? "the official notice" : `the ${facts.origin === "congressional-record" ? "Congressional Record" : "Federal Register"} text`} as source "${id}"`);
  }

  const disagree = (field: string, kept: unknown, theirs: unknown) => disagreements.push(`${field}: the record has ${JSON.stringify(kept)}, ${what} says ${JSON.stringify(theirs)} (kept the record's)`);

  if (record.transmittalNumber === null && facts.transmittalNumber !== null) {
    record.transmittalNumber = facts.transmittalNumber;
    changes.push(`filled transmittalNumber: ${facts.transmittalNumber}`);
  } else if (facts.transmittalNumber !== null && record.transmittalNumber !== facts.transmittalNumber) disagree("transmittalNumber", record.transmittalNumber, facts.transmittalNumber);

  if (record.estimatedValueUsd !== facts.estimatedValueUsd) disagree("estimatedValueUsd", record.estimatedValueUsd, facts.estimatedValueUsd);
  if (facts.origin === "press-release" && facts.announcedOn && record.announcedOn !== facts.announcedOn && facts.dateFrom !== "given") disagree("announcedOn", record.announcedOn, facts.announcedOn);
  if (facts.recipient.code !== record.recipient) disagree("recipient", record.recipient, facts.recipient.code);

  if (facts.deliveredOn) {
    if (record.deliveredToCongress === null) {
      if (facts.deliveredOn > addDaysIso(record.announcedOn, DELIVERED_AFTER_ANNOUNCED_DAYS)) disagree("deliveredToCongress", `announced ${record.announcedOn}`, `delivered ${facts.deliveredOn}, more than ${DELIVERED_AFTER_ANNOUNCED_DAYS} days later`);
      else {
        record.deliveredToCongress = { on: facts.deliveredOn, source: id };
        changes.push(`filled deliveredToCongress: ${facts.deliveredOn}`);
      }
    } else if (record.deliveredToCongress.on !== facts.deliveredOn) disagree("deliveredToCongress", record.deliveredToCongress.on, facts.deliveredOn);
  }

  const printed = facts.source.publishedOn;
  const dateKey = facts.origin === "congressional-record" ? "congressionalRecord" : facts.origin === "federal-register" ? "federalRegister" : null;
  if (dateKey && printed) {
    const current = record[dateKey];
    const delivered = record.deliveredToCongress?.on;
    if (current === null) {
      if (delivered && printed < delivered) disagree(dateKey, `delivered ${delivered}`, `printed ${printed}, before it was delivered`);
      else {
        record[dateKey] = { on: printed, source: id };
        changes.push(`filled ${dateKey}: ${printed}`);
      }
    } else if (current.on !== printed && !already) disagree(dateKey, current.on, printed);
  }

  if (facts.valueMdeUsd !== null && facts.valueOtherUsd !== null) {
    const sums = facts.valueMdeUsd + facts.valueOtherUsd === record.estimatedValueUsd;
    if (record.valueMdeUsd === null && record.valueOtherUsd === null) {
      if (sums) {
        record.valueMdeUsd = facts.valueMdeUsd;
        record.valueOtherUsd = facts.valueOtherUsd;
        changes.push(`filled valueMdeUsd / valueOtherUsd: ${facts.valueMdeUsd} / ${facts.valueOtherUsd}`);
      }
    } else if (record.valueMdeUsd !== facts.valueMdeUsd || record.valueOtherUsd !== facts.valueOtherUsd) {
      disagree("valueMdeUsd / valueOtherUsd", `${record.valueMdeUsd} / ${record.valueOtherUsd}`, `${facts.valueMdeUsd} / ${facts.valueOtherUsd}`);
    }
  }

  for (const field of ["implementingAgency", "caseDesignator", "priorRelatedCases"] as const) {
    const theirs = facts[field];
    if (theirs === null) continue;
    if (record[field] === null) {
      record[field] = theirs;
      changes.push(`filled ${field}: ${clip(theirs, 80)}`);
    } else if (record[field]!.toLowerCase() !== theirs.toLowerCase() && field !== "priorRelatedCases") disagree(field, record[field], theirs);
  }
  if (facts.fundingSources.length > 0) {
    if (record.fundingSources.length === 0) {
      record.fundingSources = facts.fundingSources;
      changes.push(`filled fundingSources: ${facts.fundingSources.join(", ")}`);
    } else if ([...record.fundingSources].sort().join() !== [...facts.fundingSources].sort().join()) disagree("fundingSources", record.fundingSources, facts.fundingSources);
  }
  if (facts.majorDefenseEquipment && record.majorDefenseEquipment.length === 0 && facts.majorDefenseEquipment.length > 0) {
    record.majorDefenseEquipment = facts.majorDefenseEquipment.map((l) => ({ description: clip(l.description, 500), quantity: l.quantity, upTo: l.upTo }));
    changes.push(`filled majorDefenseEquipment (${facts.majorDefenseEquipment.length})`);
  }
  if (facts.otherItems && record.otherItems.length === 0 && facts.otherItems.length > 0) {
    record.otherItems = facts.otherItems.map((i) => clip(capitalize(i), 500));
    changes.push(`filled otherItems (${facts.otherItems.length})`);
  }
  if (facts.principalContractors && record.principalContractors.length === 0 && facts.principalContractors.length > 0) {
    record.principalContractors = facts.principalContractors;
    changes.push(`filled principalContractors (${facts.principalContractors.length})`);
  }
  if (facts.reviewWaived && !record.reviewWaived) disagree("reviewWaived", false, true);
  return { record, changes, disagreements };
}

export type Match = { kind: "none" } | { kind: "one"; index: number; by: string } | { kind: "ambiguous"; candidates: string[] };

/**
 * The record that holds this sale: the same transmittal number; or, for a record without one,
 * the same recipient and value with its announcement within a few days of this text's date
 * (the dateline, or the day it was delivered to Congress). Never two sales because the country
 * and system match.
 */
export function findSameSale(records: NotificationSeed[], facts: Pick<SaleFacts, "transmittalNumber" | "recipient" | "estimatedValueUsd" | "announcedOn" | "deliveredOn" | "dateFrom">): Match {
  if (facts.transmittalNumber) {
    const index = records.findIndex((r) => r.transmittalNumber === facts.transmittalNumber);
    if (index >= 0) return { kind: "one", index, by: `transmittal ${facts.transmittalNumber}` };
  }
  const on = facts.dateFrom === "delivered" ? facts.deliveredOn : (facts.announcedOn ?? facts.deliveredOn);
  if (!on) return { kind: "none" };
  const window = facts.dateFrom === "delivered" || !facts.announcedOn ? DELIVERED_AFTER_ANNOUNCED_DAYS : 0;
  const candidates = records
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => (facts.transmittalNumber === null || r.transmittalNumber === null || r.transmittalNumber === facts.transmittalNumber) && r.recipient === facts.recipient.code && r.estimatedValueUsd === facts.estimatedValueUsd && daysApart(r.announcedOn, on) <= window);
  if (candidates.length === 1) return { kind: "one", index: candidates[0]!.index, by: `recipient, value and date (${candidates[0]!.r.announcedOn})` };
  if (candidates.length > 1) return { kind: "ambiguous", candidates: candidates.map(({ r }) => r.slug) };
  return { kind: "none" };
}
