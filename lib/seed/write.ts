import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { congressFirstYear, contractorKey, normalizeAlias } from "@/lib/domain";
import type { SeedData } from "./load";
import { reportDate, type NotificationSeed, type ResolutionSeed } from "./schema";
import { syncSearchIndex } from "./search-index";

export type SeedSummary = { created: number; updated: number; unchanged: number; removed: number };

/** The columns of a notification beyond its lists, in insert order (prisma/schema.prisma). */
const NOTIFICATION_COLUMNS = [
  "slug",
  "title",
  "summary",
  "recipientId",
  "announcedOn",
  "dateApproximate",
  "estimatedValueUsd",
  "valueMdeUsd",
  "valueOtherUsd",
  "transmittalNumber",
  "deliveredOn",
  "deliveredSourceKey",
  "recordOn",
  "recordSourceKey",
  "registerOn",
  "registerSourceKey",
  "implementingAgency",
  "caseDesignator",
  "fundingSources",
  "fundingNotes",
  "implementationNotes",
  "reviewWaived",
  "emergencyBy",
  "emergencyOn",
  "emergencySourceKey",
  "addsToEarlierCase",
  "addsToBelowThreshold",
  "addsToTransmittal",
  "addsToDescription",
  "addsToSourceKey",
  "priorRelatedCases",
  "confidence",
  "notes",
  "contentHash",
] as const;

type NotificationColumns = Record<(typeof NOTIFICATION_COLUMNS)[number], string | number | null>;

function notificationRow(n: NotificationSeed, recipientId: number, contentHash: string): NotificationColumns {
  return {
    slug: n.slug,
    title: n.title,
    summary: n.summary,
    recipientId,
    announcedOn: n.announcedOn,
    dateApproximate: bit(n.dateApproximate),
    estimatedValueUsd: n.estimatedValueUsd,
    valueMdeUsd: n.valueMdeUsd,
    valueOtherUsd: n.valueOtherUsd,
    transmittalNumber: n.transmittalNumber,
    deliveredOn: n.deliveredToCongress?.on ?? null,
    deliveredSourceKey: n.deliveredToCongress?.source ?? null,
    recordOn: n.congressionalRecord?.on ?? null,
    recordSourceKey: n.congressionalRecord?.source ?? null,
    registerOn: n.federalRegister?.on ?? null,
    registerSourceKey: n.federalRegister?.source ?? null,
    implementingAgency: n.implementingAgency,
    caseDesignator: n.caseDesignator,
    fundingSources: JSON.stringify(n.fundingSources),
    fundingNotes: n.fundingNotes,
    implementationNotes: n.implementationNotes,
    reviewWaived: bit(n.reviewWaived),
    emergencyBy: n.emergency?.determinedBy ?? null,
    emergencyOn: n.emergency?.determinedOn ?? null,
    emergencySourceKey: n.emergency?.source ?? null,
    addsToEarlierCase: bit(n.addsToEarlierCase !== null),
    addsToBelowThreshold: n.addsToEarlierCase ? bit(n.addsToEarlierCase.belowThreshold) : null,
    addsToTransmittal: n.addsToEarlierCase?.transmittalNumber ?? null,
    addsToDescription: n.addsToEarlierCase?.description ?? null,
    addsToSourceKey: n.addsToEarlierCase?.source ?? null,
    priorRelatedCases: n.priorRelatedCases,
    confidence: n.confidence,
    notes: n.notes,
    contentHash,
  };
}

function hashOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

/** SQLite has no booleans: Prisma stores them as 1 and 0, and better-sqlite3 binds only numbers. */
const bit = (value: boolean) => (value ? 1 : 0);

/**
 * Writes validated seed data to the SQLite file in one transaction: recipients, categories and
 * systems are upserted by their codes and slugs; a notification whose file is unchanged is left
 * alone, a changed one is rewritten, and one whose file was removed is deleted. The full-text
 * search index follows in the same transaction. Any failure rolls everything back.
 *
 * It writes through better-sqlite3's prepared statements, not Prisma: a seed is some 140,000
 * inserts at 10,000 notifications, and Prisma compiles every query (in WebAssembly) before
 * running it; writing 10,000 took 10 s that way and takes about 2 s, search index included
 * (docs/benchmark.md). The SQL names the tables and columns of prisma/schema.prisma.
 */
