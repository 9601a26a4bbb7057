import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARCHIVE_FROM, fiscalYearOf, isBeforeArchive } from "@/lib/domain";
import type { Citation } from "@/lib/exports";
import { formatShortDate, LIST_SLACK, RECIPIENTS_SHOWN } from "@/lib/format";
import type { SeedData } from "@/lib/seed";
import { realRecord, useRecordDatabase } from "../support/db";

/**
 * lib/views: a function from a URL to a page's data, a redirect or not found, which the pages,
 * the bench and these tests share. Read from the project's seeds, never pinned to one day's data.
 */

let work: string;
let data: SeedData;
let views: typeof import("@/lib/views");
let disconnect: () => Promise<void>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "fms-views-"));
  data = realRecord();
  disconnect = await useRecordDatabase(path.join(work, "views.db"));
  views = await import("@/lib/views");
});
afterAll(async () => {
  await disconnect?.();
  rmSync(work, { recursive: true, force: true });
});

/** The data of a view that has some, failing the test otherwise. */
function dataOf<T>(view: { data: T } | { redirect: string } | { notFound: true } | { badRequest: unknown }): T {
  if (!("data" in view)) throw new Error(`expected data, got ${JSON.stringify(view)}`);
  return view.data;
}

describe("the loaders of lib/views", () => {
  it("the timeline redirects a non-canonical query and a page past the last, and otherwise loads the view", async () => {
    const recipient = data.notifications[0]!.recipient;
    expect(await views.loadTimeline({ country: recipient.toLowerCase(), junk: "1" })).toEqual({ redirect: `/?country=${recipient}` });
    const all = dataOf(await views.loadTimeline({}));
    expect(all.timeline.total).toBe(data.notifications.length);
    expect(all.earlier).toBe(data.notifications.filter((n) => isBeforeArchive(n.announcedOn)).length);
    expect(all.active).toEqual([]);
    expect(await views.loadTimeline({ page: String(all.timeline.pageCount + 5) })).toEqual({
      redirect: all.timeline.pageCount > 1 ? `/?page=${all.timeline.pageCount}` : "/",
    });
    // The bench hands a URL's query string, not Next.js's object: the same view.
    expect(dataOf(await views.loadTimeline(new URLSearchParams(`country=${recipient}`))).timeline.total).toBe(
      data.notifications.filter((n) => n.recipient === recipient).length,
    );
  });

  it("the recipients map keeps only its range and category, and sums the view", async () => {
    expect(await views.loadCountries({ country: "CA", year: "2024" })).toEqual({ redirect: "/countries?year=2024" });
    const map = dataOf(await views.loadCountries({}));
    expect(map.count).toBe(data.notifications.length);
    expect(map.valueUsd).toBe(data.notifications.reduce((sum, n) => sum + BigInt(n.estimatedValueUsd), 0n));
    expect(map.headline).toBeNull();
    // The table under the map shows the largest first and links to every one; /countries/all is the same view whole.
    const recipients = new Set(data.notifications.map((n) => n.recipient)).size;
    expect(recipients).toBeGreaterThan(RECIPIENTS_SHOWN + LIST_SLACK);
    expect(map.table.rows).toEqual(map.map.recipients.slice(0, RECIPIENTS_SHOWN));
    expect(map.table.allHref).toBe("/countries/all");
    const all = dataOf(await views.loadCountries({}, "all"));
    expect(all.table).toEqual({ rows: map.map.recipients, allHref: null });
    expect(all.table.rows).toHaveLength(recipients);
    expect(await views.loadCountries({ country: "CA", year: "2024" }, "all")).toEqual({ redirect: "/countries/all?year=2024" });
    // A view of few recipients shows them all, with no link.
    const byYear = new Map<string, Set<string>>();
    for (const n of data.notifications) byYear.set(n.announcedOn.slice(0, 4), (byYear.get(n.announcedOn.slice(0, 4)) ?? new Set()).add(n.recipient));
    const [fewest, few] = [...byYear].sort(([, a], [, b]) => a.size - b.size)[0]!;
    expect(few.size).toBeLessThanOrEqual(RECIPIENTS_SHOWN + LIST_SLACK);
    const year = dataOf(await views.loadCountries({ year: fewest }));
    expect(year.table.rows).toHaveLength(few.size);
    expect(year.table.rows).toEqual(year.map.recipients);
    expect(year.table.allHref).toBeNull();
  });

  it("a recipient's page: 404 for no one, 308 for another spelling, its fiscal years from the archive's first otherwise", async () => {
    expect(await views.loadCountry("XX")).toEqual({ notFound: true });
    const code = data.notifications[0]!.recipient;
    expect(await views.loadCountry(code.toLowerCase())).toEqual({ redirect: `/countries/${code}`, permanent: true });
    const { profile, history, timelineHref } = dataOf(await views.loadCountry(code));
    const mine = data.notifications.filter((n) => n.recipient === code);
    expect(profile.notificationCount).toBe(mine.length);
    expect(history.count).toBe(mine.filter((n) => !isBeforeArchive(n.announcedOn)).length);
    expect(history.periods.reduce((sum, y) => sum + y.count, 0)).toBe(history.count);
    expect(history.periods[0]?.label).toBe(`FY${fiscalYearOf(ARCHIVE_FROM)} (from ${formatShortDate(ARCHIVE_FROM)})`);
    expect(timelineHref).toBe(`/?country=${code}`);
  });

  it("a system's page: 404 for nothing, 308 for another name, its map otherwise", async () => {
    expect(await views.loadSystem("no-such-system")).toEqual({ notFound: true });
    const system = data.systems.find((s) => data.notifications.some((n) => n.systems.includes(s.slug)))!;
    expect(await views.loadSystem(system.name)).toEqual({ redirect: `/systems/${system.slug}`, permanent: true });
    const { profile, map, history } = dataOf(await views.loadSystem(system.slug));
    const mine = data.notifications.filter((n) => n.systems.includes(system.slug));
    expect(profile.notificationCount).toBe(mine.length);
    expect(history.count + history.earlier.count).toBe(mine.length);
    expect(map.recipients.map((r) => r.code).sort()).toEqual(profile.recipients.map((r) => r.code).sort());
  });

  it("a deal page: 404 for a slug that is not one, its review, stage and JSON-LD otherwise", async () => {
    expect(await views.loadDeal("../etc/passwd")).toEqual({ notFound: true });
    expect(await views.loadDeal("2099-01-01-nowhere-nothing")).toEqual({ notFound: true });
    const seed = data.notifications[0]!;
    const deal = dataOf(await views.loadDeal(seed.slug));
    expect(deal.deal.slug).toBe(seed.slug);
    expect(deal.review.days).toBeGreaterThan(0);
    expect(deal.jsonLd).toMatchObject({ "@type": "WebPage" });
    // Its citation: the stable URL, the transmittal number where the seed gives one, retrieved today in Washington.
    expect(deal.citation.csl.URL).toMatch(new RegExp(`/deals/${seed.slug}$`));
    expect(deal.citation.csl.number).toBe(seed.transmittalNumber ?? undefined);
    expect(deal.citation.csl.accessed["date-parts"][0].join("-")).toBe(deal.today.split("-").map(Number).join("-"));
    expect(deal.citation.text).toContain(`from ${deal.citation.csl.URL}`);
    expect(await views.loadDealPreview(seed.slug)).toMatchObject({ slug: seed.slug });
  });

  it("the JSON API cites a record as its deal page does: dated by its last change in the change log", async () => {
    // A record the change log changed after it was announced (found, not assumed).
    let found: { slug: string; recipient: string; announcedOn: string; lastChangedOn: string; citation: Citation } | null = null;
    for (const n of data.notifications.slice(0, 300)) {
      const { history, citation } = dataOf(await views.loadDeal(n.slug));
      if (history.lastChangedOn && history.lastChangedOn !== n.announcedOn) {
        found = { slug: n.slug, recipient: n.recipient, announcedOn: n.announcedOn, lastChangedOn: history.lastChangedOn, citation };
        break;
      }
    }
    expect(found, "a record of the seeds with a logged change").not.toBeNull();
    const params = new URLSearchParams({ country: found!.recipient, from: found!.announcedOn, to: found!.announcedOn });
    const page = dataOf(await views.loadApiPage(params, new URL(`http://localhost/api/notifications?${params}`)));
    const api = page.data.find((n) => n.slug === found!.slug)!;
    expect(api.citation.csl.issued).toEqual(found!.citation.csl.issued);
    expect(api.citation.csl.issued["date-parts"][0].join("-")).toBe(found!.lastChangedOn.split("-").map(Number).join("-"));
    expect(api.citation.text.split(" Retrieved")[0]).toBe(found!.citation.text.split(" Retrieved")[0]);
  });

  it("the indexes load every system, resolution and fiscal year", async () => {
    const categories = (await views.loadSystems()).data;
    expect(categories.flatMap((c) => c.systems).length).toBe(data.systems.length);
    expect(categories.map((c) => c.name)).toEqual([...categories.map((c) => c.name)].sort((a, b) => a.localeCompare(b)));
    const congress = (await views.loadCongress()).data;
    expect(congress.byCongress.flatMap((c) => c.resolutions)).toHaveLength(congress.resolutions.length);
    const coverage = (await views.loadCoverage()).data;
    expect(coverage.archive.total).toBe(data.notifications.filter((n) => !isBeforeArchive(n.announcedOn)).length);
    expect(coverage.fiscalYears[0]).toMatchObject({ fiscalYear: fiscalYearOf(ARCHIVE_FROM), from: ARCHIVE_FROM });
    expect(coverage.fiscalYears.at(-1)!.current).toBe(true);
    expect(coverage.fiscalYears.reduce((sum, fy) => sum + fy.total, 0)).toBe(coverage.archive.total);
  });

  it("the exports answer 400 naming the parameter, or the document", async () => {
    expect(await views.loadCsv(new URLSearchParams("country=XX"))).toMatchObject({ badRequest: { parameter: "country" } });
    expect(await views.loadFeed(new URLSearchParams("nope=1"))).toMatchObject({ badRequest: { parameter: "nope" } });
    const csv = dataOf(await views.loadCsv(new URLSearchParams("")));
    expect(csv.total).toBe(data.notifications.length);
    const api = dataOf(await views.loadApiPage(new URLSearchParams("pageSize=2"), new URL("http://test/api/notifications?pageSize=2")));
    expect(api.data).toHaveLength(2);
    expect(dataOf(await views.loadFeed(new URLSearchParams("")))).toContain("<feed");
  });

  it("a fiscal year: 308 for FY2025, 404 for what is not a year of the record; its tables a 400 for a bad parameter", async () => {
    expect(await views.loadFiscalYear("FY2025")).toEqual({ redirect: "/years/2025", permanent: true });
    for (const segment of ["1999", "2007", "abc", "2100", "2025.5", ""]) expect(await views.loadFiscalYear(segment), segment).toEqual({ notFound: true });
    const year = dataOf(await views.loadFiscalYear("2025"));
    expect(year.tally.span.fiscalYear).toBe(2025);
    expect([year.first, year.tally.span.fiscalYear >= year.first, year.last >= 2025]).toEqual([2008, true, true]);
    expect((await views.loadYears()).data.years[0]!.span.fiscalYear).toBe(2008);
    expect(await views.loadYearTables("2025", "csv", new URLSearchParams("table=nope"))).toMatchObject({ badRequest: { parameter: "table" } });
    expect(await views.loadYearTables(null, "json", new URLSearchParams("x=1"))).toMatchObject({ badRequest: { parameter: "x" } });
    expect(await views.loadYearTables("FY2025", "csv", new URLSearchParams(""))).toEqual({ notFound: true });
    expect(dataOf(await views.loadYearTables("2025", "csv", new URLSearchParams("table=months"))).filename).toBe("fms-fy2025.csv");
    expect((await views.fiscalYearMetadata("2025")).alternates?.canonical).toBe("/years/2025");
  });

  it("a contractor: 308 for any of its names, 404 for none; its years charted from the record's start", async () => {
    expect(await views.loadContractor("Raytheon")).toEqual({ redirect: "/contractors/rtx", permanent: true });
    expect(await views.loadContractor("no-such-company")).toEqual({ notFound: true });
    const rtx = dataOf(await views.loadContractor("rtx"));
    const charted = rtx.years.reduce((n, y) => n + y.count, 0);
    expect(charted + rtx.earlier.count).toBe(rtx.profile.notificationCount);
    expect(rtx.timelineHref).toBe("/?contractor=rtx");
    expect((await views.loadContractors()).data.length).toBe(data.contractors.length);
    expect((await views.contractorMetadata("raytheon")).alternates?.canonical).toBe("/contractors/rtx");
  });

  it("metadata: one canonical address and one Open Graph block per page", async () => {
    const code = data.notifications[0]!.recipient;
    const meta = await views.countryMetadata(code.toLowerCase());
    expect(meta.alternates?.canonical).toBe(`/countries/${code}`);
    expect(meta.openGraph).toMatchObject({ url: `/countries/${code}`, siteName: "FMS Timeline" });
    expect(await views.countryMetadata("XX")).toEqual({ title: "Recipient not found" });
    expect((await views.timelineMetadata({})).title).toEqual({ absolute: "FMS Timeline: Timeline of U.S. arms sales notified to Congress" });
    expect(views.coverageMetadata.alternates?.canonical).toBe("/coverage");
  });
});
