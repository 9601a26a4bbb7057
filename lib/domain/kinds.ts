/**
 * Every closed list of kinds the record uses, each written once as a constant; the types are
 * derived from the lists, and the seed's schema (lib/seed/schema.ts) validates against the same
 * lists. What each kind is called on the page is in labels.ts.
 */

/**
 * official-notice: the press release (DSCA's, or the State Department's since 2026);
 * congressional-record and federal-register: the notification as printed there;
 * official-record: other official records (congress.gov, Senate and House roll calls);
 * official-context: official background that is not the notification itself.
 */
export const SOURCE_KINDS = [
  "official-notice",
  "congressional-record",
  "federal-register",
  "official-record",
  "news-report",
  "official-context",
  "unverified-report",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The kinds that are an official text of the notification itself. */
export const OFFICIAL_TEXT_KINDS = ["official-notice", "congressional-record", "federal-register"] as const satisfies readonly SourceKind[];
export type OfficialTextKind = (typeof OFFICIAL_TEXT_KINDS)[number];

export function isOfficialTextKind(kind: SourceKind): kind is OfficialTextKind {
  return (OFFICIAL_TEXT_KINDS as readonly SourceKind[]).includes(kind);
}

/** At least one of the sources is an official text of the notification (a release, the Record, the Register). */
export function hasOfficialText(sources: readonly { kind: SourceKind }[]): boolean {
  return sources.some((s) => isOfficialTextKind(s.kind));
}

/**
 * How a record's facts were read (lib/domain/sourcing.ts decides): from an official text the
 * project read itself; from official releases only as a compilation gives them; from reporting only.
 */
export const SOURCING_KINDS = ["official-text", "official-compiled", "reporting-only"] as const;
export type Sourcing = (typeof SOURCING_KINDS)[number];

/** Paragraph (ii)'s "Funding Source". */
export const FUNDING_SOURCES = ["national-funds", "fmf", "partner-funds"] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** A later change to a sale: a §36(b)(5)(C) report (an enhancement or upgrade, a cost increase) or a correction. */
export const REPORT_KINDS = ["enhancement-or-upgrade", "cost-increase", "correction"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** How a claim about a deal stands against the record. */
export const CLAIM_VERDICTS = ["confirmed", "consistent", "unsupported", "contradicted"] as const;
export type Verdict = (typeof CLAIM_VERDICTS)[number];

export const RECIPIENT_KINDS = ["country", "organization"] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** A record (a notification, a resolution) rests on sound sources, or on weak ones. */
export const CONFIDENCE_LEVELS = ["standard", "low"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** A joint resolution of disapproval: the Senate's (S.J.Res.) or the House's (H.J.Res.). */
export const RESOLUTION_TYPES = ["sjres", "hjres"] as const;
export type ResolutionType = (typeof RESOLUTION_TYPES)[number];

export const CHAMBERS = ["senate", "house"] as const;
export type Chamber = (typeof CHAMBERS)[number];

/** Seats in each chamber: a Senate vote's yeas, nays, present and not voting add up to 100. */
export const CHAMBER_SEATS = { senate: 100, house: 435 } as const satisfies Record<Chamber, number>;

export const VOTE_RESULTS = ["agreed", "rejected"] as const;
export type VoteResult = (typeof VOTE_RESULTS)[number];

export const VOTE_THRESHOLDS = ["simple-majority", "two-thirds"] as const;
export type VoteThreshold = (typeof VOTE_THRESHOLDS)[number];
