import { chamberOf, congressOrdinal, hasOfficialText, memberName, resolutionLabel, REGION_CODES, sourcingOf, SOURCING_KINDS, type ExportNotification, type ExportResolution, type LineItem } from "@/lib/domain";
import { dealUrl, safeHref } from "@/lib/format";
import type { CsvValue } from "./csv";
import { csvHeaderOf, csvValuesOf, type CsvColumn } from "./columns";
import { FACTS } from "./facts";

/**
 * The CSV export's columns, each with what the data dictionary says about it: the header, the
 * rows (/notifications.csv and the dataset's notifications file) and the dictionary (/data)
 * come from this one list. The header is a public contract (documented in
 * docs/architecture.md): columns are added at the end, never renamed or removed.
 */

type Column = CsvColumn<ExportNotification, URL>;

const unique = (values: string[]) => [...new Set(values)];

export const NOTIFICATION_COLUMNS: readonly Column[] = [
  { name: "slug", type: "text", doc: FACTS.slug, value: (n) => n.slug },
  { name: "url", type: "URL", doc: FACTS.url, value: (n, origin) => dealUrl(n.slug, origin) },
  { name: "announced_on", type: "date", doc: FACTS.announcedOn, value: (n) => n.announcedOn },
  { name: "date_approximate", type: "true/false", doc: FACTS.dateApproximate, value: (n) => n.dateApproximate },
  { name: "recipient_code", type: "text", doc: FACTS.recipientCode, value: (n) => n.recipient.code },
  { name: "recipient", type: "text", doc: FACTS.recipientName, value: (n) => n.recipient.name },
  { name: "systems", type: "list", separator: "; ", doc: FACTS.systems, value: (n) => n.systems.map((s) => s.name).join("; ") },
  { name: "categories", type: "list", separator: "; ", doc: FACTS.categories, value: (n) => unique(n.systems.map((s) => s.category.name)).join("; ") },
  { name: "title", type: "text", doc: FACTS.title, value: (n) => n.title },
  { name: "summary", type: "text", doc: FACTS.summary, value: (n) => n.summary },
  { name: "estimated_value_usd", type: "whole number", doc: FACTS.estimatedValueUsd, value: (n) => n.estimatedValueUsd },
  {
    name: "major_defense_equipment",
    type: "list",
    separator: "; ",
    doc: { ...FACTS.majorDefenseEquipment, meaning: `${FACTS.majorDefenseEquipment.meaning} Each line reads "26 × M142 HIMARS launchers", "up to 400 × AIM-120D-3", or the description alone where no quantity is given; the equipment file has one row per line.` },
    value: (n) => n.majorDefenseEquipment.map(lineItemText).join("; "),
  },
  { name: "other_items", type: "list", separator: "; ", doc: FACTS.otherItems, value: (n) => n.otherItems.join("; ") },
  {
    name: "principal_contractors",
    type: "list",
    separator: "; ",
    doc: { ...FACTS.principalContractors, meaning: `${FACTS.principalContractors.meaning} Each reads "Lockheed Martin (Grand Prairie, Texas)".` },
    value: (n) => n.principalContractors.map((c) => (c.location ? `${c.name} (${c.location})` : c.name)).join("; "),
  },
  { name: "transmittal_number", type: "text", doc: FACTS.transmittalNumber, value: (n) => n.transmittalNumber },
  { name: "review_waived", type: "true/false", doc: FACTS.reviewWaived, value: (n) => n.reviewWaived },
  { name: "low_confidence", type: "true/false", doc: FACTS.lowConfidence, value: (n) => n.lowConfidence },
  {
    name: "source_urls",
    type: "list",
    separator: " ",
    doc: {
      meaning: "The web address of each source (http and https only); the sources file has each source with its kind, publisher, title and date.",
      empty: "No source has a web address (a document kept with the project is served at /documents/…, named in the sources file).",
      origin: FACTS.sources.origin,
    },
    value: (n) => n.sources.flatMap((s) => safeHref(s.url) ?? []).join(" "),
  },
  { name: "value_mde_usd", type: "whole number", doc: FACTS.valueMdeUsd, value: (n) => n.valueMdeUsd },
  { name: "value_other_usd", type: "whole number", doc: FACTS.valueOtherUsd, value: (n) => n.valueOtherUsd },
  { name: "delivered_on", type: "date", doc: FACTS.deliveredOn, value: (n) => n.deliveredOn },
  { name: "congressional_record_on", type: "date", doc: FACTS.congressionalRecordOn, value: (n) => n.congressionalRecordOn },
  { name: "federal_register_on", type: "date", doc: FACTS.federalRegisterOn, value: (n) => n.federalRegisterOn },
  { name: "implementing_agency", type: "text", doc: FACTS.implementingAgency, value: (n) => n.implementingAgency },
  { name: "case_designator", type: "text", doc: FACTS.caseDesignator, value: (n) => n.caseDesignator },
  { name: "funding_sources", type: "list", separator: "; ", doc: FACTS.fundingSources, value: (n) => n.fundingSources.join("; ") },
  { name: "emergency_determined_by", type: "text", doc: FACTS.emergencyDeterminedBy, value: (n) => n.emergency?.determinedBy ?? null },
  { name: "emergency_determined_on", type: "date", doc: FACTS.emergencyDeterminedOn, value: (n) => n.emergency?.determinedOn ?? null },
  {
    name: "adds_to_earlier_case",
    type: "text",
    doc: { ...FACTS.addsToEarlierCase, meaning: `${FACTS.addsToEarlierCase.meaning} Reads "below threshold" or "notified sale", then its transmittal number and description where given, separated by ": ".` },
    value: (n) =>
      n.addsToEarlierCase
        ? [n.addsToEarlierCase.belowThreshold ? "below threshold" : "notified sale", n.addsToEarlierCase.transmittalNumber, n.addsToEarlierCase.description].filter(Boolean).join(": ")
        : null,
  },
  { name: "prior_related_cases", type: "text", doc: FACTS.priorRelatedCases, value: (n) => n.priorRelatedCases },
  {
    name: "later_changes",
    type: "list",
    separator: "; ",
    doc: { ...FACTS.laterChanges, meaning: `${FACTS.laterChanges.meaning} Each reads "2025-03-01 cost-increase 25-0C: Increase in value": its date, its kind (enhancement-or-upgrade, cost-increase or correction), its transmittal number where it has one, and its title.` },
    value: (n) => n.reports.map((r) => `${r.reportedOn} ${r.kind}${r.transmittalNumber ? ` ${r.transmittalNumber}` : ""}: ${r.title}`).join("; "),
  },
  { name: "official_text", type: "true/false", doc: FACTS.officialText, value: (n) => hasOfficialText(n.sources) },
  { name: "challenged_in_congress", type: "true/false", doc: FACTS.challenged, value: (n) => n.resolutions.length > 0 },
  {
    name: "resolutions",
    type: "list",
    separator: "; ",
    doc: {
      ...FACTS.resolutions,
      meaning: `${FACTS.resolutions.meaning} Each reads "S.J.Res. 33 (119th Congress; Sen. Bernie Sanders (I-VT); introduced 2025-03-10): motion to discharge rejected 15-82 on 2025-04-03".`,
    },
    value: (n) => n.resolutions.map(resolutionText).join("; "),
  },
  { name: "sourcing", type: "one of", values: SOURCING_KINDS, doc: FACTS.sourcing, value: (n) => sourcingOf(n.sources) },
  { name: "recipient_region", type: "one of", values: REGION_CODES, doc: FACTS.recipientRegion, value: (n) => n.recipientRegion },
];

