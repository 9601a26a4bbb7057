import "server-only";
import { cache } from "react";
import { cachedView, entrySelect, toEntry, type Db } from "@/lib/data";
import type {
  CountryProfile,
  RecipientSummary,
  SourceKind,
  SystemProfile,
  SystemQuantity,
  SystemSummary,
  YearTotal,
} from "@/lib/definitions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lineItemsForSystem } from "@/lib/quantities";

/**
 * How many notifications (and quantity rows) a profile lists: the newest ones. A recipient or
 * system can have thousands (npm run bench), and pages never render thousands of rows; the
 * timeline, filtered to the recipient or system, pages through all of them. Totals, years,
 * systems and recipients are aggregates over every notification, computed in SQLite.
 */
export const PROFILE_LIST_SIZE = 50;

/**
 * A recipient's dot strip (and its table) draws one dot per notification: past this many the
 * dots overlap into a bar and the table would be a second full list, so the page leaves the
 * shape to the by-year chart, which covers every notification at any size.
 */
export const STRIP_LIMIT = 200;

const newestFirst = [{ announcedOn: "desc" as const }, { estimatedValueUsd: "desc" as const }, { slug: "asc" as const }];

const byValueDesc = (a: { valueUsd: bigint }, b: { valueUsd: bigint }) => (a.valueUsd < b.valueUsd ? 1 : a.valueUsd > b.valueUsd ? -1 : 0);

/**
 * SQLite sums INTEGERs exactly (up to 2^63); read as text so the driver never goes through a
 * float on the way to BigInt.
 */
const exactSum = (text: string | null) => BigInt(text ?? "0");

/** Sums per announcement day (one row per distinct day, as in lib/data.ts), folded into years. */
async function yearTotals(db: Db, recipientId: number): Promise<YearTotal[]> {
  const days = await db.notification.groupBy({ by: ["announcedOn"], where: { recipientId }, _count: { _all: true }, _sum: { estimatedValueUsd: true } });
  const years = new Map<string, YearTotal>();
  for (const d of days) {
    const year = d.announcedOn.slice(0, 4);
    const y = years.get(year) ?? { year, count: 0, valueUsd: 0n };
    y.count += d._count._all;
    y.valueUsd += d._sum.estimatedValueUsd ?? 0n;
    years.set(year, y);
  }
  return [...years.values()].sort((a, b) => a.year.localeCompare(b.year));
}

/** A recipient's page, by its code as stored (uppercase), or null for an unknown code. Cached until the seed runs. */
export const getCountryProfile = cache((code: string): Promise<CountryProfile | null> => cachedView(`country/${code}`, (db) => queryCountryProfile(db, code)));

async function queryCountryProfile(db: Db, code: string): Promise<CountryProfile | null> {
  const row = await db.recipient.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      notifiedAs: true,
      nato: true,
      context: { orderBy: { position: "asc" }, select: { fact: true, sourceKind: true, sourcePublisher: true, sourceTitle: true, sourceUrl: true, sourceDocument: true } },
    },
  });
  if (!row) return null;
  const where = { recipientId: row.id };
  const totals = await db.notification.aggregate({ where, _count: { _all: true }, _sum: { estimatedValueUsd: true } });
  const notificationCount = totals._count._all;
  const approximateCount = await db.notification.count({ where: { ...where, dateApproximate: true } });
  const waivedCount = await db.notification.count({ where: { ...where, reviewWaived: true } });
  const byYear = await yearTotals(db, row.id);
  const systems = await db.$queryRaw<{ slug: string; name: string; categorySlug: string; categoryName: string; count: bigint | number; valueUsd: string | null }[]>`
    SELECT s.slug AS slug, s.name AS name, c.slug AS categorySlug, c.name AS categoryName,
           COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd
    FROM Notification n
    JOIN NotificationSystem ns ON ns.notificationId = n.id
    JOIN System s ON s.id = ns.systemId
    JOIN Category c ON c.id = s.categoryId
    WHERE n.recipientId = ${row.id}
    GROUP BY s.id`;
  // Few enough for the strip: load them all once (at most STRIP_LIMIT) and list the newest.
  const drawStrip = notificationCount <= STRIP_LIMIT;
  const entries = (await db.notification.findMany({ where, select: entrySelect, orderBy: newestFirst, take: drawStrip ? STRIP_LIMIT : PROFILE_LIST_SIZE })).map(toEntry);

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
    notifications: entries.slice(0, PROFILE_LIST_SIZE),
    notificationCount,
    strip: drawStrip ? entries : null,
    totalValueUsd: totals._sum.estimatedValueUsd ?? 0n,
    byYear,
    systems: systems
      .map((s) => ({ slug: s.slug, name: s.name, category: { slug: s.categorySlug, name: s.categoryName }, count: Number(s.count), valueUsd: exactSum(s.valueUsd) }))
      .sort((a, b) => b.count - a.count || byValueDesc(a, b) || a.name.localeCompare(b.name)),
    approximateCount,
    waivedCount,
  };
}

