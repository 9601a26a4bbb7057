import "server-only";
import { cache } from "react";
import { cachedView, exactSum, toCount, type Db } from "@/lib/db";
import { ARCHIVE_FROM, isRegionCode, lineItemsForSystem, type ContextFact, type RegionDetail, type CountryProfile, type FiscalYearTotal, type LineItem, type NamedSystem, type RecipientSummary, type SourceKind, type SystemProfile, type SystemQuantity, type SystemSummary } from "@/lib/domain";
import { Prisma } from "@/lib/generated/prisma/client";
import { EMPTY_FILTERS, serializeFilters, type Filters } from "@/lib/filters";
import { driveFor, entriesSql, filterSql, NEWEST_FIRST, searchOf, toEntry, type EntryRow } from "./notification-sql";

/**
 * Recipient and system pages and their indexes. Each page is a few raw queries
 * (notification-sql.ts says why): the record and its aggregates come as one row with JSON
 * columns, the listed notifications as a second query.
 */

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

const byValueDesc = (a: { valueUsd: bigint }, b: { valueUsd: bigint }) => (a.valueUsd < b.valueUsd ? 1 : a.valueUsd > b.valueUsd ? -1 : 0);

/** The newest `take` entries among the notifications `ids` selects (a SELECT of notification ids). */
function newestEntries(db: Db, ids: Prisma.Sql, take: number, matching: number) {
  const id = driveFor(matching) === "scan" ? Prisma.raw("+n.id") : Prisma.raw("n.id");
  return db.$queryRaw<EntryRow[]>(entriesSql(Prisma.sql`SELECT n.id AS id FROM Notification n WHERE ${id} IN (${ids}) ORDER BY ${NEWEST_FIRST} LIMIT ${take}`, NEWEST_FIRST));
}

/**
 * A page's notifications by fiscal year, as one JSON array of [fiscal year, count, value as text,
 * approximate, waived], oldest first; the year null for the examples before the archive
 * (lib/domain/coverage.ts), which NULL sorts first. `from` is the FROM and WHERE of the notifications (as `n`).
 */
const fiscalYears = (from: Prisma.Sql) => Prisma.sql`(SELECT json_group_array(json_array(y.fy, y.count, y.valueUsd, y.approximate, y.waived) ORDER BY y.fy)
  FROM (SELECT CASE WHEN n.announcedOn < ${ARCHIVE_FROM} THEN NULL
                    ELSE CAST(substr(n.announcedOn, 1, 4) AS INTEGER) + (substr(n.announcedOn, 6, 2) >= '10') END AS fy,
               COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd,
               SUM(n.dateApproximate) AS approximate, SUM(n.reviewWaived) AS waived
        ${from} GROUP BY fy) y)`;

function readFiscalYears(json: string) {
  const rows = JSON.parse(json) as [number | null, number, string, number, number][];
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((total, r) => total + pick(r), 0);
  return {
    count: sum(([, n]) => n),
    valueUsd: rows.reduce((total, [, , value]) => total + BigInt(value), 0n),
    byFiscalYear: rows.flatMap(([fy, n, value, approximate]): FiscalYearTotal[] => (fy === null ? [] : [{ fiscalYear: fy, count: n, valueUsd: BigInt(value), approximateCount: approximate }])),
    earlier: rows
      .filter(([fy]) => fy === null)
      .reduce((total, [, n, value]) => ({ count: total.count + n, valueUsd: total.valueUsd + BigInt(value) }), { count: 0, valueUsd: 0n }),
    approximateCount: sum(([, , , approximate]) => approximate),
    waivedCount: sum(([, , , , waived]) => waived),
  };
}

type CountryRow = {
  id: number;
  code: string;
  name: string;
  kind: string;
  notifiedAs: string | null;
  nato: boolean | number | bigint;
  /** JSON: the region's RegionDetail, or null. */
  region: string | null;
  /** JSON: ContextFact[] in order. */
  context: string;
  /** JSON: fiscalYears() rows. */
  years: string;
  /** JSON: [slug, name, category slug, category name, count, value as text] per system. */
  systems: string;
};

