/** The plain objects each view is built from: what the queries return and components render. No Prisma types leak past lib/. */

import type { ExportResolution } from "./congress";
import type { RegionCode, RegionDetail } from "./regions";
import type { FundingSource, SourceKind } from "./kinds";
import type { ClaimDetail, ContextFact, EarlierCaseFacts, EmergencyFacts, LineItem, PrincipalContractorRef, RecipientRef, ReportDetail, SourceDetail, SourceCitation, SystemRef } from "./record";

/** A run of text, marked (a search match) or not. */
export type TextPart = { text: string; mark: boolean };

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
  laterChangeCount: number;
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

/**
 * Something for each date the official record keeps apart: delivered to Congress (paragraph
 * (viii)), printed in the Congressional Record, published in the Federal Register. The same
 * three names are used for the dates themselves, everywhere but the seed files.
 */
export type OfficialDates<T = string | null> = { deliveredOn: T; congressionalRecordOn: T; federalRegisterOn: T };

export type NotificationDetail = TimelineEntry & {
  recipient: RecipientRef & { nato: boolean; context: ContextFact[] };
  /** Paragraph (ii)'s split: null where no text gives it. */
  valueMdeUsd: bigint | null;
  valueOtherUsd: bigint | null;
  /** The official record's dates besides the day it was delivered (deliveredOn, the entry's). */
  congressionalRecordOn: string | null;
  federalRegisterOn: string | null;
  /** The key of the source (a SourceDetail's) that gives each of the official record's dates. */
  dateSources: OfficialDates;
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
  /** Each linked to its contractor (seeds/contractors.json). */
  principalContractors: PrincipalContractorRef[];
  fundingNotes: string | null;
  implementationNotes: string | null;
  notes: string | null;
  sources: SourceDetail[];
  claims: ClaimDetail[];
};

export type Vocabulary = {
  recipients: (RecipientRef & { count: number })[];
  systems: (SystemRef & { aliases: string[]; count: number })[];
  categories: { slug: string; name: string; count: number }[];
  years: number[];
};

/**
 * The filter panel's counts for one view (lib/queries/facets.ts): per option, how many notifications the
 * view would hold with it added. Keyed by recipient code, system slug, category slug and year
 * ("2025"); an option the view's notifications never have is absent (0). The yes/no filters
 * (emergency sales, sales changed by later reports, sales challenged in Congress) count the view
 * with them on. One member per filter the table of filters gives a `facet` (lib/filters/table.ts,
 * which checks that the two agree).
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

export type YearTotal = { year: string; count: number; valueUsd: bigint };

/** A country (or organisation) page: everything notified to it, and what the record says about it. */
export type CountryProfile = {
  recipient: RecipientRef & { nato: boolean; context: ContextFact[]; region: RegionDetail | null };
  /** The newest notifications, newest first: a window of at most PROFILE_LIST_SIZE (lib/queries/profiles.ts). */
  notifications: TimelineEntry[];
  /** How many notifications the recipient has in all; totals below cover every one. */
  notificationCount: number;
  /** Every notification, newest first, for the dot strip; null when there are too many to draw one dot each. */
  strip: TimelineEntry[] | null;
  totalValueUsd: bigint;
  /** Years from the researched range on (lib/domain/coverage.ts), oldest first. */
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
  system: SystemRef & { aliases: string[]; description: { text: string; source: SourceCitation } | null };
  /** The newest notifications, newest first: a window of at most PROFILE_LIST_SIZE (lib/queries/profiles.ts). */
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
export type RecipientSummary = RecipientRef & { nato: boolean; region: RegionCode | null; count: number; valueUsd: bigint; firstOn: string | null; lastOn: string | null };

/** A row of the /systems index. */
export type SystemSummary = SystemRef & { aliases: string[]; count: number; recipientCount: number; valueUsd: bigint };

/** A notification with what the CSV export and the JSON API carry beyond a timeline entry. */
export type ExportNotification = TimelineEntry & {
  valueMdeUsd: bigint | null;
  valueOtherUsd: bigint | null;
  deliveredOn: string | null;
  congressionalRecordOn: string | null;
  federalRegisterOn: string | null;
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
  /** The recipient's region (lib/domain/regions.ts), null only before the seed sets it. */
  recipientRegion: RegionCode | null;
  sources: { kind: SourceKind; publisher: string; title: string | null; url: string | null }[];
  /** Joint resolutions of disapproval aimed at the sale, newest first (lib/domain/congress.ts). */
  resolutions: ExportResolution[];
};

export type FiscalYearCoverage = {
  /** FY2025 runs from 1 October 2024 to 30 September 2025. */
  fiscalYear: number;
  from: string;
  to: string;
  /** Today falls in it: the count can still grow. */
  current: boolean;
  total: number;
  /** With at least one official text among its sources (press release, Congressional Record, Federal Register). */
  official: number;
  /** From reporting only. */
  reportingOnly: number;
  lowConfidence: number;
  withTransmittal: number;
};

export type SeriesCoverage = {
  /** "25" for 25-01, 25-02, … */
  series: string;
  /** The highest number the record holds in the series: the series may run further. */
  highest: string;
  held: string[];
  /** Numbers from 01 to the highest held that the record lacks, as runs ("25-02 to 25-05", "25-07"). */
  missing: string[];
  missingCount: number;
};

export type Coverage = {
  researchedFrom: string;
  today: string;
  /** Everything from the researched range on. */
  researched: { total: number; official: number; withTransmittal: number; reports: number };
  fiscalYears: FiscalYearCoverage[];
  series: SeriesCoverage[];
  /** Notifications before the researched range: examples, not a record of those years. */
  earlier: { total: number; years: { year: string; count: number }[] };
  /** The newest announcement date the record holds. */
  newest: string | null;
};