/** A system's page, by its slug, or null for an unknown slug. Cached until the seed runs. */
export const getSystemProfile = cache((slug: string): Promise<SystemProfile | null> => cachedView(`system/${slug}`, (db) => querySystemProfile(db, slug)));

async function querySystemProfile(db: Db, slug: string): Promise<SystemProfile | null> {
  const row = await db.system.findUnique({
    where: { slug },
    select: {
      id: true,
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
    },
  });
  if (!row) return null;
  const where = { systems: { some: { systemId: row.id } } };
  const totals = await db.notification.aggregate({ where, _count: { _all: true }, _sum: { estimatedValueUsd: true } });
  const [shared] = await db.$queryRaw<{ count: bigint | number }[]>`
    SELECT COUNT(*) AS count FROM NotificationSystem ns
    WHERE ns.systemId = ${row.id}
      AND EXISTS (SELECT 1 FROM NotificationSystem o WHERE o.notificationId = ns.notificationId AND o.systemId <> ns.systemId)`;
  const recipients = await db.$queryRaw<{ code: string; name: string; kind: string; notifiedAs: string | null; count: bigint | number; valueUsd: string | null }[]>`
    SELECT r.code AS code, r.name AS name, r.kind AS kind, r.notifiedAs AS notifiedAs,
           COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd
    FROM NotificationSystem ns
    JOIN Notification n ON n.id = ns.notificationId
    JOIN Recipient r ON r.id = n.recipientId
    WHERE ns.systemId = ${row.id}
    GROUP BY r.id`;
  const notifications = (await db.notification.findMany({ where, select: entrySelect, orderBy: newestFirst, take: PROFILE_LIST_SIZE })).map(toEntry);
  const { quantities, quantityCount } = await systemQuantities(db, row.id, row.slug);

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
    notificationCount: totals._count._all,
    totalValueUsd: totals._sum.estimatedValueUsd ?? 0n,
    sharedCount: Number(shared?.count ?? 0),
    recipients: recipients
      .map((r) => ({ code: r.code, name: r.name, kind: r.kind, notifiedAs: r.notifiedAs, count: Number(r.count), valueUsd: exactSum(r.valueUsd) }))
      .sort((a, b) => byValueDesc(a, b) || a.name.localeCompare(b.name)),
    quantities,
    quantityCount,
  };
}

const quantitySelect = {
  slug: true,
  announcedOn: true,
  dateApproximate: true,
  recipient: { select: { code: true, name: true, kind: true, notifiedAs: true } },
  lineItems: { where: { kind: "mde" }, orderBy: { position: "asc" }, select: { description: true, quantity: true, upTo: true } },
  systems: { orderBy: { position: "asc" }, select: { system: { select: { slug: true, name: true, aliases: { select: { alias: true } } } } } },
} satisfies Prisma.NotificationSelect;

/**
 * The newest PROFILE_LIST_SIZE notifications that give a quantity for the system, oldest first,
 * and how many do in all. SQLite narrows to notifications with a quantified MDE line; one that
 * lists this system alone owns all its lines, so only several-system notifications are loaded
 * to match their lines by name (lib/quantities.ts).
 */
async function systemQuantities(db: Db, systemId: number, slug: string): Promise<{ quantities: SystemQuantity[]; quantityCount: number }> {
  const candidates = await db.$queryRaw<{ id: bigint | number; systemCount: bigint | number }[]>`
    SELECT n.id AS id, (SELECT COUNT(*) FROM NotificationSystem o WHERE o.notificationId = n.id) AS systemCount
    FROM NotificationSystem ns
    JOIN Notification n ON n.id = ns.notificationId
    WHERE ns.systemId = ${systemId}
      AND EXISTS (SELECT 1 FROM LineItem l WHERE l.notificationId = n.id AND l.kind = 'mde' AND l.quantity IS NOT NULL)
    ORDER BY n.announcedOn DESC, n.estimatedValueUsd DESC, n.slug ASC`;
  const itemsOf = (r: { lineItems: SystemQuantity["items"]; systems: { system: { slug: string; name: string; aliases: { alias: string }[] } }[] }) =>
    lineItemsForSystem(
      r.lineItems,
      r.systems.map(({ system: s }) => ({ slug: s.slug, names: [s.name, ...s.aliases.map((a) => a.alias)] })),
      slug,
    );
  const sharedWithItems = await sharedWithQuantities(db, systemId, slug);
  const ids = candidates.filter((c) => Number(c.systemCount) === 1 || sharedWithItems.has(Number(c.id))).map((c) => Number(c.id));

  const window = ids.slice(0, PROFILE_LIST_SIZE);
  const position = new Map(window.map((id, i) => [id, i]));
  const rows = (await db.notification.findMany({ where: { id: { in: window } }, select: { id: true, ...quantitySelect } })).sort((a, b) => position.get(b.id)! - position.get(a.id)!);
  return {
    quantities: rows.map((r) => ({ slug: r.slug, announcedOn: r.announcedOn, dateApproximate: r.dateApproximate, recipient: r.recipient, items: itemsOf(r) })),
    quantityCount: ids.length,
  };
}

