import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { contractorKey, normalizeAlias, REGION_CODES, regionOf, type ChangeLog } from "@/lib/domain";
import { changeLogSchema, checkChangeLog } from "./changes";
import { CHANGE_LOG_FILE } from "./changes-file";
import {
  contractorsFileSchema,
  notificationSchema,
  recipientsFileSchema,
  reportSchema,
  resolutionSchema,
  systemsFileSchema,
  type ContractorSeed,
  type NotificationSeed,
  type RecipientSeed,
  type RegionSeed,
  type ReportSeed,
  type ResolutionSeed,
  type SystemsFile,
} from "./schema";

export type SeedProblem = { file: string; record: string | null; field: string | null; message: string };

/** Thrown when any seed file is invalid; carries every problem found, not just the first. */
export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "SeedValidationError";
  }
}

export function formatProblem(p: SeedProblem): string {
  const where = [p.file, p.record && `record "${p.record}"`, p.field && `field ${p.field}`].filter(Boolean).join(", ");
  return `${where}: ${p.message}`;
}

export type SeedData = {
  /** The six regions (geographic combatant commands) with their sources; each recipient names one. */
  regions: RegionSeed[];
  recipients: RecipientSeed[];
  categories: SystemsFile["categories"];
  systems: SystemsFile["systems"];
  /** Principal contractors normalised: every notification's principal contractor is one of their names. */
  contractors: ContractorSeed[];
  notifications: NotificationSeed[];
  /** Reports on earlier sales and corrections, each with the slug of the sale it changes. */
  reports: (ReportSeed & { saleSlug: string })[];
  /** Joint resolutions of disapproval, each with the slugs of the sales it is aimed at (in its targets' order). */
  resolutions: (ResolutionSeed & { saleSlugs: string[] })[];
  /** seeds/changes.json: the record's releases, oldest first. */
  changeLog: ChangeLog;
};

const MAX_FILE_BYTES = 512 * 1024;

function fieldPath(segments: readonly PropertyKey[]): string | null {
  if (segments.length === 0) return null;
  return segments
    .map((s, i) => (typeof s === "number" ? `[${s}]` : `${i === 0 ? "" : "."}${String(s)}`))
    .join("");
}

