import { z } from "zod";
import { isValidIsoDate } from "@/lib/dates";

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

export const DOCUMENT_PATH = /^seeds\/documents\/([0-9]{3}_[0-9a-f]{16}\.txt)$/;
const documentPath = z.string().regex(DOCUMENT_PATH, "must be a file in seeds/documents/ such as seeds/documents/001_e151bc74b9e949ea.txt");

export const SOURCE_KINDS = ["official-notice", "news-report", "official-context", "unverified-report"] as const;
export const CLAIM_VERDICTS = ["confirmed", "consistent", "unsupported", "contradicted"] as const;
export const RECIPIENT_KINDS = ["country", "organization"] as const;

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

export const notificationSchema = z
  .strictObject({
    slug,
    title: text(300),
    summary: text(300),
    recipient: z.string().regex(/^[A-Z0-9-]{2,12}$/, "must be a recipient code from recipients.json"),
    systems: z.array(slug).min(1, "must name at least one system"),
    announcedOn: isoDate,
    dateApproximate: z.boolean(),
    estimatedValueUsd: wholeAmount,
    transmittalNumber: text(40).nullable(),
    majorDefenseEquipment: z.array(lineItemSchema),
    otherItems: z.array(text(500)),
    principalContractors: z.array(z.strictObject({ name: text(200), location: text(200).nullable() })),
    fundingNotes: text().nullable(),
    implementationNotes: text().nullable(),
    /** An emergency determination under AECA 36(b) waives the review period. */
    reviewWaived: z.boolean(),
    confidence: z.enum(["standard", "low"]),
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
    if (n.confidence === "low" && !n.notes) {
      ctx.addIssue({ code: "custom", path: ["notes"], message: "must explain why the record is low confidence" });
    }
    if (n.dateApproximate && !n.notes) {
      ctx.addIssue({ code: "custom", path: ["notes"], message: "must explain why the date is approximate" });
    }
  });

export const recipientSchema = z.strictObject({
  /** ISO 3166-1 alpha-2 for countries; a short code for organisations (e.g. NSPA). */
  code: z.string().regex(/^[A-Z0-9-]{2,12}$/, "must be uppercase letters, digits or hyphens"),
  name: text(200),
  kind: z.enum(RECIPIENT_KINDS),
  /** How DSCA names the recipient when it differs from `name` (TECRO for Taiwan). */
  notifiedAs: text(300).nullable(),
  /** A NATO member state, or NATO or one of its agencies. Drives the review period. */
  nato: z.boolean(),
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

export const recipientsFileSchema = z.strictObject({ recipients: z.array(recipientSchema).min(1) });

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
      }),
    )
    .min(1),
});

export type NotificationSeed = z.infer<typeof notificationSchema>;
export type RecipientSeed = z.infer<typeof recipientSchema>;
export type SystemsFile = z.infer<typeof systemsFileSchema>;
export type RecipientsFile = z.infer<typeof recipientsFileSchema>;