/**
 * Ids of the several-system notifications listing this system whose quantified lines name it
 * (lib/quantities.ts). Read as flat rows: Prisma's nested selects cost ~10x more for the
 * hundreds a busy system has (npm run bench).
 */
async function sharedWithQuantities(db: Db, systemId: number, slug: string): Promise<Set<number>> {
  const lines = await db.$queryRaw<{ notificationId: bigint | number; description: string }[]>`
    SELECT l.notificationId AS notificationId, l.description AS description
    FROM NotificationSystem ns
    JOIN LineItem l ON l.notificationId = ns.notificationId
    WHERE ns.systemId = ${systemId} AND l.kind = 'mde' AND l.quantity IS NOT NULL
      AND EXISTS (SELECT 1 FROM NotificationSystem o WHERE o.notificationId = ns.notificationId AND o.systemId <> ns.systemId)
    ORDER BY l.notificationId, l.position`;
  if (lines.length === 0) return new Set();
  const listed = await db.$queryRaw<{ notificationId: bigint | number; slug: string }[]>`
    SELECT o.notificationId AS notificationId, s.slug AS slug
    FROM NotificationSystem ns
    JOIN NotificationSystem o ON o.notificationId = ns.notificationId
    JOIN System s ON s.id = o.systemId
    WHERE ns.systemId = ${systemId}
      AND EXISTS (SELECT 1 FROM NotificationSystem x WHERE x.notificationId = ns.notificationId AND x.systemId <> ns.systemId)
    ORDER BY o.notificationId, o.position`;
  // Every system's names: a small table, read once instead of per notification.
  const systems = await db.system.findMany({ select: { slug: true, name: true, aliases: { select: { alias: true } } } });
  const names = new Map(systems.map((s) => [s.slug, [s.name, ...s.aliases.map((a) => a.alias)]]));
  const group = <T extends { notificationId: bigint | number }>(rows: T[]) => {
    const by = new Map<number, T[]>();
    for (const r of rows) by.set(Number(r.notificationId), [...(by.get(Number(r.notificationId)) ?? []), r]);
    return by;
  };
  const systemsOf = group(listed);
  const found = new Set<number>();
  for (const [id, items] of group(lines)) {
    const named = (systemsOf.get(id) ?? []).map((s) => ({ slug: s.slug, names: names.get(s.slug) ?? [] }));
    // SQL kept only quantified lines; the owner depends on the description alone.
    const quantified = items.map((i) => ({ description: i.description, quantity: 1, upTo: false }));
    if (lineItemsForSystem(quantified, named, slug).length > 0) found.add(id);
  }
  return found;
}

/** Every recipient with how many notifications it has and their total value, for /countries. */
export const getRecipientSummaries = cache((): Promise<RecipientSummary[]> => cachedView("recipient-summaries", queryRecipientSummaries));

async function queryRecipientSummaries(db: Db): Promise<RecipientSummary[]> {
  const recipients = await db.recipient.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true, kind: true, notifiedAs: true, nato: true } });
  const totals = await db.notification.groupBy({
    by: ["recipientId"],
    _count: { _all: true },
    _sum: { estimatedValueUsd: true },
    _min: { announcedOn: true },
    _max: { announcedOn: true },
  });
  const byId = new Map(totals.map((t) => [t.recipientId, t]));
  return recipients.map(({ id, ...r }) => {
    const t = byId.get(id);
    return { ...r, count: t?._count._all ?? 0, valueUsd: t?._sum.estimatedValueUsd ?? 0n, firstOn: t?._min.announcedOn ?? null, lastOn: t?._max.announcedOn ?? null };
  });
}

/** Every system with its notifications, distinct recipients and their total value, for /systems. */
export const getSystemSummaries = cache((): Promise<SystemSummary[]> => cachedView("system-summaries", querySystemSummaries));

async function querySystemSummaries(db: Db): Promise<SystemSummary[]> {
  const systems = await db.system.findMany({
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, category: { select: { slug: true, name: true } }, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
  });
  const totals = await db.$queryRaw<{ systemId: bigint | number; count: bigint | number; recipientCount: bigint | number; valueUsd: string | null }[]>`
    SELECT ns.systemId AS systemId, COUNT(*) AS count, COUNT(DISTINCT n.recipientId) AS recipientCount,
           CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd
    FROM NotificationSystem ns
    JOIN Notification n ON n.id = ns.notificationId
    GROUP BY ns.systemId`;
  const byId = new Map(totals.map((t) => [Number(t.systemId), t]));
  return systems.map(({ id, aliases, ...s }) => {
    const t = byId.get(id);
    return {
      ...s,
      aliases: aliases.map((a) => a.alias).filter((a) => a !== s.slug && a !== s.name),
      count: Number(t?.count ?? 0),
      recipientCount: Number(t?.recipientCount ?? 0),
      valueUsd: exactSum(t?.valueUsd ?? null),
    };
  });
}
