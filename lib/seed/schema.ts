import { z } from "zod";
import { addDaysIso, isValidIsoDate } from "@/lib/format";
import {
  CHAMBER_SEATS,
  CHAMBERS,
  CLAIM_VERDICTS,
  COMPILATION_IDS,
  CONFIDENCE_LEVELS,
  congressFirstYear,
  FUNDING_SOURCES,
  normalizeReportTransmittal,
  normalizeTransmittal,
  RECIPIENT_KINDS,
  REGION_CODES,
  REPORT_KINDS,
  RESOLUTION_TYPES,
  SOURCE_KINDS,
  VOTE_RESULTS,
  VOTE_THRESHOLDS,
} from "@/lib/domain";

/**
 * The shape of the reviewable JSON files in `seeds/`. Every fact the app shows comes from
 * these files, so the schema is strict: unknown keys are errors (a typo must not silently
 * drop a fact) and every string is bounded.
 */

const MAX_TEXT = 4_000;
const text = (max = MAX_TEXT) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine(isValidIsoDate, "is not a real calendar date");

const slug = z
  .string()
  .max(120, "must be at most 120 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and single hyphens");

/** Whole U.S. dollars (or another currency's whole units). JSON numbers are exact up to 2^53. */
const wholeAmount = z
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .positive("must be greater than zero")
  .max(Number.MAX_SAFE_INTEGER, "is too large to be exact");

const httpUrl = z
  .string()
  .max(2_000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }, "must be an http(s) URL");

/** Whole U.S. dollars where zero is a value the text gives ("Major Defense Equipment* $0"). */
const wholeAmountOrZero = z
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .nonnegative("must not be negative")
  .max(Number.MAX_SAFE_INTEGER, "is too large to be exact");

/** A transmittal number written in its canonical form (lib/domain/transmittal.ts). */
function transmittal(normalize: (text: string) => string | null, example: string) {
  return z
    .string()
    .max(40, "must be at most 40 characters")
    .superRefine((value, ctx) => {
      const canonical = normalize(value);
      if (canonical === null) ctx.addIssue({ code: "custom", message: `is not a transmittal number (write it like ${example})` });
      else if (canonical !== value) ctx.addIssue({ code: "custom", message: `must be written "${canonical}" (the canonical form of "${value}")` });
    });
}
export const saleTransmittal = transmittal(normalizeTransmittal, "25-103");
export const reportTransmittal = transmittal(normalizeReportTransmittal, "26-1C");

export const DOCUMENT_PATH = /^seeds\/documents\/([0-9]{3}_[0-9a-f]{16}\.txt)$/;
const documentPath = z.string().regex(DOCUMENT_PATH, "must be a file in seeds/documents/ such as seeds/documents/001_e151bc74b9e949ea.txt");

export const sourceSchema = z
  .strictObject({
    /** Key used by claims in the same file, e.g. "castanet". */
    id: slug,
    kind: z.enum(SOURCE_KINDS),
    publisher: text(200),
    title: text(500).nullable(),
    url: httpUrl.nullable(),
    publishedOn: isoDate.nullable(),
    /** A document kept with the project in seeds/documents/, for a source with no public URL. */
    document: documentPath.nullable(),
    /** What this source confirms for this notification, in the researcher's words. */
    supports: text().nullable(),
    /** Set when the source reported the value in its own words or currency. */
    reportedValue: z
      .strictObject({
        amount: wholeAmount,
        currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD or CAD"),
        text: text(200),
      })
      .nullable(),
    /**
     * The facts were taken from this compilation of the official text (lib/domain/sourcing.ts),
     * not read from the text by the project. Absent: read by the project (or not an official text).
     */
    via: z.enum(COMPILATION_IDS, { error: `must name a compilation lib/domain/sourcing.ts lists (${COMPILATION_IDS.map((c) => `"${c}"`).join(", ")}), or be left out when the project read the text itself` }).optional(),
  })
  .refine((s) => s.url !== null || s.document !== null, {
    message: "needs a url or a document",
    path: ["url"],
  });

export const claimSchema = z.strictObject({
  source: slug,
  claim: text(1_000),
  verdict: z.enum(CLAIM_VERDICTS),
  reason: text(1_000),
});

export const lineItemSchema = z.strictObject({
  description: text(500),
  quantity: z.number().int("must be a whole number").positive("must be greater than zero").max(10_000_000).nullable(),
  /** DSCA writes "up to N" for ceilings. */
  upTo: z.boolean(),
});

