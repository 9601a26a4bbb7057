import { chamberOf, congressGovUrl, hasOfficialText, resolutionLabel, sourcingOf, type Chamber, type CompilationId, type Sourcing, type EarlierCaseFacts, type EmergencyFacts, type ExportNotification, type ExportResolution, type FundingSource, type RegionCode, type ReportKind, type SourceKind, type VoteFacts } from "@/lib/domain";
import { dealUrl, safeHref, todayInWashington } from "@/lib/format";
import { citationOf, type Citation } from "./citation";

/**
 * The JSON API's shapes, built from lib's plain objects. Field names here are a
 * public contract (documented in docs/architecture.md): add fields, never rename or remove them.
 */

/** A whole-dollar value as a JSON number: exact, since seed validation caps values at 2^53 − 1. */
function usd(amount: bigint): number;
function usd(amount: bigint | null): number | null;
function usd(amount: bigint | null): number | null {
  if (amount === null) return null;
  const n = Number(amount);
  if (!Number.isSafeInteger(n)) throw new RangeError(`US$${amount} cannot be a JSON number exactly`);
  return n;
}

export type ApiLineItem = { description: string; quantity: number | null; upTo: boolean };

export type ApiNotification = {
  slug: string;
  url: string;
  title: string;
  summary: string;
  announcedOn: string;
  dateApproximate: boolean;
  estimatedValueUsd: number;
  lowConfidence: boolean;
  /** `region`: the U.S. geographic combatant command whose area holds it (docs/data.md). */
  recipient: { code: string; name: string; region: RegionCode | null };
  systems: { slug: string; name: string; category: { slug: string; name: string } }[];
  transmittalNumber: string | null;
  reviewWaived: boolean;
  majorDefenseEquipment: ApiLineItem[];
  otherItems: string[];
  principalContractors: { name: string; location: string | null }[];
  /** via: the compilation a source's facts were taken from (e.g. "atlas"); null when read by the project. */
  sources: { publisher: string; title: string | null; url: string | null; kind: SourceKind; via: CompilationId | null }[];
  /** Paragraph (ii)'s split; null where no text gives it. */
  valueMdeUsd: number | null;
  valueOtherUsd: number | null;
  /** The dates of the official record, kept apart (YYYY-MM-DD or null). */
  deliveredOn: string | null;
  congressionalRecordOn: string | null;
  federalRegisterOn: string | null;
  implementingAgency: string | null;
  caseDesignator: string | null;
  fundingSources: FundingSource[];
  emergency: EmergencyFacts | null;
  addsToEarlierCase: EarlierCaseFacts | null;
  priorRelatedCases: string | null;
  /** Reports on the sale after its notification, and corrections, oldest first. */
  laterChanges: { kind: ReportKind; transmittalNumber: string | null; reportedOn: string; title: string; valueBeforeUsd: number | null; valueAfterUsd: number | null }[];
  /** True when at least one source is an official text (press release, Congressional Record, Federal Register). */
  officialText: boolean;
  /**
   * How its facts were read: "official-text" (an official text read by the project),
   * "official-compiled" (official releases only as a compilation gives them), "reporting-only".
   */
  sourcing: Sourcing;
  /** Joint resolutions of disapproval aimed at the sale (Congress's response), newest first. */
  resolutions: ApiResolution[];
  /** How to cite the record: plain text, BibTeX and CSL-JSON (citation.ts). */
  citation: Citation;
};

export type ApiResolution = {
  /** "119-sjres-33" */
  id: string;
  /** "S.J.Res. 33" */
  label: string;
  congress: number;
  chamber: Chamber;
  /** Its page on congress.gov. */
  url: string;
  sponsor: { name: string; party: string; state: string };
  introducedOn: string | null;
  /** How the resolution names this sale. */
  namedAs: string;
  votes: VoteFacts[];
  becameLaw: { on: string; publicLaw: string } | null;
};