export function writeSeedData(file: string, data: SeedData): SeedSummary {
  // timeout is SQLite's busy_timeout: wait for a running server's reads instead of failing.
  const db = new Database(file, { fileMustExist: true, timeout: 10_000 });
  try {
    // IMMEDIATE takes the write lock before the first read, so nothing the seed decides on can
    // change before it writes (and a second seed waits rather than failing halfway).
    return db.transaction(() => write(db, data)).immediate();
  } finally {
    db.close();
  }
}

function write(db: Database.Database, data: SeedData): SeedSummary {
  upsertRegions(db, data);
  const recipientIds = upsertRecipients(db, data);
  const systemIds = upsertSystems(db, data);
  upsertContractors(db, data);
  const summary: SeedSummary = { created: 0, updated: 0, unchanged: 0, removed: 0 };

  const existing = new Map(
    (db.prepare(`SELECT "id", "slug", "contentHash" FROM "Notification"`).all() as { id: number; slug: string; contentHash: string }[]).map((n) => [n.slug, n]),
  );
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
  const remove = db.prepare(`DELETE FROM "Notification" WHERE "id" = ?`);
  for (const id of toDelete) remove.run(id);
  const insert = notificationInserts(db);
  for (const { n, contentHash } of toCreate) insert(n, contentHash, recipientIds, systemIds);
  writeReports(db, data);
  writeResolutions(db, data);
  linkPrincipalContractors(db);
  writeChangeLog(db, data);

  // Drop reference rows no seed file mentions any more (one JSON list parameter, whatever its length).
  const keep = (values: string[]) => JSON.stringify(values);
  db.prepare(`DELETE FROM "System" WHERE "slug" NOT IN (SELECT value FROM json_each(?))`).run(keep(data.systems.map((s) => s.slug)));
  db.prepare(`DELETE FROM "Category" WHERE "slug" NOT IN (SELECT value FROM json_each(?))`).run(keep(data.categories.map((c) => c.slug)));
  db.prepare(`DELETE FROM "Recipient" WHERE "code" NOT IN (SELECT value FROM json_each(?))`).run(keep(data.recipients.map((r) => r.code)));
  db.prepare(`DELETE FROM "Region" WHERE "code" NOT IN (SELECT value FROM json_each(?))`).run(keep(data.regions.map((r) => r.code)));
  db.prepare(`DELETE FROM "Contractor" WHERE "slug" NOT IN (SELECT value FROM json_each(?))`).run(keep(data.contractors.map((c) => c.slug)));
  // Last, so it indexes what the transaction leaves behind (names included).
  syncSearchIndex(db);
  bumpRecordVersion(db);
  return summary;
}

/**
 * The record's version, SQLite's `PRAGMA user_version`: one more after a seed that changed
 * anything, in the same transaction, so whoever reads the record reads its version with it. The
 * dataset's files say which version they hold (DatasetBuild.recordVersion), and the CSV export of
 * the whole record is served from them only while they hold the current one.
 */
function bumpRecordVersion(db: Database.Database) {
  const { changes } = db.prepare(`SELECT total_changes() AS changes`).get() as { changes: number };
  if (changes > 0) db.pragma(`user_version = ${Number(db.pragma("user_version", { simple: true })) + 1}`);
}

/** True when any of `fields` differs from the row as stored. */
function differs<T extends object>(before: T, fields: Partial<T>): boolean {
  return (Object.keys(fields) as (keyof T)[]).some((k) => before[k] !== fields[k]);
}

