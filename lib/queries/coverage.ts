import "server-only";
import { cachedQuery, cachedView, toCount } from "@/lib/db";
import {
  ARCHIVE_FROM,
  ARCHIVE_THROUGH,
  compressSerials,
  fiscalYearOf,
  fiscalYearRange,
  periodCover,
  sourcingOf,
  type Coverage,
  type FiscalYearCoverage,
  type RecordSpan,
  type SeriesCoverage,
  type Sourcing,
  type SourcingInput,
} from "@/lib/domain";
import { todayInWashington } from "@/lib/format";

type Row = { announcedOn: string; transmittalNumber: string | null; confidence: string; sourcing: Sourcing };
type QueryRow = Omit<Row, "sourcing"> & { sources: string };

/** What the record holds, fiscal year by fiscal year and series by series. Cached until the seed runs. */
export function getCoverage(): Promise<Coverage> {
  const today = todayInWashington();
  return cachedView(`coverage/${today}`, async (db) => {
    const queried = await db.$queryRaw<QueryRow[]>`
      SELECT n.announcedOn AS announcedOn, n.transmittalNumber AS transmittalNumber, n.confidence AS confidence,
        (SELECT json_group_array(json_object('kind', so.kind, 'via', so.via)) FROM Source so WHERE so.notificationId = n.id) AS sources
      FROM Notification n ORDER BY n.announcedOn`;
    // Which of the three kinds of sourcing each record is: the one rule in lib/domain/sourcing.ts.
    const rows = queried.map(({ sources, ...r }): Row => ({ ...r, sourcing: sourcingOf(JSON.parse(sources) as SourcingInput[]) }));
    const [reports] = await db.$queryRaw<{ count: number | bigint }[]>`SELECT COUNT(*) AS count FROM Report`;
    return buildCoverage(rows, toCount(reports?.count), today);
  });
}

function counts(rows: Row[]) {
  const officialRead = rows.filter((r) => r.sourcing === "official-text").length;
  const officialCompiled = rows.filter((r) => r.sourcing === "official-compiled").length;
  return {
    total: rows.length,
    withTransmittal: rows.filter((r) => r.transmittalNumber !== null).length,
    official: officialRead + officialCompiled,
    officialRead,
    officialCompiled,
    reportingOnly: rows.filter((r) => r.sourcing === "reporting-only").length,
    lowConfidence: rows.filter((r) => r.confidence === "low").length,
  };
}

function buildCoverage(rows: Row[], reports: number, today: string): Coverage {
  const archive = rows.filter((r) => r.announcedOn >= ARCHIVE_FROM);
  const earlier = rows.filter((r) => r.announcedOn < ARCHIVE_FROM);

  // Every fiscal year from the archive's first to today's, the one in progress included.
  const fiscalYears: FiscalYearCoverage[] = [];
  for (let fy = fiscalYearOf(ARCHIVE_FROM); fy <= fiscalYearOf(today); fy++) {
    const range = fiscalYearRange(fy);
    const from = range.from < ARCHIVE_FROM ? ARCHIVE_FROM : range.from;
    const inFy = archive.filter((r) => r.announcedOn >= from && r.announcedOn <= range.to);
    fiscalYears.push({ fiscalYear: fy, from, to: range.to, cover: periodCover(from, range.to), current: today >= from && today <= range.to, ...counts(inFy) });
  }

  // The series of the numbers held from the archive on (a sale announced in FY2024 may be 23-xx).
  const bySeries = new Map<string, number[]>();
  for (const r of archive) {
    const [series, serial] = r.transmittalNumber?.split("-") ?? [];
    if (!series || !serial || !/^\d+$/.test(serial)) continue;
    bySeries.set(series, [...(bySeries.get(series) ?? []), Number(serial)]);
  }
  const series = [...bySeries.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([s, serials]): SeriesCoverage => {
      const sorted = [...new Set(serials)].sort((a, b) => a - b);
      const lowest = sorted[0]!;
      const highest = sorted.at(-1)!;
      const { runs, count: missingCount } = compressSerials(s, sorted, lowest, highest);
      const label = (n: number) => `${s}-${String(n).padStart(2, "0")}`;
      return { series: s, lowest: label(lowest), highest: label(highest), held: sorted.length, missing: runs, missingCount };
    });

  const years = new Map<string, number>();
  for (const r of earlier) years.set(r.announcedOn.slice(0, 4), (years.get(r.announcedOn.slice(0, 4)) ?? 0) + 1);

  const { total, official, withTransmittal } = counts(archive);
  return {
    archiveFrom: ARCHIVE_FROM,
    archiveThrough: ARCHIVE_THROUGH,
    today,
    archive: { total, official, withTransmittal, reports, afterList: archive.filter((r) => r.announcedOn > ARCHIVE_THROUGH).length },
    fiscalYears,
    series,
    earlier: { total: earlier.length, years: [...years.entries()].map(([year, n]) => ({ year, count: n })) },
    newest: rows.at(-1)?.announcedOn ?? null,
  };
}

/** What the record spans (the map's range form and caption, a profile's last fiscal year): one pass over the date index. Cached until the seed runs. */
export function getRecordSpan(): Promise<RecordSpan> {
  return cachedQuery("record-span", async (db) => {
    const rows = await db.$queryRaw<{ year: string; count: number | bigint; first: string; last: string; beforeArchive: number | bigint; afterList: number | bigint }[]>`
      SELECT substr(announcedOn, 1, 4) AS year, COUNT(*) AS count, MIN(announcedOn) AS first, MAX(announcedOn) AS last,
        SUM(announcedOn < ${ARCHIVE_FROM}) AS beforeArchive, SUM(announcedOn > ${ARCHIVE_THROUGH}) AS afterList
      FROM Notification GROUP BY year ORDER BY year DESC`;
    return {
      first: rows.at(-1)?.first ?? null,
      last: rows[0]?.last ?? null,
      years: rows.map((r) => Number(r.year)),
      total: rows.reduce((sum, r) => sum + toCount(r.count), 0),
      beforeArchive: rows.reduce((sum, r) => sum + toCount(r.beforeArchive), 0),
      afterList: rows.reduce((sum, r) => sum + toCount(r.afterList), 0),
    };
  });
}
