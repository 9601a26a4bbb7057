import "server-only";
import { cache } from "react";
import { cachedView, type Db } from "@/lib/db";
import type { ClaimDetail, ContextFact, FundingSource, NotificationDetail, PrincipalContractorRef, ReportDetail, SourceDetail } from "@/lib/domain";
import { Prisma } from "@/lib/generated/prisma/client";
import { ENTRY_COLUMNS, toEntry, type EntryRow } from "./notification-sql";

/** The official record's columns of a notification, shared by the deal page and the exports. */
export const RECORD_COLUMNS = Prisma.sql`CAST(n.valueMdeUsd AS TEXT) AS valueMdeUsd, CAST(n.valueOtherUsd AS TEXT) AS valueOtherUsd,
  n.deliveredOn AS deliveredOn, n.deliveredSourceKey AS deliveredSourceKey, n.recordOn AS congressionalRecordOn, n.recordSourceKey AS congressionalRecordSourceKey,
  n.registerOn AS federalRegisterOn, n.registerSourceKey AS federalRegisterSourceKey, n.implementingAgency AS implementingAgency, n.caseDesignator AS caseDesignator,
  n.fundingSources AS fundingSources, n.emergencyBy AS emergencyBy, n.emergencyOn AS emergencyOn, n.emergencySourceKey AS emergencySourceKey,
  n.addsToEarlierCase AS addsToEarlierCase, n.addsToBelowThreshold AS addsToBelowThreshold, n.addsToTransmittal AS addsToTransmittal,
  n.addsToDescription AS addsToDescription, n.addsToSourceKey AS addsToSourceKey, n.priorRelatedCases AS priorRelatedCases,
  (SELECT json_group_array(json_object('slug', rp.slug, 'kind', rp.kind, 'transmittalNumber', rp.transmittalNumber, 'reportedOn', rp.reportedOn,
      'deliveredOn', rp.deliveredOn, 'congressionalRecordOn', rp.recordOn, 'federalRegisterOn', rp.registerOn, 'title', rp.title, 'description', rp.description,
      'valueBeforeUsd', CAST(rp.valueBeforeUsd AS TEXT), 'valueAfterUsd', CAST(rp.valueAfterUsd AS TEXT), 'notes', rp.notes, 'sources', json(rp.sources))
      ORDER BY rp.reportedOn, rp.slug)
   FROM Report rp WHERE rp.notificationId = n.id) AS reports`;

export type RecordRow = {
  valueMdeUsd: string | null;
  valueOtherUsd: string | null;
  deliveredOn: string | null;
  deliveredSourceKey: string | null;
  congressionalRecordOn: string | null;
  congressionalRecordSourceKey: string | null;
  federalRegisterOn: string | null;
  federalRegisterSourceKey: string | null;
  implementingAgency: string | null;
  caseDesignator: string | null;
  fundingSources: string;
  emergencyBy: string | null;
  emergencyOn: string | null;
  emergencySourceKey: string | null;
  addsToEarlierCase: boolean | number | bigint;
  addsToBelowThreshold: boolean | number | bigint | null;
  addsToTransmittal: string | null;
  addsToDescription: string | null;
  addsToSourceKey: string | null;
  priorRelatedCases: string | null;
  /** JSON array, oldest first; amounts as text. */
  reports: string;
};

type ReportJson = Omit<ReportDetail, "valueBeforeUsd" | "valueAfterUsd"> & { valueBeforeUsd: string | null; valueAfterUsd: string | null };

const bigOrNull = (text: string | null) => (text === null ? null : BigInt(text));
/** A date of the official record counts only with the source that gives it (the seed keeps them together). */
const dated = (on: string | null, sourceKey: string | null) => (on && sourceKey ? on : null);
const sourced = (on: string | null, sourceKey: string | null) => (on && sourceKey ? sourceKey : null);

/** The official record's facts of a row, as the deal page and the exports show them. */
export function toRecord(row: RecordRow) {
  return {
    valueMdeUsd: bigOrNull(row.valueMdeUsd),
    valueOtherUsd: bigOrNull(row.valueOtherUsd),
    deliveredOn: dated(row.deliveredOn, row.deliveredSourceKey),
    congressionalRecordOn: dated(row.congressionalRecordOn, row.congressionalRecordSourceKey),
    federalRegisterOn: dated(row.federalRegisterOn, row.federalRegisterSourceKey),
    dateSources: {
      deliveredOn: sourced(row.deliveredOn, row.deliveredSourceKey),
      congressionalRecordOn: sourced(row.congressionalRecordOn, row.congressionalRecordSourceKey),
      federalRegisterOn: sourced(row.federalRegisterOn, row.federalRegisterSourceKey),
    },
    implementingAgency: row.implementingAgency,
    caseDesignator: row.caseDesignator,
    fundingSources: JSON.parse(row.fundingSources) as FundingSource[],
    emergency: row.emergencySourceKey ? { determinedBy: row.emergencyBy, determinedOn: row.emergencyOn, sourceKey: row.emergencySourceKey } : null,
    addsToEarlierCase: row.addsToEarlierCase
      ? { belowThreshold: Boolean(row.addsToBelowThreshold), transmittalNumber: row.addsToTransmittal, description: row.addsToDescription, sourceKey: row.addsToSourceKey! }
      : null,
    priorRelatedCases: row.priorRelatedCases,
    reports: (JSON.parse(row.reports) as ReportJson[]).map((r) => ({ ...r, valueBeforeUsd: bigOrNull(r.valueBeforeUsd), valueAfterUsd: bigOrNull(r.valueAfterUsd) })),
  };
}

