import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { addDaysIso } from "@/lib/format";
import type { NotificationSeed, RecipientsFile, ReportSeed, SystemsFile } from "@/lib/seed";

/**
 * Synthetic notifications for the benchmark: N records in the seed format (one JSON file per
 * notification, next to copies of the real recipients.json, systems.json and contractors.json), so the real
 * seed command loads them. Deterministic: the same N and seed give byte-identical files.
 *
 * The spread imitates the real record: a few recipients and systems account for most
 * notifications (Zipf-like weights), a third list more than one system, values are
 * log-normal between US$1 million and US$20 billion, dates run 1995 to 2026 with more
 * notifications in recent years, and every record has line items and one to four sources;
 * a third carry claims. Like the official record, most carry a transmittal number (unique, in
 * series by year), a date delivered to Congress, often Record and Federal Register dates, the
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

const FIRST_DAY = Date.UTC(1995, 0, 1);
const LAST_DAY = Date.UTC(2026, 10, 15);
const DAY = 86_400_000;

/** Later dates are likelier (the record grows over time): density rises linearly to 3x. */
function date(r: Random): string {
  const u = (Math.sqrt(1 + 8 * r()) - 1) / 2; // inverse CDF of density (1 + 2u) / 2 on [0, 1]
  const day = FIRST_DAY + Math.floor(u * ((LAST_DAY - FIRST_DAY) / DAY)) * DAY;
  return new Date(day).toISOString().slice(0, 10);
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

/** N synthetic notifications over the real recipients and systems in `seedsDir`. */
export function generate(n: number, seed: number, seedsDir: string): GeneratedSeeds {
  const recipients = JSON.parse(readFileSync(path.join(seedsDir, "recipients.json"), "utf8")) as RecipientsFile;
  const systems = JSON.parse(readFileSync(path.join(seedsDir, "systems.json"), "utf8")) as SystemsFile;
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
    const sources = Array.from({ length: sourceCount }, (_, k) => ({
      id: `source-${k + 1}`,
      kind: k === 0 && r() < 0.4 ? ("official-notice" as const) : r() < 0.85 ? ("news-report" as const) : ("unverified-report" as const),
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
    const serial = (serials.get(series) ?? 0) + 1;
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
}
