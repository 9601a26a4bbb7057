/** The parts of a record that pages, exports and the importer share: who, what, which source, what changed. */

import type { ReportKind, SourceKind, Verdict } from "./kinds";
import type { CompilationId } from "./sourcing";

export type RecipientRef = { code: string; name: string; kind: string; notifiedAs: string | null };

export type SystemRef = { slug: string; name: string; category: { slug: string; name: string } };

/** A contractor (seeds/contractors.json): one company by all the names the record prints for it. */
export type ContractorRef = { slug: string; name: string };

/** A principal contractor as a deal page links it: the name printed, its place, and the contractor it is (null only before the seed links it). */
export type PrincipalContractorRef = { name: string; location: string | null; contractor: ContractorRef | null };

export type LineItem = { description: string; quantity: number | null; upTo: boolean };

/** A later change to a sale: a §36(b)(5)(C) report or a correction, with its own sources. */
export type ReportDetail = {
  slug: string;
  kind: ReportKind;
  transmittalNumber: string | null;
  /** The date it is shown under: delivered to Congress, else printed, else published. */
  reportedOn: string;
  deliveredOn: string | null;
  congressionalRecordOn: string | null;
  federalRegisterOn: string | null;
  title: string;
  description: string;
  valueBeforeUsd: bigint | null;
  valueAfterUsd: bigint | null;
  notes: string | null;
  sources: Omit<SourceDetail, "reportedValue">[];
};

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
  /** The compilation its facts were taken from; null: read by the project (or not an official text). */
  via: CompilationId | null;
};

export type ClaimDetail = { claim: string; verdict: Verdict; reason: string; source: { key: string; publisher: string } };

/** Where a fact outside a notification comes from (a recipient's context, a system's description): a source without a key, since nothing points at it. */
export type SourceCitation = { kind: SourceKind; publisher: string; title: string | null; url: string | null; document: string | null };

/** A fact about a recipient that is not part of any one notification, with its source. */
export type ContextFact = { fact: string; source: SourceCitation };

/** Who determined the emergency that waived a sale's review, and when (either may be unknown). */
export type EmergencyFacts = { determinedBy: string | null; determinedOn: string | null };

/** The earlier case a sale adds to: below the threshold, or a notified sale by its number. */
export type EarlierCaseFacts = { belowThreshold: boolean; transmittalNumber: string | null; description: string | null };
