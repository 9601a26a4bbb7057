import { normalizeAlias } from "./aliases";
import type { ContractorRef, RecipientRef, SystemRef } from "./record";
import type { TimelineEntry, YearTotal } from "./views";

/**
 * Principal contractors, normalised: a contractor (seeds/contractors.json) is one company by
 * every name the record prints for it ("Raytheon", "Raytheon Company" and "RTX Corporation" are
 * RTX), some of them the names of its business units ("Lockheed Martin Rotary and Mission
 * Systems", "Sikorsky"), and a joint venture names its partners. A notification's principal
 * contractor is linked to its contractor by the name as printed, exactly; a URL finds one by any
 * of its names or its slug, compared like system aliases (case, spaces and punctuation aside).
 */

/** What a name or slug is compared by, for URLs: `/contractors/Raytheon`, `/contractors/raytheon-company`. */
export const contractorKey = normalizeAlias;

/** The names a URL segment can resolve through, each with the contractor's slug. */
export type ContractorIndex = ReadonlyMap<string, string>;

/**
 * The contractor a URL segment names, and whether the segment is already its slug. An exact slug
 * wins; otherwise the segment is compared with every slug and name (`raytheon-company` is
 * "Raytheon Company"). Null for a name no contractor has.
 */
export function resolveContractor(segment: string, slugs: ReadonlySet<string>, index: ContractorIndex): { slug: string; canonical: boolean } | null {
  if (slugs.has(segment)) return { slug: segment, canonical: true };
  const key = contractorKey(segment);
  if (!key) return null;
  const slug = index.get(key);
  return slug ? { slug, canonical: false } : null;
}


/** A row of /contractors. */
export type ContractorSummary = ContractorRef & {
  /** A joint venture, with its partners. */
  partners: ContractorRef[];
  /** Notifications naming it (by any of its names), each counted once. */
  count: number;
  /** Their estimated values, each whole (see ContractorProfile.sharedCount). */
  valueUsd: bigint;
  firstOn: string | null;
  lastOn: string | null;
};

/** A source of a contractor's corporate history (always a web page). */
export type HistorySource = { publisher: string; title: string; url: string };

export type ContractorName = {
  name: string;
  /** A business unit or subsidiary of the contractor (or a former company it absorbed), not the company's own name. */
  unit: boolean;
  /** How many notifications in the record print it. */
  count: number;
};

export type ContractorProfile = {
  contractor: ContractorRef & {
    names: ContractorName[];
    /** For a joint venture: its partners. */
    partners: ContractorRef[];
    /** The joint ventures it is a partner in, with how many notifications name each. */
    ventures: (ContractorRef & { count: number })[];
    history: { fact: string; source: HistorySource }[];
    note: string | null;
  };
  /** The newest notifications naming it, newest first (a window of PROFILE_LIST_SIZE). */
  notifications: TimelineEntry[];
  notificationCount: number;
  /** Each notification's whole estimated value, summed. */
  totalValueUsd: bigint;
  /** Notifications that name other principal contractors too: their value is not this contractor's alone. */
  sharedCount: number;
  firstOn: string | null;
  lastOn: string | null;
  /** By fiscal year (the `year` key is the fiscal year), oldest first: only years with notifications. */
  byFiscalYear: YearTotal[];
  recipients: (RecipientRef & { count: number; valueUsd: bigint })[];
  systems: (SystemRef & { count: number; valueUsd: bigint })[];
};
