import { expect, test, type Page } from "@playwright/test";
import { dealHeader, entries, escape, SEED } from "./helpers";
import { addDays, bySlug, CANADA_HIMARS, longDate, matching, monthName, notifications, PAGE_SIZE, recipient, recipientName, shortDate, sortedNewestFirst, systemName, usd, usdExact, weekday, type Notification } from "./seed-data";

// The facts each test expects are read from the deal's seed file (e2e/seed-data.ts): research may
// add a transmittal number or a delivered date to a record, and the page must follow.
const CANADA = bySlug(CANADA_HIMARS);
const CANADA_TITLE = CANADA.title;

/** The review period's first and last day: from the delivered date when known, else the announcement. */
function reviewDays(n: Notification, days: 15 | 30) {
  const starts = n.deliveredToCongress?.on ?? n.announcedOn;
  return { starts, ends: addDays(starts, days) };
}

function review(page: Page) {
  return page.getByTestId("review-period");
}

function claim(page: Page, text: string) {
  return page.getByTestId("claim").filter({ hasText: text });
}

test.describe("deal page", () => {
  test("Canada HIMARS: headline facts", async ({ page }) => {
    const response = await page.goto(SEED.canadaHimars);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(`Canada: ${systemName(CANADA.systems[0]!)}, ${usd(CANADA.estimatedValueUsd)} · FMS Timeline`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(CANADA_TITLE);
    const header = dealHeader(page);
    await expect(header).toContainText("Canada");
    await expect(header.locator("time")).toHaveText(longDate(CANADA.announcedOn));
    await expect(header.getByText(usd(CANADA.estimatedValueUsd), { exact: true })).toBeVisible();
    await expect(header.getByText(usdExact(CANADA.estimatedValueUsd), { exact: true })).toBeVisible();

    const facts = page.getByRole("region", { name: "Facts" });
    await expect(facts).toContainText(`${weekday(CANADA.announcedOn)}, ${longDate(CANADA.announcedOn)}`);
    for (const c of CANADA.principalContractors) await expect(facts).toContainText(`${c.name}, ${c.location}`);
    await expect(facts.getByRole("link", { name: "Canada" })).toHaveAttribute("href", "/countries/CA");
    await expect(facts.getByRole("link", { name: "M142 HIMARS" })).toHaveAttribute("href", "/systems/m142-himars");
  });

  test("Canada HIMARS: the six major defense equipment lines", async ({ page }) => {
    await page.goto(SEED.canadaHimars);
    const lines = page.getByTestId("mde-line");
    await expect(lines).toHaveCount(CANADA.majorDefenseEquipment.length);
    const rows = await lines.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").replace(/\s+/g, " ").trim())),
    );
    expect(rows).toEqual(CANADA.majorDefenseEquipment.map((m) => [`${m.upTo ? "up to " : ""}${m.quantity!.toLocaleString("en-US")}`, m.description]));
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveText(["Quantity", "Item"]);
  });

  test("Canada HIMARS: review period is 15 days and over", async ({ page }) => {
    await page.goto(SEED.canadaHimars);
    const { starts, ends } = reviewDays(CANADA, 15);
    await expect(review(page)).toContainText("15 days");
    await expect(review(page)).toContainText("Canada is a NATO member");
    await expect(review(page)).toContainText(`Starts${longDate(starts)}`);
    await expect(review(page)).toContainText(`Ends${longDate(ends)}`);
    await expect(review(page).locator("time")).toHaveAttribute("datetime", ends);
    await expect(page.getByTestId("review-status")).toHaveText("The review period is over.");
  });

  test("Canada HIMARS: sources open safely in a new tab", async ({ page }) => {
    await page.goto(SEED.canadaHimars);
    const sources = page.getByTestId("source");
    await expect(sources).toHaveCount(CANADA.sources.length);
    await expect(page.getByRole("heading", { level: 2, name: `Sources (${CANADA.sources.length})` })).toBeVisible();
    const expected: [string, string][] = [
      ["castanet.net", "https://www.castanet.net/news/Canada/575580/U-S-approves-sale-of-mobile-artillery-rocket-systems-to-Canada"],
      ["defensehere.com", "https://defensehere.com/canada-approved-to-purchase-himars-in-1-75-billion-deal"],
      ["caliber.az", "https://caliber.az/en/post/us-approves-1-75-billion-himars-sale-to-canada"],
    ];
    for (const [host, href] of expected) {
      const link = page.getByRole("link", { name: `${host} (opens in a new tab)` });
      await expect(link).toHaveAttribute("href", href);
      await expect(link).toHaveAttribute("target", "_blank");
      const rel = ((await link.getAttribute("rel")) ?? "").split(/\s+/);
      expect(rel).toContain("noopener");
      expect(rel).toContain("noreferrer");
    }
    const external = page.locator('a[target="_blank"]');
    // Each source with an address opens it; each taken through a compilation also links to the compiled file.
    expect(await external.count()).toBe(CANADA.sources.filter((x) => x.url).length + CANADA.sources.filter((x) => x.via).length);
    for (const rel of await external.evaluateAll((as) => as.map((a) => a.getAttribute("rel") ?? ""))) {
      expect(rel.split(/\s+/)).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
    }
  });

  test("Canada HIMARS: a source that reports the value in its own currency says so, with the document it comes from", async ({ page, request }) => {
    const reporting = CANADA.sources.find((x) => x.reportedValue && x.document);
    if (!reporting) throw new Error("Canada's HIMARS record has no kept document that reports the value in its own words: pick another record");
    const value = reporting.reportedValue!;
    await page.goto(SEED.canadaHimars);
    const source = page.getByTestId("source").filter({ hasText: reporting.publisher });
    await expect(source).toHaveCount(1);
    const reported = source.getByTestId("reported-value");
    await expect(reported).toContainText(`Reported the value as “${value.text}”${value.currency === "USD" ? "" : ` in ${value.currency}`}`);
    await expect(reported).toContainText(`the DSCA estimate is US${usd(CANADA.estimatedValueUsd)}.`);
    // The first claim resting on this source gives the verdict on the figure.
    const verdict = CANADA.claims.find((c) => c.source === reporting.id);
    if (verdict) await expect(reported).toContainText(`${verdict.verdict[0]!.toUpperCase()}${verdict.verdict.slice(1)}: ${verdict.reason}`);
    const file = reporting.document!.split("/").pop()!;
    await expect(source.getByRole("link", { name: "Read the document" })).toHaveAttribute("href", `/documents/${file}`);
    const text = await request.get(`/documents/${file}`);
    expect(text.status()).toBe(200);
    expect(text.headers()["content-type"]).toContain("text/plain");
    expect(await text.text()).toContain(value.text.replace(/^\$/, ""));
  });

  test("Canada HIMARS: official context about Canada, with its source, set apart from the notification", async ({ page }) => {
    const context = recipient(CANADA.recipient).context ?? [];
    expect(context.length, "Canada has official context in seeds/recipients.json").toBeGreaterThan(0);
    await page.goto(SEED.canadaHimars);
    const region = page.getByRole("region", { name: `${recipientName(CANADA.recipient)} and Foreign Military Sales` });
    await expect(region).toContainText("not part of this notification");
    await expect(region.getByRole("listitem")).toHaveCount(context.length);
    for (const c of context) await expect(region).toContainText(c.fact);
    const kept = context.find((c) => c.source.document && !c.source.url);
    if (kept) await expect(region.getByRole("link", { name: kept.source.publisher }).first()).toHaveAttribute("href", `/documents/${kept.source.document!.split("/").pop()}`);
    // Only recipients with official context get the section.
    const without = notifications.find((n) => !(recipient(n.recipient).context ?? []).length)!;
    await page.goto(`/deals/${without.slug}`);
    await expect(page.getByRole("heading", { name: /and Foreign Military Sales/ })).toHaveCount(0);
  });

  test("Canada HIMARS: claims are checked with verdicts", async ({ page }) => {
    await page.goto(SEED.canadaHimars);
    await expect(page.getByTestId("claim")).toHaveCount(CANADA.claims.length);
    const biden = claim(page, "President Joe Biden and Prime Minister Justin Trudeau");
    await expect(biden).toHaveCount(1);
    await expect(biden).toHaveAttribute("data-verdict", "contradicted");
    await expect(biden.getByText("Contradicted", { exact: true })).toBeVisible();
    await expect(biden).toContainText("Mark Carney");

    const cad = claim(page, "an estimated cost of $2.4 billion");
    await expect(cad).toHaveCount(1);
    await expect(cad).toHaveAttribute("data-verdict", "consistent");
    await expect(cad.getByText("Consistent", { exact: true })).toBeVisible();
    await expect(cad.getByRole("link", { name: "Seed document 001 (news report quoting DSCA)" })).toHaveAttribute("href", "#source-seed-001");
  });

  test("Ukraine ERAM: 30-day review, quantities, contractors, unsupported claim", async ({ page }) => {
    const eram = bySlug("2025-08-28-ukraine-eram");
    await page.goto("/deals/2025-08-28-ukraine-eram");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(eram.title);
    await expect(dealHeader(page)).toContainText(usd(eram.estimatedValueUsd));
    await expect(review(page)).toContainText("30 days");
    await expect(review(page)).toContainText("Ukraine is neither a NATO member nor one of the five named partners");
    await expect(review(page)).toContainText(`Ends${longDate(reviewDays(eram, 30).ends)}`);
    await expect(page.getByTestId("review-status")).toHaveText("The review period is over.");
    const lines = page.getByTestId("mde-line");
    await expect(lines).toHaveCount(eram.majorDefenseEquipment.length);
    for (const [i, m] of eram.majorDefenseEquipment.entries()) {
      await expect(lines.nth(i)).toHaveText(new RegExp(`^\\s*${m.quantity!.toLocaleString("en-US")}\\s*${escape(m.description)}\\s*$`));
    }
    const facts = page.getByRole("region", { name: "Facts" });
    await expect(facts).toContainText("Principal contractors");
    for (const c of eram.principalContractors) await expect(facts).toContainText(`${c.name}, ${c.location}`);
    const engineers = claim(page, "Canadian and Dutch engineers");
    await expect(engineers).toHaveAttribute("data-verdict", "unsupported");
    await expect(engineers.getByText("Unsupported", { exact: true })).toBeVisible();
  });

  test("Netherlands AMRAAM: value, up-to quantity, 15 days", async ({ page }) => {
    const nl = bySlug("2025-09-16-netherlands-amraam");
    const first = nl.majorDefenseEquipment[0]!;
    await page.goto("/deals/2025-09-16-netherlands-amraam");
    const header = dealHeader(page);
    await expect(header.getByText(usd(nl.estimatedValueUsd), { exact: true })).toBeVisible();
    await expect(header.getByText(usdExact(nl.estimatedValueUsd), { exact: true })).toBeVisible();
    expect(first.upTo).toBe(true);
    await expect(page.getByTestId("mde-line").first()).toHaveText(new RegExp(`^\\s*up to ${first.quantity!.toLocaleString("en-US")}\\s*${escape(first.description)}\\s*$`));
    await expect(review(page)).toContainText("15 days");
    await expect(review(page)).toContainText("Netherlands is a NATO member");
    await expect(review(page)).toContainText(`Ends${longDate(reviewDays(nl, 15).ends)}`);
  });

  test("a low-confidence record shows the caveat", async ({ page }) => {
    const low = notifications.find((n) => n.confidence === "low" && n.notes)!;
    expect(low, "a low-confidence record with research notes in seeds/").toBeDefined();
    await page.goto(`/deals/${low.slug}`);
    const caveats = page.getByRole("complementary", { name: "Caveats" });
    await expect(caveats).toBeVisible();
    await expect(caveats).toContainText(/^Low confidence\. This record rests on weak sources/);
    await caveats.getByRole("link", { name: "research notes" }).first().click();
    await expect(page).toHaveURL(/#notes-heading$/);
    await expect(page.getByRole("heading", { level: 2, name: "Research notes" })).toBeInViewport();
    await expect(page.getByRole("region", { name: "Research notes" })).toContainText(low.notes!.split("\n")[0]!.slice(0, 80));
    // A standard record with an exact date has no caveats.
    expect(CANADA).toMatchObject({ confidence: "standard", dateApproximate: false });
    await page.goto(SEED.canadaHimars);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Caveats" })).toHaveCount(0);
    await expect(page.getByText(/low confidence/i)).toHaveCount(0);
  });

  test("an approximate-date record says so, on its page and in the timeline", async ({ page }) => {
    const approx = notifications.find((n) => n.dateApproximate && n.confidence === "standard")!;
    expect(approx, "a standard-confidence record with an approximate date in seeds/").toBeDefined();
    await page.goto(`/deals/${approx.slug}`);
    const header = dealHeader(page);
    await expect(header.locator("time")).toHaveText(longDate(approx.announcedOn));
    await expect(header.getByText("approximate date", { exact: true })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Caveats" })).toContainText(/^Approximate date\./);
    await expect(page.getByRole("complementary", { name: "Caveats" })).not.toContainText(/low confidence/i);
    await expect(page.getByRole("region", { name: "Facts" })).toContainText(`${weekday(approx.announcedOn)}, ${longDate(approx.announcedOn)} (approximate)`);
    // On the timeline too.
    await page.goto(`/?from=${approx.announcedOn}&to=${approx.announcedOn}`);
    const entry = entries(page).filter({ has: page.locator(`a[href="/deals/${approx.slug}"]`) });
    await expect(entry).toHaveCount(1);
    await expect(entry.getByText("approx. date")).toBeVisible();
  });

  test("dates do not shift with the server's time zone (Pacific/Auckland)", async ({ page }) => {
    await page.goto(SEED.canadaHimars);
    await expect(dealHeader(page).locator("time")).toHaveAttribute("datetime", "2025-10-01");
    await expect(dealHeader(page).locator("time")).toHaveText("1 October 2025");
    await page.goto("/?from=2025-10-01&to=2025-10-01");
    await expect(page.getByRole("link", { name: "Remove filter: from 1 Oct 2025" })).toBeVisible();
    await expect(entries(page)).toHaveCount(matching({ from: "2025-10-01", to: "2025-10-01" }).length);
    const entry = entries(page).filter({ has: page.locator(`a[href="${SEED.canadaHimars}"]`) });
    await expect(entry.locator("time")).toHaveText("1 Oct 2025");
  });
});

test.describe("in a browser in Los Angeles", () => {
  test.use({ timezoneId: "America/Los_Angeles" });

  test("dates stay the same through client-side navigation and hydration", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    const canadian = sortedNewestFirst(matching({ countries: ["CA"] }));
    const newest = sortedNewestFirst(notifications)[0]!;
    await page.goto("/?country=CA");
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("America/Los_Angeles");
    const entry = entries(page).filter({ has: page.locator(`a[href="${SEED.canadaHimars}"]`) });
    await expect(entries(page)).toHaveCount(Math.min(canadian.length, PAGE_SIZE));
    await expect(entry.locator("time")).toHaveText(shortDate(CANADA.announcedOn));
    const inOctober = canadian.slice(0, PAGE_SIZE).filter((n) => n.announcedOn.startsWith("2025-10")).length;
    await expect(page.getByRole("heading", { level: 3, name: /^October 2025/ })).toHaveText(`October 2025 · ${inOctober}`);
    // Client-side navigation to the deal page.
    await entry.getByRole("link", { name: CANADA_TITLE }).click();
    await expect(page).toHaveURL(SEED.canadaHimars);
    await expect(dealHeader(page).locator("time")).toHaveText(longDate(CANADA.announcedOn));
    await expect(page.getByRole("region", { name: "Facts" })).toContainText(`${weekday(CANADA.announcedOn)}, ${longDate(CANADA.announcedOn)}`);
    await expect(review(page)).toContainText(`Ends${longDate(reviewDays(CANADA, 15).ends)}`);
    // And back, through the client router.
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "All notifications" }).click();
    await expect(page).toHaveURL("/");
    const newestMonth = sortedNewestFirst(notifications).slice(0, PAGE_SIZE).filter((n) => n.announcedOn.startsWith(newest.announcedOn.slice(0, 7))).length;
    await expect(page.getByRole("heading", { level: 3 }).first()).toHaveText(`${monthName(newest.announcedOn.slice(0, 7))} · ${newestMonth}`);
    await expect(entries(page).first().locator("time")).toHaveText(shortDate(newest.announcedOn));
    expect(errors, "no hydration mismatch or other errors").toEqual([]);
  });
});
