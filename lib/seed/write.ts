import { createHash } from "node:crypto";
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
      for (const n of data.notifications) {
        const contentHash = hashOf(n);
        const before = existing.get(n.slug);
        existing.delete(n.slug);
        if (before?.contentHash === contentHash) {
          summary.unchanged++;
          continue;
        }
        if (before) {
          await tx.notification.delete({ where: { id: before.id } });
          summary.updated++;
        } else {
          summary.created++;
        }
        await createNotification(tx, n, contentHash, recipientIds, systemIds);
      }
      if (existing.size > 0) {
        await tx.notification.deleteMany({ where: { id: { in: [...existing.values()].map((n) => n.id) } } });
        summary.removed = existing.size;
      }
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
  for (const r of data.recipients) {
    const fields = { name: r.name, kind: r.kind, notifiedAs: r.notifiedAs, nato: r.nato };
    const before = await tx.recipient.findUnique({ where: { code: r.code }, select: { id: true, name: true, kind: true, notifiedAs: true, nato: true } });
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
    const existing = await tx.recipientContext.findMany({ where: { recipientId: row.id }, orderBy: { position: "asc" }, omit: { id: true } });
    if (hashOf(existing) !== hashOf(wanted)) {
      await tx.recipientContext.deleteMany({ where: { recipientId: row.id } });
      if (wanted.length > 0) await tx.recipientContext.createMany({ data: wanted });
    }
  }
  return ids;
}

async function upsertSystems(tx: Tx, data: SeedData): Promise<Map<string, number>> {
  const categoryIds = new Map<string, number>();
  for (const c of data.categories) {
    const before = await tx.category.findUnique({ where: { slug: c.slug }, select: { id: true, name: true } });
    const row = before
      ? await updateIfChanged(before, { name: c.name }, () => tx.category.update({ where: { id: before.id }, data: { name: c.name }, select: { id: true } }))
      : await tx.category.create({ data: c, select: { id: true } });
    categoryIds.set(c.slug, row.id);
  }
  const ids = new Map<string, number>();
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
    const before = await tx.system.findUnique({
      where: { slug: s.slug },
      select: {
        id: true,
        name: true,
        categoryId: true,
        description: true,
        descriptionSourceKind: true,
        descriptionSourcePublisher: true,
        descriptionSourceTitle: true,
        descriptionSourceUrl: true,
        descriptionSourceDocument: true,
      },
    });
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

async function createNotification(
  tx: Tx,
  n: NotificationSeed,
  contentHash: string,
  recipientIds: Map<string, number>,
  systemIds: Map<string, number>,
) {
  const { id } = await tx.notification.create({
    data: {
      slug: n.slug,
      title: n.title,
      summary: n.summary,
      recipientId: recipientIds.get(n.recipient)!,
      announcedOn: n.announcedOn,
      dateApproximate: n.dateApproximate,
      estimatedValueUsd: BigInt(n.estimatedValueUsd),
      transmittalNumber: n.transmittalNumber,
      fundingNotes: n.fundingNotes,
      implementationNotes: n.implementationNotes,
      reviewWaived: n.reviewWaived,
      confidence: n.confidence,
      notes: n.notes,
      contentHash,
    },
    select: { id: true },
  });
  await tx.notificationSystem.createMany({ data: n.systems.map((slug, position) => ({ notificationId: id, systemId: systemIds.get(slug)!, position })) });
  await tx.lineItem.createMany({
    data: [
      ...n.majorDefenseEquipment.map((item, position) => ({ notificationId: id, position, kind: "mde", ...item })),
      ...n.otherItems.map((description, position) => ({ notificationId: id, position, kind: "other", description, quantity: null, upTo: false })),
    ],
  });
  await tx.principalContractor.createMany({ data: n.principalContractors.map((c, position) => ({ notificationId: id, position, ...c })) });
  const sourceIds = new Map<string, number>();
  for (const [position, s] of n.sources.entries()) {
    const row = await tx.source.create({
      data: {
        notificationId: id,
        position,
        key: s.id,
        kind: s.kind,
        publisher: s.publisher,
        title: s.title,
        url: s.url,
        publishedOn: s.publishedOn,
        document: s.document,
        supports: s.supports,
        reportedValueAmount: s.reportedValue ? BigInt(s.reportedValue.amount) : null,
        reportedValueCurrency: s.reportedValue?.currency ?? null,
        reportedValueText: s.reportedValue?.text ?? null,
      },
      select: { id: true },
    });
    sourceIds.set(s.id, row.id);
  }
  await tx.claim.createMany({
    data: n.claims.map((c, position) => ({ notificationId: id, sourceId: sourceIds.get(c.source)!, position, claim: c.claim, verdict: c.verdict, reason: c.reason })),
  });
}
