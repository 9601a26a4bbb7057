import { normalizeTransmittal } from "@/lib/domain";
import { leadingQuantity, parseUsd, parseUsDate } from "./numbers";

/**
 * Reads a DSCA release, as copied from the press release, into a draft: every fact the text
 * states, and null for every fact it does not. Nothing is inferred from what is usually true;
 * a copy cut off before the contractor paragraph has no contractors, not "none".
 *
 * Recognised templates: the current one ("WASHINGTON, <date> - The State Department has made
 * a determination approving a possible Foreign Military Sale to … has requested to buy …
 * The following non-MDE items will also be included: …"), the 2010s one with "Major Defense
 * Equipment (MDE):" and "Non-MDE:" blocks, republished copies ("issued <date>"), and the
 * 1990s Department of Defense memorandum ("MEMORANDUM FOR CORRESPONDENTS <date>").
 */

export type CopyHeader = { source: string | null; date: string | null; complete: string | null };

export type LineItemDraft = { description: string; quantity: number | null; upTo: boolean };
export type ContractorDraft = { name: string; location: string | null };

export type DateFrom = "dateline" | "republisher" | "memorandum";

export type Draft = {
  /** The headline, without the recipient before the dash ("Greece – F-16 …" → "F-16 …"). */
  headline: string | null;
  /** What is sold, as the first paragraph names it ("F-16 Engine Follow-On Support"). */
  subject: string | null;
  announcedOn: string | null;
  dateFrom: DateFrom | null;
  /** The recipient as the text names it, without "the Government of". */
  recipient: string | null;
  estimatedValueUsd: number | null;
  valueText: string | null;
  transmittalNumber: string | null;
  /** [] when the text says the sale has no MDE; null when the text does not say. */
  majorDefenseEquipment: LineItemDraft[] | null;
  otherItems: string[] | null;
  /** [] when the text names no single contractor ("many contractors"); null when it does not say. */
  principalContractors: ContractorDraft[] | null;
  reviewWaived: boolean;
  /** The release says the recipient is a NATO ally or member (used to propose a recipient entry). */
  saysNato: boolean;
  /** The copy stops mid-sentence. */
  truncated: boolean;
  /** Characters of release text (after the copy header). */
  length: number;
};

/** Splits the "SOURCE: … / DATE: … / COMPLETE: … / ---" block a saved copy may start with. */
export function splitCopyHeader(text: string): { header: CopyHeader; body: string } {
  const normalized = text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  const m = /^((?:[A-Z]+:[^\n]*\n)+)---\n/.exec(normalized);
  if (!m) return { header: { source: null, date: null, complete: null }, body: normalized.trim() };
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, "m").exec(m[1]!)?.[1]?.trim() || null;
  return { header: { source: field("SOURCE"), date: field("DATE"), complete: field("COMPLETE") }, body: normalized.slice(m[0].length).trim() };
}

const DATE = String.raw`[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}`;

function findDate(body: string): { on: string; from: DateFrom } | null {
  const patterns: [RegExp, DateFrom][] = [
    [new RegExp(String.raw`WASHINGTON,?\s+(${DATE})`), "dateline"],
    [new RegExp(String.raw`\bissued\s+(?:on\s+)?(${DATE})`), "republisher"],
    [new RegExp(String.raw`MEMORANDUM FOR CORRESPONDENTS\s+(${DATE})`), "memorandum"],
  ];
  for (const [pattern, from] of patterns) {
    const m = pattern.exec(body);
    const on = m ? parseUsDate(m[1]!) : null;
    if (on) return { on, from };
  }
  return null;
}

const VALUE = /estimated\s+(?:total\s+)?(?:program\s+|case\s+)?(?:cost|value)\s+(?:is\s+|of\s+)?(?:approximately\s+)?(\$\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:thousand|million|billion))?)/i;

/** "… possible Foreign Military Sale to <recipient> of <subject> for an estimated cost of $X." */
const SALE = /possible\s+(?:Foreign\s+Military\s+)?[Ss]ale(?:\s+Order)?\s+to\s+/;

// Names with "of" in them, kept whole when the recipient is split from the subject.
const NAME_WITH_OF = /^(Taipei Economic and Cultural Representative Office in the United States(?: \(TECRO\))?|(?:Republic|Kingdom|State|Sultanate|Commonwealth|Federal Republic|United Republic) of (?:the )?[A-Z][a-z]+)/;

