import { archivedCopy, isNato, normalizeTransmittal, sourcingOf, type CompilationId } from "@/lib/domain";
import { formatLongDate } from "@/lib/format";
import { contractorsFileSchema, notificationSchema, recipientsFileSchema, systemsFileSchema, type ContractorsFile, type NotificationSeed, type RecipientSeed, type RecipientsFile, type SystemsFile } from "@/lib/seed";
import { combine, indexCorrections, matchKey, type Correction, type RowCorrections } from "./corrections";
import { readReleaseItems, type ReleaseItems } from "./items";
import { describeUsd } from "./numbers";
import { clip, joinList, sameText, slugOf, summaryOf, valueSlug } from "./record";
import type { SeedStore } from "./store";
import { checkRow, type RawRow, type RowProblem, type TableRow } from "./table-input";
import { findKnownRecipient, findSystems, newRecipientEntry, normalizeForSlug, proposeSystem, resolveRecipient, type SystemEntry } from "./vocabulary";

/**
 * A compiled table of official releases into the record: each row, once its corrections are
 * applied, is one sale. A sale the record holds (the same release cited, the same transmittal
 * number, or the same recipient with its value and date within a few days) gains the release as
 * a source and the facts it lacked; where the two disagree the record keeps its value and the
 * notes show both figures with their sources. A sale the record lacks becomes a new file. The
 * facts are the compilation's (`via`), so the record says they were not read from the release.
 *
 * Nothing is written here: every change goes to the store, which the caller commits only when
 * no row was refused (or, with --partial, for the rows that were clean).
 */

export type RowStatus = "written" | "merged" | "unchanged" | "refused" | "kept out";

export type RowOutcome = {
  line: number;
  /** "24-87 Canada, 2024-08-15": the row as the table prints it. */
  label: string;
  status: RowStatus;
  /** The seed file written or merged into, relative to the seeds folder. */
  file: string | null;
  /** What was done (merged: each change; refused and kept out: why). */
  details: string[];
  /** For merged rows: how the record was found. */
  matchedBy: "correction" | "release" | "transmittal" | "recipient, value and date" | null;
  /** Where the table and the record disagree (kept in the record's notes). */
  conflicts: string[];
};

export type TableImportOptions = {
  /** The compilation the table comes from (each source's `via`). */
  via: CompilationId;
  /** The compilation's name, for the notes ("the atlas compilation"). */
  compilationName: string;
};

export type TableImportResult = {
  outcomes: RowOutcome[];
  /** Corrections that matched no row of the table (the table may be newer than they are). */
  unusedCorrections: Correction[];
  /** Reference entries added: recipients, systems. */
  added: string[];
};

type Existing = { rel: string; record: NotificationSeed };

const DAY_MS = 86_400_000;
const daysApart = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;

/** How many days apart two dates of one sale may be: a release is dated the day it was delivered, or a day or two later. */
export const SAME_SALE_DAYS = 5;

/** How far an approximate date of the record may be from the release's. */
export const APPROXIMATE_DAYS = 31;

/** The rounding unit of a figure: $568,000,000 is rounded to the million, $264,600,000 to the hundred thousand (at most $100 million). */
function unitOf(value: number): number {
  let unit = 1;
  while (unit < 100_000_000 && value % (unit * 10) === 0) unit *= 10;
  return unit;
}

/** Two values of one sale: equal, or one is the other rounded ($567.8 million printed as $568 million). */
export function valuesAgree(a: number, b: number): boolean {
  if (a === b) return true;
  const unit = Math.max(unitOf(a), unitOf(b));
  return unit >= 100_000 && Math.abs(a - b) <= unit / 2;
}

/** "Tucson, Arizona / Ridley Park, Pennsylvania": the contractors of a row, paired with their locations where the counts agree. */
export function splitContractors(names: string | null, locations: string | null): { name: string; location: string | null }[] {
  if (!names) return [];
  const n = names.split(/\s+\/\s+/).map((s) => s.trim()).filter(Boolean);
  const l = locations ? locations.split(/\s+\/\s+/).map((s) => s.trim()).filter(Boolean) : [];
  return n.map((name, i) => ({ name: clip(name, 200), location: l.length === n.length ? clip(l[i]!, 200) : null }));
}

/** The official release's kind, publisher and id prefix, from its address. */
function releaseOf(url: string): { kind: "official-notice" | "federal-register"; publisher: string; prefix: string; registerOn: string | null } {
  const copy = archivedCopy(url);
  const address = copy?.original ?? url;
  const host = (() => {
    try {
      return new URL(address.startsWith("http") ? address : `http://${address}`).host.replace(/^www\./, "");
    } catch {
      return "";
    }
  })();
  if (/(?:^|\.)federalregister\.gov$/.test(host)) {
    const on = /\/documents\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(address);
    return { kind: "federal-register", publisher: "Federal Register", prefix: "fr", registerOn: on ? `${on[1]}-${on[2]}-${on[3]}` : null };
  }
  if (/(?:^|\.)state\.gov$/.test(host)) return { kind: "official-notice", publisher: "U.S. Department of State", prefix: "state", registerOn: null };
  return { kind: "official-notice", publisher: "Defense Security Cooperation Agency", prefix: "dsca", registerOn: null };
}