/** A recipient's page, by its code as stored (uppercase), or null for an unknown code. Cached until the seed runs. */
export const getCountryProfile = cache((code: string): Promise<CountryProfile | null> => cachedView(`country/${code}`, (db) => queryCountryProfile(db, code)));

async function queryCountryProfile(db: Db, code: string): Promise<CountryProfile | null> {
  // Years are grouped from the (recipientId, announcedOn, value) index; the totals are their sums.
  const [row] = await db.$queryRaw<CountryRow[]>`
    SELECT r.id AS id, r.code AS code, r.name AS name, r.kind AS kind, r.notifiedAs AS notifiedAs, r.nato AS nato,
      (SELECT json_object('code', g.code, 'name', g.name, 'area', g.area, 'description', g.description, 'sources', json(g.sources)) FROM Region g WHERE g.code = r.regionCode) AS region,
      (SELECT json_group_array(json_object('fact', x.fact, 'source', json_object('kind', x.sourceKind, 'publisher', x.sourcePublisher,
          'title', x.sourceTitle, 'url', x.sourceUrl, 'document', x.sourceDocument)) ORDER BY x.position)
       FROM RecipientContext x WHERE x.recipientId = r.id) AS context,
      ${fiscalYears(Prisma.sql`FROM Notification n WHERE n.recipientId = r.id`)} AS years,
      (SELECT json_group_array(json_array(t.slug, t.name, t.categorySlug, t.categoryName, t.count, t.valueUsd))
       FROM (SELECT s.slug AS slug, s.name AS name, c.slug AS categorySlug, c.name AS categoryName,
                    COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd
             FROM Notification n
             JOIN NotificationSystem ns ON ns.notificationId = n.id
             JOIN System s ON s.id = ns.systemId
             JOIN Category c ON c.id = s.categoryId
             WHERE n.recipientId = r.id
             GROUP BY s.id) t) AS systems
    FROM Recipient r WHERE r.code = ${code}`;
  if (!row) return null;
  const years = readFiscalYears(row.years);
  const notificationCount = years.count;
  // Few enough for the strip: load them all once (at most STRIP_LIMIT) and list the newest.
  const drawStrip = notificationCount <= STRIP_LIMIT;
  const entries = (
    await db.$queryRaw<EntryRow[]>(
      entriesSql(Prisma.sql`SELECT n.id AS id FROM Notification n WHERE n.recipientId = ${row.id} ORDER BY ${NEWEST_FIRST} LIMIT ${drawStrip ? STRIP_LIMIT : PROFILE_LIST_SIZE}`, NEWEST_FIRST),
    )
  ).map(toEntry);

  return {
    recipient: {
      code: row.code,
      name: row.name,
      kind: row.kind,
      notifiedAs: row.notifiedAs,
      nato: Boolean(row.nato),
      context: JSON.parse(row.context) as ContextFact[],
      region: row.region ? (JSON.parse(row.region) as RegionDetail) : null,
    },
    notifications: entries.slice(0, PROFILE_LIST_SIZE),
    notificationCount,
    strip: drawStrip ? entries : null,
    totalValueUsd: years.valueUsd,
    byFiscalYear: years.byFiscalYear,
    earlier: years.earlier,
    systems: (JSON.parse(row.systems) as [string, string, string, string, number, string][])
      .map(([slug, name, categorySlug, categoryName, n, value]) => ({ slug, name, category: { slug: categorySlug, name: categoryName }, count: n, valueUsd: BigInt(value) }))
      .sort((a, b) => b.count - a.count || byValueDesc(a, b) || a.name.localeCompare(b.name)),
    approximateCount: years.approximateCount,
    waivedCount: years.waivedCount,
  };
}

/**
 * Every system's slug and names (display name and aliases), by id, as one small JSON object:
 * lib/domain/quantities.ts matches equipment lines against the names of a notification's systems.
 */
const SYSTEM_NAMES = Prisma.sql`(SELECT json_group_object(x.id, json_array(x.slug, x.name, json((SELECT json_group_array(a.alias) FROM SystemAlias a WHERE a.systemId = x.id))))
  FROM System x)`;

function namesById(json: string): Map<number, NamedSystem> {
  const entries = Object.entries(JSON.parse(json) as Record<string, [string, string, string[]]>);
  return new Map(entries.map(([id, [slug, name, aliases]]) => [Number(id), { slug, names: [name, ...aliases] }]));
}

