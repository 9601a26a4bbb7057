/** The plain objects each view is built from: what the queries return and components render. No Prisma types leak past lib/. */

import type { ExportResolution } from "./congress";
import type { RegionCode, RegionDetail, RegionRef } from "./regions";
import type { FundingSource, SourceKind } from "./kinds";
import type { PeriodCover } from "./coverage";
import type { CompilationId } from "./sourcing";
import type { ClaimDetail, ContextFact, ContractorRef, EarlierCaseFacts, EmergencyFacts, LineItem, PrincipalContractorRef, RecipientRef, ReportDetail, SourceDetail, SourceCitation, SystemRef } from "./record";

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
  /** The regions (combatant commands), in code order, each with its recipients' notifications. */
  regions: (RegionRef & { count: number })[];
  /** The contractors, in name order, each with every name the record prints for it and the notifications naming it (each once). */
  contractors: (ContractorRef & { names: string[]; count: number })[];
  years: number[];
};

/**
 * The filter panel's counts for one view (lib/queries/facets.ts): per option, how many notifications the
 * view would hold with it added. Keyed by recipient code, region code, system slug,
 * category slug, contractor slug and year ("2025"); an option the view's notifications never have is absent (0). The yes/no filters
 * (emergency sales, sales changed by later reports, sales challenged in Congress) count the view
 * with them on. One member per filter the table of filters gives a `facet` (lib/filters/table.ts,
 * which checks that the two agree).
 */
export type FacetCounts = {
  countries: Record<string, number>;
  systems: Record<string, number>;
  regions: Record<string, number>;
  categories: Record<string, number>;
  contractors: Record<string, number>;
  years: Record<string, number>;
  emergency: number;
  changed: number;
  challenged: number;
};

/**
 * The timeline chart's data: one month's notifications matching the filters. A month of the
 * archive's first (April 2008) may come twice: its examples from before the archive apart.
 */
export type MonthTotal = { month: string; beforeArchive: boolean; count: number; valueUsd: bigint; approximateCount: number };

/** A fiscal year's notifications on a recipient's or system's page (from the archive on). */
/** A year's count and value, the year as a label ("2025"): a contractor's notifications by fiscal year. */
export type YearTotal = { year: string; count: number; valueUsd: bigint };

export type FiscalYearTotal = { fiscalYear: number; count: number; valueUsd: bigint; approximateCount: number };

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
  /** Fiscal years from the archive on (lib/domain/coverage.ts) that hold a notification, oldest first. */
  byFiscalYear: FiscalYearTotal[];
  /** Examples from before the archive: counted, never charted. */
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
  /** Fiscal years from the archive on that hold a notification listing the system, oldest first. */
  byFiscalYear: FiscalYearTotal[];
  /** Examples from before the archive: counted, never charted. */
  earlier: { count: number; valueUsd: bigint };
  approximateCount: number;
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
  /** The last day the change log's releases changed, renamed or added the record; null when it is not in the log. Its citation's date. */
  lastChangedOn: string | null;
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
  sources: { kind: SourceKind; publisher: string; title: string | null; url: string | null; via: CompilationId | null }[];
  /** Joint resolutions of disapproval aimed at the sale, newest first (lib/domain/congress.ts). */
  resolutions: ExportResolution[];
};

export type FiscalYearCoverage = {
  /** FY2025 runs from 1 October 2024 to 30 September 2025. */
  fiscalYear: number;
  /** The days counted: the fiscal year from the archive's first day on (FY2008 from 21 April 2008). */
  from: string;
  to: string;
  /** How complete the record is for those days (lib/domain/coverage.ts): FY2008 from its first release; partial where the archive's list ends; beyond it after. */
  cover: PeriodCover;
  /** Today falls in it: the count can still grow. */
  current: boolean;
  total: number;
  withTransmittal: number;
  /** With an official text among its sources (the release, the Congressional Record, the Federal Register): officialRead + officialCompiled. */
  official: number;
  /** With an official text the project read itself (lib/domain/sourcing.ts). */
  officialRead: number;
  /** With official releases only as a compilation gives them. */
  officialCompiled: number;
  /** From reporting only. */
  reportingOnly: number;
  lowConfidence: number;
};

export type SeriesCoverage = {
  /** "25" for 25-01, 25-02, … */
  series: string;
  /** The lowest and highest numbers the record holds in the series: it may run further either way (FY2008's began before the archive). */
  lowest: string;
  highest: string;
  held: number;
  /** Numbers between the lowest and highest held that the record lacks, as runs ("25-02 to 25-05", "25-07"). */
  missing: string[];
  missingCount: number;
};

export type Coverage = {
  /** The archive's first day and the day its list ends (lib/domain/coverage.ts). */
  archiveFrom: string;
  archiveThrough: string;
  today: string;
  /** Everything from the archive's first day on, and how much of it is dated after its list ends. */
  archive: { total: number; official: number; withTransmittal: number; reports: number; afterList: number };
  fiscalYears: FiscalYearCoverage[];
  series: SeriesCoverage[];
  /** Notifications before the archive: examples, not a record of those years. */
  earlier: { total: number; years: { year: string; count: number }[] };
  /** The newest announcement date the record holds. */
  newest: string | null;
};

/** What the record spans: its first and last announcement dates, the calendar years holding a notification (newest first), and how many are examples from before the archive or dated after its list ends. */
export type RecordSpan = { first: string | null; last: string | null; years: number[]; total: number; beforeArchive: number; afterList: number };