/** A date with the source (an `id` in the same file's `sources`) that gives it. */
const datedFact = z.strictObject({ on: isoDate, source: slug });

/** How many days a delivered date may fall after the announcement before it is a mistake. */
export const DELIVERED_AFTER_ANNOUNCED_DAYS = 5;

export const notificationSchema = z
  .strictObject({
    slug,
    title: text(300),
    summary: text(300),
    recipient: z.string().regex(/^[A-Z0-9-]{2,12}$/, "must be a recipient code from recipients.json"),
    systems: z.array(slug).min(1, "must name at least one system"),
    announcedOn: isoDate,
    dateApproximate: z.boolean(),
    /** The total estimated value (Total in paragraph (ii), "estimated cost" in the release). */
    estimatedValueUsd: wholeAmount,
    /** Paragraph (ii)'s split, where a text gives it; null is "not given", 0 is "$0". */
    valueMdeUsd: wholeAmountOrZero.nullable(),
    valueOtherUsd: wholeAmountOrZero.nullable(),
    /** The sale's identity in the official record, canonical (`26-13`, not `26-013`). */
    transmittalNumber: saleTransmittal.nullable(),
    /** Paragraph (viii), "Date Report Delivered to Congress". The review period counts from it. */
    deliveredToCongress: datedFact.nullable(),
    /** The day the Senate printed it in the Congressional Record (not the day it was delivered). */
    congressionalRecord: datedFact.nullable(),
    /** The day the Federal Register published it. */
    federalRegister: datedFact.nullable(),
    /** Paragraph (iv): Army, Navy, Air Force, or another implementing agency. */
    implementingAgency: text(100).nullable(),
    /** The case designator printed with it, e.g. "CN-B-ZAB". */
    caseDesignator: text(40).nullable(),
    /** "Funding Source" in paragraph (ii) or the release: national funds, FMF, partners' funds. */
    fundingSources: z.array(z.enum(FUNDING_SOURCES)),
    majorDefenseEquipment: z.array(lineItemSchema),
    otherItems: z.array(text(500)),
    principalContractors: z.array(z.strictObject({ name: text(200), location: text(200).nullable() })),
    fundingNotes: text().nullable(),
    implementationNotes: text().nullable(),
    /** An emergency determination under AECA 36(b) waives the review period. */
    reviewWaived: z.boolean(),
    /** Who determined the emergency that waived the review, when, and the source that says so. */
    emergency: z.strictObject({ determinedBy: text(200).nullable(), determinedOn: isoDate.nullable(), source: slug }).nullable(),
    /** The sale adds to an earlier case: one below the notification threshold, or a notified sale. */
    addsToEarlierCase: z
      .strictObject({
        belowThreshold: z.boolean(),
        /** The earlier sale's transmittal number, when it was itself notified (the deal page links to it). */
        transmittalNumber: saleTransmittal.nullable(),
        /** The earlier case as the text names it (its designator or value), in the record's words. */
        description: text(500).nullable(),
        source: slug,
      })
      .nullable(),
    /** Paragraph (v), "Prior Related Cases, if any", as the text gives it. */
    priorRelatedCases: text(1_000).nullable(),
    confidence: z.enum(CONFIDENCE_LEVELS),
    /** Caveats the app shows beside the facts: approximate dates, weak sources, discrepancies. */
    notes: text().nullable(),
    sources: z.array(sourceSchema).min(1, "must list at least one source"),
    claims: z.array(claimSchema),
  })
  .superRefine((n, ctx) => {
    const ids = new Set<string>();
    n.sources.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: "custom", path: ["sources", i, "id"], message: `repeats source id "${s.id}"` });
      ids.add(s.id);
    });
    n.claims.forEach((c, i) => {
      if (!ids.has(c.source)) ctx.addIssue({ code: "custom", path: ["claims", i, "source"], message: `names unknown source "${c.source}"` });
    });
    const cites = (path: (string | number)[], source: string) => {
      if (!ids.has(source)) ctx.addIssue({ code: "custom", path: [...path, "source"], message: `names unknown source "${source}"` });
    };
    for (const key of ["deliveredToCongress", "congressionalRecord", "federalRegister", "emergency", "addsToEarlierCase"] as const) {
      const fact = n[key];
      if (fact) cites([key], fact.source);
    }
    if (n.valueMdeUsd !== null && n.valueOtherUsd !== null && n.valueMdeUsd + n.valueOtherUsd !== n.estimatedValueUsd) {
      ctx.addIssue({
        code: "custom",
        path: ["valueMdeUsd"],
        message: `plus valueOtherUsd (${n.valueMdeUsd} + ${n.valueOtherUsd} = ${n.valueMdeUsd + n.valueOtherUsd}) must equal estimatedValueUsd (${n.estimatedValueUsd})`,
      });
    }
    for (const key of ["valueMdeUsd", "valueOtherUsd"] as const) {
      const part = n[key];
      if (part !== null && part > n.estimatedValueUsd) ctx.addIssue({ code: "custom", path: [key], message: `(${part}) is more than estimatedValueUsd (${n.estimatedValueUsd})` });
    }
    const delivered = n.deliveredToCongress?.on;
    if (delivered && isValidIsoDate(n.announcedOn) && delivered > addDaysIso(n.announcedOn, DELIVERED_AFTER_ANNOUNCED_DAYS)) {
      ctx.addIssue({
        code: "custom",
        path: ["deliveredToCongress", "on"],
        message: `(${delivered}) is more than ${DELIVERED_AFTER_ANNOUNCED_DAYS} days after announcedOn (${n.announcedOn}): a notification is announced when, or after, it is delivered`,
      });
    }
    for (const key of ["congressionalRecord", "federalRegister"] as const) {
      const on = n[key]?.on;
      if (on && delivered && on < delivered) ctx.addIssue({ code: "custom", path: [key, "on"], message: `(${on}) is before the date delivered to Congress (${delivered})` });
    }
    if (n.reviewWaived !== (n.emergency !== null)) {
      ctx.addIssue({
        code: "custom",
        path: ["emergency"],
        message: n.reviewWaived ? "must say who determined the emergency (and its source) when reviewWaived is true" : "is given, so reviewWaived must be true",
      });
    }
    if (n.fundingSources.length !== new Set(n.fundingSources).size) ctx.addIssue({ code: "custom", path: ["fundingSources"], message: "lists a funding source twice" });
    if (n.confidence === "low" && !n.notes) {
      ctx.addIssue({ code: "custom", path: ["notes"], message: "must explain why the record is low confidence" });
    }
    if (n.dateApproximate && !n.notes) {
      ctx.addIssue({ code: "custom", path: ["notes"], message: "must explain why the date is approximate" });
    }
  });