type SystemRow = {
  id: number;
  slug: string;
  name: string;
  categorySlug: string;
  categoryName: string;
  /** JSON: the aliases, sorted. */
  aliases: string;
  description: string | null;
  descriptionSourceKind: string | null;
  descriptionSourcePublisher: string | null;
  descriptionSourceTitle: string | null;
  descriptionSourceUrl: string | null;
  descriptionSourceDocument: string | null;
  /** JSON: [code, name, kind, notifiedAs, count, value as text, how many list other systems too] per recipient. */
  recipients: string;
  /** SYSTEM_NAMES. */
  systemNames: string;
  /** JSON: fiscalYears() rows. */
  years: string;
};

/** A system's page, by its slug, or null for an unknown slug. Cached until the seed runs. */
export const getSystemProfile = cache((slug: string): Promise<SystemProfile | null> => cachedView(`system/${slug}`, (db) => querySystemProfile(db, slug)));

async function querySystemProfile(db: Db, slug: string): Promise<SystemProfile | null> {
  // Per recipient: notifications, value, and those that list other systems too; the totals are their sums.
  const [row] = await db.$queryRaw<SystemRow[]>`
    SELECT s.id AS id, s.slug AS slug, s.name AS name, c.slug AS categorySlug, c.name AS categoryName,
      (SELECT json_group_array(a.alias ORDER BY a.alias) FROM SystemAlias a WHERE a.systemId = s.id) AS aliases,
      s.description AS description, s.descriptionSourceKind AS descriptionSourceKind, s.descriptionSourcePublisher AS descriptionSourcePublisher,
      s.descriptionSourceTitle AS descriptionSourceTitle, s.descriptionSourceUrl AS descriptionSourceUrl, s.descriptionSourceDocument AS descriptionSourceDocument,
      (SELECT json_group_array(json_array(t.code, t.name, t.kind, t.notifiedAs, t.count, t.valueUsd, t.shared))
       FROM (SELECT r.code AS code, r.name AS name, r.kind AS kind, r.notifiedAs AS notifiedAs,
                    COUNT(*) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd,
                    SUM(EXISTS (SELECT 1 FROM NotificationSystem o WHERE o.notificationId = ns.notificationId AND o.systemId <> ns.systemId)) AS shared
             FROM NotificationSystem ns
             JOIN Notification n ON n.id = ns.notificationId
             JOIN Recipient r ON r.id = n.recipientId
             WHERE ns.systemId = s.id
             GROUP BY r.id) t) AS recipients,
      ${SYSTEM_NAMES} AS systemNames,
      ${fiscalYears(Prisma.sql`FROM NotificationSystem ns JOIN Notification n ON n.id = ns.notificationId WHERE ns.systemId = s.id`)} AS years
    FROM System s JOIN Category c ON c.id = s.categoryId
    WHERE s.slug = ${slug}`;
  if (!row) return null;
  const recipients = (JSON.parse(row.recipients) as [string, string, string, string | null, number, string, number][]).map(
    ([code, name, kind, notifiedAs, n, value, shared]) => ({ code, name, kind, notifiedAs, count: n, valueUsd: BigInt(value), shared }),
  );
  const notificationCount = recipients.reduce((total, r) => total + r.count, 0);
  const listing = Prisma.sql`SELECT notificationId FROM NotificationSystem WHERE systemId = ${row.id}`;
  const notifications = (await newestEntries(db, listing, PROFILE_LIST_SIZE, notificationCount)).map(toEntry);
  const { quantities, quantityCount } = await systemQuantities(db, row.id, row.slug, namesById(row.systemNames));
  const years = readFiscalYears(row.years);
  // The slug and the display name are stored as aliases too (so they resolve); they are not "also known as".
  const aliases = (JSON.parse(row.aliases) as string[]).filter((a) => a !== row.slug && a !== row.name);

  return {
    system: {
      slug: row.slug,
      name: row.name,
      category: { slug: row.categorySlug, name: row.categoryName },
      aliases,
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
    notificationCount,
    totalValueUsd: recipients.reduce((total, r) => total + r.valueUsd, 0n),
    sharedCount: recipients.reduce((total, r) => total + r.shared, 0),
    recipients: recipients
      .map((r) => ({ code: r.code, name: r.name, kind: r.kind, notifiedAs: r.notifiedAs, count: r.count, valueUsd: r.valueUsd }))
      .sort((a, b) => byValueDesc(a, b) || a.name.localeCompare(b.name)),
    byFiscalYear: years.byFiscalYear,
    earlier: years.earlier,
    approximateCount: years.approximateCount,
    quantities,
    quantityCount,
  };
}

/** JSON: the ids of the notification's systems, in its order. */
const systemIdsOf = (notificationId: string) =>
  Prisma.raw(`(SELECT json_group_array(o.systemId ORDER BY o.position) FROM NotificationSystem o WHERE o.notificationId = ${notificationId})`);

/**
 * The newest PROFILE_LIST_SIZE notifications that give a quantity for the system, oldest first,
 * and how many do in all. SQLite narrows to notifications with a quantified MDE line; one that
 * lists this system alone owns all its lines, so only several-system notifications carry their
 * lines and systems, to be matched by name (lib/domain/quantities.ts). A second query reads what the
 * page shows of the newest ones.
 */
async function systemQuantities(db: Db, systemId: number, slug: string, names: Map<number, NamedSystem>): Promise<{ quantities: SystemQuantity[]; quantityCount: number }> {
  const named = (json: string) => (JSON.parse(json) as number[]).flatMap((id) => names.get(id) ?? []);
  const candidates = await db.$queryRaw<{ id: number; shared: number | bigint; lines: string | null; systems: string | null }[]>`
    SELECT q.id AS id, q.shared AS shared,
      CASE WHEN q.shared THEN (SELECT json_group_array(l.description ORDER BY l.position) FROM LineItem l
                               WHERE l.notificationId = q.id AND l.kind = 'mde' AND l.quantity IS NOT NULL) END AS lines,
      CASE WHEN q.shared THEN ${systemIdsOf("q.id")} END AS systems
    FROM (SELECT n.id AS id, n.announcedOn AS announcedOn, n.estimatedValueUsd AS estimatedValueUsd, n.slug AS slug,
                 EXISTS (SELECT 1 FROM NotificationSystem x WHERE x.notificationId = n.id AND x.systemId <> ns.systemId) AS shared
          FROM NotificationSystem ns JOIN Notification n ON n.id = ns.notificationId
          WHERE ns.systemId = ${systemId}
            AND EXISTS (SELECT 1 FROM LineItem l WHERE l.notificationId = n.id AND l.kind = 'mde' AND l.quantity IS NOT NULL)) q
    ORDER BY q.announcedOn DESC, q.estimatedValueUsd DESC, q.slug ASC`;
  const ids = candidates
    .filter((c) => {
      if (!toCount(c.shared)) return true;
      // SQL kept only quantified lines; the owner depends on the description alone.
      const quantified = (JSON.parse(c.lines ?? "[]") as string[]).map((description) => ({ description, quantity: 1, upTo: false }));
      return lineItemsForSystem(quantified, named(c.systems ?? "[]"), slug).length > 0;
    })
    .map((c) => Number(c.id));

  const window = ids.slice(0, PROFILE_LIST_SIZE);
  if (window.length === 0) return { quantities: [], quantityCount: 0 };
  const rows = await db.$queryRaw<{ id: number; slug: string; announcedOn: string; dateApproximate: boolean | number; code: string; name: string; kind: string; notifiedAs: string | null; lines: string; systems: string }[]>`
    SELECT n.id AS id, n.slug AS slug, n.announcedOn AS announcedOn, n.dateApproximate AS dateApproximate,
      r.code AS code, r.name AS name, r.kind AS kind, r.notifiedAs AS notifiedAs,
      (SELECT json_group_array(json_array(l.description, l.quantity, l.upTo) ORDER BY l.position) FROM LineItem l WHERE l.notificationId = n.id AND l.kind = 'mde') AS lines,
      ${systemIdsOf("n.id")} AS systems
    FROM Notification n JOIN Recipient r ON r.id = n.recipientId
    WHERE n.id IN (SELECT value FROM json_each(${JSON.stringify(window)}))`;
  const position = new Map(window.map((id, i) => [id, i]));
  return {
    quantities: rows
      .sort((a, b) => position.get(Number(b.id))! - position.get(Number(a.id))!)
      .map((r) => {
        const items: LineItem[] = (JSON.parse(r.lines) as [string, number | null, number][]).map(([description, quantity, upTo]) => ({ description, quantity, upTo: Boolean(upTo) }));
        return {
          slug: r.slug,
          announcedOn: r.announcedOn,
          dateApproximate: Boolean(r.dateApproximate),
          recipient: { code: r.code, name: r.name, kind: r.kind, notifiedAs: r.notifiedAs },
          items: lineItemsForSystem(items, named(r.systems), slug),
        };
      }),
    quantityCount: ids.length,
  };
}

/**
 * Every recipient with how many of the notifications the filters match it has, their total value
 * and first and last dates, for /countries and the maps (lib/map/): the range and category of
 * the recipients map, or a system for its page. Recipients with none in view are there with a
 * count of 0. Cached per canonical query until the seed runs.
 */
export function getRecipientSummaries(filters: Filters = EMPTY_FILTERS): Promise<RecipientSummary[]> {
  return cachedView(`recipient-summaries?${serializeFilters(filters)}`, (db) => queryRecipientSummaries(db, filters));
}

async function queryRecipientSummaries(db: Db, filters: Filters): Promise<RecipientSummary[]> {
  // Unfiltered, or by year or dates: counted, summed and spanned from the (recipientId, announcedOn, value) index alone.
  const rows = await db.$queryRaw<{ code: string; name: string; kind: string; notifiedAs: string | null; nato: boolean | number; region: string | null; count: number | bigint; valueUsd: string | null; firstOn: string | null; lastOn: string | null }[]>`
    SELECT r.code AS code, r.name AS name, r.kind AS kind, r.notifiedAs AS notifiedAs, r.nato AS nato, r.regionCode AS region,
           COUNT(n.id) AS count, CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd, MIN(n.announcedOn) AS firstOn, MAX(n.announcedOn) AS lastOn
    FROM Recipient r LEFT JOIN Notification n ON n.recipientId = r.id AND ${filterSql(filters, searchOf(filters), "list")}
    GROUP BY r.id
    ORDER BY r.name`;
  return rows.map((r) => ({ ...r, nato: Boolean(r.nato), region: r.region && isRegionCode(r.region) ? r.region : null, count: toCount(r.count), valueUsd: exactSum(r.valueUsd) }));
}

/** Every system with its notifications, distinct recipients and their total value, for /systems. */
export const getSystemSummaries = cache((): Promise<SystemSummary[]> => cachedView("system-summaries", querySystemSummaries));

async function querySystemSummaries(db: Db): Promise<SystemSummary[]> {
  const rows = await db.$queryRaw<{ slug: string; name: string; categorySlug: string; categoryName: string; aliases: string; count: number | bigint | null; recipientCount: number | bigint | null; valueUsd: string | null }[]>`
    SELECT s.slug AS slug, s.name AS name, c.slug AS categorySlug, c.name AS categoryName,
      (SELECT json_group_array(a.alias ORDER BY a.alias) FROM SystemAlias a WHERE a.systemId = s.id) AS aliases,
      t.count AS count, t.recipientCount AS recipientCount, t.valueUsd AS valueUsd
    FROM System s JOIN Category c ON c.id = s.categoryId
    LEFT JOIN (SELECT ns.systemId AS systemId, COUNT(*) AS count, COUNT(DISTINCT n.recipientId) AS recipientCount,
                      CAST(SUM(n.estimatedValueUsd) AS TEXT) AS valueUsd
               FROM NotificationSystem ns JOIN Notification n ON n.id = ns.notificationId
               GROUP BY ns.systemId) t ON t.systemId = s.id
    ORDER BY s.name`;
  return rows.map((s) => ({
    slug: s.slug,
    name: s.name,
    category: { slug: s.categorySlug, name: s.categoryName },
    aliases: (JSON.parse(s.aliases) as string[]).filter((a) => a !== s.slug && a !== s.name),
    count: toCount(s.count),
    recipientCount: toCount(s.recipientCount),
    valueUsd: exactSum(s.valueUsd),
  }));
}