/** The regions, upserted by code before the recipients that name them (an unchanged one is left alone). */
function upsertRegions(db: Database.Database, data: SeedData) {
  type Row = { id: number; name: string; area: string; description: string; sources: string };
  const stored = new Map((db.prepare(`SELECT "id", "code", "name", "area", "description", "sources" FROM "Region"`).all() as (Row & { code: string })[]).map(({ code, ...r }) => [code, r]));
  const update = db.prepare(`UPDATE "Region" SET "name" = ?, "area" = ?, "description" = ?, "sources" = ? WHERE "id" = ?`);
  const create = db.prepare(`INSERT INTO "Region" ("code", "name", "area", "description", "sources") VALUES (?, ?, ?, ?, ?)`);
  for (const r of data.regions) {
    const fields = { name: r.name, area: r.area, description: r.description, sources: JSON.stringify(r.sources) };
    const before = stored.get(r.code);
    if (!before) create.run(r.code, fields.name, fields.area, fields.description, fields.sources);
    else if (differs(before, fields)) update.run(fields.name, fields.area, fields.description, fields.sources, before.id);
  }
}

/**
 * The contractors, upserted by slug; their names and a joint venture's partners are rebuilt
 * wholesale when any changed (a name may move from one contractor to another, and names are
 * unique), and left alone otherwise.
 */
function upsertContractors(db: Database.Database, data: SeedData) {
  type Row = { id: number; name: string; note: string | null; history: string };
  const stored = new Map((db.prepare(`SELECT "id", "slug", "name", "note", "history" FROM "Contractor"`).all() as (Row & { slug: string })[]).map(({ slug, ...c }) => [slug, c]));
  const update = db.prepare(`UPDATE "Contractor" SET "name" = ?, "note" = ?, "history" = ? WHERE "id" = ?`);
  const create = db.prepare(`INSERT INTO "Contractor" ("slug", "name", "note", "history") VALUES (?, ?, ?, ?)`);
  const ids = new Map<string, number>();
  for (const c of data.contractors) {
    const fields = { name: c.name, note: c.note ?? null, history: JSON.stringify(c.history) };
    const before = stored.get(c.slug);
    if (before && differs(before, fields)) update.run(fields.name, fields.note, fields.history, before.id);
    ids.set(c.slug, before ? before.id : Number(create.run(c.slug, fields.name, fields.note, fields.history).lastInsertRowid));
  }

  type Name = { contractorId: number; position: number; name: string; unit: number; normalized: string };
  const names: Name[] = data.contractors.flatMap((c) => {
    const units = new Set(c.units);
    return c.names.map((name, position) => ({ contractorId: ids.get(c.slug)!, position, name, unit: bit(units.has(name)), normalized: contractorKey(name) }));
  });
  const nameKey = (rows: Name[]) => JSON.stringify(rows.map((n) => [n.name, n.contractorId, n.position, n.unit, n.normalized]).sort());
  const storedNames = db.prepare(`SELECT "contractorId", "position", "name", "unit", "normalized" FROM "ContractorName"`).all() as Name[];
  if (nameKey(storedNames) !== nameKey(names)) {
    db.prepare(`DELETE FROM "ContractorName"`).run();
    const add = db.prepare(`INSERT INTO "ContractorName" ("contractorId", "position", "name", "unit", "normalized") VALUES (?, ?, ?, ?, ?)`);
    for (const n of names) add.run(n.contractorId, n.position, n.name, n.unit, n.normalized);
  }

  type Partner = { jointVentureId: number; partnerId: number; position: number };
  const partners: Partner[] = data.contractors.flatMap((c) => (c.parents ?? []).map((p, position) => ({ jointVentureId: ids.get(c.slug)!, partnerId: ids.get(p)!, position })));
  const partnerKey = (rows: Partner[]) => JSON.stringify(rows.map((p) => [p.jointVentureId, p.partnerId, p.position]).sort());
  const storedPartners = db.prepare(`SELECT "jointVentureId", "partnerId", "position" FROM "ContractorPartner"`).all() as Partner[];
  if (partnerKey(storedPartners) !== partnerKey(partners)) {
    db.prepare(`DELETE FROM "ContractorPartner"`).run();
    const add = db.prepare(`INSERT INTO "ContractorPartner" ("jointVentureId", "partnerId", "position") VALUES (?, ?, ?)`);
    for (const p of partners) add.run(p.jointVentureId, p.partnerId, p.position);
  }
}