/**
 * A report on an earlier sale (a §36(b)(5)(C) enhancement or upgrade, or cost increase) or a
 * correction of its published text: one file in seeds/reports/, never a sale of its own. It names
 * the sale it changes by transmittal number (or, where the record has none, by slug).
 */
export const reportSchema = z
  .strictObject({
    /** File name and key: the report's own number in lower case ("26-1c"), or a slug for a correction. */
    id: slug,
    kind: z.enum(REPORT_KINDS),
    /** The report's own (letter-coded) number, where it has one. */
    transmittalNumber: reportTransmittal.nullable(),
    /** The sale it changes: its transmittal number, or its slug when the record has no number for it. */
    sale: z.strictObject({ transmittalNumber: saleTransmittal.nullable(), slug: slug.nullable() }),
    deliveredToCongress: datedFact.nullable(),
    congressionalRecord: datedFact.nullable(),
    federalRegister: datedFact.nullable(),
    /** What changed, in a line (own words). */
    title: text(300),
    description: text(2_000),
    /** For a cost increase: the total before and after, as the report gives them. */
    valueBeforeUsd: wholeAmount.nullable(),
    valueAfterUsd: wholeAmount.nullable(),
    notes: text().nullable(),
    sources: z.array(sourceSchema).min(1, "must list at least one source"),
  })
  .superRefine((r, ctx) => {
    if (r.sale.transmittalNumber === null && r.sale.slug === null) {
      ctx.addIssue({ code: "custom", path: ["sale"], message: "names no earlier sale (give its transmittalNumber, or its slug)" });
    }
    if (!r.deliveredToCongress && !r.congressionalRecord && !r.federalRegister) {
      ctx.addIssue({ code: "custom", path: ["deliveredToCongress"], message: "needs a date: deliveredToCongress, congressionalRecord or federalRegister" });
    }
    const ids = new Set<string>();
    r.sources.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: "custom", path: ["sources", i, "id"], message: `repeats source id "${s.id}"` });
      ids.add(s.id);
    });
    for (const key of ["deliveredToCongress", "congressionalRecord", "federalRegister"] as const) {
      const fact = r[key];
      if (fact && !ids.has(fact.source)) ctx.addIssue({ code: "custom", path: [key, "source"], message: `names unknown source "${fact.source}"` });
    }
    if (r.kind === "cost-increase" && r.valueBeforeUsd !== null && r.valueAfterUsd !== null && r.valueAfterUsd <= r.valueBeforeUsd) {
      ctx.addIssue({ code: "custom", path: ["valueAfterUsd"], message: `(${r.valueAfterUsd}) must be more than valueBeforeUsd (${r.valueBeforeUsd}) for a cost increase` });
    }
  });