/** A row once its corrections are applied: what the import writes. */
type Sale = {
  row: TableRow;
  corrections: RowCorrections;
  date: string;
  dateApproximate: boolean;
  transmittal: string | null;
  costUSD: number;
  title: string;
  recipient: RecipientSeed;
  contractors: { name: string; location: string | null }[];
  fromStock: boolean;
  items: ReleaseItems | null;
  /** Notes for the record, each a sentence or two. */
  notes: string[];
};

const label = (r: TableRow) => `${r.printedTransmittal ?? "(no number)"} ${r.country}, ${r.date}`;

function outcome(row: TableRow | RawRow, status: RowStatus, details: string[], extra: Partial<RowOutcome> = {}): RowOutcome {
  const l = "values" in row ? `${String(row.values.transmittal ?? "(no number)")} ${String(row.values.country ?? "")}, ${String(row.values.date ?? "")}` : label(row);
  return { line: row.line, label: l, status, file: null, details, matchedBy: null, conflicts: [], ...extra };
}

const usd = (n: number) => describeUsd(n);

class Run {
  readonly recipients: RecipientSeed[];
  readonly systemsFile: SystemsFile;
  readonly records: Existing[];
  readonly added: string[] = [];
  private changed = { systems: false, contractors: false };
  private recipientsFile: RecipientsFile;
  private contractorsFile: ContractorsFile;
  /** The names and slugs contractors.json holds, built at the first record written and kept up to date as contractors are added. */
  private contractorIndex: { listed: Set<string>; slugs: Set<string> } | null = null;
  /** Recipients the run added: written only when a record of the run names them. */
  private pending: RecipientSeed[] = [];

  constructor(
    readonly store: SeedStore,
    readonly options: TableImportOptions,
  ) {
    this.recipientsFile = recipientsFileSchema.parse(JSON.parse(store.read("recipients.json") ?? '{"regions":[],"recipients":[]}'));
    this.recipients = this.recipientsFile.recipients;
    this.contractorsFile = contractorsFileSchema.parse(JSON.parse(store.read("contractors.json") ?? '{"contractors":[]}'));
    this.systemsFile = systemsFileSchema.parse(JSON.parse(store.read("systems.json") ?? "{}"));
    this.records = store
      .list("notifications")
      .filter((f) => f.endsWith(".json"))
      .flatMap((name) => {
        const rel = `notifications/${name}`;
        const parsed = notificationSchema.safeParse(JSON.parse(store.read(rel)!));
        return parsed.success ? [{ rel, record: parsed.data }] : [];
      });
  }

  saveReference() {
    const used = new Set(this.records.map((e) => e.record.recipient));
    const unused = new Set(this.pending.filter((r) => !used.has(r.code)).map((r) => r.code));
    if (this.pending.length > unused.size) {
      const recipients = this.recipients.filter((r) => !unused.has(r.code));
      this.store.write("recipients.json", `${JSON.stringify({ ...this.recipientsFile, recipients }, null, 2)}\n`);
    }
    for (const r of this.pending) if (!unused.has(r.code)) this.added.push(`seeds/recipients.json: ${r.name} (${r.code}, ${r.kind}${r.notifiedAs ? `, notified as "${r.notifiedAs}"` : ""}${isNato(r.code) ? ", NATO" : ""})`);
    if (this.changed.systems) this.store.write("systems.json", `${JSON.stringify(this.systemsFile, null, 2)}\n`);
    if (this.changed.contractors) this.store.write("contractors.json", `${JSON.stringify(this.contractorsFile, null, 2)}\n`);
  }

  /**
   * A principal contractor's name no contractor of seeds/contractors.json lists becomes a
   * contractor of its own, to review (which company is it? its history and sources): the seed
   * links a notification's contractors by their names, and refuses one no contractor lists.
   */
  private listContractors(record: NotificationSeed) {
    const { listed, slugs } = (this.contractorIndex ??= {
      listed: new Set(this.contractorsFile.contractors.flatMap((c) => c.names)),
      slugs: new Set(this.contractorsFile.contractors.map((c) => c.slug)),
    });
    for (const { name } of record.principalContractors) {
      if (listed.has(name)) continue;
      let slug = normalizeForSlug(name);
      for (let n = 2; slugs.has(slug); n++) slug = `${normalizeForSlug(name)}-${n}`;
      this.contractorsFile.contractors.push({ slug, name, names: [name], units: [], history: [], note: `Added by the table import from ${record.transmittalNumber ?? record.announcedOn}: not yet matched to a company or given a history.` });
      listed.add(name);
      slugs.add(slug);
      this.changed.contractors = true;
      this.added.push(`seeds/contractors.json: ${name} (slug ${slug}), a contractor of its own: REVIEW it (which company, its history)`);
    }
  }

