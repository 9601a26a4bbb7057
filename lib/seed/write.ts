import { createHash } from "node:crypto";
import type { RecipientContext } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/prisma-client";
import { normalizeAlias } from "@/lib/systems";
import type { SeedData } from "./load";
import type { NotificationSeed } from "./schema";
import { syncSearchIndex } from "./search-index";

export type SeedSummary = { created: number; updated: number; unchanged: number; removed: number };

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

function hashOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

/**
 * Writes validated seed data in one transaction: recipients, categories and systems are
 * upserted by their codes and slugs; a notification whose file is unchanged is left alone,
 * a changed one is rewritten, and one whose file was removed is deleted. The full-text search
 * index follows in the same transaction. Any failure rolls everything back.
 */
export async function writeSeedData(prisma: PrismaClient, data: SeedData): Promise<SeedSummary> {
  return prisma.$transaction(
    async (tx) => {
      const recipientIds = await upsertRecipients(tx, data);
      const systemIds = await upsertSystems(tx, data);
      const summary: SeedSummary = { created: 0, updated: 0, unchanged: 0, removed: 0 };

      const existing = new Map(
        (await tx.notification.findMany({ select: { id: true, slug: true, contentHash: true } })).map((n) => [n.slug, n]),
      );
      // Decide first, then write in batches: one statement per table per batch instead of
      // several per notification.
      const toCreate: { n: NotificationSeed; contentHash: string }[] = [];
      const toDelete: number[] = [];
      for (const n of data.notifications) {
        const contentHash = hashOf(n);
        const before = existing.get(n.slug);
        existing.delete(n.slug);
        if (before?.contentHash === contentHash) {
          summary.unchanged++;
          continue;
        }
        if (before) {
          toDelete.push(before.id);
          summary.updated++;
        } else {
          summary.created++;
        }
        toCreate.push({ n, contentHash });
      }
      summary.removed = existing.size;
      toDelete.push(...[...existing.values()].map((n) => n.id));
      // Changed records are deleted (cascading to their rows) before they are re-created: slugs are unique.
      for (const ids of chunks(toDelete, 5_000)) await tx.notification.deleteMany({ where: { id: { in: ids } } });
      for (const batch of chunks(toCreate, NOTIFICATION_BATCH)) await createNotifications(tx, batch, recipientIds, systemIds);
      // Drop reference rows no seed file mentions any more.
      await tx.system.deleteMany({ where: { slug: { notIn: data.systems.map((s) => s.slug) } } });
      await tx.category.deleteMany({ where: { slug: { notIn: data.categories.map((c) => c.slug) } } });
      await tx.recipient.deleteMany({ where: { code: { notIn: data.recipients.map((r) => r.code) } } });
      // Last, so it indexes what the transaction leaves behind (names included).
      await syncSearchIndex(tx);
      return summary;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/**
 * Upsert without touching unchanged rows. (Prisma's upsert on SQLite is an INSERT ... ON
 * CONFLICT, which advances the AUTOINCREMENT counter even when nothing changes.)
 */
async function updateIfChanged<T extends { id: number }>(before: T, fields: Partial<T>, update: () => Promise<{ id: number }>) {
  const changed = (Object.keys(fields) as (keyof T)[]).some((k) => before[k] !== fields[k]);
  return changed ? update() : { id: before.id };
}

async function upsertRecipients(tx: Tx, data: SeedData): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  // One read per table up front, not one per row: each Prisma query costs milliseconds.
  const recipients = new Map((await tx.recipient.findMany({ select: { id: true, code: true, name: true, kind: true, notifiedAs: true, nato: true } })).map(({ code, ...r }) => [code, r]));
  const contexts = new Map<number, Omit<RecipientContext, "id">[]>();
  for (const c of await tx.recipientContext.findMany({ orderBy: [{ recipientId: "asc" }, { position: "asc" }], omit: { id: true } })) {
    contexts.set(c.recipientId, [...(contexts.get(c.recipientId) ?? []), c]);
  }
  for (const r of data.recipients) {
    const fields = { name: r.name, kind: r.kind, notifiedAs: r.notifiedAs, nato: r.nato };
    const before = recipients.get(r.code);
    const row = before
      ? await updateIfChanged(before, fields, () => tx.recipient.update({ where: { id: before.id }, data: fields, select: { id: true } }))
      : await tx.recipient.create({ data: { code: r.code, ...fields }, select: { id: true } });
    ids.set(r.code, row.id);
    const wanted = r.context.map((c, position) => ({
      recipientId: row.id,
      position,
      fact: c.fact,
      sourceKind: c.source.kind,
      sourcePublisher: c.source.publisher,
      sourceTitle: c.source.title,
      sourceUrl: c.source.url,
      sourceDocument: c.source.document,
    }));
    const existing = contexts.get(row.id) ?? [];
    if (hashOf(existing) !== hashOf(wanted)) {
      await tx.recipientContext.deleteMany({ where: { recipientId: row.id } });
      if (wanted.length > 0) await tx.recipientContext.createMany({ data: wanted });
    }
  }
  return ids;
}

async function upsertSystems(tx: Tx, data: SeedData): Promise<Map<string, number>> {
  const categoryIds = new Map<string, number>();
  const categories = new Map((await tx.category.findMany({ select: { id: true, slug: true, name: true } })).map(({ slug, ...c }) => [slug, c]));
  for (const c of data.categories) {
    const before = categories.get(c.slug);
    const row = before
      ? await updateIfChanged(before, { name: c.name }, () => tx.category.update({ where: { id: before.id }, data: { name: c.name }, select: { id: true } }))
      : await tx.category.create({ data: c, select: { id: true } });
    categoryIds.set(c.slug, row.id);
  }
  const ids = new Map<string, number>();
  const systems = new Map(
    (
      await tx.system.findMany({
        select: {
          id: true,
          slug: true,
          name: true,
          categoryId: true,
          description: true,
          descriptionSourceKind: true,
          descriptionSourcePublisher: true,
          descriptionSourceTitle: true,
          descriptionSourceUrl: true,
          descriptionSourceDocument: true,
        },
      })
    ).map(({ slug, ...r }) => [slug, r]),
  );
  for (const s of data.systems) {
    const d = s.description ?? null;
    const fields = {
      name: s.name,
      categoryId: categoryIds.get(s.category)!,
      description: d?.text ?? null,
      descriptionSourceKind: d?.source.kind ?? null,
      descriptionSourcePublisher: d?.source.publisher ?? null,
      descriptionSourceTitle: d?.source.title ?? null,
      descriptionSourceUrl: d?.source.url ?? null,
      descriptionSourceDocument: d?.source.document ?? null,
    };
    const before = systems.get(s.slug);
    const row = before
      ? await updateIfChanged(before, fields, () => tx.system.update({ where: { id: before.id }, data: fields, select: { id: true } }))
      : await tx.system.create({ data: { slug: s.slug, ...fields }, select: { id: true } });
    ids.set(s.slug, row.id);
  }
  // Aliases are rebuilt wholesale when any changed (a name may move from one system to
  // another, and `normalized` is unique), and left alone otherwise.
  const wanted = new Map<string, { systemId: number; alias: string; normalized: string }>();
  for (const s of data.systems) {
    for (const alias of [s.slug, s.name, ...s.aliases]) {
      const normalized = normalizeAlias(alias);
      wanted.set(normalized, { systemId: ids.get(s.slug)!, alias, normalized });
    }
  }
  const sorted = (rows: { systemId: number; alias: string; normalized: string }[]) => [...rows].sort((a, b) => a.normalized.localeCompare(b.normalized));
  const existing = await tx.systemAlias.findMany({ select: { systemId: true, alias: true, normalized: true } });
  if (hashOf(sorted(existing)) !== hashOf(sorted([...wanted.values()]))) {
    await tx.systemAlias.deleteMany({});
    await tx.systemAlias.createMany({ data: [...wanted.values()] });
  }
  return ids;
}

/** Notifications per batch. */
const NOTIFICATION_BATCH = 5_000;
/** Rows per INSERT statement: bounds the size of the JSON text handed to SQLite. */
const ROWS_PER_INSERT = 5_000;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Numbers here are whole amounts the schema caps at 2^53 - 1, so JSON carries them exactly. */
type SqlValue = string | number | boolean | null;

/**
 * Inserts rows with one statement per chunk: the rows travel as one JSON array parameter
 * that SQLite unpacks with json_each. Prisma's createMany (and raw SQL with one parameter
 * per value) pushes every value through the query compiler, which made a 10,000-record
 * seed take 35 s (91 s with one create per record); this takes about 1 s. JSON true and
 * false arrive as 1 and 0, as Prisma stores booleans. `select` gives one SQL expression
 * per column over `value` (the row); table, column and expression text are constants
 * from this file, never data.
 */
async function insertRows(tx: Tx, table: string, columns: readonly string[], select: readonly string[], rows: SqlValue[][]): Promise<void> {
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${select.join(", ")} FROM json_each(?)`;
  for (const part of chunks(rows, ROWS_PER_INSERT)) await tx.$executeRawUnsafe(sql, JSON.stringify(part));
}

/** The i-th value of the row, and lookups of a parent row's id by the keys the seed files use. */
const at = (i: number) => `value ->> ${i}`;
const notificationIdBySlug = (i: number) => `(SELECT "id" FROM "Notification" WHERE "slug" = ${at(i)})`;
const sourceIdBySlugAndKey = (slug: number, key: number) =>
  `(SELECT s."id" FROM "Source" s JOIN "Notification" n ON n."id" = s."notificationId" WHERE n."slug" = ${at(slug)} AND s."key" = ${at(key)})`;
const columnsAt = (count: number) => Array.from({ length: count }, (_, i) => at(i));

/**
 * Child rows name their notification by slug and claims name their source by key, the way
 * the seed files do; SQLite resolves the ids through the unique indexes, so no ids travel
 * back to JavaScript.
 */
async function createNotifications(tx: Tx, batch: { n: NotificationSeed; contentHash: string }[], recipientIds: Map<string, number>, systemIds: Map<string, number>) {
  const notificationColumns = ["slug", "title", "summary", "recipientId", "announcedOn", "dateApproximate", "estimatedValueUsd", "transmittalNumber", "fundingNotes", "implementationNotes", "reviewWaived", "confidence", "notes", "contentHash"];
  await insertRows(
    tx,
    "Notification",
    notificationColumns,
    columnsAt(notificationColumns.length),
    batch.map(({ n, contentHash }) => [
      n.slug,
      n.title,
      n.summary,
      recipientIds.get(n.recipient)!,
      n.announcedOn,
      n.dateApproximate,
      n.estimatedValueUsd,
      n.transmittalNumber,
      n.fundingNotes,
      n.implementationNotes,
      n.reviewWaived,
      n.confidence,
      n.notes,
      contentHash,
    ]),
  );
  const notifications = batch.map(({ n }) => n);
  const child = (count: number) => [notificationIdBySlug(0), ...columnsAt(count).slice(1)];

  await insertRows(
    tx,
    "NotificationSystem",
    ["notificationId", "systemId", "position"],
    child(3),
    notifications.flatMap((n) => n.systems.map((slug, position) => [n.slug, systemIds.get(slug)!, position])),
  );
  await insertRows(
    tx,
    "LineItem",
    ["notificationId", "position", "kind", "description", "quantity", "upTo"],
    child(6),
    notifications.flatMap((n) => [
      ...n.majorDefenseEquipment.map((item, position) => [n.slug, position, "mde", item.description, item.quantity, item.upTo]),
      ...n.otherItems.map((description, position) => [n.slug, position, "other", description, null, false]),
    ]),
  );
  await insertRows(
    tx,
    "PrincipalContractor",
    ["notificationId", "position", "name", "location"],
    child(4),
    notifications.flatMap((n) => n.principalContractors.map((c, position) => [n.slug, position, c.name, c.location])),
  );
  await insertRows(
    tx,
    "Source",
    ["notificationId", "position", "key", "kind", "publisher", "title", "url", "publishedOn", "document", "supports", "reportedValueAmount", "reportedValueCurrency", "reportedValueText"],
    child(13),
    notifications.flatMap((n) =>
      n.sources.map((s, position) => [
        n.slug,
        position,
        s.id,
        s.kind,
        s.publisher,
        s.title,
        s.url,
        s.publishedOn,
        s.document,
        s.supports,
        s.reportedValue?.amount ?? null,
        s.reportedValue?.currency ?? null,
        s.reportedValue?.text ?? null,
      ]),
    ),
  );
  await insertRows(
    tx,
    "Claim",
    ["notificationId", "sourceId", "position", "claim", "verdict", "reason"],
    [notificationIdBySlug(0), sourceIdBySlugAndKey(0, 1), ...columnsAt(6).slice(2)],
    notifications.flatMap((n) => n.claims.map((c, position) => [n.slug, c.source, position, c.claim, c.verdict, c.reason])),
  );
}
