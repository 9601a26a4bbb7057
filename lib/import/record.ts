import type { NotificationSeed, RecipientSeed } from "@/lib/seed/schema";
import { describeUsd } from "./numbers";
import type { ContractorDraft, DateFrom, Draft, LineItemDraft } from "./parse";
import { normalizeForSlug } from "./resolve";

/**
 * Turns a draft whose essentials are known into a seed record, in the exact shape (and key
 * order) of the hand-written files in seeds/notifications/. Facts the text does not give are
 * null or empty and the record's notes say why; nothing is filled in from what is typical.
 */

/** The fields a release may or may not contain, by their seed names. */
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
export const FIELD_LABEL: Record<ImportField, string> = {
  announcedOn: 'announcement date (no "WASHINGTON, <date>" dateline or "issued <date>"; give --date YYYY-MM-DD)',
  recipient: "recipient (no \"possible … Sale to <recipient>\" sentence; give --recipient)",
  estimatedValueUsd: 'estimated value (no "estimated cost of $…"; give --value)',
  title: "headline (the title is taken from the first paragraph instead; give --title to set it)",
  transmittalNumber: 'transmittal number (no "Transmittal No. NN-NN"; give --transmittal)',
  majorDefenseEquipment: "major defense equipment lines",
  otherItems: "non-MDE items",
  principalContractors: "principal contractors",
};

export type ResolvedDraft = Draft & {
  announcedOn: string;
  estimatedValueUsd: number;
  recipientSeed: RecipientSeed;
  systems: string[];
  title: string | null;
  /** The user gave the title (--title); otherwise it is the headline or the first paragraph's. */
  titleGiven: boolean;
  dateGiven: boolean;
  dateApproximate: boolean;
};

/** The fields this draft lacks, in a fixed order. */
export function missingFields(draft: Draft & { title?: string | null }): ImportField[] {
  const missing: ImportField[] = [];
  if (!draft.announcedOn) missing.push("announcedOn");
  if (!draft.recipient) missing.push("recipient");
  if (draft.estimatedValueUsd === null) missing.push("estimatedValueUsd");
  if (!draft.headline && !draft.title) missing.push("title");
  if (!draft.transmittalNumber) missing.push("transmittalNumber");
  if (draft.majorDefenseEquipment === null) missing.push("majorDefenseEquipment");
  if (draft.otherItems === null) missing.push("otherItems");
  if (draft.principalContractors === null) missing.push("principalContractors");
  return missing;
}