function recipientAndSubject(body: string): { recipient: string | null; subject: string | null } {
  const m = SALE.exec(body);
  const sentence = m ? sentenceFrom(body, m.index + m[0].length) : null;
  if (!sentence) return { recipient: null, subject: null };
  // "the Government of Greece of F-16 …", "Australia for an upgrade program for …", "the
  // Taipei Economic and Cultural Representative Office in the United States of …".
  const phrase = sentence
    .replace(/\s+(?:for|at)\s+an\s+estimated\s+(?:total\s+)?(?:cost|value)\b.*$/i, "")
    .replace(/^the\s+Government\s+of\s+(?:the\s+)?/i, "")
    .replace(/^the\s+/i, "");
  const protectedName = NAME_WITH_OF.exec(phrase)?.[0] ?? "";
  const split = /^(.*?)\s+(?:of|for)\s+(.+)$/s.exec(phrase.slice(protectedName.length));
  if (!split) return { recipient: phrase.trim() || null, subject: null };
  return { recipient: (protectedName + split[1]!).trim(), subject: split[2]!.trim() || null };
}

/** The first line when it is a headline "Recipient – Title". */
function findHeadline(body: string): string | null {
  const first = body.split("\n").map((l) => l.trim()).find((l) => l.length > 0);
  if (!first || first.length > 300) return null;
  const m = /^(.+?)\s+[–—-]\s+(.+)$/.exec(first);
  if (!m || /WASHINGTON|Media\/Public Contact|MEMORANDUM/i.test(first)) return null;
  return m[2]!.trim();
}

/** Splits "a; b; and c" (or "a, b, and c" when there are no semicolons) into items. */
export function splitList(text: string): string[] {
  const parts = text.includes(";") ? text.split(/;\s*/) : text.split(/,\s+(?![^()]*\))/);
  return parts
    .map((p) => p.replace(/^\s*and\s+/i, "").replace(/\s+/g, " ").replace(/[.;,\s]+$/, "").trim())
    .filter((p, i, all) => p.length > 0 && all.indexOf(p) === i);
}

/**
 * Up to the end of the sentence that starts at `from`, or null when the copy stops first. A
 * period after a lone capital ("U.S. Government") or a company abbreviation does not end it.
 */
