import "server-only";
import { cachedView, toCount } from "@/lib/db";
import { compressSerials, fiscalYearOf, fiscalYearRange, RESEARCHED_FROM, sourcingOf, type Coverage, type FiscalYearCoverage, type SeriesCoverage, type Sourcing, type SourcingInput } from "@/lib/domain";
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

function buildCoverage(rows: Row[], reports: number, today: string): Coverage {
  const researched = rows.filter((r) => r.announcedOn >= RESEARCHED_FROM);
  const earlier = rows.filter((r) => r.announcedOn < RESEARCHED_FROM);

  const lastFy = fiscalYearOf(today);
  const fiscalYears: FiscalYearCoverage[] = [];
  for (let fy = fiscalYearOf(RESEARCHED_FROM); fy <= lastFy; fy++) {
    const { from, to } = fiscalYearRange(fy);
    const inFy = researched.filter((r) => r.announcedOn >= from && r.announcedOn <= to);
    const officialRead = inFy.filter((r) => r.sourcing === "official-text").length;
    const officialCompiled = inFy.filter((r) => r.sourcing === "official-compiled").length;
    fiscalYears.push({
      fiscalYear: fy,
      from,
      to,
      current: today >= from && today <= to,
      total: inFy.length,
      official: officialRead + officialCompiled,
      officialRead,
      officialCompiled,
      reportingOnly: inFy.filter((r) => r.sourcing === "reporting-only").length,
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
      official: researched.filter((r) => r.sourcing !== "reporting-only").length,
      withTransmittal: researched.filter((r) => r.transmittalNumber !== null).length,
      reports,
    },
    fiscalYears,
    series,
    earlier: { total: earlier.length, years: [...years.entries()].map(([year, n]) => ({ year, count: n })) },
    newest: rows.at(-1)?.announcedOn ?? null,
  };
}
