/** Plain typed objects that pages and components render. No Prisma types leak past lib/. */

import type { ExportResolution } from "./congress";
import type { TextPart } from "@/lib/search";

export type { TextPart };

export type RecipientRef = { code: string; name: string; kind: string; notifiedAs: string | null };

export type SystemRef = { slug: string; name: string; category: { slug: string; name: string } };

export type TimelineEntry = {
  slug: string;
  title: string;
  summary: string;
  announcedOn: string;
  dateApproximate: boolean;
  estimatedValueUsd: bigint;
  lowConfidence: boolean;
  /** The sale's number in the official record, where a source gives it. */
  transmittalNumber: string | null;
  /** The day it was delivered to Congress (paragraph (viii)), where a source gives it. */
  deliveredOn: string | null;
  /** Sent under an emergency determination that waived the congressional review. */
  reviewWaived: boolean;
  /** How many later reports (enhancements, cost increases, corrections) change it. */
  laterChanges: number;
  /** How many joint resolutions of disapproval are aimed at it (challenged in Congress). */
  resolutionCount: number;
  recipient: RecipientRef;
  systems: SystemRef[];
  /** Where a search matched this notification; only on search results. */
  match?: SearchHighlight;
};

/** The searchable fields besides title and summary (lib/seed/search-index.ts). */
export type SearchField = "equipment" | "contractors" | "sources" | "names";

export type SearchHighlight = {
  title: TextPart[];
  summary: TextPart[];
  /** A marked snippet of each other field that matched. */
  elsewhere: { field: SearchField; parts: TextPart[] }[];
};

export type TimelinePage = {
  total: number;
  totalValueUsd: bigint;
  page: number;
  pageCount: number;
  pageSize: number;
  entries: TimelineEntry[];
};

export type LineItem = { description: string; quantity: number | null; upTo: boolean };

export type SourceKind = "official-notice" | "congressional-record" | "federal-register" | "official-record" | "news-report" | "official-context" | "unverified-report";

export type FundingSource = "national-funds" | "fmf" | "partner-funds";

/** A date of the official record with the key of the source that gives it (a SourceDetail's key). */
export type DatedFact = { on: string; sourceKey: string };

export type ReportKind = "enhancement-or-upgrade" | "cost-increase" | "correction";

/** A later change to a sale: a §36(b)(5)(C) report or a correction, with its own sources. */
export type ReportDetail = {
  slug: string;
  kind: ReportKind;
  transmittalNumber: string | null;
  /** The date it is shown under: delivered to Congress, else printed, else published. */
  reportedOn: string;
  deliveredOn: string | null;
  recordOn: string | null;
  registerOn: string | null;
  title: string;
  description: string;
  valueBeforeUsd: bigint | null;
  valueAfterUsd: bigint | null;
  notes: string | null;
  sources: Omit<SourceDetail, "reportedValue">[];
};
export type Verdict = "confirmed" | "consistent" | "unsupported" | "contradicted";

export type SourceDetail = {
  key: string;
  kind: SourceKind;
  publisher: string;
  title: string | null;
  url: string | null;
  publishedOn: string | null;
  document: string | null;
  supports: string | null;
  reportedValue: { amount: bigint; currency: string; text: string } | null;
};

export type ClaimDetail = { claim: string; verdict: Verdict; reason: string; source: { key: string; publisher: string } };

export type ContextFact = {
  fact: string;
  source: { kind: SourceKind; publisher: string; title: string | null; url: string | null; document: string | null };
};

export type NotificationDetail = TimelineEntry & {
  recipient: RecipientRef & { nato: boolean; context: ContextFact[] };
  /** Paragraph (ii)'s split: null where no text gives it. */
  valueMdeUsd: bigint | null;
  valueOtherUsd: bigint | null;
  deliveredToCongress: DatedFact | null;
  congressionalRecord: DatedFact | null;
  federalRegister: DatedFact | null;
  implementingAgency: string | null;
  caseDesignator: string | null;
  fundingSources: FundingSource[];
  emergency: (EmergencyFacts & { sourceKey: string }) | null;
  addsToEarlierCase: (EarlierCaseFacts & {
    sourceKey: string;
    /** The earlier sale, when the record holds it. */
    sale: { slug: string; title: string; announcedOn: string } | null;
  }) | null;
  priorRelatedCases: string | null;
  /** Reports on this sale and corrections, oldest first. */
  reports: ReportDetail[];
  majorDefenseEquipment: LineItem[];
  otherItems: string[];
  principalContractors: { name: string; location: string | null }[];
  fundingNotes: string | null;
  implementationNotes: string | null;
  notes: string | null;
  sources: SourceDetail[];
  claims: ClaimDetail[];
};

