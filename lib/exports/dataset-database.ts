import type { ColumnDoc, DictionaryEntry } from "./columns";
import { FACTS } from "./facts";

/**
 * The published copy of the database (/data/record.sqlite), table by table: what it keeps, and
 * what it leaves out of the site's own file. lib/dataset makes the copy from DATABASE_LEFT_OUT;
 * tests/integration/dataset.test.ts reads every table and column of a real copy and checks it
 * against this dictionary, so a column added by a migration must be described here (or left out).
 */

export type DatabaseTable = { table: string; meaning: string; columns: DictionaryEntry[] };

/** What the copy leaves out: the site's bookkeeping, none of it part of the record. */
export const DATABASE_LEFT_OUT = {
  tables: {
    _prisma_migrations: "which migrations ran on the server, and when",
    DatasetBuild: "the list of the dataset's files, which the copy is one of",
    NotificationSearch: "the full-text search index, derived from the other tables (and SQLite's FTS5 storage under it)",
  },
  columns: {
    "Notification.contentHash": "a hash the seed compares to skip unchanged records",
    "Report.contentHash": "a hash the seed compares to skip unchanged records",
    "Resolution.contentHash": "a hash the seed compares to skip unchanged records",
    "Release.contentHash": "a hash the seed compares to skip unchanged releases",
    "Resolution.sortOn": "an ordering for /congress that puts a made-up day on undated resolutions",
  },
} as const;

const RECORD = "The record.";
const CHANGE_LOG = "The record's change log (seeds/changes.json, docs/data.md).";
const CONTRACTOR_ORIGIN = "The record's list of contractors (seeds/contractors.json, docs/data.md).";
const KEY = "integer (key)";
const BOOL = "0 or 1 (false or true)";
const DATE = "date (YYYY-MM-DD), as text";
const JSON_TEXT = "JSON, as text";
const BIG = "whole number (64-bit)";

const c = (name: string, type: string, doc: ColumnDoc): DictionaryEntry => ({ name, type, ...doc });
const id = (what: string) => c("id", KEY, { meaning: `The ${what}'s row id (other tables refer to it; not stable between builds).`, origin: RECORD });
const ref = (name: string, table: string) => c(name, KEY, { meaning: `The ${table} row it belongs to (${table}.id).`, origin: RECORD });
const position = (what: string) => c("position", "integer", { meaning: `Its place in the ${what}, from 0.`, origin: RECORD });
const sourceKey = (name: string, fact: string) =>
  c(name, "text", { meaning: `The key (Source.key, of the same notification) of the source that gives ${fact}.`, empty: `No source gives ${fact}.`, origin: RECORD });
const SOURCE_FIELDS = "kind, publisher, title, url, publishedOn, supports, key, document";