  /** The recipient a row names (or its correction's code), added to seeds/recipients.json when new. */
  recipient(named: string, code: string | undefined): RecipientSeed | RowProblem {
    if (code) {
      const known = this.recipients.find((r) => r.code === code);
      if (known) return known;
      const resolved = resolveRecipient(code);
      if (!resolved || resolved.code !== code) return { field: "country", message: `the correction names recipient "${code}", which seeds/recipients.json lacks and no library knows` };
      // Named by its code: the record's own name for it, not the code, is what it is called.
      return this.addRecipient(newRecipientEntry({ ...resolved, officialName: resolved.name }));
    }
    const known = findKnownRecipient(this.recipients, named);
    if (known) return known;
    const resolved = resolveRecipient(named);
    if (!resolved) return { field: "country", message: `"${named}" is not a country i18n-iso-countries knows, nor NATO or one of its agencies (add a correction naming its code)` };
    return this.addRecipient(newRecipientEntry(resolved));
  }

  private addRecipient(entry: RecipientSeed): RecipientSeed {
    this.recipients.push(entry);
    this.pending.push(entry);
    return entry;
  }

  /** The systems of a new record: the correction's, else those the title names, else those the description's first sentence names, else a new one for review. */
  systems(sale: Sale): string[] | RowProblem {
    const all = this.systemsFile.systems as SystemEntry[];
    const set = sale.corrections.set.systems;
    if (set) {
      const unknown = set.filter((s) => !all.some((x) => x.slug === s));
      return unknown.length > 0 ? { field: "system", message: `the correction names system${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}, which seeds/systems.json lacks` } : set;
    }
    const fromTitle = findSystems(all, [sale.title]);
    if (fromTitle.length > 0) return fromTitle;
    const fromText = sale.row.description ? findSystems(all, [firstSentence(sale.row.description)]) : [];
    if (fromText.length > 0) return fromText;
    const entry = proposeSystem(all, this.systemsFile.categories, sale.title, sale.row.description ? firstSentence(sale.row.description) : "");
    this.systemsFile.systems.push(entry);
    this.changed.systems = true;
    this.added.push(`seeds/systems.json: ${entry.name} (slug ${entry.slug}, category ${entry.category} proposed from its name): REVIEW it`);
    return [entry.slug];
  }

  /** The record that holds this sale: the one a correction names, one citing the same release, or with the same number. */
  findExact(sale: Sale): { match: Existing; by: NonNullable<RowOutcome["matchedBy"]> } | RowProblem | null {
    const named = sale.corrections.set.record;
    if (named) {
      const match = this.records.find((e) => e.record.slug === named);
      return match ? { match, by: "correction" } : { field: "(corrections)", message: `the correction names record ${named}, which seeds/notifications/ lacks` };
    }
    const byRelease = this.records.find((e) => e.record.sources.some((s) => sameText(s.url, sale.row.sourceUrl)));
    if (byRelease) return { match: byRelease, by: "release" };
    if (sale.transmittal) {
      const byNumber = this.records.find((e) => e.record.transmittalNumber === sale.transmittal);
      if (byNumber) return { match: byNumber, by: "transmittal" };
    }
    return null;
  }

  /** Records without a number (or for a sale without one) with the sale's recipient, its value give or take rounding, and its date within a few days (its month, for a month-only date). */
  candidates(sale: Sale): Existing[] {
    const month = sale.date.slice(0, 7);
    const all = this.records.filter(
      ({ record: r }) =>
        r.recipient === sale.recipient.code &&
        (r.transmittalNumber === null || sale.transmittal === null) &&
        valuesAgree(r.estimatedValueUsd, sale.costUSD) &&
        (daysApart(r.announcedOn, sale.date) <= SAME_SALE_DAYS ||
          (sale.dateApproximate && r.announcedOn.slice(0, 7) === month) ||
          // The record's own date is only approximate (a month, or a placeholder day its notes explain).
          (r.dateApproximate && daysApart(r.announcedOn, sale.date) <= APPROXIMATE_DAYS)),
    );
    const exact = all.filter((c) => c.record.estimatedValueUsd === sale.costUSD && c.record.announcedOn === sale.date);
    return all.length > 1 && exact.length === 1 ? exact : all;
  }

  put(rel: string, record: NotificationSeed) {
    this.listContractors(record);
    const i = this.records.findIndex((e) => e.rel === rel);
    if (i >= 0) this.records[i] = { rel, record };
    else this.records.push({ rel, record });
    this.store.write(rel, `${JSON.stringify(record, null, 2)}\n`);
  }
}

