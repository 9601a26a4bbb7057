import "server-only";
import { cachedView, type Db } from "@/lib/db";
import { newestResolutionFirst, resolutionOutcome, type FeedEvent, type ListedResolution, type Member, type ReportKind, type ResolutionDetail, type ResolutionSale, type ResolutionType, type ResolutionVote, type SourceDetail } from "@/lib/domain";
import { serializeFilters, type Filters } from "@/lib/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { filterSql, searchOf } from "./notification-sql";

/**
 * Resolutions of disapproval as the pages and exports show them, one query each: every
 * resolution's votes and sales come as JSON columns (values as text, so they stay exact).
 * Cached until the seed next commits, like every view (lib/db/view.ts).
 */

const RESOLUTION_COLUMNS = Prisma.sql`r.slug AS id, r.congress AS congress, r.type AS type, r.number AS number,
  r.sponsorName AS sponsorName, r.sponsorParty AS sponsorParty, r.sponsorState AS sponsorState, r.cosponsors AS cosponsors,
  r.introducedOn AS introducedOn, r.sortOn AS sortOn, r.summary AS summary, r.actions AS actions, r.becameLawOn AS becameLawOn,
  r.becameLawPublicLaw AS becameLawPublicLaw, r.becameLawSourceKey AS becameLawSourceKey, r.confidence AS confidence, r.notes AS notes,
  r.sources AS sources,
  (SELECT json_group_array(json_object('chamber', v.chamber, 'on', v.votedOn, 'question', v.question, 'threshold', v.threshold,
      'yeas', v.yeas, 'nays', v.nays, 'present', v.present, 'notVoting', v.notVoting, 'result', v.result, 'rollCall', v.rollCall,
      'sourceKey', v.sourceKey) ORDER BY v.position)
   FROM ResolutionVote v WHERE v.resolutionId = r.id) AS votes,
  (SELECT json_group_array(json_object('slug', n.slug, 'title', n.title, 'announcedOn', n.announcedOn,
      'estimatedValueUsd', CAST(n.estimatedValueUsd AS TEXT), 'code', rc.code, 'name', rc.name, 'kind', rc.kind, 'named', t.named) ORDER BY t.position)
   FROM ResolutionTarget t JOIN Notification n ON n.id = t.notificationId JOIN Recipient rc ON rc.id = n.recipientId
   WHERE t.resolutionId = r.id) AS sales`;

type ResolutionRow = {
  id: string;
  congress: number | bigint;
  type: ResolutionType;
  number: number | bigint;
  sponsorName: string;
  sponsorParty: string;
  sponsorState: string;
  cosponsors: string;
  introducedOn: string | null;
  sortOn: string;
  summary: string;
  actions: string;
  becameLawOn: string | null;
  becameLawPublicLaw: string | null;
  becameLawSourceKey: string | null;
  confidence: string;
  notes: string | null;
  sources: string;
  votes: string;
  sales: string;
};

type SaleJson = Omit<ResolutionSale, "estimatedValueUsd" | "recipient"> & { estimatedValueUsd: string; code: string; name: string; kind: string };

function toResolution(row: ResolutionRow): ListedResolution {
  return {
    id: row.id,
    congress: Number(row.congress),
    type: row.type,
    number: Number(row.number),
    sortOn: row.sortOn,
    sponsor: { name: row.sponsorName, party: row.sponsorParty, state: row.sponsorState },
    cosponsors: JSON.parse(row.cosponsors) as Member[],
    introducedOn: row.introducedOn,
    summary: row.summary,
    actions: JSON.parse(row.actions) as ResolutionDetail["actions"],
    votes: JSON.parse(row.votes) as ResolutionVote[],
    becameLaw: row.becameLawOn && row.becameLawPublicLaw && row.becameLawSourceKey ? { on: row.becameLawOn, publicLaw: row.becameLawPublicLaw, sourceKey: row.becameLawSourceKey } : null,
    lowConfidence: row.confidence === "low",
    notes: row.notes,
    sources: JSON.parse(row.sources) as Omit<SourceDetail, "reportedValue">[],
    sales: (JSON.parse(row.sales) as SaleJson[]).map(({ code, name, kind, estimatedValueUsd, ...s }) => ({
      ...s,
      estimatedValueUsd: BigInt(estimatedValueUsd),
      recipient: { code, name, kind },
    })),
  };
}

async function queryResolutions(db: Db, where: Prisma.Sql): Promise<ListedResolution[]> {
  const rows = await db.$queryRaw<ResolutionRow[]>`SELECT ${RESOLUTION_COLUMNS} FROM Resolution r WHERE ${where}`;
  return rows.map(toResolution).sort(newestResolutionFirst);
}