/** The date a report is shown under: delivered to Congress, else printed, else published. */
export function reportDate(r: Pick<ReportSeed, "deliveredToCongress" | "congressionalRecord" | "federalRegister">): string {
  return (r.deliveredToCongress ?? r.congressionalRecord ?? r.federalRegister)!.on;
}

export const recipientSchema = z.strictObject({
  /** ISO 3166-1 alpha-2 for countries; a short code for organisations (e.g. NSPA). */
  code: z.string().regex(/^[A-Z0-9-]{2,12}$/, "must be uppercase letters, digits or hyphens"),
  name: text(200),
  kind: z.enum(RECIPIENT_KINDS),
  /** How DSCA names the recipient when it differs from `name` (TECRO for Taiwan). */
  notifiedAs: text(300).nullable(),
  /** A NATO member state, or NATO or one of its agencies. Drives the review period. */
  nato: z.boolean(),
  /** The U.S. geographic combatant command whose area holds it (lib/domain/regions.ts; the sources are in `regions`). */
  region: z.enum(REGION_CODES, { error: `must be one of ${REGION_CODES.join(", ")}` }),
  context: z.array(
    z.strictObject({
      fact: text(1_000),
      source: z.strictObject({
        kind: z.enum(SOURCE_KINDS),
        publisher: text(200),
        title: text(500).nullable(),
        url: httpUrl.nullable(),
        document: documentPath.nullable(),
      }),
    }),
  ),
});

/** A web page that gives a fact outside any notification (a region's area, a contractor's history), and what it confirms. */
const pageSource = z.strictObject({ publisher: text(200), title: text(500), url: httpUrl, supports: text(1_000).optional() });

/** A region: a geographic combatant command, with the commands' own pages (or reports on them) for its area. */
export const regionSchema = z.strictObject({
  code: z.enum(REGION_CODES, { error: `must be one of ${REGION_CODES.join(", ")}` }),
  name: text(100),
  /** What a reader calls the area: "Europe", "Indo-Pacific". */
  area: text(100),
  /** What the area holds, and any change to it the record follows. */
  description: text(1_000),
  sources: z.array(pageSource).min(1, "must list at least one source"),
});

export const recipientsFileSchema = z.strictObject({
  /** The six regions, each named once with its sources; every recipient names one by code. */
  regions: z.array(regionSchema),
  recipients: z.array(recipientSchema).min(1),
});

/**
 * seeds/contractors.json: principal contractors normalised. Each contractor lists every name the
 * record prints for it (a notification's principal contractor is linked by its name, exactly),
 * which of them are business units or subsidiaries, the partners of a joint venture, and its
 * corporate history with a source for each fact.
 */
export const contractorSchema = z.strictObject({
  slug,
  /** Its current short name: "RTX", "Lockheed Martin". */
  name: text(200),
  names: z.array(text(300)).min(1, "must list at least one name"),
  /** Those of `names` that name a business unit or subsidiary (or a company it absorbed). */
  units: z.array(text(300)),
  /** For a joint venture: the contractors (slugs) it is a venture of. */
  parents: z.array(slug).min(2, "must name at least two partners (a joint venture)").optional(),
  history: z.array(z.strictObject({ fact: text(1_000), source: pageSource })),
  /** A judgement the grouping rests on, in the researcher's words. */
  note: text(2_000).optional(),
});

export const contractorsFileSchema = z.strictObject({ contractors: z.array(contractorSchema) });