/** The first sentence of a description (a period followed by a capital, not after an abbreviation). */
export function firstSentence(text: string): string {
  const re = /\.(?=\s+["“(]?[A-Z])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/(?:^|[\s(.])(?:[A-Za-z]|Inc|Co|Corp|Ltd|No|Nos|Mk|St|Jr|vs|etc|approx|lbs?|Gov|Govt|Dept|Ft|Mt|Sr)$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    return text.slice(0, m.index + 1);
  }
  return text;
}

/** "1 August 2008", or "August 2008" for a month-only date. */
const dayOrMonth = (iso: string, approximate: boolean) => (approximate ? formatLongDate(iso).replace(/^\d+\s+/, "") : formatLongDate(iso));

/** A row with its corrections applied, or why it cannot be. */
function applyCorrections(run: Run, row: TableRow, c: RowCorrections): Sale | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  if (c.conflicts.length > 0) problems.push({ field: "(corrections)", message: `two corrections set one field to different values: ${c.conflicts.join("; ")}` });
  const set = c.set;
  const date = set.date ?? row.date;
  let transmittal = row.transmittal;
  if (set.transmittal !== undefined) {
    transmittal = set.transmittal === null ? null : normalizeTransmittal(set.transmittal);
    if (set.transmittal !== null && !transmittal) problems.push({ field: "transmittal", message: `the correction's "${set.transmittal}" is not a sale's transmittal number` });
  } else if (transmittal && !normalizeTransmittal(transmittal)) {
    problems.push({ field: "transmittal", message: `"${row.printedTransmittal}" is a report's letter-coded number (a §36(b)(5)(C) report on an earlier sale), not a sale's: add a correction that keeps the row out or gives the sale's number` });
  }
  const recipient = run.recipient(row.country, set.recipient);
  if ("field" in recipient) problems.push(recipient);
  if (/^NATO$/i.test(row.country.trim()) && !set.recipient && !c.entries.some((e) => e.fault === "nato-recipient")) {
    problems.push({ field: "country", message: `"NATO" does not say which NATO body buys (NATO itself, NSPA, NCIA): add a correction naming its code` });
  }
  if (problems.length > 0) return { problems };

  const firstOfMonth = date.endsWith("-01") && set.date === undefined;
  const dateApproximate = c.approximate || (firstOfMonth && !c.dayKnown);
  const notes: string[] = [];
  const listed = (field: string, was: string, now: string, why: string) => notes.push(`The list gives ${field} ${was}; corrected to ${now}: ${why}`);
  for (const e of c.entries) {
    if (e.action === "fix" && e.set) {
      if (e.set.date !== undefined && e.set.date !== row.date) listed("the date", formatLongDate(row.date), formatLongDate(e.set.date), e.reason);
      if (e.set.transmittal !== undefined && e.set.transmittal !== row.printedTransmittal && e.fault !== "duplicate-transmittal")
        listed("transmittal", row.printedTransmittal ?? "none", e.set.transmittal ?? "none (the number is left out)", e.reason);
      if (e.set.costUSD !== undefined) listed("the value", usd(row.costUSD), usd(e.set.costUSD), e.reason);
      if (e.set.recipient !== undefined && e.fault !== "nato-recipient" && e.fault !== "missing-transmittal") listed("the recipient", row.country, e.set.recipient, e.reason);
      if (e.set.title !== undefined) listed("the title", `"${row.title}"`, `"${e.set.title}"`, e.reason);
      if (e.fault === "nato-recipient" && e.set.recipient) notes.push(`The list names the buyer "NATO"; the release's purchaser is ${e.set.recipient}: ${e.reason}`);
    }
    if (e.note) notes.push(e.note);
  }
  if (dateApproximate) {
    const why = c.entries.find((e) => e.action === "approximate-date")?.reason;
    notes.push(`The list dates this release ${formatLongDate(date)}, the first of the month: only the month is known${why ? ` (${why.replace(/\.$/, "")})` : ""}.`);
  }
  const fromStock = set.fromStock === true;
  const contractors = set.contractors ?? splitContractors(row.contractor, row.contractorLocation);
  if (fromStock) notes.push(`The release names no principal contractor: the equipment comes from U.S. Government stock (the list's contractor field reads "${row.contractor ?? ""}").`);
  const items = row.description ? readReleaseItems(row.description) : null;
  if (!row.description) notes.push("The compilation holds no text of this release, so its items and quantities are not recorded.");
  return {
    row,
    corrections: c,
    date,
    dateApproximate,
    transmittal,
    costUSD: set.costUSD ?? row.costUSD,
    title: clip((set.title ?? row.title).replace(/[\s:;,]+$/, ""), 300),
    recipient: recipient as RecipientSeed,
    contractors: fromStock ? [] : contractors,
    fromStock,
    items,
    notes,
  };
}

/** The MDE value and the rest, where the text gives an MDE value that fits the total. */
function valueSplit(sale: Sale): { mde: number; other: number } | null {
  const it = sale.items;
  if (!it || it.valueMdeUsd === null) return null;
  if (it.totalUsd !== null && it.totalUsd !== sale.costUSD) return null;
  if (it.valueMdeUsd > sale.costUSD) return null;
  return { mde: it.valueMdeUsd, other: sale.costUSD - it.valueMdeUsd };
}

