import { congressGovUrl, resolutionLabel, chamberOf, type Coverage, type ListedResolution, type RegionCode, type SystemSummary } from "@/lib/domain";
import { absoluteUrl, countryHref, dealHref, systemHref } from "@/lib/format";
import { CEILING_NOTE } from "./year-tables";
import type { PageTables, TableColumn } from "./page-tables";

/** The tables of /countries, /systems, /congress and /coverage as files (page-tables.ts has the shape). */

const col = (json: string, csv = json.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)): TableColumn => ({ csv, json });

/** A row of the recipients map's table (lib/map: MapRecipient), as much as the file needs. */
export type RecipientRow = { code: string; name: string; nato: boolean; region: RegionCode | null; count: number; valueUsd: bigint; firstOn: string | null; lastOn: string | null };

/**
 * /countries: the table under the map, every recipient with a notification in the view (the
 * map's range and category), largest value first; `view` says what the view is.
 */
export function countriesTables(rows: RecipientRow[], view: { query: string; page: string; timeline: string }, origin: URL): PageTables {
  return {
    columns: [col("code"), col("name"), col("region"), col("nato"), col("notifications"), col("estimatedValueUsd"), col("firstOn"), col("lastOn"), col("page", "page_url")],
    tables: [
      {
        name: "recipients",
        rows: rows.map((r) => ({ code: r.code, name: r.name, region: r.region, nato: r.nato, notifications: r.count, estimatedValueUsd: r.valueUsd, firstOn: r.firstOn, lastOn: r.lastOn, page: absoluteUrl(countryHref(r.code), origin) })),
      },
    ],
    about: {
      /** The map's view as its canonical query string ("" for the whole record), its page and its notifications on the timeline. */
      view: view.query,
      notifications: rows.reduce((n, r) => n + r.count, 0),
      estimatedValueUsd: Number(rows.reduce((v, r) => v + r.valueUsd, 0n)),
      page: absoluteUrl(view.page, origin),
      timeline: absoluteUrl(view.timeline, origin),
    },
    notes: [CEILING_NOTE, "Recipients with no notification in the view are not listed."],
  };
}

/** /systems: every system in the record, by category as the page groups them. */
export function systemsTables(categories: { slug: string; name: string; systems: SystemSummary[] }[], origin: URL): PageTables {
  return {
    columns: [col("slug"), col("name"), col("category"), col("categoryName"), col("notifications"), col("recipients"), col("estimatedValueUsd"), col("page", "page_url")],
    tables: [
      {
        name: "systems",
        rows: categories.flatMap((c) =>
          c.systems.map((s) => ({ slug: s.slug, name: s.name, category: c.slug, categoryName: c.name, notifications: s.count, recipients: s.recipientCount, estimatedValueUsd: s.valueUsd, page: absoluteUrl(systemHref(s.slug), origin) })),
        ),
      },
    ],
    about: { systems: categories.reduce((n, c) => n + c.systems.length, 0) },
    notes: [CEILING_NOTE, "A notification listing several systems counts its whole value for each: the systems' totals overlap and are not to be added."],
  };
}

/** /congress: every resolution of disapproval, its floor votes, and the sales it is aimed at, a table each, joined by `resolution`. */
export function congressTables(resolutions: ListedResolution[], origin: URL): PageTables {
  return {
    columns: [
      col("resolution"),
      col("label"),
      col("congress"),
      col("chamber"),
      col("sponsor"),
      col("party"),
      col("state"),
      col("on"),
      col("question"),
      col("yeas"),
      col("nays"),
      col("result"),
      col("rollCall"),
      col("becameLaw"),
      col("sale"),
      col("recipient"),
      col("estimatedValueUsd"),
      col("namedAs"),
      col("url"),
    ],
    tables: [
      {
        name: "resolutions",
        rows: resolutions.map((r) => ({
          resolution: r.id,
          label: resolutionLabel(r),
          congress: r.congress,
          chamber: chamberOf(r),
          sponsor: r.sponsor.name,
          party: r.sponsor.party,
          state: r.sponsor.state,
          on: r.introducedOn,
          becameLaw: r.becameLaw?.publicLaw ?? null,
          url: congressGovUrl(r),
        })),
      },
      {
        name: "votes",
        rows: resolutions.flatMap((r) =>
          r.votes.map((v) => ({ resolution: r.id, label: resolutionLabel(r), congress: r.congress, chamber: v.chamber, on: v.on, question: v.question, yeas: v.yeas, nays: v.nays, result: v.result, rollCall: v.rollCall })),
        ),
      },
      {
        name: "sales",
        rows: resolutions.flatMap((r) =>
          r.sales.map((s) => ({ resolution: r.id, label: resolutionLabel(r), congress: r.congress, on: s.announcedOn, sale: s.slug, recipient: s.recipient.name, estimatedValueUsd: s.estimatedValueUsd, namedAs: s.named, url: absoluteUrl(dealHref(s.slug), origin) })),
        ),
      },
    ],
    about: { resolutions: resolutions.length },
    notes: ["Only an enacted resolution blocks a sale: becameLaw names its public law. A vote's \"on\" is its day; a resolution's, the day it was introduced; a sale's, the day it was announced."],
  };
}

/** /coverage: the record by fiscal year, and the transmittal numbers held and missing in each series. */
export function coverageTables(c: Coverage): PageTables {
  return {
    columns: [
      col("key"),
      col("from"),
      col("to"),
      col("cover"),
      col("current"),
      col("notifications"),
      col("withTransmittal"),
      col("official"),
      col("officialRead"),
      col("officialCompiled"),
      col("reportingOnly"),
      col("lowConfidence"),
      col("lowest"),
      col("highest"),
      col("held"),
      col("missingCount"),
      col("missing"),
    ],
    tables: [
      {
        name: "fiscal-years",
        rows: c.fiscalYears.map((y) => ({
          key: `FY${y.fiscalYear}`,
          from: y.from,
          to: y.to,
          cover: y.cover,
          current: y.current,
          notifications: y.total,
          withTransmittal: y.withTransmittal,
          official: y.official,
          officialRead: y.officialRead,
          officialCompiled: y.officialCompiled,
          reportingOnly: y.reportingOnly,
          lowConfidence: y.lowConfidence,
        })),
      },
      {
        name: "transmittal-series",
        rows: c.series.map((s) => ({ key: s.series, lowest: s.lowest, highest: s.highest, held: s.held, missingCount: s.missingCount, missing: s.missing.join("; ") })),
      },
    ],
    about: { archiveFrom: c.archiveFrom, archiveThrough: c.archiveThrough, newest: c.newest, archive: c.archive, earlier: c.earlier },
    notes: ["A series' missing numbers are those between the lowest and highest the record holds that it lacks: the series may run further either way."],
  };
}
