import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { entrySelect, toEntry } from "@/lib/data";
import type {
  CountryProfile,
  RecipientSummary,
  SourceKind,
  SystemProfile,
  SystemQuantity,
  SystemSummary,
  TimelineEntry,
} from "@/lib/definitions";
import { totalsBy } from "@/lib/charts/totals";
import { lineItemsForSystem } from "@/lib/quantities";

const newestFirst = [{ announcedOn: "desc" as const }, { estimatedValueUsd: "desc" as const }, { slug: "asc" as const }];

const sum = (entries: TimelineEntry[]) => entries.reduce((total, e) => total + e.estimatedValueUsd, 0n);

/** A recipient's page, by its code as stored (uppercase), or null for an unknown code. */
export const getCountryProfile = cache(async (code: string): Promise<CountryProfile | null> => {
  const row = await prisma.recipient.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      kind: true,
      notifiedAs: true,
      nato: true,
      context: { orderBy: { position: "asc" }, select: { fact: true, sourceKind: true, sourcePublisher: true, sourceTitle: true, sourceUrl: true, sourceDocument: true } },
      notifications: { select: entrySelect, orderBy: newestFirst },
    },
  });
  if (!row) return null;
  const waivedCount = await prisma.notification.count({ where: { recipient: { code }, reviewWaived: true } });
  const notifications = row.notifications.map(toEntry);
  const byYear = totalsBy(
    notifications.map((n) => ({ year: n.announcedOn.slice(0, 4), valueUsd: n.estimatedValueUsd })),
    (n) => n.year,
  );
  const systems = new Map<string, CountryProfile["systems"][number]>();
  for (const n of notifications) {
    for (const s of n.systems) {
      const t = systems.get(s.slug) ?? { ...s, count: 0, valueUsd: 0n };
      t.count++;
      t.valueUsd += n.estimatedValueUsd;
      systems.set(s.slug, t);
    }
  }
  return {
    recipient: {
      code: row.code,
      name: row.name,
      kind: row.kind,
      notifiedAs: row.notifiedAs,
      nato: row.nato,
      context: row.context.map((c) => ({
        fact: c.fact,
        source: { kind: c.sourceKind as SourceKind, publisher: c.sourcePublisher, title: c.sourceTitle, url: c.sourceUrl, document: c.sourceDocument },
      })),
    },
    notifications,
    totalValueUsd: sum(notifications),
    byYear: [...byYear].map(([year, t]) => ({ year, ...t })).sort((a, b) => a.year.localeCompare(b.year)),
    systems: [...systems.values()].sort((a, b) => b.count - a.count || (a.valueUsd < b.valueUsd ? 1 : a.valueUsd > b.valueUsd ? -1 : 0) || a.name.localeCompare(b.name)),
    approximateCount: notifications.filter((n) => n.dateApproximate).length,
    waivedCount,
  };
});