/** The release as a source of the record, with what it supports. */
function releaseSource(sale: Sale, id: string, options: TableImportOptions, reportedValue: NotificationSeed["sources"][number]["reportedValue"]): NotificationSeed["sources"][number] {
  const release = releaseOf(sale.row.sourceUrl);
  const it = sale.items;
  const read = [
    `${sale.recipient.name}`,
    sale.transmittal ? `transmittal ${sale.transmittal}` : null,
    `dated ${dayOrMonth(sale.date, sale.dateApproximate)}`,
    `${usd(sale.costUSD)}`,
    it?.majorDefenseEquipment?.length ? "the items and quantities" : it?.otherItems?.length ? "the items" : null,
    valueSplit(sale) ? "the MDE value" : null,
    sale.contractors.length > 0 ? `principal contractor${sale.contractors.length > 1 ? "s" : ""}` : sale.fromStock ? "no contractor (from U.S. stock)" : null,
  ].filter((p): p is string => p !== null);
  const copy = archivedCopy(sale.row.sourceUrl);
  return {
    id,
    kind: release.kind,
    publisher: release.publisher,
    title: sale.title,
    url: sale.row.sourceUrl,
    publishedOn: release.registerOn ?? (sale.dateApproximate ? null : sale.date),
    document: null,
    supports: clip(
      `The official release as compiled by ${options.compilationName} (not read by the project itself)${copy ? `, at an archived copy of its address` : ""}: ${joinList(read)}.`,
      4_000,
    ),
    reportedValue,
    via: options.via,
  };
}

function sourceIdFor(sale: Sale, taken: Set<string>): string {
  const release = releaseOf(sale.row.sourceUrl);
  const fr = /\/documents\/\d{4}\/\d{2}\/\d{2}\/(\d{4}-\d{4,6})\//.exec(sale.row.sourceUrl)?.[1];
  const base = release.kind === "federal-register" && fr ? `fr-${fr}` : `${release.prefix}-${sale.transmittal ?? sale.date}`;
  let id = normalizeForSlug(base) || release.prefix;
  for (let n = 2; taken.has(id); n++) id = `${normalizeForSlug(base)}-${n}`;
  return id;
}

/**
 * The sources a correction gives as evidence. Releases are left out: the row's own is already the
 * record's release source, and another row's release (cited to show what its number or address
 * says) is a source of that other sale, not of this one.
 */
function correctionSources(sale: Sale, taken: Set<string>): NotificationSeed["sources"] {
  const out: NotificationSeed["sources"] = [];
  for (const { source, fault } of sale.corrections.sources) {
    if (source.kind === "official-notice" || sameText(source.url, sale.row.sourceUrl) || out.some((s) => sameText(s.url, source.url))) continue;
    let id = normalizeForSlug(source.publisher).slice(0, 40).replace(/-+$/, "") || "source";
    const base = id;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    out.push({
      id,
      kind: source.kind,
      publisher: source.publisher,
      title: source.title ?? null,
      url: source.url,
      publishedOn: null,
      document: null,
      supports: source.supports ? clip(`${source.supports} (${fault.replace(/-/g, " ")})`, 4_000) : `Evidence for a correction of the list (${fault.replace(/-/g, " ")}).`,
      reportedValue: null,
    });
  }
  return out;
}

function lineItems(sale: Sale) {
  const mde = sale.items?.majorDefenseEquipment ?? [];
  const other = sale.items?.otherItems ?? [];
  return {
    mde: mde.map((l) => ({ description: clip(l.description, 500), quantity: l.quantity, upTo: l.upTo })),
    other: [...new Set(other.map((o) => clip(o.charAt(0).toUpperCase() + o.slice(1), 500)))],
    unlabelled: mde.length > 0 && (sale.items?.layout === "unlabelled" || sale.items?.layout === "numbered"),
  };
}

function itemNotes(sale: Sale): string[] {
  const notes: string[] = [];
  const { unlabelled } = lineItems(sale);
  if (unlabelled) notes.push("The release does not say which items are major defense equipment; its lines with quantities are listed as MDE.");
  const earlier = sale.items?.addsToEarlierCase;
  if (earlier && !earlier.belowThreshold) notes.push(`The release adds these items to a previously implemented case${earlier.valueUsd ? ` (valued at ${usd(earlier.valueUsd)})` : ""}; it does not say whether that case was below the notification threshold.`);
  return notes;
}

