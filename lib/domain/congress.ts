import { formatLongDate } from "@/lib/format";
import { CHAMBER_NAME } from "./labels";
import { CHAMBER_SEATS, type Chamber, type ReportKind, type ResolutionType, type VoteResult, type VoteThreshold } from "./kinds";
import type { SourceDetail } from "./record";
import type { ReviewPeriod } from "./review-period";

/**
 * Congress's response to a notification, as plain objects: joint resolutions of disapproval
 * (AECA §36(b)) with their votes, how each is labelled and linked, what came of it, and where a
 * sale stands as far as public sources show. Pure: the queries are in lib/queries/congress.ts.
 */

export type Member = { name: string; party: string; state: string };

export type ResolutionVote = {
  chamber: Chamber;
  /** YYYY-MM-DD, or null when no source gives the day. */
  on: string | null;
  question: string;
  threshold: VoteThreshold;
  yeas: number;
  nays: number;
  present: number | null;
  notVoting: number | null;
  result: VoteResult;
  rollCall: number | null;
  sourceKey: string;
};

/** A floor vote as the exports publish it: the facts without the key of their source. */
export type VoteFacts = Omit<ResolutionVote, "sourceKey">;

export type ResolutionSale = {
  slug: string;
  title: string;
  announcedOn: string;
  estimatedValueUsd: bigint;
  recipient: { code: string; name: string; kind: string };
  /** How the resolution names the sale. */
  named: string;
};

export type ResolutionDetail = {
  /** "119-sjres-33" */
  id: string;
  congress: number;
  type: ResolutionType;
  number: number;
  sponsor: Member;
  cosponsors: Member[];
  introducedOn: string | null;
  summary: string;
  actions: { on: string | null; text: string; sourceKey: string }[];
  votes: ResolutionVote[];
  becameLaw: { on: string; publicLaw: string; sourceKey: string } | null;
  lowConfidence: boolean;
  notes: string | null;
  sources: Omit<SourceDetail, "reportedValue">[];
  sales: ResolutionSale[];
};

/** A resolution as lists show it, with the day it sorts by (introduced, or its place among its chamber's numbers). */
export type ListedResolution = ResolutionDetail & { sortOn: string };

const TYPE_LABEL = { sjres: "S.J.Res.", hjres: "H.J.Res." } as const;
const TYPE_PATH = { sjres: "senate-joint-resolution", hjres: "house-joint-resolution" } as const;

/** "S.J.Res. 33" */
export function resolutionLabel(r: Pick<ResolutionDetail, "type" | "number">): string {
  return `${TYPE_LABEL[r.type]} ${r.number}`;
}

/** The year a Congress first sits: the 118th sat from 3 January 2023 to 3 January 2025. */
export function congressFirstYear(congress: number): number {
  return 1789 + 2 * (congress - 1);
}

/** "119th Congress" */
export function congressOrdinal(congress: number): string {
  const teen = congress % 100 >= 11 && congress % 100 <= 13;
  const suffix = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[congress % 10] ?? "th";
  return `${congress}${suffix} Congress`;
}

/** Its page on congress.gov, the official record of its text and actions. */
export function congressGovUrl(r: Pick<ResolutionDetail, "congress" | "type" | "number">): string {
  return `https://www.congress.gov/bill/${congressOrdinal(r.congress).replace(" Congress", "").toLowerCase()}-congress/${TYPE_PATH[r.type]}/${r.number}`;
}

/** "Sen. Bernie Sanders (I-VT)" */
export function memberName(m: Member, chamber: Chamber): string {
  return `${chamber === "senate" ? "Sen." : "Rep."} ${m.name} (${m.party}-${m.state})`;
}

export function chamberOf(r: Pick<ResolutionDetail, "type">): Chamber {
  return r.type === "sjres" ? "senate" : "house";
}

/** "18–79" with present and not voting when a source splits them: "18–79, 1 present, 2 not voting". */
export function tallyText(v: Pick<ResolutionVote, "yeas" | "nays" | "present" | "notVoting">): string {
  const rest: string[] = [];
  if (v.present) rest.push(`${v.present} present`);
  if (v.notVoting) rest.push(`${v.notVoting} not voting`);
  return [`${v.yeas}–${v.nays}`, ...rest].join(", ");
}

/** Seats the source leaves unsplit between present and not voting (null when it splits them, or the chamber's size is unknown). */
export function unsplitSeats(v: Pick<ResolutionVote, "chamber" | "yeas" | "nays" | "present" | "notVoting">): number | null {
  if (v.chamber !== "senate" || (v.present !== null && v.notVoting !== null)) return null;
  const rest = CHAMBER_SEATS.senate - v.yeas - v.nays - (v.present ?? 0) - (v.notVoting ?? 0);
  return rest > 0 ? rest : null;
}

export type Outcome = { kind: "law" | "voted" | "pending"; text: string };

/**
 * What came of a resolution, from its record only: enacted (with the law a source names), its
 * last floor vote, or no floor vote recorded.
 */
export function resolutionOutcome(r: Pick<ResolutionDetail, "votes" | "becameLaw">): Outcome {
  if (r.becameLaw) return { kind: "law", text: `Became law (${r.becameLaw.publicLaw}) on ${formatLongDate(r.becameLaw.on)}` };
  const last = r.votes.at(-1);
  if (last) {
    const verb = last.result === "agreed" ? "agreed to" : "rejected";
    const when = last.on ? ` on ${formatLongDate(last.on)}` : "";
    const text = /discharge/i.test(last.question)
      ? `Motion to discharge ${verb} ${last.yeas}–${last.nays}${when}`
      : `${verb[0]!.toUpperCase()}${verb.slice(1)} ${last.yeas}–${last.nays} in the ${CHAMBER_NAME[last.chamber]}${when}`;
    return { kind: "voted", text };
  }
  return { kind: "pending", text: "No floor vote recorded" };
}

