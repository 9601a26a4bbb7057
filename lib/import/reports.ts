import { REPORT_KIND_LABEL, SOURCE_KIND_LABEL, type ReportKind } from "@/lib/domain";
import type { NotificationSeed, ReportSeed } from "@/lib/seed";
import { describeUsd } from "./numbers";
import type { OfficialNotice } from "./official";
import { clip, sameText } from "./record";

/**
 * Reports on earlier sales: §36(b)(5)(C) enhancements or upgrades and cost increases (letter-coded
 * numbers such as 24-0J, 26-1C), and Federal Register corrections. Each becomes one file in
 * seeds/reports/ naming the sale it changes, never a sale of its own; a report naming a sale the
 * record does not hold is refused by that sale's transmittal number.
 */

export type ReportSource = { kind: "congressional-record" | "federal-register"; publisher: string; url: string; publishedOn: string | null; frDocument: string | null };

const KIND_WORDS: Record<ReportKind, string> = {
  "enhancement-or-upgrade": "enhancement or upgrade of the sensitivity of technology or capability",
  "cost-increase": "cost increase beyond the value notified",
  correction: "correction of the published notice",
};

/** The report's file id: its own number in lower case ("26-1c"), or for a correction a slug. */
export function reportIdOf(notice: OfficialNotice, source: ReportSource): string | null {
  if (notice.transmittalNumber) return notice.transmittalNumber.toLowerCase();
  if (notice.reportKind === "correction" && notice.saleNamed) return `correction-${notice.saleNamed.transmittalNumber}-${source.frDocument ?? source.publishedOn ?? "undated"}`.toLowerCase();
  return null;
}

function sourceEntry(notice: OfficialNotice, source: ReportSource, id: string, sale: NotificationSeed): ReportSeed["sources"][number] {
  const sold = notice.saleNamed!;
  const parts = [
    `${notice.reportKind === "correction" ? "Correction" : `Report ${notice.transmittalNumber ?? ""}`.trim()} on transmittal ${sold.transmittalNumber}${sold.on ? ` of ${sold.on}` : ""} (${sale.slug})`,
    notice.recipient ? "purchaser" : null,
    notice.implementingAgency ? `implementing agency ${notice.implementingAgency}` : null,
    notice.valueBeforeUsd !== null && notice.valueAfterUsd !== null ? `total from ${describeUsd(notice.valueBeforeUsd)} to ${describeUsd(notice.valueAfterUsd)}` : null,
    notice.deliveredOn ? `delivered to Congress ${notice.deliveredOn}` : null,
  ].filter(Boolean);
  return {
    id,
    kind: source.kind,
    publisher: source.publisher,
    title: "Arms Sales Notification",
    url: source.url,
    publishedOn: source.publishedOn,
    document: null,
    supports: `${parts.join("; ")}.`,
    reportedValue: null,
  };
}

export type ReportResult = { report: ReportSeed; changes: string[]; disagreements: string[] } | { problem: string };

/** A new report file, or this text merged into the report already on file (a second source, a date it lacked). */
export function buildOrMergeReport(notice: OfficialNotice, source: ReportSource, sale: NotificationSeed, existing: ReportSeed | null): ReportResult {
  const kind = notice.reportKind ?? "enhancement-or-upgrade";
  const sold = notice.saleNamed!;
  const prefix = source.kind === "congressional-record" ? "cr" : "fr";
  const baseId = source.publishedOn ? `${prefix}-${source.publishedOn}` : prefix;
  const dateKey = source.kind === "congressional-record" ? "congressionalRecord" : "federalRegister";

  if (existing) {
    const report = structuredClone(existing);
    const changes: string[] = [];
    const disagreements: string[] = [];
    let id = report.sources.find((s) => sameText(s.url, source.url))?.id;
    if (!id) {
      const ids = new Set(report.sources.map((s) => s.id));
      id = baseId;
      for (let n = 2; ids.has(id); n++) id = `${baseId}-${n}`;
      report.sources.push(sourceEntry(notice, source, id, sale));
      changes.push(`added the ${source.kind === "congressional-record" ? "Congressional Record" : "Federal Register"} text as source "${id}"`);
    }
    if (source.publishedOn && report[dateKey] === null) {
      report[dateKey] = { on: source.publishedOn, source: id };
      changes.push(`filled ${dateKey}: ${source.publishedOn}`);
    }
    if (notice.deliveredOn) {
      if (report.deliveredToCongress === null) {
        report.deliveredToCongress = { on: notice.deliveredOn, source: id };
        changes.push(`filled deliveredToCongress: ${notice.deliveredOn}`);
      } else if (report.deliveredToCongress.on !== notice.deliveredOn) disagreements.push(`deliveredToCongress: the report has ${report.deliveredToCongress.on}, this text says ${notice.deliveredOn} (kept the report's)`);
    }
    if (report.sale.transmittalNumber !== sold.transmittalNumber) disagreements.push(`sale: the report names ${report.sale.transmittalNumber}, this text names ${sold.transmittalNumber} (kept the report's)`);
    for (const field of ["valueBeforeUsd", "valueAfterUsd"] as const) {
      const theirs = notice[field];
      if (theirs === null) continue;
      if (report[field] === null) {
        report[field] = theirs;
        changes.push(`filled ${field}: ${theirs}`);
      } else if (report[field] !== theirs) disagreements.push(`${field}: the report has ${report[field]}, this text says ${theirs} (kept the report's)`);
    }
    return { report, changes, disagreements };
  }

  const id = reportIdOf(notice, source);
  if (!id) return { problem: "the report has no number of its own" };
  const valueLine = notice.valueBeforeUsd !== null && notice.valueAfterUsd !== null ? ` The total goes from ${describeUsd(notice.valueBeforeUsd)} to ${describeUsd(notice.valueAfterUsd)}.` : "";
  const report: ReportSeed = {
    id,
    kind,
    transmittalNumber: notice.transmittalNumber,
    sale: { transmittalNumber: sold.transmittalNumber, slug: null },
    deliveredToCongress: notice.deliveredOn ? { on: notice.deliveredOn, source: baseId } : null,
    congressionalRecord: dateKey === "congressionalRecord" && source.publishedOn ? { on: source.publishedOn, source: baseId } : null,
    federalRegister: dateKey === "federalRegister" && source.publishedOn ? { on: source.publishedOn, source: baseId } : null,
    title: clip(`${REPORT_KIND_LABEL[kind]}: ${sale.title}`, 300),
    description: clip(
      `${notice.transmittalNumber ? `Report ${notice.transmittalNumber}: ` : ""}${KIND_WORDS[kind]} for the sale notified as transmittal ${sold.transmittalNumber}${sold.on ? ` on ${sold.on}` : ""}.${valueLine} Read by npm run import from the ${SOURCE_KIND_LABEL[source.kind]}; what changed is in the text it cites.`,
      2_000,
    ),
    valueBeforeUsd: notice.valueBeforeUsd,
    valueAfterUsd: notice.valueAfterUsd,
    notes: null,
    sources: [sourceEntry(notice, source, baseId, sale)],
  };
  if (!report.deliveredToCongress && !report.congressionalRecord && !report.federalRegister) return { problem: `report ${notice.transmittalNumber ?? id}: the text gives no date (delivered, or printed)` };
  return { report, changes: ["new report"], disagreements: [] };
}