/**
 * Every principal contractor points at the contractor one of whose names it prints (validation
 * guarantees there is one). Run after the notifications are written, for every row: a name can
 * move to another contractor while the notification's file, and so its row, stays unchanged. A
 * row already right is not written.
 */
function linkPrincipalContractors(db: Database.Database) {
  db.prepare(
    `UPDATE "PrincipalContractor" SET "contractorId" = (SELECT cn."contractorId" FROM "ContractorName" cn WHERE cn."name" = "PrincipalContractor"."name")
     WHERE "contractorId" IS NOT (SELECT cn."contractorId" FROM "ContractorName" cn WHERE cn."name" = "PrincipalContractor"."name")`,
  ).run();
}

/**
 * Upserts by code without touching unchanged rows (an INSERT ... ON CONFLICT would advance
 * the AUTOINCREMENT counter even when nothing changes, and a re-seed must write nothing).
 */
function upsertRecipients(db: Database.Database, data: SeedData): Map<string, number> {
  type Row = { id: number; name: string; kind: string; notifiedAs: string | null; nato: number; regionCode: string | null };
  const stored = new Map(
    (db.prepare(`SELECT "id", "code", "name", "kind", "notifiedAs", "nato", "regionCode" FROM "Recipient"`).all() as (Row & { code: string })[]).map(({ code, ...r }) => [code, r]),
  );
  const contextColumns = ["recipientId", "position", "fact", "sourceKind", "sourcePublisher", "sourceTitle", "sourceUrl", "sourceDocument"] as const;
  type Context = Record<(typeof contextColumns)[number], string | number | null>;
  const contexts = new Map<number, Context[]>();
  for (const c of db.prepare(`SELECT ${columnList(contextColumns)} FROM "RecipientContext" ORDER BY "recipientId", "position"`).all() as Context[]) {
    const id = c.recipientId as number;
    contexts.set(id, [...(contexts.get(id) ?? []), c]);
  }
  const update = db.prepare(`UPDATE "Recipient" SET "name" = ?, "kind" = ?, "notifiedAs" = ?, "nato" = ?, "regionCode" = ? WHERE "id" = ?`);
  const create = db.prepare(`INSERT INTO "Recipient" ("code", "name", "kind", "notifiedAs", "nato", "regionCode") VALUES (?, ?, ?, ?, ?, ?)`);
  const clearContext = db.prepare(`DELETE FROM "RecipientContext" WHERE "recipientId" = ?`);
  const addContext = db.prepare(`INSERT INTO "RecipientContext" (${columnList(contextColumns)}) VALUES (${placeholders(contextColumns.length)})`);

  const ids = new Map<string, number>();
  for (const r of data.recipients) {
    const fields = { name: r.name, kind: r.kind, notifiedAs: r.notifiedAs, nato: bit(r.nato), regionCode: r.region };
    const before = stored.get(r.code);
    let id: number;
    if (before) {
      id = before.id;
      if (differs(before, fields)) update.run(fields.name, fields.kind, fields.notifiedAs, fields.nato, fields.regionCode, id);
    } else {
      id = Number(create.run(r.code, fields.name, fields.kind, fields.notifiedAs, fields.nato, fields.regionCode).lastInsertRowid);
    }
    ids.set(r.code, id);
    const wanted: Context[] = r.context.map((c, position) => ({
      recipientId: id,
      position,
      fact: c.fact,
      sourceKind: c.source.kind,
      sourcePublisher: c.source.publisher,
      sourceTitle: c.source.title,
      sourceUrl: c.source.url,
      sourceDocument: c.source.document,
    }));
    if (hashOf(contexts.get(id) ?? []) !== hashOf(wanted)) {
      clearContext.run(id);
      for (const c of wanted) addContext.run(...contextColumns.map((k) => c[k]));
    }
  }
  return ids;
}

