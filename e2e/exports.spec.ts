import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expectedMatches } from "../tests/support/search-oracle";
import { entrySlugs, SEED } from "./helpers";
import { bySlug, CANADA_HIMARS, matching, notifications, API_PAGE_SIZE, PAGE_SIZE, recipientName, recipients, sortedNewestFirst, systems } from "./seed-data";

const SITE = "https://fms-timeline.example";
const CANADA = bySlug(CANADA_HIMARS);
const inCanada = sortedNewestFirst(matching({ countries: ["CA"] }));
const GMLRS = expectedMatches({ notifications, recipients, systems }, "gmlrs");

test.describe("JSON API", () => {
  test("returns the filtered notifications with stable fields, exact values and pagination", async ({ request }) => {
    const response = await request.get("/api/notifications?country=CA");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    expect(body.pagination).toEqual({ page: 1, pageSize: API_PAGE_SIZE, total: inCanada.length, pageCount: Math.ceil(inCanada.length / API_PAGE_SIZE) });
    expect(body.data.map((d: { slug: string }) => d.slug)).toEqual(inCanada.slice(0, API_PAGE_SIZE).map((n) => n.slug));
    const canada = body.data.find((d: { slug: string }) => d.slug === CANADA.slug);
    expect(canada).toMatchObject({
      slug: CANADA.slug,
      url: `${SITE}${SEED.canadaHimars}`,
      announcedOn: CANADA.announcedOn,
      estimatedValueUsd: CANADA.estimatedValueUsd,
      recipient: { code: "CA", name: recipientName("CA") },
      principalContractors: CANADA.principalContractors,
    });
    expect(canada.majorDefenseEquipment).toEqual(CANADA.majorDefenseEquipment);
    expect(body.links.next).toBeNull();
  });

  test("pages through every notification with next links", async ({ request }) => {
    const seen: string[] = [];
    let url: string | null = "/api/notifications?pageSize=30";
    while (url) {
      const body = await (await request.get(url.replace(SITE, ""))).json();
      seen.push(...body.data.map((d: { slug: string }) => d.slug));
      url = body.links.next;
    }
    expect(seen).toHaveLength(SEED.total);
    expect(new Set(seen).size).toBe(SEED.total);
  });

  test("takes the search, ranked as on the timeline", async ({ request, page }) => {
    const body = await (await request.get("/api/notifications?q=GMLRS")).json();
    const slugs = body.data.map((d: { slug: string }) => d.slug);
    expect([...slugs].sort()).toEqual(GMLRS);
    // The timeline's first page (PAGE_SIZE a page) is the API's ranking, cut there.
    await page.goto("/?q=GMLRS");
    expect(await entrySlugs(page)).toEqual(slugs.slice(0, PAGE_SIZE));
  });

  for (const [query, parameter, message] of [
    ["country=XX", "country", 'Unknown country "XX"'],
    ["page=0", "page", "whole number from 1"],
    ["pageSize=1000", "pageSize", "whole number from 1 to 200"],
    ["from=2025-02-30", "from", "calendar date"],
    ["colour=red", "colour", "Unknown parameter"],
  ] as const) {
    test(`400 naming the parameter for ?${query}`, async ({ request }) => {
      const response = await request.get(`/api/notifications?${query}`);
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body.error.parameter).toBe(parameter);
      expect(body.error.message).toContain(message);
    });
  }
});

test.describe("CSV export", () => {
  test("downloads every matching notification as a spreadsheet-ready file", async ({ request }) => {
    const response = await request.get("/notifications.csv?q=GMLRS");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="fms-notifications.csv"');
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.split("\r\n");
    expect(lines[0]).toMatch(/^slug,url,announced_on,/);
    // One row per match, in the API's (relevance) order, and the file ends with a line break.
    const api = (await (await request.get("/api/notifications?q=GMLRS")).json()).data.map((d: { slug: string }) => d.slug);
    expect(lines.slice(1, -1).map((l) => l.slice(0, l.indexOf(",")))).toEqual(api);
    expect(lines.at(-1)).toBe("");
    expect(lines).toHaveLength(GMLRS.length + 2);
    const canada = lines.find((l) => l.startsWith(`${CANADA.slug},`))!;
    expect(canada.startsWith(`${CANADA.slug},${SITE}/deals/${CANADA.slug},${CANADA.announcedOn},${CANADA.dateApproximate},${CANADA.recipient},${recipientName(CANADA.recipient)},`)).toBe(true);
    expect(canada).toContain(`,${CANADA.estimatedValueUsd},`);
  });

  test("holds all rows, not one page, and exact values above US$2.1 billion", async ({ request }) => {
    const text = (await (await request.get("/notifications.csv")).body()).toString("utf8");
    const rows = text.split("\r\n").filter((l) => /^\d{4}-\d{2}-\d{2}-/.test(l));
    expect(rows).toHaveLength(SEED.total);
    expect(new Set(rows.map((l) => l.slice(0, l.indexOf(","))))).toEqual(new Set(notifications.map((n) => n.slug)));
    const largest = notifications.reduce((a, b) => (b.estimatedValueUsd > a.estimatedValueUsd ? b : a));
    expect(largest.estimatedValueUsd).toBeGreaterThan(2 ** 31);
    expect(rows.find((l) => l.startsWith(`${largest.slug},`))).toContain(`,${largest.estimatedValueUsd},`);
    // Names outside ASCII (Türkiye) arrive whole: the file is UTF-8.
    const accented = [...new Set(notifications.map((n) => recipientName(n.recipient)))].filter((name) => /[^\x00-\x7f]/.test(name));
    expect(accented.length).toBeGreaterThan(0);
    for (const name of accented) expect(text).toContain(name);
  });

  test("400 with a plain message for a bad filter", async ({ request }) => {
    const response = await request.get("/notifications.csv?system=F-99");
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain('parameter "system": Unknown system "F-99"');
  });
});

