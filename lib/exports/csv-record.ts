import { chamberOf, congressOrdinal, hasOfficialText, memberName, resolutionLabel, type ExportNotification, type ExportResolution, type LineItem } from "@/lib/domain";
import { dealUrl, safeHref } from "@/lib/format";
import type { CsvValue } from "./csv";

/**
 * The CSV export's columns and rows. The header is a public contract (documented in
 * docs/architecture.md): columns are added at the end, never renamed or removed.
 */

export const CSV_HEADER = [
  "slug",
  "url",
  "announced_on",
  "date_approximate",
  "recipient_code",
  "recipient",
  "systems",
  "categories",
  "title",
  "summary",
  "estimated_value_usd",
  "major_defense_equipment",
  "other_items",
  "principal_contractors",
  "transmittal_number",
  "review_waived",
  "low_confidence",
  "source_urls",
  "value_mde_usd",
  "value_other_usd",
  "delivered_on",
  "congressional_record_on",
  "federal_register_on",
  "implementing_agency",
  "case_designator",
  "funding_sources",
  "emergency_determined_by",
  "emergency_determined_on",
  "adds_to_earlier_case",
  "prior_related_cases",
  "later_changes",
  "official_text",
  "challenged_in_congress",
  "resolutions",
  "recipient_region",
];

/** "26 × M142 HIMARS launchers", "up to 400 × AIM-120D-3", or the description alone. */
export function lineItemText(item: LineItem): string {
  if (item.quantity === null) return item.description;
  return `${item.upTo ? "up to " : ""}${item.quantity} × ${item.description}`;
}

/** One CSV row per notification; lists within a cell are joined with "; ". */
export function csvRecord(n: ExportNotification, origin: URL): CsvValue[] {
  const unique = (values: string[]) => [...new Set(values)];
  return [
    n.slug,
    dealUrl(n.slug, origin),
    n.announcedOn,
    n.dateApproximate,
    n.recipient.code,
    n.recipient.name,
    n.systems.map((s) => s.name).join("; "),
    unique(n.systems.map((s) => s.category.name)).join("; "),
    n.title,
    n.summary,
    n.estimatedValueUsd,
    n.majorDefenseEquipment.map(lineItemText).join("; "),
    n.otherItems.join("; "),
    n.principalContractors.map((c) => (c.location ? `${c.name} (${c.location})` : c.name)).join("; "),
    n.transmittalNumber,
    n.reviewWaived,
    n.lowConfidence,
    n.sources.flatMap((s) => safeHref(s.url) ?? []).join(" "),
    n.valueMdeUsd,
    n.valueOtherUsd,
    n.deliveredOn,
    n.congressionalRecordOn,
    n.federalRegisterOn,
    n.implementingAgency,
    n.caseDesignator,
    n.fundingSources.join("; "),
    n.emergency?.determinedBy ?? null,
    n.emergency?.determinedOn ?? null,
    n.addsToEarlierCase
      ? [n.addsToEarlierCase.belowThreshold ? "below threshold" : "notified sale", n.addsToEarlierCase.transmittalNumber, n.addsToEarlierCase.description].filter(Boolean).join(": ")
      : null,
    n.priorRelatedCases,
    n.reports.map((r) => `${r.reportedOn} ${r.kind}${r.transmittalNumber ? ` ${r.transmittalNumber}` : ""}: ${r.title}`).join("; "),
    hasOfficialText(n.sources),
    n.resolutions.length > 0,
    n.resolutions.map(resolutionText).join("; "),
    n.recipientRegion,
  ];
}

/** "S.J.Res. 33 (119th Congress; Sen. Bernie Sanders (I-VT); introduced 2025-03-10): motion to discharge rejected 15-82 on 2025-04-03" */
export function resolutionText(r: ExportResolution): string {
  const head = `${resolutionLabel(r)} (${congressOrdinal(r.congress)}; ${memberName(r.sponsor, chamberOf(r))}; introduced ${r.introducedOn ?? "date not given"})`;
  const votes = r.votes.map((v) => `${/discharge/i.test(v.question) ? "motion to discharge" : "vote"} ${v.result} ${v.yeas}-${v.nays}${v.on ? ` on ${v.on}` : ""}`);
  const law = r.becameLaw ? [`became law (${r.becameLaw.publicLaw}) on ${r.becameLaw.on}`] : [];
  const outcome = [...votes, ...law];
  return `${head}: ${outcome.length > 0 ? outcome.join(", ") : "no floor vote recorded"}`;
}