function upsertSystems(db: Database.Database, data: SeedData): Map<string, number> {
  const categories = new Map((db.prepare(`SELECT "id", "slug", "name" FROM "Category"`).all() as { id: number; slug: string; name: string }[]).map(({ slug, ...c }) => [slug, c]));
  const updateCategory = db.prepare(`UPDATE "Category" SET "name" = ? WHERE "id" = ?`);
  const createCategory = db.prepare(`INSERT INTO "Category" ("slug", "name") VALUES (?, ?)`);
  const categoryIds = new Map<string, number>();
  for (const c of data.categories) {
    const before = categories.get(c.slug);
    if (before && differs(before, { name: c.name })) updateCategory.run(c.name, before.id);
    categoryIds.set(c.slug, before ? before.id : Number(createCategory.run(c.slug, c.name).lastInsertRowid));
  }

  const systemColumns = [
    "name",
    "categoryId",
    "description",
    "descriptionSourceKind",
    "descriptionSourcePublisher",
    "descriptionSourceTitle",
    "descriptionSourceUrl",
    "descriptionSourceDocument",
  ] as const;
  type Fields = Record<(typeof systemColumns)[number], string | number | null>;
  const systems = new Map((db.prepare(`SELECT "id", "slug", ${columnList(systemColumns)} FROM "System"`).all() as (Fields & { id: number; slug: string })[]).map(({ slug, ...s }) => [slug, s]));
  const updateSystem = db.prepare(`UPDATE "System" SET ${systemColumns.map((c) => `"${c}" = ?`).join(", ")} WHERE "id" = ?`);
  const createSystem = db.prepare(`INSERT INTO "System" ("slug", ${columnList(systemColumns)}) VALUES (?, ${placeholders(systemColumns.length)})`);
  const ids = new Map<string, number>();
  for (const s of data.systems) {
    const d = s.description ?? null;
    const fields: Fields = {
      name: s.name,
      categoryId: categoryIds.get(s.category)!,
      description: d?.text ?? null,
      descriptionSourceKind: d?.source.kind ?? null,
      descriptionSourcePublisher: d?.source.publisher ?? null,
      descriptionSourceTitle: d?.source.title ?? null,
      descriptionSourceUrl: d?.source.url ?? null,
      descriptionSourceDocument: d?.source.document ?? null,
    };
    const values = systemColumns.map((c) => fields[c]);
    const before = systems.get(s.slug);
    if (before && differs(before, fields)) updateSystem.run(...values, before.id);
    ids.set(s.slug, before ? before.id : Number(createSystem.run(s.slug, ...values).lastInsertRowid));
  }

  // Aliases are rebuilt wholesale when any changed (a name may move from one system to
  // another, and `normalized` is unique), and left alone otherwise.
  type Alias = { systemId: number; alias: string; normalized: string };
  const wanted = new Map<string, Alias>();
  for (const s of data.systems) {
    for (const alias of [s.slug, s.name, ...s.aliases]) {
      const normalized = normalizeAlias(alias);
      wanted.set(normalized, { systemId: ids.get(s.slug)!, alias, normalized });
    }
  }
  const key = (rows: Alias[]) => JSON.stringify(rows.map((a) => [a.normalized, a.systemId, a.alias]).sort());
  const existing = db.prepare(`SELECT "systemId", "alias", "normalized" FROM "SystemAlias"`).all() as Alias[];
  if (key(existing) !== key([...wanted.values()])) {
    db.prepare(`DELETE FROM "SystemAlias"`).run();
    const add = db.prepare(`INSERT INTO "SystemAlias" ("systemId", "alias", "normalized") VALUES (?, ?, ?)`);
    for (const a of wanted.values()) add.run(a.systemId, a.alias, a.normalized);
  }
  return ids;
}

const columnList = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(", ");
const placeholders = (count: number) => Array.from({ length: count }, () => "?").join(", ");

/**
 * Prepares the statements once and returns a function that writes one notification with its
 * systems, equipment lines, contractors, sources and claims. Statement text is constant;
 * every value is a bound parameter.
 */