test.describe("Atom feed", () => {
  /** A feed holds a view's newest 50. */
  const FEED_SIZE = 50;
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "category"].includes(name) });

  test("new notifications for Canada: a valid Atom feed of Canada's notifications", async ({ request }) => {
    const response = await request.get("/feed.xml?country=CA");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.title["#text"]).toBe("FMS Timeline: Canada");
    expect(feed.updated).toBe(`${inCanada[0]!.announcedOn}T00:00:00Z`);
    expect(feed.link.find((l: Record<string, string>) => l["@rel"] === "self")["@href"]).toBe(`${SITE}/feed.xml?country=CA`);
    expect(feed.entry.map((e: { link: Record<string, string>[] }) => e.link[0]!["@href"])).toEqual(inCanada.slice(0, FEED_SIZE).map((n) => `${SITE}/deals/${n.slug}`));
  });

  test("new AMRAAM sales: every AMRAAM notification, newest first", async ({ request }) => {
    const { feed } = parser.parse(await (await request.get("/feed.xml?system=AMRAAM")).text());
    const amraam = sortedNewestFirst(matching({ systems: ["amraam"] })).slice(0, FEED_SIZE);
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual(amraam.map((n) => `${SITE}/deals/${n.slug}`));
    const dates = feed.entry.map((e: { updated: string }) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const e of feed.entry) expect(e.category.map((c: Record<string, string>) => c["@term"])).toContain("AMRAAM");
  });

  test("400 for an unknown recipient, rather than a feed of everything", async ({ request }) => {
    const response = await request.get("/feed.xml?country=Atlantis");
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain('Unknown country "Atlantis"');
  });
});

test.describe("the timeline links its exports", () => {
  test("CSV, feed and JSON links carry the current filters and search; the feed is in the page head", async ({ page, request }) => {
    await page.goto("/?q=GMLRS&country=CA");
    const links = page.getByLabel("This view as data");
    await expect(links.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", "/notifications.csv?q=GMLRS&country=CA");
    await expect(links.getByRole("link", { name: "Atom feed" })).toHaveAttribute("href", "/feed.xml?q=GMLRS&country=CA");
    await expect(links.getByRole("link", { name: "JSON" })).toHaveAttribute("href", "/api/notifications?q=GMLRS&country=CA");
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `${SITE}/feed.xml?q=GMLRS&country=CA`);
    for (const href of ["/notifications.csv?q=GMLRS&country=CA", "/feed.xml?q=GMLRS&country=CA", "/api/notifications?q=GMLRS&country=CA"]) {
      expect((await request.get(href)).status(), href).toBe(200);
    }
    const download = page.waitForEvent("download");
    await links.getByRole("link", { name: "Download CSV" }).click();
    expect((await download).suggestedFilename()).toBe("fms-notifications.csv");
  });
});

test.describe("link previews of a deal", () => {
  test("the Open Graph image is a 1200×630 PNG; an unknown deal's is a 404", async ({ page, request }) => {
    await page.goto(SEED.canadaHimars);
    const imageUrl = await page.locator('head meta[property="og:image"]').getAttribute("content");
    expect(imageUrl!.startsWith(`${SITE}/deals/${CANADA.slug}/opengraph-image`)).toBe(true);
    await expect(page.locator('head meta[name="twitter:image"]')).toHaveAttribute("content", imageUrl!);
    const image = await request.get(new URL(imageUrl!).pathname + new URL(imageUrl!).search);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    const png = await image.body();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect((await request.get("/deals/no-such-deal/opengraph-image")).status()).toBe(404);
  });

  test("the deal page carries parseable JSON-LD with the record's facts", async ({ page }) => {
    await page.goto(SEED.canadaHimars);
    const blocks = page.locator('script[type="application/ld+json"]');
    await expect(blocks).toHaveCount(1);
    const data = JSON.parse((await blocks.textContent())!);
    expect(data["@context"]).toBe("https://schema.org");
    expect(data.url).toBe(`${SITE}${SEED.canadaHimars}`);
    expect(data.mainEntity).toMatchObject({
      "@type": "SellAction",
      startTime: CANADA.announcedOn,
      buyer: { "@type": "Country", name: recipientName("CA") },
      price: CANADA.estimatedValueUsd,
      priceCurrency: "USD",
    });
    expect(data.mainEntity.object.map((o: { name: string }) => o.name)).toEqual(CANADA.systems.map((s) => systems.find((x) => x.slug === s)!.name));
  });
});
