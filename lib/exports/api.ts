import { chamberOf, congressGovUrl, congressOrdinal, dealHeadline, type EarlierCaseFacts, type EmergencyFacts, type ExportNotification, type ExportResolution, type FeedEvent, type FundingSource, type LineItem, memberName, type ReportKind, resolutionLabel, type SourceKind, type TimelineEntry, type VoteFacts } from "@/lib/domain";
import { formatLongDate, formatUsdCompact, safeHref } from "@/lib/format";
import { OFFICIAL_TEXT_KINDS } from "@/lib/seed";
import { atomDate, buildAtomFeed, type AtomEntry, type AtomFeed } from "./atom";
import type { CsvValue } from "./csv";

/**
 * The shapes the exports publish, built from lib's plain objects. Field names here are a
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

export function dealUrl(slug: string, origin: URL): string {
  return new URL(`/deals/${slug}`, origin).href;
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
  recipient: { code: string; name: string };
  systems: { slug: string; name: string; category: { slug: string; name: string } }[];
  transmittalNumber: string | null;
  reviewWaived: boolean;
  majorDefenseEquipment: ApiLineItem[];
  otherItems: string[];
  principalContractors: { name: string; location: string | null }[];
  sources: { publisher: string; title: string | null; url: string | null; kind: SourceKind }[];
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
  /** Joint resolutions of disapproval aimed at the sale (Congress's response), newest first. */
  resolutions: ApiResolution[];
};