export function toApiResolution(r: ExportResolution): ApiResolution {
  return {
    id: r.id,
    label: resolutionLabel(r),
    congress: r.congress,
    chamber: chamberOf(r),
    url: congressGovUrl(r),
    sponsor: { ...r.sponsor },
    introducedOn: r.introducedOn,
    namedAs: r.named,
    votes: r.votes.map(({ chamber, on, question, threshold, yeas, nays, present, notVoting, result, rollCall }) => ({
      chamber,
      on,
      question,
      threshold,
      yeas,
      nays,
      present,
      notVoting,
      result,
      rollCall,
    })),
    becameLaw: r.becameLaw && { ...r.becameLaw },
  };
}

/**
 * A notification as the API publishes it. `accessedOn` is its citation's retrieval date: today in
 * Washington for the API (kept by the page cache for that day only), the build's day for the dataset.
 */
export function toApiNotification(n: ExportNotification, origin: URL, accessedOn: string = todayInWashington()): ApiNotification {
  return {
    slug: n.slug,
    url: dealUrl(n.slug, origin),
    title: n.title,
    summary: n.summary,
    announcedOn: n.announcedOn,
    dateApproximate: n.dateApproximate,
    estimatedValueUsd: usd(n.estimatedValueUsd),
    lowConfidence: n.lowConfidence,
    recipient: { code: n.recipient.code, name: n.recipient.name, region: n.recipientRegion },
    systems: n.systems.map((s) => ({ slug: s.slug, name: s.name, category: { slug: s.category.slug, name: s.category.name } })),
    transmittalNumber: n.transmittalNumber,
    reviewWaived: n.reviewWaived,
    majorDefenseEquipment: n.majorDefenseEquipment.map((l) => ({ description: l.description, quantity: l.quantity, upTo: l.upTo })),
    otherItems: [...n.otherItems],
    principalContractors: n.principalContractors.map((c) => ({ name: c.name, location: c.location })),
    sources: n.sources.map((s) => ({ publisher: s.publisher, title: s.title, url: safeHref(s.url), kind: s.kind, via: s.via })),
    valueMdeUsd: usd(n.valueMdeUsd),
    valueOtherUsd: usd(n.valueOtherUsd),
    deliveredOn: n.deliveredOn,
    congressionalRecordOn: n.congressionalRecordOn,
    federalRegisterOn: n.federalRegisterOn,
    implementingAgency: n.implementingAgency,
    caseDesignator: n.caseDesignator,
    fundingSources: [...n.fundingSources],
    emergency: n.emergency && { determinedBy: n.emergency.determinedBy, determinedOn: n.emergency.determinedOn },
    addsToEarlierCase: n.addsToEarlierCase && { ...n.addsToEarlierCase },
    priorRelatedCases: n.priorRelatedCases,
    laterChanges: n.reports.map((r) => ({
      kind: r.kind,
      transmittalNumber: r.transmittalNumber,
      reportedOn: r.reportedOn,
      title: r.title,
      valueBeforeUsd: usd(r.valueBeforeUsd),
      valueAfterUsd: usd(r.valueAfterUsd),
    })),
    officialText: hasOfficialText(n.sources),
    sourcing: sourcingOf(n.sources),
    resolutions: n.resolutions.map(toApiResolution),
    // Dated as the deal page's citation: the record's last change in the change log, else its announcement.
    citation: citationOf(n, { accessedOn, lastChanged: n.lastChangedOn }, origin),
  };
}

export type ApiPage = {
  data: ApiNotification[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
  links: { self: string; first: string; last: string; prev: string | null; next: string | null };
};

/**
 * One page of the API. `requestUrl` is the URL asked for; the links keep its filters and
 * change only `page` (`pageSize` is kept when it was given).
 */
export function apiPage(notifications: ExportNotification[], total: number, page: number, pageSize: number, requestUrl: URL, origin: URL): ApiPage {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const link = (p: number) => {
    const url = new URL(requestUrl.pathname, origin);
    url.search = requestUrl.search;
    if (p === 1) url.searchParams.delete("page");
    else url.searchParams.set("page", String(p));
    return url.href;
  };
  return {
    data: notifications.map((n) => toApiNotification(n, origin)),
    pagination: { page, pageSize, total, pageCount },
    links: {
      self: link(page),
      first: link(1),
      last: link(pageCount),
      prev: page > 1 ? link(Math.min(page - 1, pageCount)) : null,
      next: page < pageCount ? link(page + 1) : null,
    },
  };
}
