import { normalizeReportTransmittal, normalizeTransmittal, type FundingSource, type ReportKind } from "@/lib/domain";
import { leadingQuantity, NUMBER_WORD, parseAmount, parseDateText } from "./numbers";
import { findContractors, splitList, type ContractorDraft, type LineItemDraft } from "./parse";

/**
 * Reads the notification as the Congressional Record and the Federal Register print it: cover
 * letters (to the Speaker and to the Foreign Relations chair, or since 2026 the State
 * Department's "Congressional Notification Transmittal Letter"), then for each transmittal the
 * body, paragraphs (i) to (viii), and its policy justification; or a §36(b)(5)(C) report on an
 * earlier sale; or a Federal Register correction.
 *
 * Everything is read from whitespace-collapsed text, so GPO's hard-wrapped lines and mirrors that
 * join or drop lines read the same. A fact the text does not give is null; nothing is inferred.
 */

/** What one official text says about one transmittal: a sale, or a report on an earlier one. */
export type OfficialNotice = {
  kind: "sale" | "report";
  reportKind: ReportKind | null;
  /** The sale's number, or for a report its own (letter-coded) number. */
  transmittalNumber: string | null;
  /** For a report: the earlier sale it names, and that sale's date. */
  saleNamed: { transmittalNumber: string; on: string | null } | null;
  recipient: string | null;
  estimatedValueUsd: number | null;
  valueMdeUsd: number | null;
  valueOtherUsd: number | null;
  fundingSources: FundingSource[];
  implementingAgency: string | null;
  caseDesignator: string | null;
  majorDefenseEquipment: LineItemDraft[] | null;
  otherItems: string[] | null;
  priorRelatedCases: string | null;
  deliveredOn: string | null;
  principalContractors: ContractorDraft[] | null;
  /** The policy justification's headline, without the recipient ("Poland – X" → "X"). */
  headline: string | null;
  reviewWaived: boolean;
  emergencyDeterminedBy: string | null;
  /** Cost increases: the total before and after, where the report gives them. */
  valueBeforeUsd: number | null;
  valueAfterUsd: number | null;
  /** Facts this text states twice with two different values (letter and body, two letters). */
  conflicts: string[];
  /** The paragraphs read, for the source's "supports" line. */
  read: string[];
};