export type ApiResolution = {
  /** "119-sjres-33" */
  id: string;
  /** "S.J.Res. 33" */
  label: string;
  congress: number;
  chamber: "senate" | "house";
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

/** "S.J.Res. 33 (119th Congress; Sen. Bernie Sanders (I-VT); introduced 2025-03-10): motion to discharge rejected 15-82 on 2025-04-03" */
export function resolutionText(r: ExportResolution): string {
  const head = `${resolutionLabel(r)} (${congressOrdinal(r.congress)}; ${memberName(r.sponsor, chamberOf(r))}; introduced ${r.introducedOn ?? "date not given"})`;
  const votes = r.votes.map((v) => `${/discharge/i.test(v.question) ? "motion to discharge" : "vote"} ${v.result} ${v.yeas}-${v.nays}${v.on ? ` on ${v.on}` : ""}`);
  const law = r.becameLaw ? [`became law (${r.becameLaw.publicLaw}) on ${r.becameLaw.on}`] : [];
  const outcome = [...votes, ...law];
  return `${head}: ${outcome.length > 0 ? outcome.join(", ") : "no floor vote recorded"}`;
}

/** At least one source is an official text of the notification. */
export function hasOfficialText(n: Pick<ExportNotification, "sources">): boolean {
  return n.sources.some((s) => (OFFICIAL_TEXT_KINDS as readonly string[]).includes(s.kind));
}

export function toApiNotification(n: ExportNotification, origin: URL): ApiNotification {
  return {
    slug: n.slug,
    url: dealUrl(n.slug, origin),
    title: n.title,
    summary: n.summary,
    announcedOn: n.announcedOn,
    dateApproximate: n.dateApproximate,
    estimatedValueUsd: usd(n.estimatedValueUsd),
    lowConfidence: n.lowConfidence,
    recipient: { code: n.recipient.code, name: n.recipient.name },
    systems: n.systems.map((s) => ({ slug: s.slug, name: s.name, category: { slug: s.category.slug, name: s.category.name } })),
    transmittalNumber: n.transmittalNumber,
    reviewWaived: n.reviewWaived,
    majorDefenseEquipment: n.majorDefenseEquipment.map((l) => ({ description: l.description, quantity: l.quantity, upTo: l.upTo })),
    otherItems: [...n.otherItems],
    principalContractors: n.principalContractors.map((c) => ({ name: c.name, location: c.location })),
    sources: n.sources.map((s) => ({ publisher: s.publisher, title: s.title, url: safeHref(s.url), kind: s.kind })),
    valueMdeUsd: usd(n.valueMdeUsd),
    valueOtherUsd: usd(n.valueOtherUsd),
    deliveredOn: n.deliveredOn,
    congressionalRecordOn: n.recordOn,
    federalRegisterOn: n.registerOn,
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
    officialText: hasOfficialText(n),
    resolutions: n.resolutions.map(toApiResolution),
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
    n.recordOn,
    n.registerOn,
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
    hasOfficialText(n),
    n.resolutions.length > 0,
    n.resolutions.map(resolutionText).join("; "),
  ];
}

const REPORT_KIND_TEXT = { "enhancement-or-upgrade": "Enhancement or upgrade", "cost-increase": "Cost increase", correction: "Correction" } as const;

/**
 * A feed entry for something that happened to a sale after its notification: a resolution of
 * disapproval aimed at it (dated by its introduction, updated by its last vote) or a report on it
 * (dated by the report), linking to the deal page where it is shown.
 */
export function eventEntry(event: FeedEvent, origin: URL): AtomEntry {
  const deal = dealUrl(event.sale.slug, origin);
  if (event.kind === "resolution") {
    const label = resolutionLabel(event);
    return {
      id: `${new URL("/congress", origin).href}#${event.id}`,
      title: `In Congress: ${label} against the sale to ${event.sale.recipientName} of ${event.sale.title}`,
      updated: atomDate(event.updated),
      published: atomDate(event.published),
      url: `${deal}#${event.id}`,
      summary: `${event.summary} ${label} (${congressOrdinal(event.congress)}), ${memberName(event.sponsor, chamberOf(event))}. ${event.outcome}.`,
      categories: [event.sale.recipientName, ...event.sale.systems, "Congress"],
    };
  }
  const what = `${REPORT_KIND_TEXT[event.reportKind]}${event.transmittalNumber ? ` ${event.transmittalNumber}` : ""}`;
  return {
    id: `${deal}#change-${event.id}`,
    title: `Later change: ${what} to the sale to ${event.sale.recipientName} of ${event.sale.title}`,
    updated: atomDate(event.updated),
    published: atomDate(event.published),
    url: `${deal}#change-${event.id}`,
    summary: `${event.title}. Reported ${formatLongDate(event.published)}.`,
    categories: [event.sale.recipientName, ...event.sale.systems, "Later changes"],
  };
}

/**
 * The Atom feed of a view: its newest notifications, each linking to its deal page, and what
 * happened to its sales since (`events`: resolutions of disapproval, reports), newest first by
 * the day each entry last changed, `size` entries at most.
 */
export function atomFeedFor(
  entries: TimelineEntry[],
  view: { headline: string | null; selfUrl: string; alternateUrl: string; origin: URL; fallbackUpdated: string },
  events: FeedEvent[] = [],
  size = Number.POSITIVE_INFINITY,
): string {
  const title = view.headline ? `FMS Timeline: ${view.headline}` : "FMS Timeline: all notifications";
  const feed: AtomFeed = {
    // The feed's id is its own URL: each filtered view is a different feed.
    id: view.selfUrl,
    title,
    subtitle: "U.S. Foreign Military Sales notified to Congress, with what Congress did about them and later changes to them, newest first, with sources.",
    updated: atomDate([entries[0]?.announcedOn, ...events.map((e) => e.updated)].filter((d): d is string => !!d).sort().at(-1) ?? view.fallbackUpdated),
    selfUrl: view.selfUrl,
    alternateUrl: view.alternateUrl,
    author: "FMS Timeline",
    entries: entries.map((e) => ({
      id: dealUrl(e.slug, view.origin),
      title: dealHeadline(e),
      updated: atomDate(e.announcedOn),
      published: atomDate(e.announcedOn),
      url: dealUrl(e.slug, view.origin),
      summary: `${e.summary} Estimated value ${formatUsdCompact(e.estimatedValueUsd)}; announced ${e.dateApproximate ? "about " : ""}${formatLongDate(e.announcedOn)}${
        e.deliveredOn ? `; delivered to Congress ${formatLongDate(e.deliveredOn)}` : ""
      }${e.transmittalNumber ? `; transmittal ${e.transmittalNumber}` : ""}${e.reviewWaived ? "; emergency sale, review waived" : ""}. ${e.title}.`,
      categories: [e.recipient.name, ...e.systems.map((s) => s.name)],
    })),
  };
  if (events.length > 0) {
    // Newest first by the day each last changed; a notification and an event of the same day keep the notification first.
    const all = [...feed.entries.map((entry, i) => ({ entry, i })), ...events.map((e, i) => ({ entry: eventEntry(e, view.origin), i: feed.entries.length + i }))];
    feed.entries = all
      .sort((a, b) => b.entry.updated.localeCompare(a.entry.updated) || a.i - b.i)
      .slice(0, size)
      .map((x) => x.entry);
  }
  return buildAtomFeed(feed);
}