const SOURCE_ID = "dsca-notice";

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:\s]+$/, "")}…`;
}

/** The title: the headline, else the sale as the first paragraph names it, else the first MDE line. */
export function titleOf(draft: Draft, given: string | null): string | null {
  const candidate = given ?? draft.headline ?? draft.subject ?? draft.majorDefenseEquipment?.[0]?.description.split(/\s+including\s+/)[0] ?? null;
  // "an upgrade program for …" reads as a title without its article.
  return candidate ? clip(capitalize(candidate.trim().replace(/^(?:an?|the)\s+/i, "")), 300) : null;
}

function quantityText(line: LineItemDraft): string {
  return `${line.upTo ? "up to " : ""}${line.quantity?.toLocaleString("en-US") ?? ""} ${line.description.split(/\s+including\s+/)[0]}`.trim();
}

function joinList(items: string[]): string {
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

const DATE_FROM: Record<DateFrom, string> = {
  dateline: "dateline",
  republisher: "republisher's \"issued\" line",
  memorandum: "memorandum date line",
};

export type RecordInput = {
  draft: ResolvedDraft;
  document: string;
  url: string | null;
  /** Where the copy came from, when the copy says (its header). */
  copiedFrom: string | null;
};

export function buildRecord(slug: string, { draft, document, url, copiedFrom }: RecordInput): NotificationSeed {
  const title = draft.title ?? titleOf(draft, null)!;
  const mde = draft.majorDefenseEquipment ?? [];
  const contractors = draft.principalContractors ?? [];
  const missing = missingFields({ ...draft, title: draft.titleGiven ? draft.title : null });
  const notes: string[] = [];
  if (draft.truncated) notes.push(`Imported from a copy of the release that stops after ${draft.length.toLocaleString("en-US")} characters.`);
  const absent = missing.filter((f) => f !== "title").map((f) => FIELD_NAME[f]);
  if (absent.length > 0) notes.push(`Not in the text, so not recorded: ${joinList(absent)}.`);
  if (missing.includes("title")) notes.push("The copy has no headline; the title is the sale as the release's first paragraph names it.");
  if (draft.dateFrom === "memorandum" && mde.length > 0) notes.push("The memorandum does not label major defense equipment; its lines with quantities are listed as MDE.");
  if (draft.dateGiven) notes.push(`The announcement date was supplied at import, not read from the release text${draft.dateApproximate ? ", and is approximate" : ""}.`);
  const found = [
    draft.dateGiven ? null : `announcement date (${DATE_FROM[draft.dateFrom!]})`,
    "recipient",
    `estimated value (${draft.valueText ?? describeUsd(draft.estimatedValueUsd)})`,
    draft.transmittalNumber ? `transmittal number ${draft.transmittalNumber}` : null,
    draft.headline ? "headline" : null,
    draft.majorDefenseEquipment?.length ? "major defense equipment and quantities" : null,
    draft.otherItems?.length ? "non-MDE items" : null,
    contractors.length ? `principal contractor${contractors.length > 1 ? "s" : ""}` : null,
  ].filter((f): f is string => f !== null);
  const memo = draft.dateFrom === "memorandum";
  return {
    slug,
    title,
    summary: summaryOf(title, draft.majorDefenseEquipment, draft.otherItems ?? [], contractors),
    recipient: draft.recipientSeed.code,
    systems: draft.systems,
    announcedOn: draft.announcedOn,
    dateApproximate: draft.dateApproximate,
    estimatedValueUsd: draft.estimatedValueUsd,
    valueMdeUsd: null,
    valueOtherUsd: null,
    transmittalNumber: draft.transmittalNumber,
    deliveredToCongress: null,
    congressionalRecord: null,
    federalRegister: null,
    implementingAgency: null,
    caseDesignator: null,
    fundingSources: [],
    majorDefenseEquipment: mde.map((l) => ({ description: clip(l.description, 500), quantity: l.quantity, upTo: l.upTo })),
    otherItems: (draft.otherItems ?? []).map((i) => clip(capitalize(i), 500)),
    principalContractors: contractors,
    fundingNotes: null,
    implementationNotes: null,
    reviewWaived: draft.reviewWaived,
    emergency: draft.reviewWaived ? { determinedBy: null, determinedOn: null, source: SOURCE_ID } : null,
    addsToEarlierCase: null,
    priorRelatedCases: null,
    confidence: "standard",
    notes: notes.length > 0 ? notes.join(" ") : null,
    sources: [
      {
        id: SOURCE_ID,
        kind: "official-notice",
        publisher: memo ? "U.S. Department of Defense" : "Defense Security Cooperation Agency",
        title: draft.headline ? clip(draft.headline, 500) : null,
        url,
        publishedOn: draft.dateGiven ? null : draft.announcedOn,
        document,
        supports: clip(
          `The release text${copiedFrom ? ` (copy from ${copiedFrom})` : ""}, kept with the project at /documents/${document.split("/").pop()}: ${joinList(found)}.${draft.truncated ? " The copy is cut off." : ""}`,
          4_000,
        ),
        reportedValue: null,
      },
    ],
    claims: [],
  };
}

export type Merge = { record: NotificationSeed; changes: string[]; kept: string[] };

/**
 * The same notification is already in the data (researched or imported before). Its values
 * are kept; the official notice is added as a source and facts it lacks are filled in. A
 * second import of the same text therefore changes nothing.
 */
export function mergeInto(existing: NotificationSeed, incoming: NotificationSeed): Merge {
  const record: NotificationSeed = structuredClone(existing);
  const changes: string[] = [];
  const kept: string[] = [];
  const notice = incoming.sources[0]!;
  const hasNotice = record.sources.some((s) => s.kind === "official-notice" && (s.document === notice.document || (notice.url !== null && s.url === notice.url)));
  if (!hasNotice) {
    const ids = new Set(record.sources.map((s) => s.id));
    let id = notice.id;
    for (let n = 2; ids.has(id); n++) id = `${notice.id}-${n}`;
    record.sources.push({ ...notice, id });
    changes.push(`added the official notice as source "${id}"`);
  }
  if (record.transmittalNumber === null && incoming.transmittalNumber !== null) {
    record.transmittalNumber = incoming.transmittalNumber;
    changes.push(`filled transmittalNumber: ${incoming.transmittalNumber}`);
  }
  for (const field of ["majorDefenseEquipment", "otherItems", "principalContractors"] as const) {
    if (record[field].length === 0 && incoming[field].length > 0) {
      (record as Record<typeof field, unknown>)[field] = incoming[field];
      changes.push(`filled ${field} (${incoming[field].length})`);
    }
  }
  if (record.estimatedValueUsd !== incoming.estimatedValueUsd) kept.push(`estimatedValueUsd ${record.estimatedValueUsd} (the release says ${incoming.estimatedValueUsd})`);
  if (record.announcedOn !== incoming.announcedOn) kept.push(`announcedOn ${record.announcedOn} (the release says ${incoming.announcedOn})`);
  if (record.transmittalNumber !== incoming.transmittalNumber && incoming.transmittalNumber) kept.push(`transmittalNumber ${record.transmittalNumber} (the release says ${incoming.transmittalNumber})`);
  return { record, changes, kept };
}

/** Same transmittal number, or same recipient, date and value: the same notification. */
export function isSameNotification(a: NotificationSeed, b: NotificationSeed): boolean {
  if (a.transmittalNumber && a.transmittalNumber === b.transmittalNumber) return true;
  return a.recipient === b.recipient && a.announcedOn === b.announcedOn && a.estimatedValueUsd === b.estimatedValueUsd;
}