export const CSV_HEADER: string[] = csvHeaderOf(NOTIFICATION_COLUMNS);

/** "26 × M142 HIMARS launchers", "up to 400 × AIM-120D-3", or the description alone. */
export function lineItemText(item: LineItem): string {
  if (item.quantity === null) return item.description;
  return `${item.upTo ? "up to " : ""}${item.quantity} × ${item.description}`;
}

/** One CSV row per notification; lists within a cell are joined with "; ". */
export function csvRecord(n: ExportNotification, origin: URL): CsvValue[] {
  return csvValuesOf(NOTIFICATION_COLUMNS, n, origin);
}

/** "S.J.Res. 33 (119th Congress; Sen. Bernie Sanders (I-VT); introduced 2025-03-10): motion to discharge rejected 15-82 on 2025-04-03" */
export function resolutionText(r: ExportResolution): string {
  const head = `${resolutionLabel(r)} (${congressOrdinal(r.congress)}; ${memberName(r.sponsor, chamberOf(r))}; introduced ${r.introducedOn ?? "date not given"})`;
  const votes = r.votes.map((v) => `${/discharge/i.test(v.question) ? "motion to discharge" : "vote"} ${v.result} ${v.yeas}-${v.nays}${v.on ? ` on ${v.on}` : ""}`);
  const law = r.becameLaw ? [`became law (${r.becameLaw.publicLaw}) on ${r.becameLaw.on}`] : [];
  const outcome = [...votes, ...law];
  return `${head}: ${outcome.length > 0 ? outcome.join(", ") : "no floor vote recorded"}`;
}