/** A new record for a sale the record lacks. */
function buildNew(run: Run, sale: Sale, systems: string[]): { rel: string; record: NotificationSeed } {
  const taken = new Set<string>();
  const id = sourceIdFor(sale, taken);
  taken.add(id);
  const extra = correctionSources(sale, taken);
  const { mde, other } = lineItems(sale);
  const split = valueSplit(sale);
  const release = releaseOf(sale.row.sourceUrl);
  const earlier = sale.items?.addsToEarlierCase;
  const base = slugOf(sale.date, sale.recipient, systems[0]!);
  const candidates = [base, `${base}-${valueSlug(sale.costUSD)}`, ...(sale.transmittal ? [`${base}-${sale.transmittal}`] : []), `${base}-${valueSlug(sale.costUSD)}-${sale.row.line}`];
  const slug = candidates.find((s) => !run.store.exists(`notifications/${s}.json`))!;
  const summaryBase = summaryOf(sale.title, mde.length > 0 ? mde : null, other, sale.contractors);
  const summary = sale.fromStock ? clip(`${summaryBase.replace(/\.$/, "")}; from U.S. stock.`, 300) : summaryBase;
  const notes = [...sale.notes, ...itemNotes(sale)];
  const record: NotificationSeed = {
    slug,
    title: sale.title,
    summary,
    recipient: sale.recipient.code,
    systems,
    announcedOn: sale.date,
    dateApproximate: sale.dateApproximate,
    estimatedValueUsd: sale.costUSD,
    valueMdeUsd: split?.mde ?? null,
    valueOtherUsd: split?.other ?? null,
    transmittalNumber: sale.transmittal,
    deliveredToCongress: null,
    congressionalRecord: null,
    federalRegister: release.registerOn ? { on: release.registerOn, source: id } : null,
    implementingAgency: null,
    caseDesignator: null,
    fundingSources: [],
    majorDefenseEquipment: mde,
    otherItems: other,
    principalContractors: sale.contractors,
    fundingNotes: null,
    implementationNotes: null,
    reviewWaived: false,
    emergency: null,
    addsToEarlierCase: earlier?.belowThreshold ? { belowThreshold: true, transmittalNumber: null, description: earlier.valueUsd ? `a case valued at ${usd(earlier.valueUsd)}` : null, source: id } : null,
    priorRelatedCases: null,
    confidence: "standard",
    notes: notes.length > 0 ? clip(notes.join(" "), 4_000) : null,
    sources: [releaseSource(sale, id, run.options, null), ...extra],
    claims: [],
  };
  return { rel: `notifications/${slug}.json`, record };
}