/** Newest first: by introduction (or its place among its chamber's numbers), then the higher number. */
export function newestResolutionFirst(a: { sortOn: string; congress: number; number: number }, b: { sortOn: string; congress: number; number: number }): number {
  return b.sortOn.localeCompare(a.sortOn) || b.congress - a.congress || b.number - a.number;
}

export type StageStep = { key: "notified" | "review" | "congress" | "blocked"; title: string; status: "done" | "current" | "none" | "waived"; text: string };

export type DealStage = {
  /** The furthest stage the sources show, as a short label. */
  label: string;
  steps: StageStep[];
};

/** Resolutions are in the record from the 118th Congress (3 January 2023) on. */
export const RESOLUTIONS_FROM = "2023-01-03";

/**
 * Where a sale stands as far as public sources show: notified; its review period running,
 * over or waived; challenged in Congress; blocked only when a resolution aimed at it became
 * law. A stage no source shows is not claimed.
 */
export function dealStage(
  dates: { announcedOn: string; deliveredOn: string | null },
  review: ReviewPeriod,
  resolutions: Pick<ResolutionDetail, "type" | "number" | "votes" | "becameLaw">[],
): DealStage {
  const { announcedOn, deliveredOn } = dates;
  const steps: StageStep[] = [
    {
      key: "notified",
      title: "Notified to Congress",
      status: "done",
      text: deliveredOn ? `Delivered to Congress ${formatLongDate(deliveredOn)}.` : `Announced ${formatLongDate(announcedOn)} (the day it was delivered is not recorded).`,
    },
  ];
  if (review.waived) {
    steps.push({ key: "review", title: "Review period", status: "waived", text: "Waived: an emergency was declared, so Congress had no review period before the sale could proceed." });
  } else if (review.status === "open") {
    steps.push({
      key: "review",
      title: "Review period",
      status: "current",
      text: `Running: ${review.daysLeft} ${review.daysLeft === 1 ? "day" : "days"} left (ends ${formatLongDate(review.endsOn)}).`,
    });
  } else {
    steps.push({ key: "review", title: "Review period", status: "done", text: `Over since ${formatLongDate(review.endsOn)}.` });
  }
  const blocking = resolutions.find((r) => r.becameLaw);
  if (resolutions.length > 0) {
    const labels = resolutions.map((r) => resolutionLabel(r)).join(", ");
    const voted = resolutions.flatMap((r) => r.votes).filter((v) => v.result === "rejected").length;
    steps.push({
      key: "congress",
      title: "Challenged in Congress",
      status: blocking ? "done" : "current",
      text: `${resolutions.length === 1 ? "A joint resolution of disapproval was" : `${resolutions.length} joint resolutions of disapproval were`} introduced (${labels})${voted > 0 ? `; ${voted === 1 ? "a floor vote" : `${voted} floor votes`} rejected ${voted === 1 ? "it" : "them"}` : ""}.`,
    });
  } else {
    steps.push({
      key: "congress",
      title: "Challenged in Congress",
      status: "none",
      text:
        announcedOn < RESOLUTIONS_FROM
          ? "Not known: the record lists resolutions of disapproval from 2023 (the 118th Congress) on."
          : "No joint resolution of disapproval aimed at this sale is in the record.",
    });
  }
  steps.push(
    blocking
      ? { key: "blocked", title: "Blocked", status: "done", text: `Blocked by ${resolutionLabel(blocking)}, enacted as ${blocking.becameLaw!.publicLaw}.` }
      : { key: "blocked", title: "Blocked", status: "none", text: "No source shows the sale blocked." },
  );
  const label = blocking
    ? "Blocked by Congress"
    : resolutions.length > 0
      ? "Challenged in Congress"
      : review.waived
        ? "Notified under an emergency (no review period)"
        : review.status === "open"
          ? "Notified; review period running"
          : "Notified; review period over";
  return { label, steps };
}

/** What the exports carry of each resolution aimed at a sale. */
export type ExportResolution = Pick<ResolutionDetail, "id" | "congress" | "type" | "number" | "sponsor" | "introducedOn" | "votes"> & {
  /** How the resolution names this sale. */
  named: string;
  becameLaw: { on: string; publicLaw: string } | null;
};

/** The sale a feed event happened to: its deal page, title, recipient and systems (the entry's categories). */
export type FeedSale = { slug: string; title: string; recipientName: string; systems: string[] };

/**
 * Something that happened to a sale after its notification, as the Atom feed publishes it: a
 * resolution of disapproval aimed at it, or a report on it (a §36(b)(5)(C) report, a correction).
 */
export type FeedEvent =
  | {
      kind: "resolution";
      /** "119-sjres-33" */
      id: string;
      type: ResolutionType;
      number: number;
      congress: number;
      summary: string;
      sponsor: Member;
      /** Its first date (introduced, else its first dated vote) and its latest (its last dated vote). */
      published: string;
      updated: string;
      outcome: string;
      sale: FeedSale;
    }
  | {
      kind: "report";
      /** The report's seed id ("26-1c") */
      id: string;
      reportKind: ReportKind;
      transmittalNumber: string | null;
      title: string;
      published: string;
      updated: string;
      sale: FeedSale;
    };
