import { dealUrl, formatLongDate } from "@/lib/format";

/**
 * How to cite one record (a deal page, and the JSON API's `citation` field): plain text, BibTeX
 * and CSL-JSON, all three built from one `CitationSource`, so they never disagree.
 *
 * The record's date is the day it last changed when that is known (the change history gives it),
 * and otherwise the day the notification was announced; the retrieval date is the day the citation
 * was made, in Washington, as every date the site computes (docs/architecture.md, "Citations").
 */

export const CITATION_PUBLISHER = "FMS Timeline";
const GENRE = "Foreign Military Sales notification to Congress";

export type CitationSource = {
  slug: string;
  title: string;
  recipient: { name: string };
  transmittalNumber: string | null;
  announcedOn: string;
  dateApproximate: boolean;
};

export type CitationDates = {
  /** The day the record last changed (YYYY-MM-DD); omitted or null when unknown. */
  lastChanged?: string | null;
  /** The day it was retrieved (YYYY-MM-DD): today in Washington. */
  accessedOn: string;
};

/** A CSL-JSON date: `{"date-parts": [[2025, 10, 1]]}`. */
export type CslDate = { "date-parts": [[number, number, number]] };

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export type CslItem = {
  id: string;
  type: "dataset";
  title: string;
  genre: string;
  "container-title": string;
  publisher: string;
  URL: string;
  /** The transmittal number, where known. */
  number?: string;
  issued: CslDate;
  accessed: CslDate;
};

export type Citation = { text: string; bibtex: string; csl: CslItem };

/** The stable key of a record's citation, in BibTeX and CSL-JSON: its slug, which never changes. */
export const citationKey = (slug: string): string => `fms-timeline-${slug}`;

function cslDate(iso: string): CslDate {
  const [y, m, d] = iso.split("-").map(Number);
  return { "date-parts": [[y!, m!, d!]] };
}

const BIBTEX_SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  _: "\\_",
  "#": "\\#",
  $: "\\$",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Text as a BibTeX field's value: every character TeX reads as markup written as itself. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&_#$~^]/g, (c) => BIBTEX_SPECIAL[c]!);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The three citations of a record. `origin` is the site's, for its stable URL. */
export function citationOf(record: CitationSource, dates: CitationDates, origin: URL): Citation {
  const url = dealUrl(record.slug, origin);
  const title = `${record.recipient.name}: ${record.title}`;
  const issued = dates.lastChanged ?? record.announcedOn;
  const announced = `announced ${record.dateApproximate ? "about " : ""}${formatLongDate(record.announcedOn)}`;
  const transmittal = record.transmittalNumber ? `Transmittal No. ${record.transmittalNumber}, ` : "";
  const changed = dates.lastChanged ? ` Record last changed ${formatLongDate(dates.lastChanged)}.` : "";
  const what = `${GENRE}, ${transmittal}${announced}`;

  const text = `${CITATION_PUBLISHER} (${issued.slice(0, 4)}). ${title} [${what}].${changed} Retrieved ${formatLongDate(dates.accessedOn)}, from ${url}`;

  const note = `${what}.${changed} Retrieved ${formatLongDate(dates.accessedOn)}.`;
  const fields: [string, string][] = [
    ["title", `{${bibtexEscape(title)}}`],
    ["howpublished", bibtexEscape(CITATION_PUBLISHER)],
    ["publisher", bibtexEscape(CITATION_PUBLISHER)],
    ["year", issued.slice(0, 4)],
    ["month", MONTHS[Number(issued.slice(5, 7)) - 1]!],
    ...(record.transmittalNumber ? [["number", bibtexEscape(record.transmittalNumber)] as [string, string]] : []),
    ["url", url],
    ["urldate", dates.accessedOn],
    ["note", bibtexEscape(note)],
  ];
  // month is a BibTeX macro (oct), written bare; every other value in braces.
  const bibtex = `@misc{${citationKey(record.slug)},\n${fields.map(([k, v]) => `  ${k} = ${k === "month" ? v : `{${v}}`},`).join("\n")}\n}`;

  const csl: CslItem = {
    id: citationKey(record.slug),
    type: "dataset",
    title,
    genre: GENRE,
    "container-title": CITATION_PUBLISHER,
    publisher: CITATION_PUBLISHER,
    URL: url,
    ...(record.transmittalNumber ? { number: record.transmittalNumber } : {}),
    issued: cslDate(issued),
    accessed: cslDate(dates.accessedOn),
  };
  return { text, bibtex, csl };
}