function notificationInserts(db: Database.Database) {
  const notification = db.prepare(`INSERT INTO "Notification" (${columnList(NOTIFICATION_COLUMNS)}) VALUES (${placeholders(NOTIFICATION_COLUMNS.length)})`);
  const system = db.prepare(`INSERT INTO "NotificationSystem" ("notificationId", "systemId", "position") VALUES (?, ?, ?)`);
  const lineItem = db.prepare(`INSERT INTO "LineItem" ("notificationId", "position", "kind", "description", "quantity", "upTo") VALUES (?, ?, ?, ?, ?, ?)`);
  const contractor = db.prepare(`INSERT INTO "PrincipalContractor" ("notificationId", "position", "name", "location") VALUES (?, ?, ?, ?)`);
  const source = db.prepare(
    `INSERT INTO "Source" ("notificationId", "position", "key", "kind", "publisher", "title", "url", "publishedOn", "document", "supports",
       "reportedValueAmount", "reportedValueCurrency", "reportedValueText", "via")
     VALUES (${placeholders(14)})`,
  );
  const claim = db.prepare(`INSERT INTO "Claim" ("notificationId", "sourceId", "position", "claim", "verdict", "reason") VALUES (?, ?, ?, ?, ?, ?)`);

  return (n: NotificationSeed, contentHash: string, recipientIds: Map<string, number>, systemIds: Map<string, number>) => {
    const row = notificationRow(n, recipientIds.get(n.recipient)!, contentHash);
    const id = Number(notification.run(...NOTIFICATION_COLUMNS.map((c) => row[c])).lastInsertRowid);
    n.systems.forEach((slug, position) => system.run(id, systemIds.get(slug)!, position));
    n.majorDefenseEquipment.forEach((item, position) => lineItem.run(id, position, "mde", item.description, item.quantity, bit(item.upTo)));
    n.otherItems.forEach((description, position) => lineItem.run(id, position, "other", description, null, 0));
    n.principalContractors.forEach((c, position) => contractor.run(id, position, c.name, c.location));
    const sourceIds = new Map<string, number>();
    n.sources.forEach((s, position) => {
      const row = source.run(
        id,
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
        s.via ?? null,
      );
      sourceIds.set(s.id, Number(row.lastInsertRowid));
    });
    // Validation (lib/seed/schema.ts) guarantees every claim names a source of the same file.
    n.claims.forEach((c, position) => claim.run(id, sourceIds.get(c.source)!, position, c.claim, c.verdict, c.reason));
  };
}

/**
 * Reports on earlier sales, matched by slug like notifications: an unchanged one (same file,
 * same sale) is left alone, a changed one rewritten, a removed one deleted. A report whose sale
 * was rewritten above went with it (ON DELETE CASCADE) and is written again here.
 */
function writeReports(db: Database.Database, data: SeedData) {
  const notificationIds = new Map((db.prepare(`SELECT "id", "slug" FROM "Notification"`).all() as { id: number; slug: string }[]).map((n) => [n.slug, n.id]));
  const existing = new Map((db.prepare(`SELECT "id", "slug", "contentHash" FROM "Report"`).all() as { id: number; slug: string; contentHash: string }[]).map((r) => [r.slug, r]));
  const remove = db.prepare(`DELETE FROM "Report" WHERE "id" = ?`);
  const insert = db.prepare(
    `INSERT INTO "Report" ("slug", "notificationId", "kind", "transmittalNumber", "reportedOn", "deliveredOn", "recordOn", "registerOn", "title",
       "description", "valueBeforeUsd", "valueAfterUsd", "notes", "sources", "contentHash")
     VALUES (${placeholders(15)})`,
  );
  const toInsert: { r: SeedData["reports"][number]; contentHash: string }[] = [];
  for (const r of data.reports) {
    const contentHash = hashOf(r);
    const before = existing.get(r.id);
    existing.delete(r.id);
    if (before?.contentHash === contentHash) continue;
    if (before) remove.run(before.id);
    toInsert.push({ r, contentHash });
  }
  for (const { id } of existing.values()) remove.run(id);
  // Inserted after every delete: a report's own number is unique, and may move between files.
  for (const { r, contentHash } of toInsert) {
    const sources = r.sources.map((s) => ({ key: s.id, kind: s.kind, publisher: s.publisher, title: s.title, url: s.url, publishedOn: s.publishedOn, document: s.document, supports: s.supports, via: s.via ?? null }));
    insert.run(
      r.id,
      notificationIds.get(r.saleSlug)!,
      r.kind,
      r.transmittalNumber,
      reportDate(r),
      r.deliveredToCongress?.on ?? null,
      r.congressionalRecord?.on ?? null,
      r.federalRegister?.on ?? null,
      r.title,
      r.description,
      r.valueBeforeUsd,
      r.valueAfterUsd,
      r.notes,
      JSON.stringify(sources),
      contentHash,
    );
  }
}

