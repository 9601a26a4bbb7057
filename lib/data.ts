import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Filters, Vocabulary } from "@/lib/filters";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  ClaimDetail,
  NotificationDetail,
  SourceDetail,
  SourceKind,
  TimelineEntry,
  TimelinePage,
  Verdict,
  VocabularyDetail,
} from "@/lib/definitions";

export const PAGE_SIZE = 50;

const entrySelect = {
  slug: true,
  title: true,
  summary: true,
  announcedOn: true,
  dateApproximate: true,
  estimatedValueUsd: true,
  confidence: true,
  recipient: { select: { code: true, name: true, kind: true, notifiedAs: true } },
  systems: {
    orderBy: { position: "asc" },
    select: { system: { select: { slug: true, name: true, category: { select: { slug: true, name: true } } } } },
  },
} satisfies Prisma.NotificationSelect;

type EntryRow = Prisma.NotificationGetPayload<{ select: typeof entrySelect }>;

function toEntry(row: EntryRow): TimelineEntry {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    announcedOn: row.announcedOn,
    dateApproximate: row.dateApproximate,
    estimatedValueUsd: row.estimatedValueUsd,
    lowConfidence: row.confidence === "low",
    recipient: row.recipient,
    systems: row.systems.map((s) => s.system),
  };
}

function whereFor(filters: Filters): Prisma.NotificationWhereInput {
  const and: Prisma.NotificationWhereInput[] = [];
  if (filters.countries.length) and.push({ recipient: { code: { in: filters.countries } } });
  if (filters.systems.length) and.push({ systems: { some: { system: { slug: { in: filters.systems } } } } });
  if (filters.categories.length) and.push({ systems: { some: { system: { category: { slug: { in: filters.categories } } } } } });
  if (filters.year !== null) and.push({ announcedOn: { gte: `${filters.year}-01-01`, lte: `${filters.year}-12-31` } });
  if (filters.from) and.push({ announcedOn: { gte: filters.from } });
  if (filters.to) and.push({ announcedOn: { lte: filters.to } });
  return { AND: and };
}

