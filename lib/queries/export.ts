import "server-only";
import type { ExportResolution, Member, ResolutionVote } from "@/lib/domain";
import { Prisma } from "@/lib/generated/prisma/client";
import { filterVocabulary, getVocabulary } from "./timeline";
import { indexVocabulary, validateExportQuery, type ValidationResult } from "@/lib/filters";

/**
 * The resolutions aimed at a notification `n`, as one JSON column for the exports (the JSON API
 * and the CSV): newest first, each with its floor votes.
 */
export const EXPORT_RESOLUTIONS_COLUMN = Prisma.sql`(SELECT json_group_array(json_object('id', r.slug, 'congress', r.congress, 'type', r.type,
    'number', r.number, 'sponsor', json_object('name', r.sponsorName, 'party', r.sponsorParty, 'state', r.sponsorState),
    'introducedOn', r.introducedOn, 'named', t.named, 'becameLawOn', r.becameLawOn, 'becameLawPublicLaw', r.becameLawPublicLaw,
    'votes', json((SELECT json_group_array(json_object('chamber', v.chamber, 'on', v.votedOn, 'question', v.question, 'threshold', v.threshold,
        'yeas', v.yeas, 'nays', v.nays, 'present', v.present, 'notVoting', v.notVoting, 'result', v.result, 'rollCall', v.rollCall,
        'sourceKey', v.sourceKey) ORDER BY v.position)
      FROM ResolutionVote v WHERE v.resolutionId = r.id)))
    ORDER BY r.sortOn DESC, r.congress DESC, r.number DESC)
  FROM ResolutionTarget t JOIN Resolution r ON r.id = t.resolutionId WHERE t.notificationId = n.id) AS resolutions`;

type ExportResolutionJson = {
  id: string;
  congress: number;
  type: "sjres" | "hjres";
  number: number;
  sponsor: Member;
  introducedOn: string | null;
  named: string;
  becameLawOn: string | null;
  becameLawPublicLaw: string | null;
  votes: ResolutionVote[];
};

export function parseExportResolutions(json: string): ExportResolution[] {
  return (JSON.parse(json) as ExportResolutionJson[]).map(({ becameLawOn, becameLawPublicLaw, ...r }) => ({
    ...r,
    becameLaw: becameLawOn && becameLawPublicLaw ? { on: becameLawOn, publicLaw: becameLawPublicLaw } : null,
  }));
}

/** Validates an export request's query string against the database's vocabulary. */
export async function readExportQuery(params: URLSearchParams, allowed?: readonly string[]): Promise<ValidationResult> {
  const index = indexVocabulary(filterVocabulary(await getVocabulary()));
  return validateExportQuery(params, index, allowed);
}
