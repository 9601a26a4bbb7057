import "server-only";
import { cache } from "react";
import { cachedQuery, cachedView, toCount } from "@/lib/db";
import { recordHistory, type FieldChange, type RecordEvent, type RecordHistory, type ReleaseItem, type ReleaseSummary } from "@/lib/domain";
import { Prisma } from "@/lib/generated/prisma/client";

/** The record's change history (seeds/changes.json, loaded by the seed into Release and RecordChange). Cached until the seed runs. */

type CountRow = { id: number | bigint; date: string; added: number | bigint; changed: number | bigint; renamed: number | bigint; removed: number | bigint };
const toSummary = (r: CountRow): ReleaseSummary => ({ id: toCount(r.id), date: r.date, added: toCount(r.added), changed: toCount(r.changed), renamed: toCount(r.renamed), removed: toCount(r.removed) });

/** Every release, newest first. */
export function getReleases(): Promise<ReleaseSummary[]> {
  return cachedQuery("changes/releases", async (db) =>
    (await db.$queryRaw<CountRow[]>`SELECT id, date, added, changed, renamed, removed FROM Release ORDER BY id DESC`).map(toSummary),
  );
}

type ItemRow = { releaseId: number | bigint; kind: ReleaseItem["kind"]; slug: string; fromSlug: string | null; title: string | null; linked: number | bigint; fields: string };

const KIND_ORDER = Prisma.sql`CASE c.kind WHEN 'renamed' THEN 0 WHEN 'removed' THEN 1 WHEN 'changed' THEN 2 ELSE 3 END`;

/**
 * One day's releases with a window of their records (renames, removals, changes, then additions,
 * each in slug order): `limit` from `offset`, and how many there are in all.
 */
export function getReleaseItems(date: string, offset: number, limit: number): Promise<{ releases: ReleaseSummary[]; items: (ReleaseItem & { releaseId: number })[]; total: number }> {
  return cachedView(`changes/day/${date}/${offset}/${limit}`, async (db) => {
    const releases = (await db.$queryRaw<CountRow[]>`SELECT id, date, added, changed, renamed, removed FROM Release WHERE date = ${date} ORDER BY id`).map(toSummary);
    const [count] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM RecordChange c JOIN Release r ON r.id = c.releaseId WHERE r.date = ${date}`;
    const rows = await db.$queryRaw<ItemRow[]>`SELECT c.releaseId AS releaseId, c.kind AS kind, c.slug AS slug, c.fromSlug AS fromSlug, n.title AS title, c.fields AS fields,
        (n.id IS NOT NULL OR EXISTS (SELECT 1 FROM RecordChange x WHERE x.kind = 'renamed' AND x.fromSlug = c.slug)) AS linked
       FROM RecordChange c JOIN Release r ON r.id = c.releaseId LEFT JOIN Notification n ON n.slug = c.slug
       WHERE r.date = ${date} ORDER BY c.releaseId DESC, ${KIND_ORDER}, c.position LIMIT ${limit} OFFSET ${offset}`;
    return { releases, total: toCount(count?.n), items: rows.map(toItem) };
  });
}

function toItem(r: ItemRow): ReleaseItem & { releaseId: number } {
  return { releaseId: toCount(r.releaseId), kind: r.kind, slug: r.slug, fromSlug: r.fromSlug, title: r.title, linked: r.kind !== "removed" && Boolean(toCount(r.linked)), fields: JSON.parse(r.fields) as FieldChange[] };
}

/** The first records of each of the newest releases, for /changes: `perRelease` of each. */
export function getReleasePreviews(perRelease: number): Promise<Map<number, ReleaseItem[]>> {
  return cachedQuery(`changes/previews/${perRelease}`, async (db) => {
    const rows = await db.$queryRaw<(ItemRow & { rank: number | bigint })[]>`SELECT * FROM (SELECT c.releaseId AS releaseId, c.kind AS kind, c.slug AS slug, c.fromSlug AS fromSlug, n.title AS title, c.fields AS fields,
          (n.id IS NOT NULL OR EXISTS (SELECT 1 FROM RecordChange x WHERE x.kind = 'renamed' AND x.fromSlug = c.slug)) AS linked,
          ROW_NUMBER() OVER (PARTITION BY c.releaseId ORDER BY ${KIND_ORDER}, c.position) AS rank
        FROM RecordChange c LEFT JOIN Notification n ON n.slug = c.slug) WHERE rank <= ${perRelease} ORDER BY releaseId DESC, rank`;
    const byRelease = new Map<number, ReleaseItem[]>();
    for (const row of rows) {
      const item = toItem(row);
      byRelease.set(item.releaseId, [...(byRelease.get(item.releaseId) ?? []), item]);
    }
    return byRelease;
  });
}

type EventRow = { date: string; kind: ReleaseItem["kind"]; slug: string; fromSlug: string | null; fields: string };

/** What happened to a record under its slug and every slug it had before, oldest first. */
export const getRecordHistory = cache(
  (slug: string): Promise<RecordHistory> =>
    cachedQuery(`changes/record/${slug}`, async (db) => {
      const rows = await db.$queryRaw<EventRow[]>`
        WITH RECURSIVE names(slug, depth) AS (
          SELECT ${slug}, 0
          UNION SELECT c.fromSlug, names.depth + 1 FROM RecordChange c JOIN names ON c.slug = names.slug WHERE c.kind = 'renamed' AND names.depth < 20)
        SELECT r.date AS date, c.kind AS kind, c.slug AS slug, c.fromSlug AS fromSlug, c.fields AS fields
        FROM RecordChange c JOIN Release r ON r.id = c.releaseId
        WHERE c.slug IN (SELECT slug FROM names)
        ORDER BY r.id, CASE c.kind WHEN 'added' THEN 0 WHEN 'renamed' THEN 1 WHEN 'changed' THEN 2 ELSE 3 END`;
      return recordHistory(rows.map((r): RecordEvent => ({ ...r, fields: JSON.parse(r.fields) as FieldChange[] })));
    }),
);

/** The slug a renamed record has now, following renames (old → new → newer), or null when `slug` was never renamed to a record that exists. */
export function getRenamedTo(slug: string): Promise<string | null> {
  return cachedQuery(`changes/renamed/${slug}`, async (db) => {
    const [row] = await db.$queryRaw<{ slug: string }[]>`
      WITH RECURSIVE chain(slug, depth) AS (
        SELECT ${slug}, 0
        UNION SELECT c.slug, chain.depth + 1 FROM RecordChange c JOIN chain ON c.fromSlug = chain.slug WHERE c.kind = 'renamed' AND chain.depth < 20)
      SELECT chain.slug AS slug FROM chain JOIN Notification n ON n.slug = chain.slug WHERE chain.depth > 0 ORDER BY chain.depth DESC LIMIT 1`;
    return row?.slug ?? null;
  });
}