export type OfficialDocument = {
  origin: "congressional-record" | "federal-register";
  /** The day the Record printed it or the Register published it, when the text says. */
  printedOn: string | null;
  /** The Federal Register document number ("2024-11526"), when printed. */
  frDocument: string | null;
  /** The Federal Register says the notice corrects an earlier one. */
  correction: boolean;
  notices: OfficialNotice[];
};

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+`;
const US_DATE = String.raw`[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}`;
const ANY_DATE = String.raw`(?:${US_DATE}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})`;
const MONEY = String.raw`\$\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion))?`;
/** A transmittal number as printed: "25-103", "24-0J", "0G-23", "25–25", "26-013". */
const NUMBER = String.raw`\d{1,2}[A-Z]?\s?[-‐‑‒–—−]\s?\d{0,3}[A-Z]?`;

/** Tidies text for reading: one space for every run of whitespace, page markers and mirror noise removed. */
export function flatten(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .replace(/\[\[Page [A-Z]?\d+\]\]/g, " ")
    .replace(/\{time\}\s*\d{3,4}/g, " ")
    .replace(/BREAK IN TRANSCRIPT/g, " ")
    .replace(/\[(?:GRAPHIC|Federal Register graphic)[^\]]*\][^\n]*/g, " ")
    .replace(/BILLING CODE [\dA-Z-]+/g, " ")
    .replace(/-\n\s*/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** "0G-23" (the 2023 order) → "23-0G"; "26-013" → "26-13"; "24-0j" → "24-0J". */
export function readTransmittal(printed: string): { number: string; report: boolean } | null {
  const tidy = printed.replace(/[‐‑‒–—−]/g, "-").replace(/\s+/g, "").toUpperCase();
  const sale = normalizeTransmittal(tidy);
  if (sale) return { number: sale, report: false };
  const report = normalizeReportTransmittal(tidy);
  if (report) return { number: report, report: true };
  const reversed = /^(\d[A-Z])-(\d{2})$/.exec(tidy);
  if (reversed) return { number: `${reversed[2]}-${reversed[1]}`, report: true };
  return null;
}

/** What a text is, decided before anything is extracted from it. */
export type DocumentKind = "congressional-record" | "federal-register" | "press-release" | "commercial-licence" | "unknown";

export function classify(text: string): DocumentKind {
  const flat = flatten(text.slice(0, 400_000));
  const hasBody = /\(i\)\s*(?:Prospective\s+)?Purchaser\b/i.test(flat) || /Notice of Proposed Issuance of Letter of Offer/i.test(flat) || /Report of Enhancement or Upgrade/i.test(flat);
  const fr = /Federal Register/i.test(flat) && /\bAGENCY:|\bACTION:|\[FR Doc|FR Doc\.|Fed\. ?Reg\./.test(flat);
  if (/Notifications? to the Congress of Proposed Commercial Export Licenses|Section 36\(c\)|36\(c\) of the Arms Export Control Act/i.test(flat) && !hasBody) return "commercial-licence";
  if (fr && (hasBody || /Arms Sales Notification|arms sales notice/i.test(flat))) return "federal-register";
  const cr =
    /Congressional Record/i.test(flat) ||
    /ARMS SALES NOTIFICATIONS?\b/.test(flat) ||
    /ordered to be printed in the Record|unanimous consent to have printed in the Record/i.test(flat) ||
    /CONGRESSIONAL NOTIFICATION TRANSMITTAL LETTER/.test(flat) ||
    /Dear Mr\.? (?:Speaker|Chairman)|Dear Madam (?:Speaker|Chair)/i.test(flat);
  if (cr && (hasBody || /forwarding\s+(?:herewith\s+)?Transmittal\s+No/i.test(flat))) return "congressional-record";
  if (/possible\s+(?:Foreign\s+Military\s+)?[Ss]ale(?:\s+Order)?\s+to\s+/.test(flat) && /estimated\s+(?:total\s+)?(?:program\s+|case\s+)?(?:cost|value)/i.test(flat)) return "press-release";
  if (hasBody) return "congressional-record";
  return "unknown";
}

// Dates of printing ------------------------------------------------------------------------

/** The day the Congressional Record printed the text: its GPO header, a mirror's date line, or the address. */
export function crPrintedOn(text: string, url: string | null): string | null {
  const flat = flatten(text.slice(0, 20_000));
  const header = new RegExp(String.raw`Congressional Record[^\]]{0,80}\(${WEEKDAY}(${US_DATE})\)`).exec(flat);
  const dateLine = new RegExp(String.raw`\bDate:\s*(${US_DATE})`).exec(flat);
  const fromUrl = url ? urlDate(url) : null;
  return (header && parseDateText(header[1]!)) || fromUrl || (dateLine && parseDateText(dateLine[1]!)) || null;
}

/** The day the Federal Register published the text. */
export function frPublishedOn(text: string, url: string | null): string | null {
  const flat = flatten(text.slice(0, 20_000));
  const header = new RegExp(String.raw`Federal Register[^\]]{0,80}\(${WEEKDAY}(${US_DATE})\)`).exec(flat);
  const running = new RegExp(String.raw`Federal Register\s*/\s*Vol\.\s*\d+,\s*No\.\s*\d+\s*/\s*${WEEKDAY}(${US_DATE})`).exec(flat);
  const mirror = new RegExp(String.raw`Federal Register\s*(${US_DATE})`).exec(flat);
  const fromUrl = url ? urlDate(url) : null;
  return (header && parseDateText(header[1]!)) || (running && parseDateText(running[1]!)) || fromUrl || (mirror && parseDateText(mirror[1]!)) || null;
}

/** Dates in the official addresses: CREC-2025-07-17, /crec/2025/07/17/, /documents/2024/05/24/, FR-2024-05-24. */
function urlDate(url: string): string | null {
  const m = /(?:CREC-|FR-|daily-record\/)(\d{4})-(\d{2})-(\d{2})|\/(?:crec|documents)\/(\d{4})\/(\d{2})\/(\d{2})\//i.exec(url);
  if (!m) return null;
  const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  const iso = `${y}-${mo}-${d}`;
  return parseDateText(new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" })) === iso ? iso : null;
}

export function frDocumentNumber(text: string, url: string | null): string | null {
  const flat = flatten(text.slice(0, 20_000));
  const printed = /FR Doc(?:\.|ument)?\s*(?:No:?|#:?)?\s*(\d{4}-\d{4,6})/i.exec(flat)?.[1];
  const fromUrl = url ? /federalregister\.gov\/(?:d|documents\/\d{4}\/\d{2}\/\d{2})\/(\d{4}-\d{4,6})/.exec(url)?.[1] : undefined;
  return printed ?? fromUrl ?? null;
}

// Cover letters -----------------------------------------------------------------------------

type Letter = {
  number: string;
  report: boolean;
  department: string | null;
  recipient: string | null;
  value: number | null;
  reportKind: OfficialNotice["reportKind"];
  saleNamed: OfficialNotice["saleNamed"];
  at: number;
};

const LETTER = new RegExp(
  String.raw`forward(?:ing)?\s+(?:herewith\s+)?Transmittal\s+No\.?\s*(${NUMBER})` +
    String.raw`(?:[,.]?\s*concerning\s+the\s+(?:Department\s+of\s+the\s+)?(.{2,60}?)['’]s?\s+proposed\s+Letter\(?s?\)?\s+of\s+Offer\s+and\s+Acceptance\s+to\s+(?:the\s+)?(.{2,160}?)\s+for\s+defense\s+articles\s+and\s+services\s+estimated\s+to\s+cost\s+(${MONEY}))?`,
  "gi",
);
const REPORT_LETTER = new RegExp(
  String.raw`(enhancements?\s+or\s+upgrades?|cost\s+increase)[^.]{0,200}?certification\s+(?:No\.?\s*)?(${NUMBER})\s+(?:of|dated)\s+(${ANY_DATE})`,
  "i",
);

function readLetters(flat: string): Letter[] {
  const letters: Letter[] = [];
  for (const m of flat.matchAll(LETTER)) {
    const t = readTransmittal(m[1]!);
    if (!t) continue;
    const after = flat.slice(m.index! + m[0].length, m.index! + m[0].length + 600);
    const named = REPORT_LETTER.exec(after);
    const saleNamed = named ? readTransmittal(named[2]!) : null;
    letters.push({
      number: t.number,
      report: t.report,
      department: m[2] ? agencyName(m[2]) : null,
      recipient: m[3] ? m[3].trim() : null,
      value: m[4] ? parseAmount(m[4]) : null,
      reportKind: named ? (/cost/i.test(named[1]!) ? "cost-increase" : "enhancement-or-upgrade") : null,
      saleNamed: saleNamed && !saleNamed.report ? { transmittalNumber: saleNamed.number, on: parseDateText(named![3]!) } : null,
      at: m.index!,
    });
  }
  return letters;
}

/** "Department of the Air Force" → "Air Force"; "Army" stays "Army". */
function agencyName(text: string): string {
  return text
    .replace(/^(?:the\s+)?(?:U\.S\.\s+)?(?:Department\s+of\s+the\s+)?/i, "")
    .replace(/\s+/g, " ")
    .replace(/[.,;:]+$/, "")
    .trim();
}

// Bodies -------------------------------------------------------------------------------------

/** Where each body starts: its "Transmittal No." line before "Notice of Proposed Issuance…" or a report's title. */
const BODY_START = new RegExp(
  String.raw`(?:\[?\s*Transmittal\s+No\.?\s*:?\s*(${NUMBER})\s*\]?\s*)?(?=(?:Notice\s+of\s+Proposed\s+Issuance\s+of\s+Letter\s+of\s+Offer|Report\s+of\s+Enhancement\s+or\s+Upgrade|REPORT\s+OF\s+ENHANCEMENT|Report\s+of\s+(?:a\s+)?(?:Cost\s+Increase|Increase\s+in)))`,
  "gi",
);
/** Where a next letter starts (so a body's policy justification ends there). */
const LETTER_START = /(?:Dear\s+(?:Mr\.?|Madam|Ms\.?)\s+(?:Speaker|Chairman|Chair)|CONGRESSIONAL NOTIFICATION TRANSMITTAL LETTER|Defense Security Cooperation Agency,?\s+(?:Washington|Arlington)|Hon\.\s+[A-Z][a-z]+)/g;

function paragraph(unit: string, numeral: string, next: string[]): string | null {
  const m = new RegExp(String.raw`\(${numeral}\)\s*`, "i").exec(unit);
  if (!m) return null;
  const rest = unit.slice(m.index + m[0].length);
  let end = rest.length;
  for (const n of next) {
    const e = new RegExp(String.raw`\(${n}\)\s*[A-Z]`).exec(rest);
    if (e && e.index < end) end = e.index;
  }
  const pj = /POLICY JUSTIFICATION|Policy Justification/.exec(rest);
  if (pj && pj.index < end) end = pj.index;
  return rest.slice(0, end).trim();
}

const NUMERALS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
function para(unit: string, numeral: string): string | null {
  const i = NUMERALS.indexOf(numeral);
  return paragraph(unit, numeral, NUMERALS.slice(i + 1));
}

function amountAfter(label: RegExp, text: string): number | null {
  const m = new RegExp(label.source + String.raw`[\s.*?:]*?(${MONEY})`, "i").exec(text);
  return m ? parseAmount(m[1]!) : null;
}

function fundingOf(text: string): FundingSource[] {
  const m = /Funding\s+Sources?:?\s*([^()]{0,200}?)(?=\s*(?:\(iii\)|\*|$|\.\s|;\s*\(|\s\(iii\)))/i.exec(text);
  if (!m) return [];
  const phrase = m[1]!;
  const found: FundingSource[] = [];
  if (/national\s+funds/i.test(phrase)) found.push("national-funds");
  if (/\bFMF\b|Foreign\s+Military\s+Financing/i.test(phrase)) found.push("fmf");
  if (/partner|contributions?|other\s+nations?/i.test(phrase)) found.push("partner-funds");
  return found;
}

/** Splits an MDE block into lines: at each quantity ("Sixty (60) …", "Up to twelve (12) …", or "300 …" opening the block or after a semicolon). */
function mdeLines(block: string): LineItemDraft[] | null {
  const text = block.replace(/^[:\s]+/, "").trim();
  if (/^None\b/i.test(text)) return [];
  const WORDED = new RegExp(String.raw`^(?:[Uu]p\s+to\s+)?(?:(?:${NUMBER_WORD})[\s-]+(?:and\s+)?)+\(\d[\d,]*\)`, "i");
  const starts: number[] = [];
  let prefixEnd = -1;
  for (const m of text.matchAll(/(?:^|(?<=[\s;]))\S/g)) {
    const at = m.index!;
    if (at < prefixEnd) continue;
    const rest = text.slice(at);
    const worded = WORDED.exec(rest);
    const opensItem = at === 0 || /;\s*(?:and\s+)?$/.test(text.slice(0, at));
    if (worded || (opensItem && leadingQuantity(rest))) {
      starts.push(at);
      prefixEnd = at + (worded ? worded[0].length : 1);
    }
  }
  if (starts.length === 0) return null;
  const lines: LineItemDraft[] = [];
  starts.forEach((start, i) => {
    const piece = text.slice(start, starts[i + 1] ?? text.length).replace(/[;,\s]+(?:and\s*)?$/i, "").trim();
    const q = leadingQuantity(piece);
    if (q) lines.push({ description: q.rest.replace(/[.;,\s]+$/, ""), quantity: q.quantity, upTo: q.upTo });
  });
  return lines.length > 0 ? lines : null;
}

function readSaleBody(unit: string, notice: OfficialNotice) {
  const p1 = para(unit, "i");
  if (p1) {
    notice.recipient = p1.replace(/^(?:Prospective\s+)?Purchaser:?\s*/i, "").replace(/[.;\s]+$/, "").trim() || null;
    notice.read.push("purchaser");
  }
  const p2 = para(unit, "ii");
  if (p2) {
    notice.valueMdeUsd = amountAfter(/Major\s+Defense\s+Equipment/, p2);
    notice.valueOtherUsd = amountAfter(/\bOther/, p2);
    notice.estimatedValueUsd = amountAfter(/\bTotal/, p2);
    notice.fundingSources = fundingOf(p2).length > 0 ? fundingOf(p2) : fundingOf(unit);
    if (notice.estimatedValueUsd !== null) notice.read.push(notice.valueMdeUsd !== null && notice.valueOtherUsd !== null ? "MDE / other / total value" : "total value");
    if (notice.valueMdeUsd !== null && notice.valueOtherUsd !== null && notice.estimatedValueUsd !== null && notice.valueMdeUsd + notice.valueOtherUsd !== notice.estimatedValueUsd) {
      notice.conflicts.push(`paragraph (ii) gives MDE ${notice.valueMdeUsd} and other ${notice.valueOtherUsd}, which do not add up to its total ${notice.estimatedValueUsd}`);
    }
    if (notice.fundingSources.length > 0) notice.read.push("funding");
  }
  const p3 = para(unit, "iii");
  if (p3) {
    const mde = /Major\s+Defense\s+Equipment\s*\(MDE\):?\s*([\s\S]*?)(?=\s*Non-MDE|$)/i.exec(p3);
    const non = /Non-MDE(?:\s+items)?:?\s*(?:(?:Also\s+)?included\s+(?:are|is|will\s+be)\s*:?\s*)?([\s\S]*)$/i.exec(p3);
    if (mde) {
      notice.majorDefenseEquipment = mdeLines(mde[1]!);
      if (notice.majorDefenseEquipment) notice.read.push(notice.majorDefenseEquipment.length === 0 ? "no MDE" : "MDE lines");
    }
    if (non) {
      const items = splitList(non[1]!.replace(/\s*\.\s*$/, ""));
      notice.otherItems = items.length > 0 ? items : null;
      if (notice.otherItems) notice.read.push("non-MDE items");
    }
  }
  const p4 = para(unit, "iv");
  if (p4) {
    const m = /^(?:Military\s+Department|Implementing\s+Agency|Implementing\s+Department):?\s*(.*)$/i.exec(p4);
    const body = (m ? m[1]! : p4).replace(/[.;\s]+$/, "");
    const designator = /\(?\b([A-Z]{2}-[A-Z0-9]{1,3}-[A-Z0-9]{2,4})\b\)?/.exec(body);
    notice.caseDesignator = designator ? designator[1]! : null;
    const agency = agencyName(body.replace(/\s*\(?\b[A-Z]{2}-[A-Z0-9]{1,3}-[A-Z0-9]{2,4}\b\)?/g, "").replace(/[,;]\s*$/, ""));
    notice.implementingAgency = agency && agency.length <= 100 ? agency : null;
    if (notice.implementingAgency) notice.read.push(`implementing agency${notice.caseDesignator ? " and case designator" : ""}`);
  }
  const p5 = para(unit, "v");
  if (p5) {
    const text = p5.replace(/^Prior\s+Related\s+Cases,?\s*(?:if\s+any)?:?\s*/i, "").replace(/\s+/g, " ").trim();
    notice.priorRelatedCases = text ? clipSentence(text, 1000) : null;
    if (notice.priorRelatedCases) notice.read.push("prior related cases");
  }
  readDelivered(unit, notice);
  readJustification(unit, notice);
}

function readDelivered(unit: string, notice: OfficialNotice) {
  const m = new RegExp(String.raw`Date\s+Report\s+Delivered\s+to\s+Congress:?\s*(${ANY_DATE})`, "i").exec(unit);
  const on = m ? parseDateText(m[1]!) : null;
  if (on) {
    notice.deliveredOn = on;
    notice.read.push("date delivered to Congress");
  }
}

/** The policy justification after a body: its headline, the "has requested to buy" list, contractors, an emergency. */
function readJustification(unit: string, notice: OfficialNotice) {
  const pj = /POLICY JUSTIFICATION|Policy Justification/.exec(unit);
  const text = pj ? unit.slice(pj.index + pj[0].length) : "";
  if (text) {
    const headline = /^\s*(.{3,200}?)\s+[–—-]\s+(.{3,200}?)\s+(?=(?:The\s+)?(?:Government|Kingdom|Republic|State|Taipei|NATO|Sultanate|Hashemite|United|Emirate|Commonwealth)\b[^.]{0,200}?\bha(?:s|ve)\s+requested)/.exec(text);
    if (headline) notice.headline = headline[2]!.trim();
    if (notice.majorDefenseEquipment === null) {
      const buy = /has requested to buy\s+([^.]*(?:\.\d[^.]*)*)\./.exec(text);
      if (buy) {
        const lines = mdeLines(buy[1]!);
        if (lines && lines.length > 0) notice.majorDefenseEquipment = lines;
      }
    }
    const contractors = findContractors(text);
    if (contractors !== null) {
      notice.principalContractors = contractors;
      notice.read.push("principal contractors");
    }
  }
  if (/emergency\s+exists[^.]*waiv|waiv\w*\s+the\s+(?:congressional\s+)?review|emergency\s+exists\s+which\s+requires/i.test(unit)) {
    notice.reviewWaived = true;
    const who = /(?:the\s+)?(Secretary\s+of\s+State(?:\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+)?)?)\s+(?:has\s+)?determined/i.exec(unit);
    notice.emergencyDeterminedBy = who ? who[1]!.trim() : null;
    notice.read.push("emergency determination");
  }
}

function readReportBody(unit: string, notice: OfficialNotice) {
  const p1 = para(unit, "i");
  if (p1) notice.recipient = p1.replace(/^(?:Prospective\s+)?Purchaser:?\s*/i, "").replace(/[.;\s]+$/, "").trim() || null;
  const named = new RegExp(String.raw`Sec\.?\s*36\(b\)\(1\),?\s*AECA\s+Transmittal\s+No\.?:?\s*(${NUMBER})\s*;?\s*(?:Date:?\s*(${ANY_DATE}))?`, "i").exec(unit);
  if (named) {
    const t = readTransmittal(named[1]!);
    if (t && !t.report) notice.saleNamed = { transmittalNumber: t.number, on: named[2] ? parseDateText(named[2]) : (notice.saleNamed?.on ?? null) };
  }
  const agency = /(?:Implementing\s+Agency|Military\s+Department):?\s*([A-Z][A-Za-z ]{2,40}?)(?=[.;]|\s+\(|\s+Funding|\s*$)/.exec(unit);
  if (agency) notice.implementingAgency = agencyName(agency[1]!);
  notice.fundingSources = fundingOf(unit);
  const change = new RegExp(String.raw`(?:total\s+(?:case\s+)?(?:value|cost)|estimated\s+(?:total\s+)?(?:case\s+)?(?:value|cost))[^.$]{0,80}?from\s+(${MONEY})\s+to\s+(${MONEY})`, "i").exec(unit);
  if (change) {
    notice.valueBeforeUsd = parseAmount(change[1]!);
    notice.valueAfterUsd = parseAmount(change[2]!);
  }
  if (/Report\s+of\s+Enhancement\s+or\s+Upgrade|REPORT\s+OF\s+ENHANCEMENT/i.test(unit) && !notice.reportKind) notice.reportKind = "enhancement-or-upgrade";
  if (!notice.reportKind && /cost\s+increase/i.test(unit)) notice.reportKind = "cost-increase";
  readDelivered(unit, notice);
}

function clipSentence(text: string, max: number): string {
  if (text.length <= max) return text.replace(/[;,\s]+$/, "");
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:\s]+$/, "")}…`;
}

function emptyNotice(): OfficialNotice {
  return {
    kind: "sale",
    reportKind: null,
    transmittalNumber: null,
    saleNamed: null,
    recipient: null,
    estimatedValueUsd: null,
    valueMdeUsd: null,
    valueOtherUsd: null,
    fundingSources: [],
    implementingAgency: null,
    caseDesignator: null,
    majorDefenseEquipment: null,
    otherItems: null,
    priorRelatedCases: null,
    deliveredOn: null,
    principalContractors: null,
    headline: null,
    reviewWaived: false,
    emergencyDeterminedBy: null,
    valueBeforeUsd: null,
    valueAfterUsd: null,
    conflicts: [],
    read: [],
  };
}

/**
 * Reads a Congressional Record printing or a Federal Register notice: every transmittal in it,
 * each once (the letters to the Speaker and to the chair are one sale), with the letter's facts
 * (implementing department, recipient, value) checked against the body's.
 */
export function readOfficialDocument(text: string, origin: OfficialDocument["origin"], url: string | null): OfficialDocument {
  const flat = flatten(text);
  const correction = origin === "federal-register" && /ACTION:?\s*(?:Arms\s+sales\s+notice|Notice)\s*;\s*correction|\bcorrecting\s+(?:a|the)\s+notice|\bcorrection\b[^.]{0,80}\bTransmittal/i.test(flat);
  const doc: OfficialDocument = {
    origin,
    printedOn: origin === "congressional-record" ? crPrintedOn(text, url) : frPublishedOn(text, url),
    frDocument: origin === "federal-register" ? frDocumentNumber(text, url) : null,
    correction,
    notices: [],
  };

  const letters = readLetters(flat);
  const letterStarts = [...flat.matchAll(LETTER_START)].map((m) => m.index!);
  const starts: { at: number; number: string | null; report: boolean }[] = [];
  let consumedTo = -1;
  for (const m of flat.matchAll(BODY_START)) {
    // The title right after a "Transmittal No." line matched a moment ago is the same body.
    if (m.index! <= consumedTo) continue;
    consumedTo = m.index! + m[0].length;
    const t = m[1] ? readTransmittal(m[1]) : null;
    const report = t ? t.report : /^Report|^REPORT/.test(flat.slice(m.index! + m[0].length));
    starts.push({ at: m.index!, number: t?.number ?? null, report });
  }
  // The Federal Register's bracketed header names the transmittal when the body line does not.
  const header = new RegExp(String.raw`\[\s*Transmittal\s+Nos?\.?\s*(${NUMBER})\s*\]`).exec(flat);
  const headerNumber = header ? readTransmittal(header[1]!) : null;

  const byNumber = new Map<string, OfficialNotice>();
  starts.forEach((start, i) => {
    const nextBody = starts[i + 1]?.at ?? flat.length;
    const nextLetter = letterStarts.find((l) => l > start.at + 20) ?? flat.length;
    const unit = flat.slice(start.at, Math.min(nextBody, nextLetter));
    const notice = emptyNotice();
    let number = start.number;
    if (!number && starts.length === 1 && headerNumber) number = headerNumber.number;
    if (!number) {
      // A mirror dropped the number line: take the one letter not matched to another body.
      const unmatched = letters.filter((l) => !starts.some((s) => s.number === l.number));
      const distinct = [...new Set(unmatched.map((l) => l.number))];
      if (distinct.length === 1) number = distinct[0]!;
    }
    notice.transmittalNumber = number;
    const isReport = start.report || (number !== null && readTransmittal(number)?.report === true);
    if (isReport) {
      notice.kind = "report";
      readReportBody(unit, notice);
    } else readSaleBody(unit, notice);
    mergeNotice(byNumber, notice, doc.notices);
  });

  // Letters whose body the text does not hold (a mirror cut it, or the printing stops): the letter's facts alone.
  for (const letter of letters) {
    const existing = byNumber.get(letter.number);
    if (existing) {
      applyLetter(existing, letter);
      continue;
    }
    const notice = emptyNotice();
    notice.transmittalNumber = letter.number;
    notice.kind = letter.report ? "report" : "sale";
    applyLetter(notice, letter);
    mergeNotice(byNumber, notice, doc.notices);
  }

  if (correction) {
    const target = headerNumber ?? (doc.notices[0]?.transmittalNumber ? readTransmittal(doc.notices[0].transmittalNumber) : null);
    const sale = doc.notices.find((n) => n.kind === "sale");
    const notice = emptyNotice();
    notice.kind = "report";
    notice.reportKind = "correction";
    notice.transmittalNumber = null;
    notice.recipient = sale?.recipient ?? null;
    notice.saleNamed = target && !target.report ? { transmittalNumber: target.number, on: null } : null;
    const published = new RegExp(String.raw`published\s+(?:in\s+the\s+Federal\s+Register\s+)?on\s+(${ANY_DATE})`, "i").exec(flat);
    if (published) notice.read.push(`corrects the notice of ${parseDateText(published[1]!) ?? published[1]}`);
    doc.notices = [notice];
  }
  return doc;
}

function applyLetter(notice: OfficialNotice, letter: Letter) {
  if (letter.department) {
    if (notice.implementingAgency === null) {
      notice.implementingAgency = letter.department;
      notice.read.push("implementing department (cover letter)");
    }
  }
  if (letter.recipient && notice.recipient === null) notice.recipient = letter.recipient;
  if (letter.value !== null) {
    if (notice.estimatedValueUsd === null) {
      notice.estimatedValueUsd = letter.value;
      notice.read.push("value (cover letter)");
    } else if (notice.estimatedValueUsd !== letter.value) {
      notice.conflicts.push(`its value is printed as ${notice.estimatedValueUsd} and, in a cover letter, as ${letter.value}`);
    }
  }
  if (letter.reportKind && notice.reportKind === null) notice.reportKind = letter.reportKind;
  if (letter.saleNamed && notice.saleNamed === null) notice.saleNamed = letter.saleNamed;
  if (letter.saleNamed && notice.saleNamed && notice.saleNamed.on === null) notice.saleNamed.on = letter.saleNamed.on;
}

/** One transmittal once: a second body or letter for it must agree with the first. */
function mergeNotice(byNumber: Map<string, OfficialNotice>, notice: OfficialNotice, list: OfficialNotice[]) {
  const number = notice.transmittalNumber;
  const first = number ? byNumber.get(number) : undefined;
  if (!first) {
    if (number) byNumber.set(number, notice);
    list.push(notice);
    return;
  }
  for (const field of ["estimatedValueUsd", "valueMdeUsd", "valueOtherUsd", "deliveredOn", "caseDesignator"] as const) {
    const a = first[field];
    const b = notice[field];
    if (a !== null && b !== null && a !== b) first.conflicts.push(`${field} is printed twice for transmittal ${number}: ${a} and ${b}`);
    else if (a === null && b !== null) (first as Record<typeof field, unknown>)[field] = b;
  }
  for (const field of ["recipient", "implementingAgency", "priorRelatedCases", "majorDefenseEquipment", "otherItems", "principalContractors", "headline"] as const) {
    if (first[field] === null && notice[field] !== null) (first as Record<typeof field, unknown>)[field] = notice[field];
  }
  first.conflicts.push(...notice.conflicts);
  first.read.push(...notice.read.filter((r) => !first.read.includes(r)));
}