/**
 * The day a resolution is listed under on /congress (newest first): the day it was introduced,
 * or, where no source gives it, that of the nearest lower-numbered resolution of the same
 * chamber and Congress with one (each chamber numbers its resolutions in order of introduction).
 * Only an order: the page shows "not given" for the day itself.
 */
export function resolutionSortDates(resolutions: Pick<ResolutionSeed, "id" | "congress" | "type" | "number" | "introducedOn">[]): Map<string, string> {
  const dates = new Map<string, string>();
  const byChamber = new Map<string, typeof resolutions>();
  for (const r of resolutions) {
    const key = `${r.congress}-${r.type}`;
    byChamber.set(key, [...(byChamber.get(key) ?? []), r]);
  }
  for (const list of byChamber.values()) {
    list.sort((a, b) => a.number - b.number);
    // Before any dated one: the first day of its Congress (3 January of its first year).
    let last = `${congressFirstYear(list[0]!.congress)}-01-03`;
    for (const r of list) {
      if (r.introducedOn) last = r.introducedOn;
      dates.set(r.id, r.introducedOn ?? last);
    }
  }
  return dates;
}

/**
 * Resolutions, matched by id like reports: one whose file and sales are unchanged is left
 * alone, a changed one rewritten (with its targets and votes), a removed one deleted. A sale
 * rewritten above took its target rows with it (ON DELETE CASCADE): a resolution missing any
 * of its targets is written again.
 */
function writeResolutions(db: Database.Database, data: SeedData) {
  const notificationIds = new Map((db.prepare(`SELECT "id", "slug" FROM "Notification"`).all() as { id: number; slug: string }[]).map((n) => [n.slug, n.id]));
  const existing = new Map(
    (
      db
        .prepare(`SELECT r."id", r."slug", r."contentHash", r."sortOn", (SELECT COUNT(*) FROM "ResolutionTarget" t WHERE t."resolutionId" = r."id") AS "targets" FROM "Resolution" r`)
        .all() as { id: number; slug: string; contentHash: string; sortOn: string; targets: number }[]
    ).map((r) => [r.slug, r]),
  );
  const sortDates = resolutionSortDates(data.resolutions);
  const remove = db.prepare(`DELETE FROM "Resolution" WHERE "id" = ?`);
  const columns = [
    "slug",
    "congress",
    "type",
    "number",
    "sponsorName",
    "sponsorParty",
    "sponsorState",
    "cosponsors",
    "introducedOn",
    "sortOn",
    "summary",
    "actions",
    "becameLawOn",
    "becameLawPublicLaw",
    "becameLawSourceKey",
    "confidence",
    "notes",
    "sources",
    "contentHash",
  ] as const;
  const insert = db.prepare(`INSERT INTO "Resolution" (${columnList(columns)}) VALUES (${placeholders(columns.length)})`);
  const target = db.prepare(`INSERT INTO "ResolutionTarget" ("resolutionId", "notificationId", "position", "named") VALUES (?, ?, ?, ?)`);
  const voteColumns = ["resolutionId", "position", "chamber", "votedOn", "question", "threshold", "yeas", "nays", "present", "notVoting", "result", "rollCall", "sourceKey"] as const;
  const vote = db.prepare(`INSERT INTO "ResolutionVote" (${columnList(voteColumns)}) VALUES (${placeholders(voteColumns.length)})`);
  const toInsert: { r: SeedData["resolutions"][number]; contentHash: string; sortOn: string }[] = [];
  for (const r of data.resolutions) {
    const contentHash = hashOf(r);
    const sortOn = sortDates.get(r.id)!;
    const before = existing.get(r.id);
    existing.delete(r.id);
    if (before && before.contentHash === contentHash && before.sortOn === sortOn && Number(before.targets) === r.saleSlugs.length) continue;
    if (before) remove.run(before.id);
    toInsert.push({ r, contentHash, sortOn });
  }
  for (const { id } of existing.values()) remove.run(id);
  // Inserted after every delete: congress, type and number are unique.
  for (const { r, contentHash, sortOn } of toInsert) {
    const sources = r.sources.map((s) => ({ key: s.id, kind: s.kind, publisher: s.publisher, title: s.title, url: s.url, publishedOn: s.publishedOn, document: s.document, supports: s.supports, via: s.via ?? null }));
    const row: Record<(typeof columns)[number], string | number | null> = {
      slug: r.id,
      congress: r.congress,
      type: r.type,
      number: r.number,
      sponsorName: r.sponsor.name,
      sponsorParty: r.sponsor.party,
      sponsorState: r.sponsor.state,
      cosponsors: JSON.stringify(r.cosponsors),
      introducedOn: r.introducedOn,
      sortOn,
      summary: r.summary,
      actions: JSON.stringify(r.actions.map((a) => ({ on: a.on, text: a.text, sourceKey: a.source }))),
      becameLawOn: r.becameLaw?.on ?? null,
      becameLawPublicLaw: r.becameLaw?.publicLaw ?? null,
      becameLawSourceKey: r.becameLaw?.source ?? null,
      confidence: r.confidence,
      notes: r.notes,
      sources: JSON.stringify(sources),
      contentHash,
    };
    const id = Number(insert.run(...columns.map((c) => row[c])).lastInsertRowid);
    r.saleSlugs.forEach((saleSlug, position) => target.run(id, notificationIds.get(saleSlug)!, position, r.targets[position]!.named));
    r.votes.forEach((v, position) =>
      vote.run(id, position, v.chamber, v.on, v.question, v.threshold, v.yeas, v.nays, v.present, v.notVoting, v.result, v.rollCall, v.source),
    );
  }
}

