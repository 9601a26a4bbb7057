import type { ColumnDoc } from "./columns";

/**
 * What each fact of a notification is, written once for the data dictionary (/data): the CSV
 * column, the JSON field and the database column that hold the same fact share its entry here.
 * "Paragraph (ii)" and the like are the numbered paragraphs of the notification's "Notice of
 * Proposed Issuance of Letter of Offer" (Arms Export Control Act §36(b)(1)), as DSCA (since
 * 2026 the State Department) sends it to Congress and the Congressional Record and the Federal
 * Register print it.
 */

const NOT_FOUND = "No source the project read gives it (it is missing from the record, not absent from the sale).";
const USD = "U.S. dollars, whole (no cents), in the year's own dollars (not adjusted for inflation)";

export const FACTS = {
  slug: {
    meaning: "The notification's identifier in this record: its announcement date, recipient and main system. Stable: it is the deal page's address, and the key the equipment and sources files refer to.",
    origin: "The record (the name of the notification's file in seeds/).",
  },
  url: {
    meaning: "The notification's page on this site, with every fact and its sources.",
    origin: "The record.",
  },
  announcedOn: {
    meaning: "The day the sale was announced: the date of DSCA's press release (the State Department's since 2026), or of the first report of it. The timeline's date; not the day it was delivered to Congress.",
    origin: "The press release, or the reporting of it.",
  },
  dateApproximate: {
    meaning: "True when the announcement day is worked out (from a report's own date, or its wording such as \"on Thursday\") rather than read from a dated source; the deal page's notes say how.",
    origin: "The record's researchers.",
  },
  recipientCode: {
    meaning: "The buyer: an ISO 3166-1 alpha-2 code for a country (CA), a short code for an organisation (NSPA, the NATO Support and Procurement Agency).",
    origin: "Paragraph (i), Prospective Purchaser.",
  },
  recipientRegion: {
    meaning: "The U.S. geographic combatant command whose area of responsibility holds the recipient (AFRICOM, CENTCOM, EUCOM, INDOPACOM, NORTHCOM, SOUTHCOM), as the Unified Command Plan draws them; an organisation (NATO, NSPA) is placed where it sits.",
    empty: "The recipient has no region in the record.",
    origin: "The record's list of recipients (seeds/recipients.json), from the commands' own pages (docs/data.md).",
  },
  recipientName: {
    meaning: "The buyer's name as the record writes it (Türkiye).",
    origin: "Paragraph (i), Prospective Purchaser.",
  },
  systems: {
    meaning: "The weapon systems sold, each under the one name the record gives it whatever the notification calls it (HIMARS and M142 are one system). Every notification names at least one.",
    origin: "The record's reading of paragraph (iii) and the release's title.",
  },
  categories: {
    meaning: "The kinds of weapon the systems are (Rocket artillery, Air-to-air missile): the record's own grouping.",
    origin: "The record.",
  },
  title: {
    meaning: "What is sold, in a line: the record's title, after the release's headline.",
    origin: "The press release's headline, as the record writes it.",
  },
  summary: {
    meaning: "A paragraph on the sale, written for the record from its sources.",
    origin: "The record's researchers, from the sources.",
  },
  estimatedValueUsd: {
    meaning: "The estimated total value: a ceiling (what the sale may cost if every item is bought at the estimate), not a contract price. Many notified sales are bought in part, later, or not at all.",
    unit: USD,
    origin: "Paragraph (ii), Total Estimated Value (the release's \"estimated cost\").",
  },
  majorDefenseEquipment: {
    meaning: "Major defense equipment (MDE): items on the U.S. Munitions List whose development or production cost passes the law's thresholds, with their quantities.",
    empty: "None recorded: the sale includes no MDE, or its sources list none.",
    origin: "Paragraph (iii), Major Defense Equipment.",
  },
  otherItems: {
    meaning: "The other articles and services included (non-MDE): spares, support equipment, training, logistics.",
    empty: "None recorded.",
    origin: "Paragraph (iii), Non-MDE, or the release's list of what is also included.",
  },
  principalContractors: {
    meaning: "The principal contractors the notification names, each with its location where given.",
    empty: "None recorded: the release names none (\"will be determined in competition\"), or the sources do not say.",
    origin: "The release's principal-contractor paragraph.",
  },
  transmittalNumber: {
    meaning: "The sale's number in the official record, written one way: the two digits of its series, a dash and its serial of at least two digits (25-34, 26-01). Unique: two notifications never share one.",
    empty: NOT_FOUND,
    origin: "The notification's cover letter, \"Transmittal No.\".",
  },
  reviewWaived: {
    meaning: "True when the sale was notified under an emergency determination, which waives Congress's review period (Arms Export Control Act §36(b)(1)).",
    origin: "The notification's emergency statement.",
  },
  lowConfidence: {
    meaning: "True when the record rests on weak sources (a single page, or a figure read only from an unverified summary); the deal page's notes say why.",
    origin: "The record's researchers.",
  },
  officialText: {
    meaning: "True when at least one source is an official text of the notification (a DSCA or State Department release, the Congressional Record, the Federal Register); false when the record rests on reporting only.",
    origin: "The kinds of the notification's sources.",
  },
  sourcing: {
    meaning: "How the record's facts were read: official-text when the project read an official text of the notification itself; official-compiled when they come from the official release as a published compilation gives it (not yet checked against its text); reporting-only when no official text is among its sources.",
    origin: "The notification's sources: their kinds, and whether a source names the compilation it was taken from (via).",
  },
  valueMdeUsd: {
    meaning: "The part of the total for major defense equipment. With both parts given, MDE and other add up to the total.",
    unit: USD,
    empty: "Not given (0 means the text gives $0).",
    origin: "Paragraph (ii), Major Defense Equipment.",
  },
  valueOtherUsd: {
    meaning: "The part of the total for everything else (\"Other\").",
    unit: USD,
    empty: "Not given (0 means the text gives $0).",
    origin: "Paragraph (ii), Other.",
  },
  deliveredOn: {
    meaning: "The day the notification was delivered to Congress: the review period (15 or 30 days) counts from it.",
    empty: NOT_FOUND,
    origin: "Paragraph (viii), Date Report Delivered to Congress.",
  },
  congressionalRecordOn: {
    meaning: "The day the Congressional Record printed the notification (not the day it was delivered).",
    empty: NOT_FOUND,
    origin: "The Congressional Record.",
  },
  federalRegisterOn: {
    meaning: "The day the Federal Register published the notification, usually weeks to months after it was delivered.",
    empty: NOT_FOUND,
    origin: "The Federal Register.",
  },
  implementingAgency: {
    meaning: "The military department or agency that would carry out the sale (Army, Navy, Air Force…).",
    empty: NOT_FOUND,
    origin: "Paragraph (iv), Military Department.",
  },
  caseDesignator: {
    meaning: "The case's designator (PL-B-ZAB): the buyer, the implementing department and the case's letters.",
    empty: NOT_FOUND,
    origin: "Paragraph (iv), in brackets after the department.",
  },
  fundingSources: {
    meaning: "How the sale is to be paid for: national-funds (the buyer's own money), fmf (U.S. Foreign Military Financing), partner-funds (money from other governments).",
    empty: NOT_FOUND,
    origin: "Paragraph (ii), Funding Source.",
  },
  emergencyDeterminedBy: {
    meaning: "Who determined that an emergency required the sale without Congress's review (usually the Secretary of State).",
    empty: "Not an emergency sale, or the sources do not say who.",
    origin: "The notification's emergency statement.",
  },
  emergencyDeterminedOn: {
    meaning: "The day the emergency was determined.",
    empty: "Not an emergency sale, or the sources do not say when.",
    origin: "The notification's emergency statement.",
  },
  addsToEarlierCase: {
    meaning: "The sale adds to an earlier case: one below the notification threshold, or an earlier notified sale (with its transmittal number where known), and how.",
    empty: "It adds to no earlier case, or the sources do not say.",
    origin: "The notification's text (\"The original FMS case, valued at …, was below the congressional notification threshold\").",
  },
  priorRelatedCases: {
    meaning: "Earlier cases related to the sale, in a few words.",
    empty: NOT_FOUND,
    origin: "Paragraph (v), Prior Related Cases.",
  },
  laterChanges: {
    meaning: "What changed the sale after its notification: reports on it (an enhancement or upgrade, a cost increase: §36(b)(5)(C)) and corrections of its published text, oldest first.",
    empty: "None recorded.",
    origin: "Later reports to Congress (their own transmittal numbers end in a letter: 25-0C) and corrections.",
  },
  challenged: {
    meaning: "True when a joint resolution of disapproval is aimed at the sale (Congress's challenge under §36(b)).",
    origin: "Congress.gov and the Congressional Record.",
  },
  resolutions: {
    meaning: "Each joint resolution of disapproval aimed at the sale, newest first, with its sponsor, introduction and floor votes.",
    empty: "None recorded.",
    origin: "Congress.gov and the Congressional Record.",
  },
  sources: {
    meaning: "The sources the record rests on, in the record's order (official texts first where the record has them).",
    origin: "The record's researchers.",
  },
} satisfies Record<string, ColumnDoc>;