/** Notifications matching the filters, newest first, one page at a time, with totals. */
export async function getTimeline(filters: Filters, pageSize = PAGE_SIZE): Promise<TimelinePage> {
  const where = whereFor(filters);
  // One read transaction: the totals and the rows come from the same snapshot even while the
  // seed rewrites notifications (tests: e2e/operations.spec.ts).
  return prisma.$transaction(async (tx) => {
    const totals = await tx.notification.aggregate({ where, _count: { _all: true }, _sum: { estimatedValueUsd: true } });
    const total = totals._count._all;
    const pageCount = Math.max(1, Math.ceil(total / pageSize));
    const page = Math.min(filters.page, pageCount);
    const rows = await tx.notification.findMany({
      where,
      select: entrySelect,
      orderBy: [{ announcedOn: "desc" }, { estimatedValueUsd: "desc" }, { slug: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { total, totalValueUsd: totals._sum.estimatedValueUsd ?? 0n, page, pageCount, pageSize, entries: rows.map(toEntry) };
  });
}

/** Everything the filters can name, with how many notifications each has. Cached per request. */
export const getVocabulary = cache(async (): Promise<VocabularyDetail> => {
  const [recipients, systems, categories, dates] = await Promise.all([
    prisma.recipient.findMany({
      orderBy: { name: "asc" },
      select: { code: true, name: true, kind: true, notifiedAs: true, _count: { select: { notifications: true } } },
    }),
    prisma.system.findMany({
      orderBy: { name: "asc" },
      select: {
        slug: true,
        name: true,
        category: { select: { slug: true, name: true } },
        aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
        _count: { select: { notifications: true } },
      },
    }),
    // Distinct notifications per category: one notification may list two systems of a category.
    prisma.$queryRaw<{ slug: string; name: string; count: bigint | number }[]>`
      SELECT c.slug AS slug, c.name AS name, COUNT(DISTINCT ns.notificationId) AS count
      FROM Category c
      LEFT JOIN System s ON s.categoryId = c.id
      LEFT JOIN NotificationSystem ns ON ns.systemId = s.id
      GROUP BY c.id
      ORDER BY c.name`,
    prisma.notification.aggregate({ _min: { announcedOn: true }, _max: { announcedOn: true } }),
  ]);
  const first = Number(dates._min.announcedOn?.slice(0, 4) ?? NaN);
  const last = Number(dates._max.announcedOn?.slice(0, 4) ?? NaN);
  const years = Number.isFinite(first) && Number.isFinite(last) ? Array.from({ length: last - first + 1 }, (_, i) => last - i) : [];
  return {
    recipients: recipients.map(({ _count, ...r }) => ({ ...r, count: _count.notifications })),
    systems: systems.map(({ _count, aliases, ...s }) => ({ ...s, aliases: aliases.map((a) => a.alias), count: _count.notifications })),
    categories: categories.map((c) => ({ slug: c.slug, name: c.name, count: Number(c.count) })),
    years,
  };
});

/** The part of the vocabulary that filter parsing needs (also sent to the browser). */
export function filterVocabulary(v: VocabularyDetail): Vocabulary {
  return {
    recipients: v.recipients.map((r) => ({ code: r.code, name: r.name })),
    systems: v.systems.map((s) => ({ slug: s.slug, aliases: [s.name, ...s.aliases] })),
    categories: v.categories.map((c) => ({ slug: c.slug })),
  };
}

/** One notification with everything its deal page shows, or null for an unknown slug. */
export const getNotification = cache(async (slug: string): Promise<NotificationDetail | null> => {
  // Prisma reads the relations with separate SELECTs; in one transaction they all see the same
  // snapshot, so a seed re-run cannot leave a claim pointing at a source it just replaced.
  const row = await prisma.$transaction((tx) => tx.notification.findUnique({
    where: { slug },
    select: {
      ...entrySelect,
      recipient: {
        select: {
          code: true,
          name: true,
          kind: true,
          notifiedAs: true,
          nato: true,
          context: { orderBy: { position: "asc" }, select: { fact: true, sourceKind: true, sourcePublisher: true, sourceTitle: true, sourceUrl: true, sourceDocument: true } },
        },
      },
      transmittalNumber: true,
      fundingNotes: true,
      implementationNotes: true,
      reviewWaived: true,
      notes: true,
      lineItems: { orderBy: [{ kind: "asc" }, { position: "asc" }], select: { kind: true, description: true, quantity: true, upTo: true } },
      contractors: { orderBy: { position: "asc" }, select: { name: true, location: true } },
      sources: { orderBy: { position: "asc" } },
      claims: { orderBy: { position: "asc" }, select: { claim: true, verdict: true, reason: true, source: { select: { key: true, publisher: true } } } },
    },
  }));
  if (!row) return null;
  const sources: SourceDetail[] = row.sources.map((s) => ({
    key: s.key,
    kind: s.kind as SourceKind,
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    publishedOn: s.publishedOn,
    document: s.document,
    supports: s.supports,
    reportedValue:
      s.reportedValueAmount !== null && s.reportedValueCurrency && s.reportedValueText
        ? { amount: s.reportedValueAmount, currency: s.reportedValueCurrency, text: s.reportedValueText }
        : null,
  }));
  const claims: ClaimDetail[] = row.claims.map((c) => ({ ...c, verdict: c.verdict as Verdict }));
  return {
    ...toEntry(row),
    recipient: {
      ...row.recipient,
      context: row.recipient.context.map((c) => ({
        fact: c.fact,
        source: { kind: c.sourceKind as SourceKind, publisher: c.sourcePublisher, title: c.sourceTitle, url: c.sourceUrl, document: c.sourceDocument },
      })),
    },
    transmittalNumber: row.transmittalNumber,
    majorDefenseEquipment: row.lineItems.filter((l) => l.kind === "mde").map(({ description, quantity, upTo }) => ({ description, quantity, upTo })),
    otherItems: row.lineItems.filter((l) => l.kind === "other").map((l) => l.description),
    principalContractors: row.contractors,
    fundingNotes: row.fundingNotes,
    implementationNotes: row.implementationNotes,
    reviewWaived: row.reviewWaived,
    notes: row.notes,
    sources,
    claims,
  };
});
