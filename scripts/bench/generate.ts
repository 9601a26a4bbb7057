import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import countries from "i18n-iso-countries/index";
import english from "i18n-iso-countries/langs/en.json";
import { REGION_BY_CODE } from "@/lib/domain";
import { addDaysIso } from "@/lib/format";
import { appendChanges, type NotificationSeed, type RecipientsFile, type ReportSeed, type SystemsFile } from "@/lib/seed";

/**
 * Synthetic notifications for the benchmark: N records in the seed format (one JSON file per
 * notification, next to the real recipients.json, systems.json and contractors.json, with synthetic
 * recipients and systems added to them), so the real seed command loads them. Deterministic: the same N and seed give
 * byte-identical files.
 *
 * The spread imitates the official archive the record holds (docs/data.md): dates follow its
 * notifications per fiscal year from 21 April 2008 to 16 September 2026 (ARCHIVE_FISCAL_YEARS),
 * with a few examples before it and a few after its list ends; about 100 recipients and 400
 * systems (the real ones, and synthetic ones up to those numbers), a few of each taking most
 * notifications (Zipf-like weights); a third list more than one system; values are log-normal
 * from US$1 million to US$20 billion; every record has line items and one to four sources, and
 * a third carry claims. Like the official record, most in the archive's range cite the official
 * release, mostly as the compilation gives it (`via`), most carry a transmittal number (unique, in
 * series by year, with a gap now and then), a date delivered to Congress, often Record and Federal Register dates, the
 * MDE/other split, implementing agency and funding; one in fifty has a later report. None of it
 * is real: every title says "Synthetic".
 */
/** mulberry32: tiny, fast, good enough for test data, and the same on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

/** Weighted choice with weights 1/(rank+1)^s over a fixed, seed-shuffled order. */
function zipf<T>(r: Random, items: readonly T[], s = 1.1): () => T {
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const cumulative: number[] = [];
  let sum = 0;
  order.forEach((_, rank) => cumulative.push((sum += 1 / Math.pow(rank + 1, s))));
  return () => {
    const x = r() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return order[lo]!;
  };
}

/**
 * Notifications per fiscal year in the official archive (`archive-2008-2026.jsonl`, the list the
 * record's archive comes from, counted December 2026): FY2008 from 21 April 2008, FY2026 to
 * 16 September 2026, where the list ends. The generator's dates follow these proportions.
 */
export const ARCHIVE_FISCAL_YEARS: readonly [fiscalYear: number, notifications: number][] = [
  [2008, 21], [2009, 40], [2010, 64], [2011, 57], [2012, 60], [2013, 55], [2014, 62], [2015, 57], [2016, 65], [2017, 74],
  [2018, 69], [2019, 64], [2020, 66], [2021, 62], [2022, 62], [2023, 72], [2024, 116], [2025, 120], [2026, 113],
];
const ARCHIVE_FIRST_DAY = Date.UTC(2008, 3, 21);
const ARCHIVE_LAST_DAY = Date.UTC(2026, 8, 16);
/** Examples before the archive (the record holds a handful, from 1998 on), and notifications after its list ends (found by research or sync): a share each. */
const EXAMPLES = { share: 0.004, first: Date.UTC(1995, 0, 1), last: ARCHIVE_FIRST_DAY - 86_400_000 };
const AFTER_LIST = { share: 0.004, first: ARCHIVE_LAST_DAY + 86_400_000, last: Date.UTC(2026, 10, 15) };
const DAY = 86_400_000;
const ARCHIVE_TOTAL = ARCHIVE_FISCAL_YEARS.reduce((sum, [, n]) => sum + n, 0);

const day = (r: Random, first: number, last: number) => new Date(first + Math.floor(r() * ((last - first) / DAY + 1)) * DAY).toISOString().slice(0, 10);

/** A date in the archive's spread: a fiscal year in proportion to its count, then a day within it (and within the archive). */
function date(r: Random): string {
  const u = r();
  if (u < EXAMPLES.share) return day(r, EXAMPLES.first, EXAMPLES.last);
  if (u < EXAMPLES.share + AFTER_LIST.share) return day(r, AFTER_LIST.first, AFTER_LIST.last);
  let x = r() * ARCHIVE_TOTAL;
  const [fiscalYear] = ARCHIVE_FISCAL_YEARS.find(([, n]) => (x -= n) < 0) ?? ARCHIVE_FISCAL_YEARS.at(-1)!;
  return day(r, Math.max(ARCHIVE_FIRST_DAY, Date.UTC(fiscalYear - 1, 9, 1)), Math.min(ARCHIVE_LAST_DAY, Date.UTC(fiscalYear, 8, 30)));
}

