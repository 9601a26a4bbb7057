import { CHAMBERS, COMPILATION_IDS, FUNDING_SOURCES, REGION_CODES, REPORT_KINDS, SOURCE_KINDS, SOURCING_KINDS, VOTE_RESULTS, VOTE_THRESHOLDS } from "@/lib/domain";
import { FACTS } from "./facts";
import type { JsonField, Scalar } from "./fields";

/**
 * A notification as the JSON API (/api/notifications) and the dataset's JSON file publish it
 * (ApiNotification in api.ts), field by field: its schema in the OpenAPI description and its
 * lines in the data dictionary come from here. tests/integration/openapi.test.ts checks real
 * responses against the schema, so a field added to ApiNotification and not here fails.
 */

const text: Scalar = { type: "string" };
const date: Scalar = { type: "string", format: "date" };
const url: Scalar = { type: "string", format: "uri" };
const whole: Scalar = { type: "integer" };
const count: Scalar = { type: "integer", minimum: 0 };
const flag: Scalar = { type: "boolean" };
const usd: Scalar = { type: "integer", minimum: 0 };
const transmittal: Scalar = { type: "string", pattern: "^[0-9]{2}-[0-9]{2,3}$" };

const RECORD = "The record.";
const CONGRESS = "Congress.gov and the Congressional Record.";