/** A system's page, by its slug, or null for an unknown slug. */
export const getSystemProfile = cache(async (slug: string): Promise<SystemProfile | null> => {
  const row = await prisma.system.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      category: { select: { slug: true, name: true } },
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
      description: true,
      descriptionSourceKind: true,
      descriptionSourcePublisher: true,
      descriptionSourceTitle: true,
      descriptionSourceUrl: true,
      descriptionSourceDocument: true,
      notifications: {
        orderBy: { notification: { announcedOn: "desc" } },
        select: {
          notification: {
            select: {
              ...entrySelect,
              lineItems: { where: { kind: "mde" }, orderBy: { position: "asc" }, select: { description: true, quantity: true, upTo: true } },
              systems: {
                orderBy: { position: "asc" },
                select: {
                  system: {
                    select: { slug: true, name: true, category: { select: { slug: true, name: true } }, aliases: { select: { alias: true } } },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const rows = row.notifications.map((n) => n.notification);
  // Newest first, ties broken as on the timeline.
  rows.sort((a, b) => b.announcedOn.localeCompare(a.announcedOn) || (a.estimatedValueUsd < b.estimatedValueUsd ? 1 : a.estimatedValueUsd > b.estimatedValueUsd ? -1 : 0) || a.slug.localeCompare(b.slug));
  const notifications = rows.map((r) => toEntry({ ...r, systems: r.systems.map(({ system: s }) => ({ system: { slug: s.slug, name: s.name, category: s.category } })) }));

  const recipients = new Map<string, SystemProfile["recipients"][number]>();
  for (const n of notifications) {
    const t = recipients.get(n.recipient.code) ?? { ...n.recipient, count: 0, valueUsd: 0n };
    t.count++;
    t.valueUsd += n.estimatedValueUsd;
    recipients.set(n.recipient.code, t);
  }

  const quantities: SystemQuantity[] = rows
    .map((r) => ({
      slug: r.slug,
      announcedOn: r.announcedOn,
      dateApproximate: r.dateApproximate,
      recipient: r.recipient,
      items: lineItemsForSystem(
        r.lineItems,
        r.systems.map(({ system: s }) => ({ slug: s.slug, names: [s.name, ...s.aliases.map((a) => a.alias)] })),
        row.slug,
      ),
    }))
    .filter((q) => q.items.length > 0)
    .reverse();

  return {
    system: {
      slug: row.slug,
      name: row.name,
      category: row.category,
      // The slug and the display name are stored as aliases too (so they resolve); they are not "also known as".
      aliases: row.aliases.map((a) => a.alias).filter((a) => a !== row.slug && a !== row.name),
      description:
        row.description && row.descriptionSourceKind && row.descriptionSourcePublisher
          ? {
              text: row.description,
              source: {
                kind: row.descriptionSourceKind as SourceKind,
                publisher: row.descriptionSourcePublisher,
                title: row.descriptionSourceTitle,
                url: row.descriptionSourceUrl,
                document: row.descriptionSourceDocument,
              },
            }
          : null,
    },
    notifications,
    totalValueUsd: sum(notifications),
    sharedCount: notifications.filter((n) => n.systems.length > 1).length,
    recipients: [...recipients.values()].sort((a, b) => (a.valueUsd < b.valueUsd ? 1 : a.valueUsd > b.valueUsd ? -1 : 0) || a.name.localeCompare(b.name)),
    quantities,
  };
});

/** Every recipient with how many notifications it has and their total value, for /countries. */
export const getRecipientSummaries = cache(async (): Promise<RecipientSummary[]> => {
  const [recipients, totals] = await Promise.all([
    prisma.recipient.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true, kind: true, notifiedAs: true, nato: true } }),
    prisma.notification.groupBy({
      by: ["recipientId"],
      _count: { _all: true },
      _sum: { estimatedValueUsd: true },
      _min: { announcedOn: true },
      _max: { announcedOn: true },
    }),
  ]);
  const byId = new Map(totals.map((t) => [t.recipientId, t]));
  return recipients.map(({ id, ...r }) => {
    const t = byId.get(id);
    return { ...r, count: t?._count._all ?? 0, valueUsd: t?._sum.estimatedValueUsd ?? 0n, firstOn: t?._min.announcedOn ?? null, lastOn: t?._max.announcedOn ?? null };
  });
});

/** Every system with its notifications, distinct recipients and their total value, for /systems. */
export const getSystemSummaries = cache(async (): Promise<SystemSummary[]> => {
  const systems = await prisma.system.findMany({
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      category: { select: { slug: true, name: true } },
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
      notifications: { select: { notification: { select: { estimatedValueUsd: true, recipientId: true } } } },
    },
  });
  return systems.map(({ aliases, notifications, ...s }) => ({
    ...s,
    aliases: aliases.map((a) => a.alias).filter((a) => a !== s.slug && a !== s.name),
    count: notifications.length,
    recipientCount: new Set(notifications.map((n) => n.notification.recipientId)).size,
    valueUsd: notifications.reduce((total, n) => total + n.notification.estimatedValueUsd, 0n),
  }));
});