function sentenceFrom(body: string, from: number): string | null {
  const rest = body.slice(from);
  const end = /(?<!\b[A-Z]|\b(?:No|Inc|Corp|Co|Ltd|St|Ft|Mt))\.(?=\s+[A-Z(]|\s*$)/.exec(rest);
  if (!end) return null;
  return rest.slice(0, end.index).replace(/\s+/g, " ").trim();
}

type Items = { mde: LineItemDraft[] | null; other: string[] | null };

function lineItem(text: string): LineItemDraft | null {
  const q = leadingQuantity(text);
  return q ? { description: q.rest, quantity: q.quantity, upTo: q.upTo } : null;
}

function findItems(body: string, subject: string | null): Items {
  // 2010s template: labelled blocks, one MDE line per line.
  const block = /Major Defense Equipment \(MDE\):?\s*\n([\s\S]*?)(?:\n\s*Non-MDE:?|$)/i.exec(body);
  if (block) {
    const lines = block[1]!.split("\n").map((l) => l.trim()).filter(Boolean);
    const mde = lines.map(lineItem).filter((l): l is LineItemDraft => l !== null);
    const nonMde = /Non-MDE:?\s*(?:\n\s*)?(?:Also included (?:are|is)\s+)?/i.exec(body);
    const otherSentence = nonMde ? sentenceFrom(body, nonMde.index + nonMde[0].length) : null;
    return { mde: mde.length > 0 ? mde : null, other: otherSentence ? splitList(otherSentence) : null };
  }

  // Current template: "<recipient> has requested to buy <MDE list>. The following non-MDE items will also be included: <list>."
  const buy = /has requested to buy\s+/.exec(body);
  const nonMde = /The following non-MDE items will (?:also )?be included:?\s*/i.exec(body);
  const otherSentence = nonMde ? sentenceFrom(body, nonMde.index + nonMde[0].length) : null;
  if (buy) {
    const request = sentenceFrom(body, buy.index + buy[0].length);
    if (request === null) return { mde: null, other: otherSentence ? splitList(otherSentence) : null };
    // "equipment and services for …, to include a; b; c": a services case with no MDE.
    const services = /^equipment and services\b[^,]*(?:,\s*to include\s+(.+))?$/i.exec(request);
    if (services) {
      const other = otherSentence ? splitList(otherSentence) : services[1] ? splitList(services[1]) : null;
      return { mde: [], other };
    }
    // A single line may hold commas of its own: split only when every part has a quantity.
    const parts = splitList(request);
    const items = request.includes(";") || parts.every((p) => lineItem(p)) ? parts.map(lineItem) : [lineItem(request)];
    // Every MDE line in this template carries a quantity; a line without one means the
    // sentence is not an MDE list, so say nothing rather than half of it.
    if (items.length > 0 && items.every((i) => i !== null)) return { mde: items as LineItemDraft[], other: otherSentence ? splitList(otherSentence) : null };
    return { mde: null, other: otherSentence ? splitList(otherSentence) : null };
  }

  // 1990s memorandum: "the possible sale to the Government of Italy of 734 STINGER …; 194
  // gripstock …; support equipment; …". Lines with a quantity are the equipment sold.
  if (subject && subject.includes(";")) {
    const items = splitList(subject);
    const mde = items.map(lineItem).filter((l): l is LineItemDraft => l !== null);
    const other = items.filter((i) => lineItem(i) === null);
    return { mde, other };
  }
  return { mde: null, other: otherSentence ? splitList(otherSentence) : null };
}

export function findContractors(body: string): ContractorDraft[] | null {
  if (/\b(?:many|multiple|various)\s+contractors\b/i.test(body)) return [];
  const m = /The\s+(?:principal|prime)\s+contractors?\s+(?:for\s+[^.]*?\s+)?(?:will\s+be|is|are)\s+/i.exec(body);
  if (!m) return null;
  const sentence = sentenceFrom(body, m.index + m[0].length);
  if (!sentence) return null;
  const list = sentence.replace(/\s+respectively$/i, "").replace(/\s+and\s+(?:the\s+)?U\.S\. Government\b.*$/i, "");
  // "A, located in X; and B, located in Y" / "A of X, and B of Y" / "A, Tucson, Ariz."
  const parts = list
    // "…, Tucson, AZ and B of Orlando, FL": an "and" right after a state ends a contractor.
    .split(/;\s*(?:and\s+)?|,\s+and\s+|(?<=,\s*(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.))\s+and\s+/)
    .flatMap((p) => ((p.match(/\blocated in\b/g) ?? []).length > 1 ? p.split(/\s+and\s+(?=[^,]+,?\s+located in\b)/) : [p]))
    .map((p) => p.trim())
    .filter(Boolean);
  const contractors: ContractorDraft[] = [];
  for (const part of parts) {
    if (/\bwill\b/i.test(part)) continue;
    const located = /^(.+?),?\s+(?:located|based|headquartered)\s+in\s+(.+)$/i.exec(part);
    const comma = /^(.+?\b(?:Inc|Co|Corp|Corporation|Company|LLC|Ltd)\.?),\s+(.+)$/.exec(part);
    const of = /^(.+?)\s+of\s+([A-Z][A-Za-z .]+,\s*[A-Z][A-Za-z.]+)$/.exec(part);
    const cityState = /^(.+?),\s+([A-Z][A-Za-z .]+,\s*(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.?))$/.exec(part);
    const hit = located ?? comma ?? of ?? cityState;
    // The sentence's own period was cut; an AP state abbreviation keeps its point ("Tucson, Ariz.").
    const location = hit ? hit[2]!.trim().replace(/(,\s*(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo))$/, "$1.") : null;
    contractors.push(hit ? { name: hit[1]!.trim(), location: location || null } : { name: part, location: null });
  }
  return contractors;
}

export function parseRelease(body: string): Draft {
  const text = body.replace(/\u00a0/g, " ");
  const date = findDate(text);
  const { recipient, subject } = recipientAndSubject(text);
  const value = VALUE.exec(text);
  const transmittal = /Transmittal\s+No\.?\s*:?\s*(\d{2}\s?[-‐‑‒–—−]\s?[0-9A-Z]{1,4})\b/i.exec(text);
  const items = findItems(text, subject);
  const trimmed = text.trimEnd();
  return {
    headline: findHeadline(text),
    subject: subject && !subject.includes(";") ? subject.replace(/\s+and related (?:equipment|elements of logistics and program support)$/i, "") : null,
    announcedOn: date?.on ?? null,
    dateFrom: date?.from ?? null,
    recipient,
    estimatedValueUsd: value ? parseUsd(value[1]!) : null,
    valueText: value ? value[1]!.replace(/\s+/g, " ") : null,
    transmittalNumber: transmittal ? normalizeTransmittal(transmittal[1]!) : null,
    majorDefenseEquipment: items.mde,
    otherItems: items.other,
    principalContractors: findContractors(text),
    reviewWaived: /emergency\s+exists[^.]*waiv|waiv\w*\s+the\s+(?:congressional\s+)?review/i.test(text),
    saysNato: /(?<!non-)\bNATO\s+(?:Ally|ally|member)/.test(text),
    truncated: !/[.!?"”)]$/.test(trimmed),
    length: trimmed.length,
  };
}