export type VocabularyDetail = {
  recipients: (RecipientRef & { count: number })[];
  systems: (SystemRef & { aliases: string[]; count: number })[];
  categories: { slug: string; name: string; count: number }[];
  years: number[];
};

/**
 * The filter panel's counts for one view (lib/facets.ts): per option, how many notifications the
 * view would hold with it added. Keyed by recipient code, system slug, category slug and year
 * ("2025"); an option the view's notifications never have is absent (0). The yes/no filters
 * (emergency sales, sales changed by later reports, sales challenged in Congress) count the view
 * with them on.
 */
export type FacetCounts = {
  countries: Record<string, number>;
  systems: Record<string, number>;
  categories: Record<string, number>;
  years: Record<string, number>;
  emergency: number;
  changed: number;
  challenged: number;
};

/** The timeline chart's data: one month's notifications matching the filters. */
export type MonthTotal = { month: string; count: number; valueUsd: bigint; approximateCount: number };

export type SourceRef = { kind: SourceKind; publisher: string; title: string | null; url: string | null; document: string | null };

export type YearTotal = { year: string; count: number; valueUsd: bigint };

/** A country (or organisation) page: everything notified to it, and what the record says about it. */
export type CountryProfile = {
  recipient: RecipientRef & { nato: boolean; context: ContextFact[] };
  /** The newest notifications, newest first: a window of at most PROFILE_LIST_SIZE (lib/profiles.ts). */
  notifications: TimelineEntry[];
  /** How many notifications the recipient has in all; totals below cover every one. */
  notificationCount: number;
  /** Every notification, newest first, for the dot strip; null when there are too many to draw one dot each. */
  strip: TimelineEntry[] | null;
  totalValueUsd: bigint;
  /** Years from the researched range on (lib/coverage-rules.ts), oldest first. */
  byYear: YearTotal[];
  /** Notifications before the researched range: examples, never charted. */
  earlier: { count: number; valueUsd: bigint };
  systems: (SystemRef & { count: number; valueUsd: bigint })[];
  approximateCount: number;
  /** Notifications sent under an emergency determination that waived the review period. */
  waivedCount: number;
};

/** A quantity of major defense equipment a notification lists for a system. */
export type SystemQuantity = {
  slug: string;
  announcedOn: string;
  dateApproximate: boolean;
  recipient: RecipientRef;
  items: LineItem[];
};

export type SystemProfile = {
  system: SystemRef & { aliases: string[]; description: { text: string; source: SourceRef } | null };
  /** The newest notifications, newest first: a window of at most PROFILE_LIST_SIZE (lib/profiles.ts). */
  notifications: TimelineEntry[];
  /** How many notifications list the system in all; totals below cover every one. */
  notificationCount: number;
  totalValueUsd: bigint;
  /** Notifications that list other systems too: their value is the whole notification's. */
  sharedCount: number;
  recipients: (RecipientRef & { count: number; valueUsd: bigint })[];
  /** The newest notifications that give a quantity for the system (at most PROFILE_LIST_SIZE), oldest first. */
  quantities: SystemQuantity[];
  /** How many notifications give a quantity for the system in all. */
  quantityCount: number;
};

/** A row of the /countries index. */
export type RecipientSummary = RecipientRef & { nato: boolean; count: number; valueUsd: bigint; firstOn: string | null; lastOn: string | null };

/** A row of the /systems index. */
export type SystemSummary = SystemRef & { aliases: string[]; count: number; recipientCount: number; valueUsd: bigint };

/** Who determined the emergency that waived a sale's review, and when (either may be unknown). */
export type EmergencyFacts = { determinedBy: string | null; determinedOn: string | null };

/** The earlier case a sale adds to: below the threshold, or a notified sale by its number. */
export type EarlierCaseFacts = { belowThreshold: boolean; transmittalNumber: string | null; description: string | null };

/** A notification with what the CSV export and the JSON API carry beyond a timeline entry. */
export type ExportNotification = TimelineEntry & {
  valueMdeUsd: bigint | null;
  valueOtherUsd: bigint | null;
  deliveredOn: string | null;
  recordOn: string | null;
  registerOn: string | null;
  implementingAgency: string | null;
  caseDesignator: string | null;
  fundingSources: FundingSource[];
  emergency: EmergencyFacts | null;
  addsToEarlierCase: EarlierCaseFacts | null;
  priorRelatedCases: string | null;
  reports: Pick<ReportDetail, "kind" | "transmittalNumber" | "reportedOn" | "title" | "valueBeforeUsd" | "valueAfterUsd">[];
  majorDefenseEquipment: LineItem[];
  otherItems: string[];
  principalContractors: { name: string; location: string | null }[];
  sources: { kind: SourceKind; publisher: string; title: string | null; url: string | null }[];
  /** Joint resolutions of disapproval aimed at the sale, newest first (lib/congress.ts). */
  resolutions: ExportResolution[];
};