/** Adds the release (and the facts the record lacks) to a record that holds the sale. Nothing the record has is overwritten. */
function mergeInto(run: Run, existing: NotificationSeed, sale: Sale): { record: NotificationSeed; changes: string[]; conflicts: string[] } {
  const record: NotificationSeed = structuredClone(existing);
  const changes: string[] = [];
  const conflicts: string[] = [];
  const readByProject = sourcingOf(existing.sources) === "official-text";
  const official = existing.sources.find((s) => ["official-notice", "congressional-record", "federal-register"].includes(s.kind) && !s.via);
  const theirs = official ? `${official.publisher} (source "${official.id}")` : "its sources";
  const compiled = `the release as compiled by ${run.options.compilationName}`;

  let source = record.sources.find((s) => sameText(s.url, sale.row.sourceUrl));
  const valueDiffers = sale.costUSD !== record.estimatedValueUsd;
  // A record that already cites the release with the value it gives shows both figures already.
  const valueShown = source?.reportedValue?.amount === sale.costUSD;
  const dateShown = source !== undefined && (source.supports ?? "").includes(formatLongDate(sale.date));
  if (!source) {
    const taken = new Set(record.sources.map((s) => s.id));
    const id = sourceIdFor(sale, taken);
    source = releaseSource(sale, id, run.options, valueDiffers ? { amount: sale.costUSD, currency: "USD", text: `${usd(sale.costUSD)} (as compiled)` } : null);
    record.sources.push(source);
    changes.push(`added the release as source "${id}" (as compiled)`);
  }
  const id = source.id;
  const notes: string[] = [];
  const keep = (what: string, ours: string, list: string) => {
    conflicts.push(`${what}: the record has ${ours}, ${compiled} ${list}`);
    notes.push(
      readByProject
        ? `${compiled.charAt(0).toUpperCase()}${compiled.slice(1)} gives ${what} as ${list}; the record keeps ${ours}, from the official text it read (${theirs}).`
        : `${compiled.charAt(0).toUpperCase()}${compiled.slice(1)} (source "${id}") gives ${what} as ${list}; the record has ${ours} from ${theirs}. Both are shown until an official text settles it.`,
    );
  };

  if (sale.transmittal) {
    if (record.transmittalNumber === null) {
      record.transmittalNumber = sale.transmittal;
      changes.push(`filled transmittalNumber: ${sale.transmittal}`);
    } else if (record.transmittalNumber !== sale.transmittal) keep("the transmittal number", record.transmittalNumber, sale.transmittal);
  }
  if (valueDiffers && !valueShown) keep("the estimated value", `${usd(record.estimatedValueUsd)} (${record.estimatedValueUsd})`, `${usd(sale.costUSD)} (${sale.costUSD})`);
  if (record.announcedOn !== sale.date && !(sale.dateApproximate && record.announcedOn.slice(0, 7) === sale.date.slice(0, 7)) && !dateShown) {
    keep("the date", formatLongDate(record.announcedOn), dayOrMonth(sale.date, sale.dateApproximate));
  }
  if (record.recipient !== sale.recipient.code) keep("the recipient", record.recipient, sale.recipient.code);
  // What the release sells, as its title names it, against the systems the record files it under.
  const vocabulary = run.systemsFile.systems as SystemEntry[];
  const named = sale.corrections.set.systems ?? findSystems(vocabulary, [sale.title]);
  const generic = (slug: string) => /\bnot (?:specified|named)\b/i.test(vocabulary.find((x) => x.slug === slug)?.name ?? "");
  const specific = named.filter((slug) => !generic(slug) && !record.systems.includes(slug));
  if (specific.length > 0 && record.systems.every(generic)) {
    // The record could only say "type not specified"; the release names the system.
    record.systems = [...record.systems, ...specific];
    changes.push(`filed also under ${specific.join(", ")}, the system${specific.length > 1 ? "s" : ""} the release names`);
  } else if (named.length > 0 && !named.some((slug) => record.systems.includes(slug))) keep("what is sold", `the system${record.systems.length > 1 ? "s" : ""} ${record.systems.join(", ")} ("${record.title}")`, `"${sale.title}" (${named.join(", ")})`);

  const { mde, other } = lineItems(sale);
  if (record.majorDefenseEquipment.length === 0 && mde.length > 0) {
    record.majorDefenseEquipment = mde;
    changes.push(`filled majorDefenseEquipment (${mde.length})`);
  }
  if (record.otherItems.length === 0 && other.length > 0) {
    record.otherItems = other;
    changes.push(`filled otherItems (${other.length})`);
  }
  if (record.principalContractors.length === 0 && sale.contractors.length > 0) {
    record.principalContractors = sale.contractors;
    changes.push(`filled principalContractors (${sale.contractors.length})`);
  }
  const split = valueSplit(sale);
  if (split && record.valueMdeUsd === null && record.valueOtherUsd === null && split.mde + split.other === record.estimatedValueUsd) {
    record.valueMdeUsd = split.mde;
    record.valueOtherUsd = split.other;
    changes.push(`filled valueMdeUsd / valueOtherUsd: ${split.mde} / ${split.other}`);
  }
  const release = releaseOf(sale.row.sourceUrl);
  if (release.registerOn && record.federalRegister === null && (!record.deliveredToCongress || record.deliveredToCongress.on <= release.registerOn)) {
    record.federalRegister = { on: release.registerOn, source: id };
    changes.push(`filled federalRegister: ${release.registerOn}`);
  }
  const earlier = sale.items?.addsToEarlierCase;
  if (earlier?.belowThreshold && record.addsToEarlierCase === null) {
    record.addsToEarlierCase = { belowThreshold: true, transmittalNumber: null, description: earlier.valueUsd ? `a case valued at ${usd(earlier.valueUsd)}` : null, source: id };
    changes.push("filled addsToEarlierCase (below the threshold)");
  }
  const taken = new Set(record.sources.map((s) => s.id));
  for (const s of correctionSources(sale, taken)) {
    if (record.sources.some((x) => sameText(x.url, s.url))) continue;
    record.sources.push(s);
    changes.push(`added source "${s.id}" (${s.publisher})`);
  }
  // The list's month-only date says nothing about a record that has the day.
  // (Nor does the compilation's lack of a text: a merged record keeps what it says about its items.)
  const fresh = [...sale.notes.filter((n) => !/^The list dates this release .* only the month is known/.test(n) && !/^The compilation holds no text/.test(n)), ...(record.majorDefenseEquipment === mde ? itemNotes(sale) : []), ...notes].filter(
    (n) => !(record.notes ?? "").includes(n),
  );
  if (fresh.length > 0) {
    record.notes = clip([record.notes, ...fresh].filter(Boolean).join(" "), 4_000);
    changes.push(`added ${fresh.length} note${fresh.length > 1 ? "s" : ""}`);
  }
  return { record, changes, conflicts };
}