/** The archive's breadth: about 100 recipients and several hundred systems. */
export const RECIPIENT_COUNT = 100;
export const SYSTEM_COUNT = 400;

/** The real recipients, and countries (real ISO codes and names, no context) up to RECIPIENT_COUNT, spread over the alphabet. */
function recipientsUpTo(file: RecipientsFile, count: number): RecipientsFile {
  countries.registerLocale(english);
  const have = new Set(file.recipients.map((r) => r.code));
  const candidates = Object.keys(countries.getAlpha2Codes())
    .filter((code) => !have.has(code) && code !== "US" && REGION_BY_CODE.has(code))
    .sort();
  const needed = Math.max(0, count - file.recipients.length);
  const step = candidates.length / Math.max(1, needed);
  const added = Array.from({ length: Math.min(needed, candidates.length) }, (_, i) => candidates[Math.floor(i * step)]!).map((code) => ({
    code,
    name: countries.getName(code, "en", { select: "alias" }) ?? countries.getName(code, "en")!,
    kind: "country" as const,
    notifiedAs: null,
    nato: false,
    region: REGION_BY_CODE.get(code)!,
    context: [],
  }));
  return { regions: file.regions, recipients: [...file.recipients, ...added] };
}

/** The real systems, and synthetic ones (each with one alias) up to SYSTEM_COUNT, over the real categories. */
function systemsUpTo(file: SystemsFile, count: number): SystemsFile {
  const added = Array.from({ length: Math.max(0, count - file.systems.length) }, (_, i) => ({
    slug: `synthetic-system-${i + 1}`,
    name: `Synthetic system ${i + 1}`,
    category: file.categories[i % file.categories.length]!.slug,
    aliases: [`SYN-${i + 1}`],
  }));
  return { categories: file.categories, systems: [...file.systems, ...added] };
}

/** Log-normal around US$300 million, clamped to [US$1 million, US$20 billion], rounded like DSCA rounds. */
function value(r: Random): number {
  const gaussian = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const raw = Math.min(20e9, Math.max(1e6, Math.exp(Math.log(3e8) + 1.5 * gaussian)));
  const step = raw >= 1e9 ? 1e8 : raw >= 1e8 ? 1e7 : 1e6;
  return Math.round(raw / step) * step;
}

const OTHER_ITEMS = ["Spare and repair parts", "Training", "Technical manuals", "Support equipment", "Transportation", "Contractor logistics support", "Software", "Test equipment", "Publications", "Quality assurance team"];
const CONTRACTORS: [string, string | null][] = [
  ["Lockheed Martin", "Grand Prairie, Texas"],
  ["RTX", "Tucson, Arizona"],
  ["Boeing", "St. Louis, Missouri"],
  ["General Dynamics", null],
  ["Northrop Grumman", "Falls Church, Virginia"],
  ["BAE Systems", "York, Pennsylvania"],
  ["L3Harris", "Melbourne, Florida"],
];
const AGENCIES = ["Army", "Navy", "Air Force"] as const;
const PUBLISHERS = ["Defense News", "Breaking Defense", "Reuters", "Janes", "Army Recognition", "DefenseHere"];
const VERDICTS = ["confirmed", "consistent", "unsupported", "contradicted"] as const;

export type GeneratedSeeds = {
  recipients: RecipientsFile;
  systems: SystemsFile;
  notifications: NotificationSeed[];
  reports: ReportSeed[];
};