/**
 * seeds/changes.json into Release and RecordChange: a release is rewritten only when its entry in
 * the log differs from what the database holds (its hash), and releases the log no longer has are
 * deleted, so an unchanged log writes nothing.
 */
function writeChangeLog(db: Database.Database, data: SeedData) {
  const stored = new Map((db.prepare(`SELECT "id", "contentHash" FROM "Release"`).all() as { id: number; contentHash: string }[]).map((r) => [r.id, r.contentHash]));
  const dropChanges = db.prepare(`DELETE FROM "RecordChange" WHERE "releaseId" = ?`);
  const dropRelease = db.prepare(`DELETE FROM "Release" WHERE "id" = ?`);
  const insertRelease = db.prepare(`INSERT INTO "Release" ("id", "date", "added", "changed", "renamed", "removed", "contentHash") VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insertChange = db.prepare(`INSERT INTO "RecordChange" ("releaseId", "kind", "slug", "fromSlug", "fields", "position") VALUES (?, ?, ?, ?, ?, ?)`);
  data.changeLog.releases.forEach((r, i) => {
    const id = i + 1;
    const contentHash = hashOf(r);
    const before = stored.get(id);
    stored.delete(id);
    if (before === contentHash) return;
    if (before !== undefined) {
      dropChanges.run(id);
      dropRelease.run(id);
    }
    insertRelease.run(id, r.date, r.added.length, r.changed.length, r.renamed.length, r.removed.length, contentHash);
    r.added.forEach((slug, p) => insertChange.run(id, "added", slug, null, "[]", p));
    r.changed.forEach((c, p) => insertChange.run(id, "changed", c.slug, null, JSON.stringify(c.fields), p));
    r.renamed.forEach((n, p) => insertChange.run(id, "renamed", n.to, n.from, "[]", p));
    r.removed.forEach((slug, p) => insertChange.run(id, "removed", slug, null, "[]", p));
  });
  for (const id of stored.keys()) {
    dropChanges.run(id);
    dropRelease.run(id);
  }
}