/** Every resolution in the record, newest first (/congress). */
export function getResolutions(): Promise<ListedResolution[]> {
  return cachedView("resolutions", (db) => queryResolutions(db, Prisma.sql`1`));
}

/** The resolutions aimed at one sale, newest first (its deal page). */
export function getResolutionsForSale(slug: string): Promise<ListedResolution[]> {
  return cachedView(`resolutions/${slug}`, (db) =>
    queryResolutions(db, Prisma.sql`r.id IN (SELECT t.resolutionId FROM ResolutionTarget t JOIN Notification n ON n.id = t.notificationId WHERE n.slug = ${slug})`),
  );
}

/** The names of a notification `n`'s systems, in the record's order, as a JSON array. */
const SALE_SYSTEMS = Prisma.sql`(SELECT json_group_array(s.name ORDER BY ns.position) FROM NotificationSystem ns JOIN System s ON s.id = ns.systemId WHERE ns.notificationId = n.id)`;

type FeedResolutionRow = ResolutionRow & { saleSlug: string; saleTitle: string; recipientName: string; saleSystems: string; position: number | bigint };
type FeedReportRow = { id: string; kind: ReportKind; transmittalNumber: string | null; reportedOn: string; title: string; saleSlug: string; saleTitle: string; recipientName: string; saleSystems: string };

/**
 * The resolutions and reports on the sales a view keeps (its filters), newest first, `limit` of
 * them: what the Atom feed adds to the view's notifications. A resolution aimed at several sales of
 * the view is one event, linked to the first of them it names; one with no date in any source is
 * left out (a feed entry needs one).
 */
export function getFeedEvents(filters: Filters, limit: number): Promise<FeedEvent[]> {
  return cachedView(`feed-events?${serializeFilters({ ...filters, page: 1, sort: "relevance" })}&limit=${limit}`, async (db) => {
    const where = filterSql(filters, searchOf(filters), "list");
    const resolutionRows = await db.$queryRaw<FeedResolutionRow[]>`
      SELECT ${RESOLUTION_COLUMNS}, n.slug AS saleSlug, n.title AS saleTitle, rc.name AS recipientName, ${SALE_SYSTEMS} AS saleSystems, t.position AS position
      FROM ResolutionTarget t JOIN Resolution r ON r.id = t.resolutionId JOIN Notification n ON n.id = t.notificationId JOIN Recipient rc ON rc.id = n.recipientId
      WHERE ${where}
      ORDER BY r.slug, t.position`;
    const reportRows = await db.$queryRaw<FeedReportRow[]>`
      SELECT rp.slug AS id, rp.kind AS kind, rp.transmittalNumber AS transmittalNumber, rp.reportedOn AS reportedOn, rp.title AS title,
        n.slug AS saleSlug, n.title AS saleTitle, rc.name AS recipientName, ${SALE_SYSTEMS} AS saleSystems
      FROM Report rp JOIN Notification n ON n.id = rp.notificationId JOIN Recipient rc ON rc.id = n.recipientId
      WHERE ${where}
      ORDER BY rp.reportedOn DESC, rp.slug LIMIT ${limit}`;
    const events: FeedEvent[] = [];
    const seen = new Set<string>();
    for (const row of resolutionRows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const r = toResolution(row);
      const dates = [r.introducedOn, ...r.votes.map((v) => v.on)].filter((d): d is string => d !== null).sort();
      if (dates.length === 0) continue;
      events.push({
        kind: "resolution",
        id: r.id,
        type: r.type,
        number: r.number,
        congress: r.congress,
        summary: r.summary,
        sponsor: r.sponsor,
        published: r.introducedOn ?? dates[0]!,
        updated: dates.at(-1)!,
        outcome: resolutionOutcome(r).text,
        sale: { slug: row.saleSlug, title: row.saleTitle, recipientName: row.recipientName, systems: JSON.parse(row.saleSystems) as string[] },
      });
    }
    for (const row of reportRows) {
      events.push({
        kind: "report",
        id: row.id,
        reportKind: row.kind,
        transmittalNumber: row.transmittalNumber,
        title: row.title,
        published: row.reportedOn,
        updated: row.reportedOn,
        sale: { slug: row.saleSlug, title: row.saleTitle, recipientName: row.recipientName, systems: JSON.parse(row.saleSystems) as string[] },
      });
    }
    return events.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id)).slice(0, limit);
  });
}