/** N synthetic notifications over the recipients and systems in `seedsDir`, with synthetic ones added up to the archive's breadth. */
export function generate(n: number, seed: number, seedsDir: string): GeneratedSeeds {
  const recipients = recipientsUpTo(JSON.parse(readFileSync(path.join(seedsDir, "recipients.json"), "utf8")) as RecipientsFile, RECIPIENT_COUNT);
  const systems = systemsUpTo(JSON.parse(readFileSync(path.join(seedsDir, "systems.json"), "utf8")) as SystemsFile, SYSTEM_COUNT);
  const r = prng(seed);
  const recipient = zipf(r, recipients.recipients, 1.0);
  const system = zipf(r, systems.systems, 1.1);
  const slugs = new Set<string>();
  const notifications: NotificationSeed[] = [];
  const reports: ReportSeed[] = [];
  // Serials per two-digit series: numbers are unique, as in the record; past 999 a series is full.
  const serials = new Map<string, number>();

  for (let i = 0; i < n; i++) {
    const to = recipient();
    const count = r() < 0.65 ? 1 : r() < 0.7 ? 2 : 3;
    const listed = new Set<string>();
    while (listed.size < count) listed.add(system().slug);
    const systemSlugs = [...listed];
    const lead = systems.systems.find((s) => s.slug === systemSlugs[0])!;
    const announcedOn = date(r);
    const base = `${announcedOn}-${to.name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${lead.slug}`;
    let slug = base;
    for (let k = 2; slugs.has(slug); k++) slug = `${base}-${k}`;
    slugs.add(slug);

    const approximate = r() < 0.03;
    const low = r() < 0.05;
    const sourceCount = int(r, 1, 4);
    // Like the archive: most records rest on the official release, as the compilation gives it before the project reads it (via).
    const archived = announcedOn >= "2008-04-21" && announcedOn <= "2026-09-16" && r() < 0.85;
    const sources = Array.from({ length: sourceCount }, (_, k) => ({
      id: `source-${k + 1}`,
      kind: k === 0 && (archived || r() < 0.4) ? ("official-notice" as const) : r() < 0.85 ? ("news-report" as const) : ("unverified-report" as const),
      ...(k === 0 && archived && r() < 0.8 ? { via: "atlas" as const } : {}),
      publisher: pick(r, PUBLISHERS),
      title: r() < 0.7 ? `${to.name} cleared to buy ${lead.name}` : null,
      url: `https://synthetic.example/${slug}/${k + 1}`,
      publishedOn: r() < 0.6 ? announcedOn : null,
      document: null,
      supports: r() < 0.5 ? "Value, recipient and principal equipment." : null,
      reportedValue: r() < 0.05 ? { amount: value(r), currency: "EUR", text: "about EUR 1 billion" } : null,
    }));
    const claims =
      r() < 0.33
        ? Array.from({ length: int(r, 1, 3) }, () => ({
            source: pick(r, sources).id,
            claim: `The sale includes ${int(r, 2, 200)} ${lead.name} units.`,
            verdict: pick(r, VERDICTS),
            reason: "Synthetic claim for the benchmark.",
          }))
        : [];

    const estimatedValueUsd = value(r);
    const series = announcedOn.slice(2, 4);
    // Numbers run in order with a gap now and then (a number the archive lacks), as /coverage lists them.
    const serial = (serials.get(series) ?? 0) + (r() < 0.08 ? int(r, 2, 4) : 1);
    const numbered = r() < 0.6 && serial <= 999;
    if (numbered) serials.set(series, serial);
    const transmittalNumber = numbered ? `${series}-${String(serial).padStart(2, "0")}` : null;
    const official = sources[0]!.kind === "official-notice";
    const split = official && r() < 0.7;
    const valueMdeUsd = split ? Math.round((estimatedValueUsd * int(r, 0, 10)) / 10) : null;
    const waived = r() < 0.005;
    const deliveredOn = official ? addDaysIso(announcedOn, -int(r, 0, 1)) : null;

    notifications.push({
      slug,
      title: `Synthetic: ${lead.name} and related equipment`,
      summary: `Synthetic benchmark record ${i + 1} of ${n}: ${systemSlugs.length} system${systemSlugs.length > 1 ? "s" : ""} for ${to.name}.`,
      recipient: to.code,
      systems: systemSlugs,
      announcedOn,
      dateApproximate: approximate,
      estimatedValueUsd,
      valueMdeUsd,
      valueOtherUsd: valueMdeUsd === null ? null : estimatedValueUsd - valueMdeUsd,
      transmittalNumber,
      deliveredToCongress: deliveredOn ? { on: deliveredOn, source: sources[0]!.id } : null,
      congressionalRecord: deliveredOn && r() < 0.5 ? { on: addDaysIso(deliveredOn, int(r, 5, 90)), source: sources[0]!.id } : null,
      federalRegister: deliveredOn && r() < 0.4 ? { on: addDaysIso(deliveredOn, int(r, 30, 600)), source: sources[0]!.id } : null,
      implementingAgency: official ? pick(r, AGENCIES) : null,
      caseDesignator: official && r() < 0.5 ? `${to.code.slice(0, 2)}-${pick(r, ["B", "D", "P"])}-${String.fromCharCode(65 + int(r, 0, 25), 65 + int(r, 0, 25), 65 + int(r, 0, 25))}` : null,
      fundingSources: official ? [r() < 0.85 ? ("national-funds" as const) : ("fmf" as const)] : [],
      majorDefenseEquipment: Array.from({ length: int(r, 0, 6) }, (_, k) => ({
        description: `${systemSlugs[k % systemSlugs.length]!.toUpperCase()} item ${k + 1}`,
        quantity: r() < 0.9 ? int(r, 1, 500) : null,
        upTo: r() < 0.4,
      })),
      otherItems: Array.from({ length: int(r, 0, 8) }, (_, k) => OTHER_ITEMS[(i + k) % OTHER_ITEMS.length]!),
      principalContractors: Array.from({ length: int(r, 0, 3) }, () => {
        const [name, location] = pick(r, CONTRACTORS);
        return { name, location };
      }).filter((c, k, all) => all.findIndex((o) => o.name === c.name) === k),
      fundingNotes: r() < 0.2 ? "Funded with national funds." : null,
      implementationNotes: r() < 0.5 ? "Up to 10 U.S. Government representatives." : null,
      reviewWaived: waived,
      emergency: waived ? { determinedBy: "Secretary of State", determinedOn: announcedOn, source: sources[0]!.id } : null,
      addsToEarlierCase: r() < 0.02 ? { belowThreshold: true, transmittalNumber: null, description: "Synthetic case below the threshold", source: sources[0]!.id } : null,
      priorRelatedCases: official && r() < 0.3 ? "Synthetic prior related case." : null,
      confidence: low ? "low" : "standard",
      notes: approximate || low ? "Synthetic record: approximate date or weak sources, for the benchmark." : null,
      sources,
      claims,
    });
    if (transmittalNumber && r() < 0.02) {
      const kind = r() < 0.6 ? ("enhancement-or-upgrade" as const) : ("cost-increase" as const);
      reports.push({
        id: `report-${slug}`,
        kind,
        transmittalNumber: null,
        sale: { transmittalNumber, slug: null },
        deliveredToCongress: { on: addDaysIso(announcedOn, int(r, 60, 900)), source: "notice" },
        congressionalRecord: null,
        federalRegister: null,
        title: `Synthetic ${kind === "cost-increase" ? "cost increase" : "enhancement"} of ${lead.name}`,
        description: "Synthetic report on an earlier sale, for the benchmark.",
        valueBeforeUsd: kind === "cost-increase" ? estimatedValueUsd : null,
        valueAfterUsd: kind === "cost-increase" ? estimatedValueUsd + 10_000_000 : null,
        notes: null,
        sources: [{ id: "notice", kind: "congressional-record", publisher: "Congressional Record", title: null, url: `https://synthetic.example/${slug}/report`, publishedOn: null, document: null, supports: null, reportedValue: null }],
      });
    }
  }
  return { recipients, systems, notifications, reports };
}

/** Writes a seeds folder (recipients.json, systems.json, contractors.json, notifications/, documents/) to `dir`. */
export function writeSeedsDir(dir: string, generated: GeneratedSeeds, seedsDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "notifications"), { recursive: true });
  writeFileSync(path.join(dir, "recipients.json"), JSON.stringify(generated.recipients));
  writeFileSync(path.join(dir, "systems.json"), JSON.stringify(generated.systems));
  // The contractors every principal contractor name must belong to (the generator's names are among them).
  cpSync(path.join(seedsDir, "contractors.json"), path.join(dir, "contractors.json"));
  // Recipient context cites the project's documents; the loader checks they exist.
  cpSync(path.join(seedsDir, "documents"), path.join(dir, "documents"), { recursive: true });
  for (const n of generated.notifications) writeFileSync(path.join(dir, "notifications", `${n.slug}.json`), JSON.stringify(n));
  mkdirSync(path.join(dir, "reports"), { recursive: true });
  for (const r of generated.reports) writeFileSync(path.join(dir, "reports", `${r.id}.json`), JSON.stringify(r));
  // The change log: one release adding every record, the archive release's shape at the bench's size.
  appendChanges(dir, "2026-12-06");
}