/** One notification with everything its deal page shows, or null for an unknown slug. */
export const getNotification = cache((slug: string): Promise<NotificationDetail | null> => cachedView(`notification/${slug}`, (db) => queryNotification(db, slug)));

type NotificationRow = EntryRow &
  RecordRow & {
  recipientNato: boolean | number | bigint;
  fundingNotes: string | null;
  implementationNotes: string | null;
  notes: string | null;
  /** The earlier sale this one adds to, when the record holds it. */
  earlierSlug: string | null;
  earlierTitle: string | null;
  earlierAnnouncedOn: string | null;
  /** JSON arrays, each in the record's order. */
  context: string;
  lineItems: string;
  contractors: string;
  sources: string;
  claims: string;
};

type SourceJson = Omit<SourceDetail, "reportedValue"> & { amount: string | null; currency: string | null; text: string | null };

/** A deal page in one query: the record's lists come as JSON columns (amounts as text, so they stay exact). */
async function queryNotification(db: Db, slug: string): Promise<NotificationDetail | null> {
  const [row] = await db.$queryRaw<NotificationRow[]>`
      SELECT ${ENTRY_COLUMNS}, ${RECORD_COLUMNS}, r.nato AS recipientNato, n.fundingNotes AS fundingNotes,
        n.implementationNotes AS implementationNotes, n.notes AS notes,
        e.slug AS earlierSlug, e.title AS earlierTitle, e.announcedOn AS earlierAnnouncedOn,
        (SELECT json_group_array(json_object('fact', x.fact, 'source', json_object('kind', x.sourceKind, 'publisher', x.sourcePublisher,
            'title', x.sourceTitle, 'url', x.sourceUrl, 'document', x.sourceDocument)) ORDER BY x.position)
         FROM RecipientContext x WHERE x.recipientId = r.id) AS context,
        (SELECT json_group_array(json_array(l.kind, l.description, l.quantity, l.upTo) ORDER BY l.kind, l.position) FROM LineItem l WHERE l.notificationId = n.id) AS lineItems,
        (SELECT json_group_array(json_object('name', pc.name, 'location', pc.location, 'contractor', CASE WHEN k.id IS NULL THEN NULL ELSE json_object('slug', k.slug, 'name', k.name) END) ORDER BY pc.position)
         FROM PrincipalContractor pc LEFT JOIN Contractor k ON k.id = pc.contractorId WHERE pc.notificationId = n.id) AS contractors,
        (SELECT json_group_array(json_object('key', so.key, 'kind', so.kind, 'publisher', so.publisher, 'title', so.title, 'url', so.url,
            'publishedOn', so.publishedOn, 'document', so.document, 'supports', so.supports, 'amount', CAST(so.reportedValueAmount AS TEXT),
            'currency', so.reportedValueCurrency, 'text', so.reportedValueText, 'via', so.via) ORDER BY so.position)
         FROM Source so WHERE so.notificationId = n.id) AS sources,
        (SELECT json_group_array(json_object('claim', cl.claim, 'verdict', cl.verdict, 'reason', cl.reason,
            'source', json_object('key', so.key, 'publisher', so.publisher)) ORDER BY cl.position)
         FROM Claim cl JOIN Source so ON so.id = cl.sourceId WHERE cl.notificationId = n.id) AS claims
      FROM Notification n JOIN Recipient r ON r.id = n.recipientId LEFT JOIN Notification e ON e.transmittalNumber = n.addsToTransmittal
      WHERE n.slug = ${slug}`;
  if (!row) return null;
  const lineItems = JSON.parse(row.lineItems) as [string, string, number | null, number][];
  const sources: SourceDetail[] = (JSON.parse(row.sources) as SourceJson[]).map(({ amount, currency, text, ...s }) => ({
    ...s,
    reportedValue: amount !== null && currency && text ? { amount: BigInt(amount), currency, text } : null,
  }));
  const entry = toEntry(row);
  const record = toRecord(row);
  return {
    ...entry,
    ...record,
    addsToEarlierCase: record.addsToEarlierCase && {
      ...record.addsToEarlierCase,
      sale: row.earlierSlug ? { slug: row.earlierSlug, title: row.earlierTitle!, announcedOn: row.earlierAnnouncedOn! } : null,
    },
    recipient: { ...entry.recipient, nato: Boolean(row.recipientNato), context: JSON.parse(row.context) as ContextFact[] },
    majorDefenseEquipment: lineItems.filter(([kind]) => kind === "mde").map(([, description, quantity, upTo]) => ({ description, quantity, upTo: Boolean(upTo) })),
    otherItems: lineItems.filter(([kind]) => kind === "other").map(([, description]) => description),
    principalContractors: JSON.parse(row.contractors) as PrincipalContractorRef[],
    fundingNotes: row.fundingNotes,
    implementationNotes: row.implementationNotes,
    notes: row.notes,
    sources,
    claims: JSON.parse(row.claims) as ClaimDetail[],
  };
}