export const systemsFileSchema = z.strictObject({
  categories: z.array(z.strictObject({ slug, name: text(100) })).min(1),
  systems: z
    .array(
      z.strictObject({
        slug,
        name: text(200),
        category: slug,
        aliases: z.array(text(100)),
        /**
         * What the system is, in one line written only from a source the project holds, and
         * that source. Absent or null where no source describes it (the page says so).
         */
        description: z
          .strictObject({
            text: text(400),
            source: z
              .strictObject({
                kind: z.enum(SOURCE_KINDS),
                publisher: text(200),
                title: text(500).nullable(),
                url: httpUrl.nullable(),
                document: documentPath.nullable(),
              })
              .refine((s) => s.url !== null || s.document !== null, { message: "needs a url or a document", path: ["url"] }),
          })
          .nullable()
          .optional(),
        /**
         * Set by `npm run import` on a system it added from an official text: what a person must
         * check (name, category proposed from the name, aliases). Delete it once checked.
         */
        review: text(500).optional(),
      }),
    )
    .min(1),
});

export type NotificationSeed = z.infer<typeof notificationSchema>;
export type ReportSeed = z.infer<typeof reportSchema>;
export type RecipientSeed = z.infer<typeof recipientSchema>;
export type SystemsFile = z.infer<typeof systemsFileSchema>;
export type RecipientsFile = z.infer<typeof recipientsFileSchema>;
export type ContractorsFile = z.infer<typeof contractorsFileSchema>;
export type RegionSeed = z.infer<typeof regionSchema>;
export type ContractorSeed = z.infer<typeof contractorSchema>;

const member = z.strictObject({
  name: text(200),
  /** Party letter as the roll calls print it: D, R, I. */
  party: z.string().regex(/^[A-Z]{1,3}$/, "must be a party letter such as D, R or I"),
  /** Two-letter postal code of the member's state. */
  state: z.string().regex(/^[A-Z]{2}$/, "must be a two-letter state code such as VT"),
});

const tally = z.number({ error: "must be a number" }).int("must be a whole number").nonnegative("must not be negative").max(CHAMBER_SEATS.house, `is more than the House's ${CHAMBER_SEATS.house} seats`);

export const voteSchema = z.strictObject({
  chamber: z.enum(CHAMBERS),
  /** The day of the vote; null only when no source gives it (notes must say so). */
  on: isoDate.nullable(),
  /** What was put to the vote, e.g. "Motion to discharge the Committee on Foreign Relations". */
  question: text(300),
  threshold: z.enum(VOTE_THRESHOLDS),
  yeas: tally,
  nays: tally,
  /** Null when the source does not split the rest of the chamber between present and not voting. */
  present: tally.nullable(),
  notVoting: tally.nullable(),
  result: z.enum(VOTE_RESULTS),
  /** The chamber's roll-call (record vote) number, where a source gives it. */
  rollCall: z.number().int().positive().max(100_000).nullable(),
  source: slug,
});

/** A sale the resolution is aimed at: its transmittal number, or its slug where the record has no number for it. */
export const resolutionTargetSchema = z.strictObject({
  transmittalNumber: saleTransmittal.nullable(),
  slug: slug.nullable(),
  /** How the resolution itself names the sale: "Transmittal No. 25-34", or its description. */
  named: text(500),
});

/**
 * Congress's response: a joint resolution of disapproval (S.J.Res. or H.J.Res.) under AECA
 * §36(b), one file in seeds/resolutions/ named after its id ("119-sjres-33"). It names the sales
 * it is aimed at (each by transmittal number, or by slug where the record has no number), what
 * happened to it, and each floor vote with its tallies.
 */