export const NOTIFICATION_FIELDS: readonly JsonField[] = [
  { name: "slug", scalar: text, doc: FACTS.slug },
  { name: "url", scalar: url, doc: FACTS.url },
  { name: "title", scalar: text, doc: FACTS.title },
  { name: "summary", scalar: text, doc: FACTS.summary },
  { name: "announcedOn", scalar: date, doc: FACTS.announcedOn },
  { name: "dateApproximate", scalar: flag, doc: FACTS.dateApproximate },
  { name: "estimatedValueUsd", scalar: usd, doc: { ...FACTS.estimatedValueUsd, meaning: `${FACTS.estimatedValueUsd.meaning} A JSON number, exact: the record caps values at 2^53 − 1.` } },
  { name: "lowConfidence", scalar: flag, doc: FACTS.lowConfidence },
  {
    name: "recipient",
    doc: { meaning: "The buyer.", origin: FACTS.recipientCode.origin },
    fields: [
      { name: "code", scalar: text, doc: FACTS.recipientCode },
      { name: "name", scalar: text, doc: FACTS.recipientName },
      { name: "region", nullable: true, scalar: { type: "string", enum: REGION_CODES }, doc: FACTS.recipientRegion },
    ],
  },
  {
    name: "systems",
    doc: FACTS.systems,
    items: [
      { name: "slug", scalar: text, doc: { meaning: "The system's identifier in the record; its page is /systems/ and the slug (/systems/m142-himars).", origin: RECORD } },
      { name: "name", scalar: text, doc: { meaning: "The one name the record gives the system.", origin: RECORD } },
      {
        name: "category",
        doc: FACTS.categories,
        fields: [
          { name: "slug", scalar: text, doc: { meaning: "The category's identifier in the record (the timeline's category filter).", origin: RECORD } },
          { name: "name", scalar: text, doc: { meaning: "The category's name.", origin: RECORD } },
        ],
      },
    ],
  },
  { name: "transmittalNumber", nullable: true, scalar: transmittal, doc: FACTS.transmittalNumber },
  { name: "reviewWaived", scalar: flag, doc: FACTS.reviewWaived },
  {
    name: "majorDefenseEquipment",
    doc: FACTS.majorDefenseEquipment,
    items: [
      { name: "description", scalar: text, doc: { meaning: "The item, as the notification describes it.", origin: FACTS.majorDefenseEquipment.origin } },
      { name: "quantity", nullable: true, scalar: count, doc: { meaning: "How many.", unit: "items, as described (launchers, missiles, rounds…)", empty: "No number given.", origin: FACTS.majorDefenseEquipment.origin } },
      { name: "upTo", scalar: flag, doc: { meaning: "True when the text says \"up to\" the quantity.", origin: FACTS.majorDefenseEquipment.origin } },
    ],
  },
  { name: "otherItems", list: text, doc: FACTS.otherItems },
  {
    name: "principalContractors",
    doc: FACTS.principalContractors,
    items: [
      { name: "name", scalar: text, doc: { meaning: "The contractor.", origin: FACTS.principalContractors.origin } },
      { name: "location", nullable: true, scalar: text, doc: { meaning: "Where it is, as the release says (Grand Prairie, Texas).", empty: "Not given.", origin: FACTS.principalContractors.origin } },
    ],
  },
  {
    name: "sources",
    doc: FACTS.sources,
    items: [
      { name: "publisher", scalar: text, doc: { meaning: "Who published it (DSCA, Reuters, the Congressional Record).", origin: RECORD } },
      { name: "title", nullable: true, scalar: text, doc: { meaning: "Its title.", empty: "Untitled, or not recorded.", origin: RECORD } },
      { name: "url", nullable: true, scalar: url, doc: { meaning: "Its web address (http and https only).", empty: "No web address: a document kept with the project, or a link that is not http(s).", origin: RECORD } },
      { name: "kind", scalar: { type: "string", enum: SOURCE_KINDS }, doc: SOURCE_KIND_DOC() },
      {
        name: "via",
        nullable: true,
        scalar: { type: "string", enum: COMPILATION_IDS },
        doc: { meaning: "The published compilation the source's facts were taken from (atlas: the compilation of DSCA's releases credited in the project's docs/data.md).", empty: "The project read the source itself.", origin: RECORD },
      },
    ],
  },
  { name: "valueMdeUsd", nullable: true, scalar: usd, doc: FACTS.valueMdeUsd },
  { name: "valueOtherUsd", nullable: true, scalar: usd, doc: FACTS.valueOtherUsd },
  { name: "deliveredOn", nullable: true, scalar: date, doc: FACTS.deliveredOn },
  { name: "congressionalRecordOn", nullable: true, scalar: date, doc: FACTS.congressionalRecordOn },
  { name: "federalRegisterOn", nullable: true, scalar: date, doc: FACTS.federalRegisterOn },
  { name: "implementingAgency", nullable: true, scalar: text, doc: FACTS.implementingAgency },
  { name: "caseDesignator", nullable: true, scalar: text, doc: FACTS.caseDesignator },
  { name: "fundingSources", list: { type: "string", enum: FUNDING_SOURCES }, doc: FACTS.fundingSources },
  {
    name: "emergency",
    nullable: true,
    doc: { meaning: "The emergency determination that waived Congress's review.", empty: "Not an emergency sale.", origin: FACTS.emergencyDeterminedBy.origin },
    fields: [
      { name: "determinedBy", nullable: true, scalar: text, doc: FACTS.emergencyDeterminedBy },
      { name: "determinedOn", nullable: true, scalar: date, doc: FACTS.emergencyDeterminedOn },
    ],
  },
  {
    name: "addsToEarlierCase",
    nullable: true,
    doc: FACTS.addsToEarlierCase,
    fields: [
      { name: "belowThreshold", scalar: flag, doc: { meaning: "True when the earlier case was below the notification threshold (so never notified); false when it is a notified sale.", origin: FACTS.addsToEarlierCase.origin } },
      { name: "transmittalNumber", nullable: true, scalar: text, doc: { meaning: "The earlier notified sale's transmittal number.", empty: "Not given, or the earlier case was never notified.", origin: FACTS.addsToEarlierCase.origin } },
      { name: "description", nullable: true, scalar: text, doc: { meaning: "The earlier case, as the text describes it.", empty: "Not given.", origin: FACTS.addsToEarlierCase.origin } },
    ],
  },
  { name: "priorRelatedCases", nullable: true, scalar: text, doc: FACTS.priorRelatedCases },
  {
    name: "laterChanges",
    doc: FACTS.laterChanges,
    items: [
      { name: "kind", scalar: { type: "string", enum: REPORT_KINDS }, doc: { meaning: "An enhancement or upgrade, a cost increase (both §36(b)(5)(C) reports), or a correction.", origin: FACTS.laterChanges.origin } },
      { name: "transmittalNumber", nullable: true, scalar: text, doc: { meaning: "The report's own transmittal number (25-0C).", empty: "Not given (corrections have none).", origin: FACTS.laterChanges.origin } },
      { name: "reportedOn", scalar: date, doc: { meaning: "The day it is dated by: delivered to Congress, else printed in the Record, else published in the Federal Register.", origin: FACTS.laterChanges.origin } },
      { name: "title", scalar: text, doc: { meaning: "What changed, in a line.", origin: FACTS.laterChanges.origin } },
      { name: "valueBeforeUsd", nullable: true, scalar: usd, doc: { meaning: "The sale's value before the change.", unit: FACTS.estimatedValueUsd.unit, empty: "The change gives none.", origin: FACTS.laterChanges.origin } },
      { name: "valueAfterUsd", nullable: true, scalar: usd, doc: { meaning: "The sale's value after the change.", unit: FACTS.estimatedValueUsd.unit, empty: "The change gives none.", origin: FACTS.laterChanges.origin } },
    ],
  },
  { name: "officialText", scalar: flag, doc: FACTS.officialText },
  { name: "sourcing", scalar: { type: "string", enum: SOURCING_KINDS }, doc: FACTS.sourcing },
  {
    name: "resolutions",
    doc: FACTS.resolutions,
    items: [
      { name: "id", scalar: { type: "string", pattern: "^[0-9]+-(?:sjres|hjres)-[0-9]+$" }, doc: { meaning: "The resolution's identifier: its Congress, type and number (119-sjres-33).", origin: CONGRESS } },
      { name: "label", scalar: text, doc: { meaning: "Its number as printed (S.J.Res. 33).", origin: CONGRESS } },
      { name: "congress", scalar: whole, doc: { meaning: "The Congress it was introduced in (119 for 2025–2026).", origin: CONGRESS } },
      { name: "chamber", scalar: { type: "string", enum: CHAMBERS }, doc: { meaning: "The chamber it was introduced in.", origin: CONGRESS } },
      { name: "url", scalar: url, doc: { meaning: "Its page on congress.gov.", origin: CONGRESS } },
      {
        name: "sponsor",
        doc: { meaning: "The member who introduced it.", origin: CONGRESS },
        fields: [
          { name: "name", scalar: text, doc: { meaning: "The sponsor's name.", origin: CONGRESS } },
          { name: "party", scalar: text, doc: { meaning: "Party: D, R or I.", origin: CONGRESS } },
          { name: "state", scalar: text, doc: { meaning: "State, as its two-letter postal code.", origin: CONGRESS } },
        ],
      },
      { name: "introducedOn", nullable: true, scalar: date, doc: { meaning: "The day it was introduced.", empty: "No source the project read gives the day.", origin: CONGRESS } },
      { name: "namedAs", scalar: text, doc: { meaning: "How the resolution names this sale (Transmittal No. 25-34, or a description).", origin: CONGRESS } },
      {
        name: "votes",
        doc: { meaning: "Its floor votes (including votes on motions about it, such as to discharge a committee), in order.", empty: "No floor vote recorded.", origin: CONGRESS },
        items: [
          { name: "chamber", scalar: { type: "string", enum: CHAMBERS }, doc: { meaning: "The chamber that voted.", origin: CONGRESS } },
          { name: "on", nullable: true, scalar: date, doc: { meaning: "The day of the vote.", empty: "No source the project read gives the day.", origin: CONGRESS } },
          { name: "question", scalar: text, doc: { meaning: "What was voted on (Motion to discharge the Committee on Foreign Relations).", origin: CONGRESS } },
          { name: "threshold", scalar: { type: "string", enum: VOTE_THRESHOLDS }, doc: { meaning: "The majority it needed.", origin: CONGRESS } },
          { name: "yeas", scalar: count, doc: { meaning: "Votes for.", unit: "members", origin: CONGRESS } },
          { name: "nays", scalar: count, doc: { meaning: "Votes against.", unit: "members", origin: CONGRESS } },
          { name: "present", nullable: true, scalar: count, doc: { meaning: "Members voting present.", unit: "members", empty: "The source does not split the rest of the chamber between present and not voting.", origin: CONGRESS } },
          { name: "notVoting", nullable: true, scalar: count, doc: { meaning: "Members not voting.", unit: "members", empty: "The source does not split the rest of the chamber between present and not voting.", origin: CONGRESS } },
          { name: "result", scalar: { type: "string", enum: VOTE_RESULTS }, doc: { meaning: "Whether the question was agreed to.", origin: CONGRESS } },
          { name: "rollCall", nullable: true, scalar: count, doc: { meaning: "The roll call's number.", empty: "Not recorded (or a voice vote).", origin: CONGRESS } },
        ],
      },
      {
        name: "becameLaw",
        nullable: true,
        doc: { meaning: "Set only when a source shows the resolution enacted: the only thing that blocks a sale.", empty: "Not enacted.", origin: CONGRESS },
        fields: [
          { name: "on", scalar: date, doc: { meaning: "The day it became law.", origin: CONGRESS } },
          { name: "publicLaw", scalar: text, doc: { meaning: "Its public law number.", origin: CONGRESS } },
        ],
      },
    ],
  },
  {
    name: "citation",
    doc: {
      meaning:
        "How to cite the record: the same citation as plain text, BibTeX and CSL-JSON, with its stable URL, transmittal number (where known), recipient and title, the record's date, and the retrieval date (the day the response was made, in Washington; for the dataset's record.json, the day the file was built).",
      origin: RECORD,
    },
    fields: [
      { name: "text", scalar: text, doc: { meaning: "The citation as a sentence, author-date style: FMS Timeline (2025). Canada: … [Foreign Military Sales notification to Congress, Transmittal No. 25-34, announced 1 October 2025]. Retrieved 1 December 2026, from https://…", origin: RECORD } },
      { name: "bibtex", scalar: text, doc: { meaning: "A BibTeX @misc entry, keyed fms-timeline- and the slug (a key that never changes), TeX's special characters escaped.", origin: RECORD } },
      {
        name: "csl",
        doc: { meaning: "A CSL-JSON item (type dataset), as Zotero, Pandoc and citeproc read it.", origin: RECORD },
        fields: [
          { name: "id", scalar: text, doc: { meaning: "The citation key: fms-timeline- and the slug.", origin: RECORD } },
          { name: "type", scalar: { type: "string", enum: ["dataset"] }, doc: { meaning: "The CSL item type: a record of a dataset.", origin: RECORD } },
          { name: "title", scalar: text, doc: { meaning: "The recipient and the notification's title.", origin: RECORD } },
          { name: "genre", scalar: text, doc: { meaning: "What the record is: a Foreign Military Sales notification to Congress.", origin: RECORD } },
          { name: "container-title", scalar: text, doc: { meaning: "The collection it is part of: FMS Timeline.", origin: RECORD } },
          { name: "publisher", scalar: text, doc: { meaning: "Its publisher: FMS Timeline.", origin: RECORD } },
          { name: "URL", scalar: url, doc: { meaning: "The record's stable address (its deal page).", origin: RECORD } },
          { name: "number", optional: true, scalar: transmittal, doc: { meaning: "The sale's transmittal number.", empty: "Absent: no official text gives it.", origin: FACTS.transmittalNumber.origin } },
          {
            name: "issued",
            doc: { meaning: "The record's date: the day the change log last changed, renamed or added the record, or, for a record the log does not list, the day the notification was announced.", origin: RECORD },
            fields: [{ name: "date-parts", lists: whole, doc: { meaning: "[[year, month, day]]", origin: RECORD } }],
          },
          {
            name: "accessed",
            doc: { meaning: "The retrieval date: the day the response was made, in Washington.", origin: RECORD },
            fields: [{ name: "date-parts", lists: whole, doc: { meaning: "[[year, month, day]]", origin: RECORD } }],
          },
        ],
      },
    ],
  },
];

/** What each kind of source is (lib/domain/kinds.ts). */
function SOURCE_KIND_DOC() {
  return {
    meaning:
      "What the source is. official-notice: the press release (DSCA's, the State Department's since 2026); congressional-record and federal-register: the notification as printed there (these three are official texts of the notification); official-record: other official records (congress.gov, roll calls); news-report; official-context: official background that is not the notification; unverified-report: a summary the project could not check against the original.",
    origin: RECORD,
  };
}