export const DATABASE_DICTIONARY: readonly DatabaseTable[] = [
  {
    table: "Recipient",
    meaning: "A country or organisation that can buy through Foreign Military Sales.",
    columns: [
      id("recipient"),
      c("code", "text", FACTS.recipientCode),
      c("name", "text", FACTS.recipientName),
      c("kind", "one of: country, organization", { meaning: "A country, or an organisation (NATO's agencies).", origin: RECORD }),
      c("notifiedAs", "text", { meaning: "How DSCA's notifications name it, where that differs from its name (TECRO for Taiwan).", empty: "Named as in name.", origin: FACTS.recipientCode.origin }),
      c("nato", BOOL, { meaning: "A NATO member state, or NATO or one of its agencies (a 15-day review period).", origin: RECORD }),
      c("regionCode", "text", FACTS.recipientRegion),
    ],
  },
  {
    table: "Region",
    meaning: "A U.S. geographic combatant command, whose area of responsibility places each recipient in a region.",
    columns: [
      id("region"),
      c("code", "text", { meaning: "The command's code (EUCOM): Recipient.regionCode refers to it.", origin: FACTS.recipientRegion.origin }),
      c("name", "text", { meaning: "The command's name (U.S. European Command).", origin: FACTS.recipientRegion.origin }),
      c("area", "text", { meaning: "What a reader calls its area (Europe).", origin: FACTS.recipientRegion.origin }),
      c("description", "text", { meaning: "What its area holds, in a sentence.", origin: FACTS.recipientRegion.origin }),
      c("sources", JSON_TEXT, { meaning: "Where the command's area is stated: a list of {publisher, title, url, supports}.", origin: FACTS.recipientRegion.origin }),
    ],
  },
  {
    table: "RecipientContext",
    meaning: "Official context about a recipient (its Foreign Military Sales portfolio, say), each fact with its source.",
    columns: [
      id("fact"),
      ref("recipientId", "Recipient"),
      position("recipient's facts"),
      c("fact", "text", { meaning: "The fact.", origin: RECORD }),
      c("sourceKind", "text", { meaning: "Its source's kind (as Source.kind).", origin: RECORD }),
      c("sourcePublisher", "text", { meaning: "Its source's publisher.", origin: RECORD }),
      c("sourceTitle", "text", { meaning: "Its source's title.", empty: "Untitled.", origin: RECORD }),
      c("sourceUrl", "text", { meaning: "Its source's web address.", empty: "See sourceDocument.", origin: RECORD }),
      c("sourceDocument", "text", { meaning: "A copy kept with the project (seeds/documents/…, served at /documents/…).", empty: "None.", origin: RECORD }),
    ],
  },
  {
    table: "Category",
    meaning: "A kind of weapon system (the record's own grouping).",
    columns: [id("category"), c("slug", "text", { meaning: "Its identifier (the timeline's category filter).", origin: RECORD }), c("name", "text", { meaning: "Its name.", origin: RECORD })],
  },
  {
    table: "System",
    meaning: "A weapon system, under the one name the record gives it.",
    columns: [
      id("system"),
      c("slug", "text", { meaning: "Its identifier; its page is /systems/ and the slug (/systems/m142-himars).", origin: RECORD }),
      c("name", "text", { meaning: "The name the record gives it.", origin: RECORD }),
      ref("categoryId", "Category"),
      c("description", "text", { meaning: "One sourced line on what it is.", empty: "No source the project holds describes it.", origin: RECORD }),
      c("descriptionSourceDocument", "text", { meaning: "The description's source: a copy kept with the project.", empty: "None.", origin: RECORD }),
      c("descriptionSourceKind", "text", { meaning: "The description's source's kind.", empty: "No description.", origin: RECORD }),
      c("descriptionSourcePublisher", "text", { meaning: "The description's source's publisher.", empty: "No description.", origin: RECORD }),
      c("descriptionSourceTitle", "text", { meaning: "The description's source's title.", empty: "Untitled, or no description.", origin: RECORD }),
      c("descriptionSourceUrl", "text", { meaning: "The description's source's web address.", empty: "None.", origin: RECORD }),
    ],
  },
  {
    table: "SystemAlias",
    meaning: "Every name a system is known by (HIMARS and M142 name one system); the filters resolve any of them.",
    columns: [
      id("alias"),
      ref("systemId", "System"),
      c("alias", "text", { meaning: "The name as written.", origin: RECORD }),
      c("normalized", "text", { meaning: "The name lower-cased with punctuation removed: what a typed name is matched against. Unique.", origin: RECORD }),
    ],
  },
  {
    table: "Notification",
    meaning: "A notification to Congress of a proposed Foreign Military Sale: one row per sale (the notifications file's rows).",
    columns: [
      id("notification"),
      c("slug", "text", FACTS.slug),
      c("title", "text", FACTS.title),
      c("summary", "text", FACTS.summary),
      ref("recipientId", "Recipient"),
      c("announcedOn", DATE, FACTS.announcedOn),
      c("dateApproximate", BOOL, FACTS.dateApproximate),
      c("estimatedValueUsd", BIG, FACTS.estimatedValueUsd),
      c("valueMdeUsd", BIG, FACTS.valueMdeUsd),
      c("valueOtherUsd", BIG, FACTS.valueOtherUsd),
      c("transmittalNumber", "text", FACTS.transmittalNumber),
      c("deliveredOn", DATE, FACTS.deliveredOn),
      sourceKey("deliveredSourceKey", "the delivered date"),
      c("recordOn", DATE, FACTS.congressionalRecordOn),
      sourceKey("recordSourceKey", "the Congressional Record date"),
      c("registerOn", DATE, FACTS.federalRegisterOn),
      sourceKey("registerSourceKey", "the Federal Register date"),
      c("implementingAgency", "text", FACTS.implementingAgency),
      c("caseDesignator", "text", FACTS.caseDesignator),
      c("fundingSources", JSON_TEXT, { ...FACTS.fundingSources, meaning: `A JSON list. ${FACTS.fundingSources.meaning}`, empty: "[]: no source the project read gives it." }),
      c("fundingNotes", "text", { meaning: "What the text says about funding, where more than the list above.", empty: "Nothing more.", origin: FACTS.fundingSources.origin }),
      c("implementationNotes", "text", { meaning: "What the text says about carrying the sale out (U.S. personnel in the country, offsets).", empty: "Not recorded.", origin: "The release's implementation and offsets paragraphs." }),
      c("reviewWaived", BOOL, FACTS.reviewWaived),
      c("emergencyBy", "text", FACTS.emergencyDeterminedBy),
      c("emergencyOn", DATE, FACTS.emergencyDeterminedOn),
      sourceKey("emergencySourceKey", "the emergency determination"),
      c("addsToEarlierCase", BOOL, { ...FACTS.addsToEarlierCase, meaning: "True when the sale adds to an earlier case (the next four columns say which)." }),
      c("addsToBelowThreshold", BOOL, { meaning: "1 when the earlier case was below the notification threshold, 0 when it is a notified sale.", empty: "Adds to no earlier case.", origin: FACTS.addsToEarlierCase.origin }),
      c("addsToTransmittal", "text", { meaning: "The earlier notified sale's transmittal number.", empty: "Not given, or none.", origin: FACTS.addsToEarlierCase.origin }),
      c("addsToDescription", "text", { meaning: "The earlier case, as the text describes it.", empty: "Not given, or none.", origin: FACTS.addsToEarlierCase.origin }),
      sourceKey("addsToSourceKey", "the earlier case"),
      c("priorRelatedCases", "text", FACTS.priorRelatedCases),
      c("confidence", "one of: standard, low", { ...FACTS.lowConfidence, meaning: "low when the record rests on weak sources (the notes say why); standard otherwise." }),
      c("notes", "text", { meaning: "The researchers' notes: discrepancies between sources, how a date or figure was worked out.", empty: "None.", origin: "The record's researchers." }),
    ],
  },
  {
    table: "NotificationSystem",
    meaning: "Which systems each notification sells (a notification can name several).",
    columns: [ref("notificationId", "Notification"), ref("systemId", "System"), position("notification's systems")],
  },
  {
    table: "LineItem",
    meaning: "A line of a notification's major defense equipment (kind mde) or other items (kind other): the equipment file's rows.",
    columns: [
      id("line"),
      ref("notificationId", "Notification"),
      position("notification's lines of its kind"),
      c("kind", "one of: mde, other", { meaning: "mde: major defense equipment; other: another article or service.", origin: FACTS.majorDefenseEquipment.origin }),
      c("description", "text", { meaning: "The item, as the notification describes it.", origin: FACTS.majorDefenseEquipment.origin }),
      c("quantity", "integer", { meaning: "How many.", unit: "items, as described", empty: "No number given.", origin: FACTS.majorDefenseEquipment.origin }),
      c("upTo", BOOL, { meaning: "1 when the text says \"up to\" the quantity.", origin: FACTS.majorDefenseEquipment.origin }),
    ],
  },
  {
    table: "PrincipalContractor",
    meaning: "A principal contractor a notification names.",
    columns: [
      id("contractor"),
      ref("notificationId", "Notification"),
      position("notification's contractors"),
      c("name", "text", { meaning: "The contractor.", origin: FACTS.principalContractors.origin }),
      c("location", "text", { meaning: "Where it is, as the release says.", empty: "Not given.", origin: FACTS.principalContractors.origin }),
      c("contractorId", KEY, { meaning: "The company it is (Contractor.id), matched by the name exactly as printed.", empty: "Never empty once seeded: the seed refuses a name no contractor lists.", origin: CONTRACTOR_ORIGIN }),
    ],
  },
  {
    table: "Contractor",
    meaning: "A company, under all the names the releases print for it (Raytheon, Raytheon Company and RTX Corporation are one).",
    columns: [
      id("contractor"),
      c("slug", "text", { meaning: "Its identifier: its page is /contractors/ and the slug.", origin: CONTRACTOR_ORIGIN }),
      c("name", "text", { meaning: "The name the record gives it.", origin: CONTRACTOR_ORIGIN }),
      c("note", "text", { meaning: "What a reader should know about it (a joint venture, a unit of another company).", empty: "None.", origin: CONTRACTOR_ORIGIN }),
      c("history", JSON_TEXT, { meaning: "Its corporate history: a list of {fact, source: {publisher, title, url}}.", origin: CONTRACTOR_ORIGIN }),
    ],
  },
  {
    table: "ContractorName",
    meaning: "A name a release prints for a contractor: principal contractors are linked to their company by it.",
    columns: [
      id("name"),
      ref("contractorId", "Contractor"),
      position("contractor's names"),
      c("name", "text", { meaning: "The name exactly as printed.", origin: CONTRACTOR_ORIGIN }),
      c("unit", BOOL, { meaning: "A unit of the company (Lockheed Martin Rotary and Mission Systems) rather than the company itself.", origin: CONTRACTOR_ORIGIN }),
      c("normalized", "text", { meaning: "The name lower-cased without punctuation: what an address naming it is matched against.", origin: CONTRACTOR_ORIGIN }),
    ],
  },
  {
    table: "ContractorPartner",
    meaning: "A partner in a joint venture.",
    columns: [
      c("jointVentureId", KEY, { meaning: "The joint venture (Contractor.id).", origin: CONTRACTOR_ORIGIN }),
      c("partnerId", KEY, { meaning: "A partner in it (Contractor.id).", origin: CONTRACTOR_ORIGIN }),
      position("joint venture's partners"),
    ],
  },
  {
    table: "Source",
    meaning: "A source of a notification: the sources file's rows.",
    columns: [
      id("source"),
      ref("notificationId", "Notification"),
      position("notification's sources"),
      c("key", "text", { meaning: "Its id within the notification (what the notification's dates and claims cite).", origin: RECORD }),
      c("kind", "text", { meaning: "What it is (official-notice, congressional-record, federal-register, official-record, news-report, official-context, unverified-report).", origin: RECORD }),
      c("publisher", "text", { meaning: "Who published it.", origin: RECORD }),
      c("title", "text", { meaning: "Its title.", empty: "Untitled, or not recorded.", origin: RECORD }),
      c("url", "text", { meaning: "Its web address.", empty: "See document.", origin: RECORD }),
      c("publishedOn", DATE, { meaning: "The day it was published.", empty: "Not recorded.", origin: RECORD }),
      c("document", "text", { meaning: "A copy kept with the project (seeds/documents/…, served at /documents/…), for a source with no public address.", empty: "None.", origin: RECORD }),
      c("supports", "text", { meaning: "What it confirms for the notification, in the researcher's words.", empty: "Not stated.", origin: RECORD }),
      c("reportedValueAmount", BIG, { meaning: "The value as this source reported it in its own words or currency.", unit: "whole units of reportedValueCurrency", empty: "It reports no value of its own.", origin: RECORD }),
      c("reportedValueCurrency", "text", { meaning: "The currency of reportedValueAmount (ISO 4217).", empty: "It reports no value of its own.", origin: RECORD }),
      c("reportedValueText", "text", { meaning: "The value in the source's own words.", empty: "It reports no value of its own.", origin: RECORD }),
      c("via", "text", { meaning: "The published compilation its facts were taken from (atlas), not yet checked against the text itself.", empty: "The project read it itself.", origin: RECORD }),
    ],
  },
  {
    table: "Claim",
    meaning: "A claim circulating about a deal, checked against the record.",
    columns: [
      id("claim"),
      ref("notificationId", "Notification"),
      ref("sourceId", "Source"),
      position("notification's claims"),
      c("claim", "text", { meaning: "The claim, as made (sourceId is where it was made).", origin: "The record's researchers." }),
      c("verdict", "one of: confirmed, consistent, unsupported, contradicted", { meaning: "How it stands against the record.", origin: "The record's researchers." }),
      c("reason", "text", { meaning: "Why it stands so: what in the record confirms, supports or contradicts it.", origin: "The record's researchers." }),
    ],
  },
  {
    table: "Report",
    meaning: "A report to Congress on an earlier sale (§36(b)(5)(C): an enhancement or upgrade, a cost increase) or a correction of its text: shown on the sale it changes, never a sale of its own.",
    columns: [
      id("report"),
      c("slug", "text", { meaning: "Its identifier in the record: its transmittal number in lower case (26-1c), or a slug.", origin: RECORD }),
      ref("notificationId", "Notification"),
      c("kind", "one of: enhancement-or-upgrade, cost-increase, correction", { meaning: "What kind of change it is.", origin: FACTS.laterChanges.origin }),
      c("transmittalNumber", "text", { meaning: "Its own transmittal number (25-0C).", empty: "None given (corrections have none).", origin: FACTS.laterChanges.origin }),
      c("reportedOn", DATE, { meaning: "The day it is dated by: delivered to Congress, else printed in the Record, else published in the Federal Register.", origin: FACTS.laterChanges.origin }),
      c("deliveredOn", DATE, { meaning: "The day it was delivered to Congress.", empty: "No source the project read gives it.", origin: FACTS.laterChanges.origin }),
      c("recordOn", DATE, { meaning: "The day the Congressional Record printed it.", empty: "No source the project read gives it.", origin: FACTS.laterChanges.origin }),
      c("registerOn", DATE, { meaning: "The day the Federal Register published it.", empty: "No source the project read gives it.", origin: FACTS.laterChanges.origin }),
      c("title", "text", { meaning: "What changed, in a line.", origin: FACTS.laterChanges.origin }),
      c("description", "text", { meaning: "What changed, in full.", origin: FACTS.laterChanges.origin }),
      c("valueBeforeUsd", BIG, { meaning: "The sale's value before the change.", unit: FACTS.estimatedValueUsd.unit, empty: "Not given.", origin: FACTS.laterChanges.origin }),
      c("valueAfterUsd", BIG, { meaning: "The sale's value after the change.", unit: FACTS.estimatedValueUsd.unit, empty: "Not given.", origin: FACTS.laterChanges.origin }),
      c("notes", "text", { meaning: "The researchers' notes.", empty: "None.", origin: "The record's researchers." }),
      c("sources", JSON_TEXT, { meaning: `A JSON list of its sources (${SOURCE_FIELDS}).`, origin: RECORD }),
    ],
  },
  {
    table: "Resolution",
    meaning: "A joint resolution of disapproval (S.J.Res. or H.J.Res., Arms Export Control Act §36(b)) aimed at sales in the record.",
    columns: [
      id("resolution"),
      c("slug", "text", { meaning: "Its identifier: Congress, type and number (119-sjres-33).", origin: "Congress.gov." }),
      c("congress", "integer", { meaning: "The Congress it was introduced in (119 for 2025–2026).", origin: "Congress.gov." }),
      c("type", "one of: sjres, hjres", { meaning: "A Senate (S.J.Res.) or House (H.J.Res.) joint resolution.", origin: "Congress.gov." }),
      c("number", "integer", { meaning: "Its number.", origin: "Congress.gov." }),
      c("sponsorName", "text", { meaning: "The member who introduced it.", origin: "Congress.gov." }),
      c("sponsorParty", "text", { meaning: "The sponsor's party: D, R or I.", origin: "Congress.gov." }),
      c("sponsorState", "text", { meaning: "The sponsor's state (two-letter postal code).", origin: "Congress.gov." }),
      c("cosponsors", JSON_TEXT, { meaning: "A JSON list of the co-sponsors a source names ({name, party, state}).", empty: "[]: none named (not \"none\").", origin: "Congress.gov." }),
      c("introducedOn", DATE, { meaning: "The day it was introduced.", empty: "No source the project read gives the day.", origin: "Congress.gov." }),
      c("summary", "text", { meaning: "What it would block, in a line.", origin: RECORD }),
      c("actions", JSON_TEXT, { meaning: "A JSON list of what happened to it ({on, text, sourceKey}), in order.", origin: "Congress.gov." }),
      c("becameLawOn", DATE, { meaning: "The day it became law: the only thing that blocks a sale.", empty: "Not enacted.", origin: "Congress.gov." }),
      c("becameLawPublicLaw", "text", { meaning: "Its public law number.", empty: "Not enacted.", origin: "Congress.gov." }),
      c("becameLawSourceKey", "text", { meaning: "The key (in sources) of the source that shows it enacted.", empty: "Not enacted.", origin: RECORD }),
      c("confidence", "one of: standard, low", { meaning: "low when the record rests on weak sources (the notes say why).", origin: "The record's researchers." }),
      c("notes", "text", { meaning: "The researchers' notes.", empty: "None.", origin: "The record's researchers." }),
      c("sources", JSON_TEXT, { meaning: `A JSON list of its sources (${SOURCE_FIELDS}).`, origin: RECORD }),
    ],
  },
  {
    table: "ResolutionTarget",
    meaning: "A sale a resolution is aimed at, as the resolution names it.",
    columns: [
      ref("resolutionId", "Resolution"),
      ref("notificationId", "Notification"),
      position("resolution's targets"),
      c("named", "text", { meaning: "How the resolution names the sale (Transmittal No. 25-34, or a description).", origin: "Congress.gov." }),
    ],
  },
  {
    table: "ResolutionVote",
    meaning: "A floor vote on a resolution, or on a motion about it (to discharge a committee).",
    columns: [
      id("vote"),
      ref("resolutionId", "Resolution"),
      position("resolution's votes"),
      c("chamber", "one of: senate, house", { meaning: "The chamber that voted.", origin: "Congress.gov." }),
      c("votedOn", DATE, { meaning: "The day of the vote.", empty: "No source the project read gives the day.", origin: "Congress.gov." }),
      c("question", "text", { meaning: "What was voted on.", origin: "Congress.gov." }),
      c("threshold", "one of: simple-majority, two-thirds", { meaning: "The majority it needed.", origin: "Congress.gov." }),
      c("yeas", "integer", { meaning: "Votes for.", unit: "members", origin: "Congress.gov." }),
      c("nays", "integer", { meaning: "Votes against.", unit: "members", origin: "Congress.gov." }),
      c("present", "integer", { meaning: "Members voting present.", unit: "members", empty: "The source does not split the rest of the chamber between present and not voting.", origin: "Congress.gov." }),
      c("notVoting", "integer", { meaning: "Members not voting.", unit: "members", empty: "The source does not split the rest of the chamber between present and not voting.", origin: "Congress.gov." }),
      c("result", "one of: agreed, rejected", { meaning: "Whether the question was agreed to.", origin: "Congress.gov." }),
      c("rollCall", "integer", { meaning: "The roll call's number.", empty: "Not recorded (or a voice vote).", origin: "Congress.gov." }),
      c("sourceKey", "text", { meaning: "The key (in the resolution's sources) of the source that gives the vote.", origin: RECORD }),
    ],
  },
  {
    table: "Release",
    meaning: "A release of the record: one day's additions, changes, renames and removals (the change history, /changes).",
    columns: [
      c("id", KEY, { meaning: "The release's place in the change log, from 1 (oldest first); RecordChange.releaseId refers to it.", origin: CHANGE_LOG }),
      c("date", DATE, { meaning: "The day of the release.", origin: CHANGE_LOG }),
      c("added", "integer", { meaning: "How many records it added.", origin: CHANGE_LOG }),
      c("changed", "integer", { meaning: "How many records it changed.", origin: CHANGE_LOG }),
      c("renamed", "integer", { meaning: "How many records it gave a new slug.", origin: CHANGE_LOG }),
      c("removed", "integer", { meaning: "How many records it removed.", origin: CHANGE_LOG }),
    ],
  },
  {
    table: "RecordChange",
    meaning: "One record in one release: added, changed (field by field), renamed or removed, by slug.",
    columns: [
      c("id", KEY, { meaning: "The row id (not stable between builds).", origin: CHANGE_LOG }),
      ref("releaseId", "Release"),
      c("kind", "one of: added, changed, renamed, removed", { meaning: "What the release did to the record.", origin: CHANGE_LOG }),
      c("slug", "text", { meaning: "The record's slug after the release (Notification.slug while it is in the record; a removed record's last slug).", origin: CHANGE_LOG }),
      c("fromSlug", "text", { meaning: "A renamed record's slug before the release: its old address redirects to the new one.", empty: "Not a rename.", origin: CHANGE_LOG }),
      c("fields", JSON_TEXT, {
        meaning: "The fields changed: a list of {field, before, after, source, added, removed}; before and after are given for short values (dates, dollars, numbers, codes), lengths for lists, nothing for long texts (\"notes changed\"); source is the record's source that supports the new value, where it names one.",
        empty: "[] for an addition, a rename or a removal.",
        origin: CHANGE_LOG,
      }),
      position("release's list of that kind"),
    ],
  },
];