export const resolutionSchema = z
  .strictObject({
    /** File name and key: congress, type and number, e.g. "119-sjres-33". */
    id: slug,
    congress: z.number().int().min(100, "must be the 100th Congress or later").max(200),
    type: z.enum(RESOLUTION_TYPES),
    number: z.number().int().positive().max(100_000),
    sponsor: member,
    /** Co-sponsors a source names (an empty list is "none named", not "none"). */
    cosponsors: z.array(member),
    /** Null only when no source gives the day (notes must say so). */
    introducedOn: isoDate.nullable(),
    /** What it would block, in a line (own words). */
    summary: text(300),
    targets: z.array(resolutionTargetSchema),
    /** What happened to it besides floor votes: introduced, referred, discharged... */
    actions: z.array(z.strictObject({ on: isoDate.nullable(), text: text(500), source: slug })),
    votes: z.array(voteSchema),
    /** Set only when a source shows it was enacted (the sale is then blocked). */
    becameLaw: z.strictObject({ on: isoDate, publicLaw: text(40), source: slug }).nullable(),
    confidence: z.enum(CONFIDENCE_LEVELS),
    notes: text().nullable(),
    sources: z.array(sourceSchema).min(1, "must list at least one source"),
  })
  .superRefine((r, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const expectedId = `${r.congress}-${r.type}-${r.number}`;
    if (r.id !== expectedId) issue(["id"], `must be "${expectedId}" (congress, type and number)`);
    if (r.targets.length === 0) issue(["targets"], "names no sale (a resolution of disapproval is aimed at at least one: give its transmittalNumber, or its slug)");
    const seen = new Set<string>();
    r.targets.forEach((t, i) => {
      if (t.transmittalNumber === null && t.slug === null) issue(["targets", i], "names no sale (give its transmittalNumber, or its slug)");
      const key = t.transmittalNumber ?? t.slug ?? "";
      if (key && seen.has(key)) issue(["targets", i], `names ${key} twice`);
      seen.add(key);
    });
    const ids = new Set<string>();
    r.sources.forEach((s, i) => {
      if (ids.has(s.id)) issue(["sources", i, "id"], `repeats source id "${s.id}"`);
      ids.add(s.id);
    });
    const cites = (path: (string | number)[], source: string) => {
      if (!ids.has(source)) issue([...path, "source"], `names unknown source "${source}"`);
    };
    r.actions.forEach((a, i) => cites(["actions", i], a.source));
    if (r.becameLaw) cites(["becameLaw"], r.becameLaw.source);
    // A Congress sits for two years from 3 January of its first year.
    const first = congressFirstYear(r.congress);
    const start = `${first}-01-03`;
    const end = `${first + 2}-01-03`;
    const inCongress = (path: (string | number)[], on: string | null) => {
      if (on && isValidIsoDate(on) && (on < start || on > end)) issue(path, `(${on}) is outside the ${r.congress}th Congress (${start} to ${end})`);
    };
    inCongress(["introducedOn"], r.introducedOn);
    r.actions.forEach((a, i) => inCongress(["actions", i, "on"], a.on));
    const chamber = r.type === "sjres" ? "senate" : "house";
    r.votes.forEach((v, i) => {
      const at = (field: string, message: string) => issue(["votes", i, field], message);
      cites(["votes", i], v.source);
      inCongress(["votes", i, "on"], v.on);
      if (v.on && r.introducedOn && v.on < r.introducedOn) at("on", `(${v.on}) is before the resolution was introduced (${r.introducedOn})`);
      // A motion on a Senate resolution is voted in the Senate; the other chamber votes only after passage.
      if (v.chamber !== chamber && !r.votes.some((w) => w.chamber === chamber && w.result === "agreed")) {
        at("chamber", `is the ${v.chamber}, but a ${r.type === "sjres" ? "Senate" : "House"} resolution reaches the ${v.chamber} only after passing the ${chamber}`);
      }
      const seats = CHAMBER_SEATS[v.chamber];
      const known = v.yeas + v.nays + (v.present ?? 0) + (v.notVoting ?? 0);
      if (v.chamber === "senate" && v.present !== null && v.notVoting !== null && known !== seats) {
        at("yeas", `yeas + nays + present + not voting (${v.yeas} + ${v.nays} + ${v.present} + ${v.notVoting} = ${known}) must be ${seats}, the Senate's seats`);
      } else if (known > seats) {
        at("yeas", `yeas + nays + present + not voting (${known}) is more than the ${seats} seats of the ${v.chamber}`);
      }
      const passes = v.threshold === "two-thirds" ? 3 * v.yeas >= 2 * (v.yeas + v.nays) && v.yeas > 0 : v.yeas > v.nays;
      if (passes !== (v.result === "agreed")) {
        at("result", `is "${v.result}", but ${v.yeas} yeas to ${v.nays} nays ${passes ? "carries" : "does not carry"} a ${v.threshold === "two-thirds" ? "two-thirds" : "simple"} majority`);
      }
    });
    if (r.introducedOn === null && !r.notes) issue(["notes"], "must say why no introduction date is given");
    if (r.votes.some((v) => v.on === null) && !r.notes) issue(["notes"], "must say why a vote has no date");
    if (r.confidence === "low" && !r.notes) issue(["notes"], "must explain why the record is low confidence");
  });

export type ResolutionSeed = z.infer<typeof resolutionSchema>;
export type VoteSeed = z.infer<typeof voteSchema>;