/** Reads and validates every file under `dir` (the project's `seeds/`). Writes nothing. */
export function loadSeedData(dir: string): SeedData {
  const problems: SeedProblem[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file) || file;

  // `record` names the record a whole-file problem belongs to, when the file name says it.
  function readJson(file: string, record: string | null = null): unknown {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      problems.push({ file: rel(file), record, field: null, message: `cannot read file (${(error as Error).message})` });
      return undefined;
    }
    if (bytes.byteLength > MAX_FILE_BYTES) {
      const big = diagnoseOversized(bytes, record);
      const detail = big.field ? ` (field ${big.field} alone is ${big.longest} characters)` : "";
      problems.push({ file: rel(file), record: big.record, field: big.field, message: `file is ${bytes.byteLength} bytes; the limit is ${MAX_FILE_BYTES}${detail}` });
      return undefined;
    }
    const source = bytes.toString("utf8");
    try {
      return JSON.parse(source);
    } catch (error) {
      problems.push({ file: rel(file), record, field: null, message: `is not valid JSON (${jsonErrorWithLine(error as Error, source)})` });
      return undefined;
    }
  }

  function parseWith<S extends z.ZodType>(schema: S, value: unknown, file: string, recordOf: (issuePath: readonly PropertyKey[]) => string | null) {
    const result = schema.safeParse(value);
    if (result.success) return result.data as z.infer<S>;
    for (const issue of result.error.issues) {
      // zod reports an unknown key on the object that holds it; name the key itself.
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          problems.push({ file: rel(file), record: recordOf(issue.path), field: fieldPath([...issue.path, key]), message: `is not a known field (a typo? the schema is in lib/seed/schema.ts)` });
        }
        continue;
      }
      // "expected string, received undefined" means the key is absent: say so.
      // An absent choice (a region) says what it must be instead: null is not one.
      const missing = isMissing(value, issue.path);
      const message =
        issue.code === "invalid_type" && missing
          ? `is missing (every field must be present; write null for a fact no source gives)`
          : issue.code === "invalid_value" && missing
            ? `is missing (every field must be present; it ${issue.message})`
            : issue.message;
      problems.push({ file: rel(file), record: recordOf(issue.path), field: fieldPath(issue.path), message });
    }
    return undefined;
  }

  // recipients.json
  const recipientsFile = path.join(dir, "recipients.json");
  const recipientsRaw = readJson(recipientsFile);
  const recipientsData =
    recipientsRaw === undefined
      ? undefined
      : parseWith(recipientsFileSchema, recipientsRaw, recipientsFile, (p) => (p[0] === "regions" ? recordLabel(recipientsRaw, "regions", p, "code") : recordLabel(recipientsRaw, "recipients", p, "code")));
  const recipients = recipientsData?.recipients;
  if (recipientsData) checkRegions(recipientsData.regions, recipientsData.recipients, rel(recipientsFile), problems);

  // contractors.json
  const contractorsFile = path.join(dir, "contractors.json");
  const contractorsRaw = readJson(contractorsFile);
  const contractors =
    contractorsRaw === undefined ? undefined : parseWith(contractorsFileSchema, contractorsRaw, contractorsFile, (p) => recordLabel(contractorsRaw, "contractors", p, "slug"))?.contractors;
  const contractorNames = contractors ? checkContractors(contractors, rel(contractorsFile), problems) : null;

  // systems.json
  const systemsFile = path.join(dir, "systems.json");
  const systemsRaw = readJson(systemsFile);
  const systemsData = systemsRaw === undefined ? undefined : parseWith(systemsFileSchema, systemsRaw, systemsFile, (p) => recordLabel(systemsRaw, p[0] === "categories" ? "categories" : "systems", p, "slug"));

  const recipientCodes = new Set<string>();
  recipients?.forEach((r, i) => {
    if (recipientCodes.has(r.code)) problems.push({ file: rel(recipientsFile), record: r.code, field: `recipients[${i}].code`, message: `repeats recipient code "${r.code}"` });
    recipientCodes.add(r.code);
  });

  const categorySlugs = new Set<string>();
  const systemSlugs = new Set<string>();
  if (systemsData) {
    systemsData.categories.forEach((c, i) => {
      if (categorySlugs.has(c.slug)) problems.push({ file: rel(systemsFile), record: c.slug, field: `categories[${i}].slug`, message: `repeats category "${c.slug}"` });
      categorySlugs.add(c.slug);
    });
    const aliasOwner = new Map<string, string>();
    systemsData.systems.forEach((s, i) => {
      if (systemSlugs.has(s.slug)) problems.push({ file: rel(systemsFile), record: s.slug, field: `systems[${i}].slug`, message: `repeats system "${s.slug}"` });
      systemSlugs.add(s.slug);
      if (!categorySlugs.has(s.category)) problems.push({ file: rel(systemsFile), record: s.slug, field: `systems[${i}].category`, message: `names unknown category "${s.category}"` });
      for (const [j, name] of [s.slug, s.name, ...s.aliases].entries()) {
        const key = normalizeAlias(name);
        const owner = aliasOwner.get(key);
        if (owner && owner !== s.slug) {
          problems.push({ file: rel(systemsFile), record: s.slug, field: j < 2 ? `systems[${i}].${j === 0 ? "slug" : "name"}` : `systems[${i}].aliases[${j - 2}]`, message: `"${name}" already names system "${owner}"` });
        }
        aliasOwner.set(key, s.slug);
      }
    });
  }

  // notifications/*.json, one notification per file, named after its slug.
  const notificationsDir = path.join(dir, "notifications");
  let files: string[] = [];
  try {
    files = readdirSync(notificationsDir).filter((f) => f.endsWith(".json")).sort();
  } catch (error) {
    problems.push({ file: rel(notificationsDir), record: null, field: null, message: `cannot list notifications (${(error as Error).message})` });
  }
  const notifications: NotificationSeed[] = [];
  const slugFiles = new Map<string, string>();
  for (const name of files) {
    const file = path.join(notificationsDir, name);
    const raw = readJson(file, name.replace(/\.json$/, ""));
    if (raw === undefined) continue;
    const rawSlug = typeof raw === "object" && raw !== null && typeof (raw as { slug?: unknown }).slug === "string" ? (raw as { slug: string }).slug : name.replace(/\.json$/, "");
    const n = parseWith(notificationSchema, raw, file, () => rawSlug);
    if (!n) continue;
    const at = (field: string, message: string) => problems.push({ file: rel(file), record: n.slug, field, message });
    if (`${n.slug}.json` !== name) at("slug", `must match the file name (expected "${name.replace(/\.json$/, "")}")`);
    const previous = slugFiles.get(n.slug);
    if (previous) at("slug", `repeats the slug of ${previous}`);
    slugFiles.set(n.slug, rel(file));
    if (recipients && !recipientCodes.has(n.recipient)) at("recipient", `names unknown recipient "${n.recipient}" (add it to seeds/recipients.json)`);
    if (systemsData) {
      n.systems.forEach((s, i) => {
        if (!systemSlugs.has(s)) at(`systems[${i}]`, `names unknown system "${s}" (add it to seeds/systems.json)`);
      });
    }
    if (new Set(n.systems).size !== n.systems.length) at("systems", "lists a system twice");
    if (contractorNames) {
      n.principalContractors.forEach((c, i) => {
        if (contractorNames.exact.has(c.name)) return;
        const near = contractorNames.byKey.get(contractorKey(c.name));
        at(
          `principalContractors[${i}].name`,
          `names "${c.name}", which no contractor in seeds/contractors.json lists: add the name to the contractor it means${near ? ` (it differs only in case or punctuation from "${near.name}" of "${near.slug}")` : ", or correct it if it is misspelt"}`,
        );
      });
    }
    n.sources.forEach((src, i) => {
      if (src.document && !existsSync(path.join(dir, src.document.replace(/^seeds\//, "")))) at(`sources[${i}].document`, `names a document that does not exist (${src.document})`);
    });
    notifications.push(n);
  }

  // A transmittal number is a sale's identity: two files with one number are one sale twice.
  const byTransmittal = new Map<string, { slug: string; file: string }>();
  for (const n of notifications) {
    if (n.transmittalNumber === null) continue;
    const file = slugFiles.get(n.slug)!;
    const first = byTransmittal.get(n.transmittalNumber);
    if (first) {
      problems.push({ file, record: n.slug, field: "transmittalNumber", message: `repeats transmittal ${n.transmittalNumber} of ${first.file} (one sale is one record, with each of its sources)` });
    } else byTransmittal.set(n.transmittalNumber, { slug: n.slug, file });
  }

  // reports/*.json: each names a sale the record holds.
  const reportsDir = path.join(dir, "reports");
  const reports: SeedData["reports"] = [];
  const reportFiles = existsSync(reportsDir) ? readdirSync(reportsDir).filter((f) => f.endsWith(".json")).sort() : [];
  const reportNumbers = new Map<string, string>();
  for (const name of reportFiles) {
    const file = path.join(reportsDir, name);
    const id = name.replace(/\.json$/, "");
    const raw = readJson(file, id);
    if (raw === undefined) continue;
    const r = parseWith(reportSchema, raw, file, () => id);
    if (!r) continue;
    const at = (field: string, message: string) => problems.push({ file: rel(file), record: r.id, field, message });
    if (`${r.id}.json` !== name) at("id", `must match the file name (expected "${id}")`);
    if (r.transmittalNumber) {
      const previous = reportNumbers.get(r.transmittalNumber);
      if (previous) at("transmittalNumber", `repeats report ${r.transmittalNumber} of ${previous}`);
      reportNumbers.set(r.transmittalNumber, rel(file));
    }
    r.sources.forEach((src, i) => {
      if (src.document && !existsSync(path.join(dir, src.document.replace(/^seeds\//, "")))) at(`sources[${i}].document`, `names a document that does not exist (${src.document})`);
    });
    const bySlug = r.sale.slug !== null ? slugFiles.has(r.sale.slug) : null;
    const byNumber = r.sale.transmittalNumber !== null ? byTransmittal.get(r.sale.transmittalNumber) : null;
    if (bySlug === false) at("sale.slug", `names sale "${r.sale.slug}", which is not in the record (seeds/notifications/)`);
    if (byNumber === undefined) at("sale.transmittalNumber", `names transmittal ${r.sale.transmittalNumber}, which no notification in the record carries`);
    if (byNumber && r.sale.slug !== null && byNumber.slug !== r.sale.slug) {
      at("sale", `names transmittal ${r.sale.transmittalNumber} (${byNumber.slug}) and slug "${r.sale.slug}": they are two different sales`);
    }
    const saleSlug = byNumber?.slug ?? (bySlug ? r.sale.slug : null);
    if (saleSlug) reports.push({ ...r, saleSlug });
  }

  const resolutions = loadResolutions(dir, { readJson, parseWith, rel, problems, byTransmittal, notifications: new Map(notifications.map((n) => [n.slug, n])) });
  const changeLog = loadChangeLog(dir, { readJson, parseWith, rel, problems });

  if (problems.length > 0) throw new SeedValidationError(problems);
  return {
    regions: recipientsData?.regions ?? [],
    recipients: recipients ?? [],
    categories: systemsData?.categories ?? [],
    systems: systemsData?.systems ?? [],
    contractors: contractors ?? [],
    notifications,
    reports,
    resolutions,
    changeLog,
  };
}

/**
 * seeds/changes.json, the record's change history (optional: an empty log without it): its
 * schema, then its releases against each other and against the notification files there are.
 */
function loadChangeLog(dir: string, c: Pick<ResolutionContext, "readJson" | "parseWith" | "rel" | "problems">): ChangeLog {
  const file = path.join(dir, CHANGE_LOG_FILE);
  if (!existsSync(file)) return { releases: [] };
  const raw = c.readJson(file);
  if (raw === undefined) return { releases: [] };
  const releaseOf = (p: readonly PropertyKey[]) => {
    const release = p[0] === "releases" && typeof p[1] === "number" ? (raw as { releases?: { date?: unknown }[] }).releases?.[p[1]] : undefined;
    return release ? `release ${String(release.date)} (releases[${String(p[1])}])` : null;
  };
  const log = c.parseWith(changeLogSchema, raw, file, releaseOf);
  if (!log) return { releases: [] };
  const folder = path.join(dir, "notifications");
  const slugs = new Set(existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")) : []);
  for (const p of checkChangeLog(log, slugs)) c.problems.push({ file: c.rel(file), record: p.release, field: p.field, message: p.message });
  return log;
}

/**
 * The regions of recipients.json: the six commands each described once, and every recipient in
 * the one its code belongs to by lib/domain/regions.ts (so the file and the importer's table
 * cannot disagree).
 */
function checkRegions(regions: RegionSeed[], recipients: RecipientSeed[], file: string, problems: SeedProblem[]) {
  const described = new Set<string>();
  regions.forEach((r, i) => {
    if (described.has(r.code)) problems.push({ file, record: r.code, field: `regions[${i}].code`, message: `describes region "${r.code}" twice` });
    described.add(r.code);
  });
  const missing = REGION_CODES.filter((code) => !described.has(code));
  if (missing.length > 0) problems.push({ file, record: null, field: "regions", message: `must describe every region, with its sources: missing ${missing.join(", ")}` });
  recipients.forEach((r, i) => {
    const expected = regionOf(r.code);
    if (expected && r.region !== expected) {
      problems.push({ file, record: r.code, field: `recipients[${i}].region`, message: `is "${r.region}", but ${r.code} is in ${expected}'s area (lib/domain/regions.ts, the one table of regions)` });
    }
  });
}

/**
 * contractors.json on its own: slugs unique, every name (and slug) belonging to one contractor
 * even when compared without case and punctuation (so a URL finds one contractor at most), units
 * among the names, a joint venture's partners in the file. Returns what principal contractors are
 * linked by: the names exactly, and by key for a hint.
 */
function checkContractors(contractors: ContractorSeed[], file: string, problems: SeedProblem[]) {
  const slugs = new Set(contractors.map((c) => c.slug));
  const seen = new Set<string>();
  const exact = new Map<string, string>();
  const owners = new Map<string, { name: string; slug: string }>();
  /** The first name of each key, for the hint on a principal contractor that matches none exactly. */
  const byKey = new Map<string, { name: string; slug: string }>();
  contractors.forEach((c, i) => {
    const at = (field: string, message: string) => problems.push({ file, record: c.slug, field: `contractors[${i}].${field}`, message });
    if (seen.has(c.slug)) at("slug", `repeats contractor "${c.slug}"`);
    seen.add(c.slug);
    const own = new Set<string>();
    const claim = (name: string, field: string) => {
      const key = contractorKey(name);
      const owner = owners.get(key);
      if (owner && owner.slug !== c.slug) at(field, `"${name}" already names contractor "${owner.slug}" (as "${owner.name}")`);
      else if (!owner) owners.set(key, { name, slug: c.slug });
    };
    claim(c.slug, "slug");
    claim(c.name, "name");
    c.names.forEach((name, j) => {
      if (own.has(name)) at(`names[${j}]`, `lists "${name}" twice`);
      own.add(name);
      claim(name, `names[${j}]`);
      if (!exact.has(name)) exact.set(name, c.slug);
      if (!byKey.has(contractorKey(name))) byKey.set(contractorKey(name), { name, slug: c.slug });
    });
    c.units.forEach((unit, j) => {
      if (!own.has(unit)) at(`units[${j}]`, `"${unit}" is not one of its names (a unit must be listed in names too)`);
    });
    c.parents?.forEach((parent, j) => {
      if (parent === c.slug) at(`parents[${j}]`, "names the contractor itself");
      else if (!slugs.has(parent)) at(`parents[${j}]`, `names contractor "${parent}", which is not in the file`);
      if (c.parents!.indexOf(parent) !== j) at(`parents[${j}]`, `names "${parent}" twice`);
    });
  });
  return { exact, byKey };
}

type ResolutionContext = {
  readJson: (file: string, record?: string | null) => unknown;
  parseWith: <S extends z.ZodType>(schema: S, value: unknown, file: string, recordOf: (issuePath: readonly PropertyKey[]) => string | null) => z.infer<S> | undefined;
  rel: (file: string) => string;
  problems: SeedProblem[];
  byTransmittal: Map<string, { slug: string; file: string }>;
  notifications: Map<string, NotificationSeed>;
};

/**
 * seeds/resolutions/*.json: each names sales the record holds (by transmittal number, or by
 * slug where the record has no number), and nothing it names happens before the sale was
 * announced. A resolution naming a sale the record lacks is refused: add the sale first.
 */
function loadResolutions(dir: string, c: ResolutionContext): SeedData["resolutions"] {
  const resolutionsDir = path.join(dir, "resolutions");
  const resolutions: SeedData["resolutions"] = [];
  const files = existsSync(resolutionsDir) ? readdirSync(resolutionsDir).filter((f) => f.endsWith(".json")).sort() : [];
  for (const name of files) {
    const file = path.join(resolutionsDir, name);
    const id = name.replace(/\.json$/, "");
    const raw = c.readJson(file, id);
    if (raw === undefined) continue;
    const r = c.parseWith(resolutionSchema, raw, file, () => id);
    if (!r) continue;
    const at = (field: string, message: string) => c.problems.push({ file: c.rel(file), record: r.id, field, message });
    if (`${r.id}.json` !== name) at("id", `must match the file name (expected "${id}")`);
    r.sources.forEach((src, i) => {
      if (src.document && !existsSync(path.join(dir, src.document.replace(/^seeds\//, "")))) at(`sources[${i}].document`, `names a document that does not exist (${src.document})`);
    });
    const saleSlugs: string[] = [];
    r.targets.forEach((t, i) => {
      const byNumber = t.transmittalNumber !== null ? c.byTransmittal.get(t.transmittalNumber) : null;
      const bySlug = t.slug !== null ? c.notifications.has(t.slug) : null;
      if (byNumber === undefined) at(`targets[${i}].transmittalNumber`, `names transmittal ${t.transmittalNumber}, which no notification in the record carries (add the sale to seeds/notifications/ first)`);
      if (bySlug === false) at(`targets[${i}].slug`, `names sale "${t.slug}", which is not in the record (seeds/notifications/)`);
      if (byNumber && t.slug !== null && byNumber.slug !== t.slug) at(`targets[${i}]`, `names transmittal ${t.transmittalNumber} (${byNumber.slug}) and slug "${t.slug}": they are two different sales`);
      const saleSlug = byNumber?.slug ?? (bySlug ? t.slug : null);
      if (!saleSlug) return;
      if (saleSlugs.includes(saleSlug)) at(`targets[${i}]`, `names sale "${saleSlug}" twice`);
      saleSlugs.push(saleSlug);
      // Congress disapproves a sale it has been told of: nothing happens before the announcement.
      const sale = c.notifications.get(saleSlug)!;
      if (sale.dateApproximate) return;
      if (r.introducedOn && r.introducedOn < sale.announcedOn) at("introducedOn", `(${r.introducedOn}) is before the sale it targets (${saleSlug}) was announced (${sale.announcedOn})`);
      r.votes.forEach((v, j) => {
        if (v.on && v.on < sale.announcedOn) at(`votes[${j}].on`, `(${v.on}) is before the sale it targets (${saleSlug}) was announced (${sale.announcedOn})`);
      });
    });
    if (saleSlugs.length === r.targets.length) resolutions.push({ ...r, saleSlugs });
  }
  return resolutions;
}

/** True when the key at the end of `issuePath` is absent from its (present) parent object. */
function isMissing(value: unknown, issuePath: readonly PropertyKey[]): boolean {
  let parent: unknown = value;
  for (const key of issuePath.slice(0, -1)) {
    if (typeof parent !== "object" || parent === null) return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  const last = issuePath[issuePath.length - 1];
  return typeof parent === "object" && parent !== null && last !== undefined && !(last in parent);
}

/** V8 says "at position 1234"; people look for a line and column. */
function jsonErrorWithLine(error: Error, source: string): string {
  const position = /at position (\d+)/.exec(error.message);
  if (!position) return error.message;
  const before = source.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${error.message}, line ${line} column ${column}`;
}

// Oversized files are still parsed (up to this much) to say which record and field made them so.
const MAX_DIAGNOSE_BYTES = 16 * 1024 * 1024;

type Oversized = { record: string | null; field: string | null; longest: number };

/**
 * In an oversized file that parses, the string that made it so (over half the limit on its
 * own) and the record holding it; otherwise only the record the file name gives.
 */
function diagnoseOversized(bytes: Buffer, record: string | null): Oversized {
  const none = { record, field: null, longest: 0 };
  if (bytes.byteLength > MAX_DIAGNOSE_BYTES) return none;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch {
    return none;
  }
  let best: { path: PropertyKey[]; length: number } = { path: [], length: 0 };
  const visit = (value: unknown, at: PropertyKey[]) => {
    if (typeof value === "string") {
      if (value.length > best.length) best = { path: at, length: value.length };
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...at, i]));
    else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) visit(v, [...at, k]);
  };
  visit(parsed, []);
  const slug = (parsed as { slug?: unknown } | null)?.slug;
  return {
    record: typeof slug === "string" && slug.length <= 120 ? slug : record,
    field: best.length > MAX_FILE_BYTES / 2 ? fieldPath(best.path) : null,
    longest: best.length,
  };
}

function recordLabel(raw: unknown, listKey: string, issuePath: readonly PropertyKey[], idKey: string): string | null {
  const index = issuePath[1];
  if (issuePath[0] !== listKey || typeof index !== "number") return null;
  const list = (raw as Record<string, unknown> | null)?.[listKey];
  const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const id = item?.[idKey];
  return typeof id === "string" ? id : `#${index + 1}`;
}