/** Imports a table's rows into the store: see the comment at the top of this file. */
export function importTable(rows: RawRow[], corrections: Correction[], store: SeedStore, options: TableImportOptions): TableImportResult {
  const run = new Run(store, options);
  const byKey = indexCorrections(corrections);
  const used = new Set<Correction>();
  const outcomes: RowOutcome[] = [];

  // 1. Each row's form, then its corrections.
  const sales: Sale[] = [];
  const seenRows = new Map<string, number>();
  for (const raw of rows) {
    const checked = checkRow(raw);
    if ("problems" in checked) {
      outcomes.push(outcome(raw, "refused", checked.problems.map((p) => `field ${p.field}: ${p.message}`)));
      continue;
    }
    const row = checked.row;
    const whole = JSON.stringify(raw.values);
    const first = seenRows.get(whole);
    if (first !== undefined) {
      outcomes.push(outcome(row, "refused", [`(row): repeats line ${first} exactly`]));
      continue;
    }
    seenRows.set(whole, row.line);
    const entries = byKey.get(matchKey({ date: row.date, transmittal: row.printedTransmittal, country: row.country, costUSD: row.costUSD })) ?? [];
    entries.forEach((e) => used.add(e));
    const c = combine(entries);
    if (c.excluded) {
      const why = entries.filter((e) => e.action === "exclude");
      outcomes.push(outcome(row, "kept out", why.map((e) => `${e.fault}: ${e.reason}`)));
      continue;
    }
    const applied = applyCorrections(run, row, c);
    if ("problems" in applied) {
      outcomes.push(outcome(row, "refused", applied.problems.map((p) => `field ${p.field}: ${p.message}`)));
      continue;
    }
    sales.push(applied);
  }

  // 2. One number, one sale: a number two rows give (after their corrections) refuses both.
  const byNumber = new Map<string, Sale[]>();
  for (const s of sales) if (s.transmittal) byNumber.set(s.transmittal, [...(byNumber.get(s.transmittal) ?? []), s]);
  const clean = sales.filter((s) => {
    const same = s.transmittal ? byNumber.get(s.transmittal)! : [s];
    if (same.length < 2) return true;
    const others = same.filter((o) => o !== s).map((o) => o.row.line);
    outcomes.push(outcome(s.row, "refused", [`field transmittal: ${s.transmittal} is also the number of line${others.length > 1 ? "s" : ""} ${others.join(", ")}; one number is one sale (add a correction that settles which)`]));
    return false;
  });

  // 3. Each sale into the record. A record found only by recipient, value and date must be the
  // only such record for the sale, and the sale the only row of the table that finds it: two
  // sales on one day for one value are told apart by their numbers, never by a guess.
  const exact = new Map(clean.map((sale) => [sale, run.findExact(sale)]));
  const loose = new Map<Sale, Existing[]>();
  const claims = new Map<string, Sale[]>();
  for (const sale of clean) {
    if (exact.get(sale)) continue;
    const candidates = run.candidates(sale);
    loose.set(sale, candidates);
    for (const c of candidates) claims.set(c.rel, [...(claims.get(c.rel) ?? []), sale]);
  }
  for (const sale of clean) {
    const named = exact.get(sale);
    if (named && "field" in named) {
      outcomes.push(outcome(sale.row, "refused", [`field ${named.field}: ${named.message}`]));
      continue;
    }
    const candidates = loose.get(sale) ?? [];
    const rivals = candidates.length === 1 ? claims.get(candidates[0]!.rel)!.filter((o) => o !== sale) : [];
    if (candidates.length > 1 || rivals.length > 0) {
      const why =
        candidates.length > 1
          ? `could be any of ${candidates.map((c) => c.record.slug).join(", ")}`
          : `could be ${candidates[0]!.record.slug}, which line${rivals.length > 1 ? "s" : ""} ${rivals.map((r) => r.row.line).join(", ")} could be too`;
      outcomes.push(outcome(sale.row, "refused", [`(row): ${why} (same recipient, value and date, no transmittal number to tell them apart): add a correction naming the record (set.record)`]));
      continue;
    }
    const found = named ?? (candidates.length === 1 ? { match: candidates[0]!, by: "recipient, value and date" as const } : null);
    if (found) {
      const { match, by } = found;
      const held = match.record.transmittalNumber;
      if (by === "transmittal" && held && match.record.recipient !== sale.recipient.code) {
        outcomes.push(outcome(sale.row, "refused", [`field transmittal: ${held} is held by seeds/${match.rel} for recipient ${match.record.recipient}, not ${sale.recipient.code}`]));
        continue;
      }
      const merged = mergeInto(run, match.record, sale);
      const checked = notificationSchema.safeParse(merged.record);
      if (!checked.success) {
        outcomes.push(outcome(sale.row, "refused", [`(row): merged into seeds/${match.rel}, the record would be invalid: ${checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`]));
        continue;
      }
      if (merged.changes.length === 0) {
        outcomes.push(outcome(sale.row, "unchanged", [], { file: match.rel, matchedBy: by }));
        continue;
      }
      run.put(match.rel, merged.record);
      outcomes.push(outcome(sale.row, "merged", merged.changes, { file: match.rel, matchedBy: by, conflicts: merged.conflicts }));
      continue;
    }
    const systems = run.systems(sale);
    if ("field" in systems) {
      outcomes.push(outcome(sale.row, "refused", [`field ${systems.field}: ${systems.message}`]));
      continue;
    }
    const built = buildNew(run, sale, systems);
    const checked = notificationSchema.safeParse(built.record);
    if (!checked.success) {
      outcomes.push(outcome(sale.row, "refused", [`(row): the new record would be invalid: ${checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`]));
      continue;
    }
    run.put(built.rel, built.record);
    outcomes.push(outcome(sale.row, "written", [], { file: built.rel }));
  }
  run.saveReference();
  outcomes.sort((a, b) => a.line - b.line);
  return { outcomes, unusedCorrections: corrections.filter((c) => !used.has(c)), added: run.added };
}

