import "server-only";
import { cachedView, toCount } from "@/lib/db";
import { compressSerials, fiscalYearOf, fiscalYearRange, OFFICIAL_TEXT_KINDS, RESEARCHED_FROM, type Coverage, type FiscalYearCoverage, type SeriesCoverage } from "@/lib/domain";
import { Prisma } from "@/lib/generated/prisma/client";

import { todayInWashington } from "@/lib/format";

type Row = { announcedOn: string; transmittalNumber: string | null; official: number | bigint; confidence: string };

/** What the record holds, fiscal year by fiscal year and series by series. Cached until the seed runs. */
export function getCoverage(): Promise<Coverage> {
  const today = todayInWashington();
  return cachedView(`coverage/${today}`, async (db) => {
    const rows = await db.$queryRaw<Row[]>`
      SELECT n.announcedOn AS announcedOn, n.transmittalNumber AS transmittalNumber, n.confidence AS confidence,
        EXISTS (SELECT 1 FROM Source so WHERE so.notificationId = n.id AND so.kind IN (${Prisma.join(OFFICIAL_TEXT_KINDS)})) AS official
      FROM Notification n ORDER BY n.announcedOn`;
    const [reports] = await db.$queryRaw<{ count: number | bigint }[]>`SELECT COUNT(*) AS count FROM Report`;
    return buildCoverage(rows, toCount(reports?.count), today);
  });
}

function buildCoverage(rows: Row[], reports: number, today: string): Coverage {
  const researched = rows.filter((r) => r.announcedOn >= RESEARCHED_FROM);
  const earlier = rows.filter((r) => r.announcedOn < RESEARCHED_FROM);

  const lastFy = fiscalYearOf(today);
  const fiscalYears: FiscalYearCoverage[] = [];
  for (let fy = fiscalYearOf(RESEARCHED_FROM); fy <= lastFy; fy++) {
    const { from, to } = fiscalYearRange(fy);
    const inFy = researched.filter((r) => r.announcedOn >= from && r.announcedOn <= to);
    const official = inFy.filter((r) => Number(r.official) > 0).length;
    fiscalYears.push({
      fiscalYear: fy,
      from,
      to,
      current: today >= from && today <= to,
      total: inFy.length,
      official,
      reportingOnly: inFy.length - official,
      lowConfidence: inFy.filter((r) => r.confidence === "low").length,
      withTransmittal: inFy.filter((r) => r.transmittalNumber !== null).length,
    });
  }

  // Series of the numbers held in the researched range (a sale delivered in FY2024 may be 23-xx).
  const bySeries = new Map<string, number[]>();
  for (const r of researched) {
    if (!r.transmittalNumber) continue;
    const [series, serial] = r.transmittalNumber.split("-") as [string, string];
    bySeries.set(series, [...(bySeries.get(series) ?? []), Number(serial)]);
  }
  const series = [...bySeries.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([s, serials]): SeriesCoverage => {
      const sorted = [...new Set(serials)].sort((a, b) => a - b);
      const highest = sorted.at(-1)!;
      const { runs, count: missingCount } = compressSerials(s, sorted, highest);
      const label = (n: number) => `${s}-${String(n).padStart(2, "0")}`;
      return { series: s, highest: label(highest), held: sorted.map(label), missing: runs, missingCount };
    });

  const years = new Map<string, number>();
  for (const r of earlier) years.set(r.announcedOn.slice(0, 4), (years.get(r.announcedOn.slice(0, 4)) ?? 0) + 1);

  return {
    researchedFrom: RESEARCHED_FROM,
    today,
    researched: {
      total: researched.length,
      official: researched.filter((r) => Number(r.official) > 0).length,
      withTransmittal: researched.filter((r) => r.transmittalNumber !== null).length,
      reports,
    },
    fiscalYears,
    series,
    earlier: { total: earlier.length, years: [...years.entries()].map(([year, n]) => ({ year, count: n })) },
    newest: rows.at(-1)?.announcedOn ?? null,
  };
}
