import { expect, test, type Page } from "@playwright/test";
import { SEED } from "./helpers";

const CANADA_TITLE = "M142 High Mobility Artillery Rocket Systems (HIMARS) and related equipment";

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
    await expect(page).toHaveTitle("Canada: M142 HIMARS, $1.75 billion · FMS Timeline");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(CANADA_TITLE);
    const header = page.getByRole("article").locator("header");
    await expect(header).toContainText("Canada");
    await expect(header.locator("time")).toHaveText("1 October 2025");
    await expect(header.getByText("$1.75 billion", { exact: true })).toBeVisible();
    await expect(header.getByText("$1,750,000,000", { exact: true })).toBeVisible();

    const facts = page.getByRole("region", { name: "Facts" });
    await expect(facts).toContainText("Wednesday, 1 October 2025");
    await expect(facts).toContainText("Lockheed Martin, Grand Prairie, Texas");
    await expect(facts.getByRole("link", { name: "Canada" })).toHaveAttribute("href", "/countries/CA");
    await expect(facts.getByRole("link", { name: "M142 HIMARS" })).toHaveAttribute("href", "/systems/m142-himars");
  });

  test("Canada HIMARS: the six major defense equipment lines", async ({ page }) => {
    await page.goto(SEED.canadaHimars);
    const lines = page.getByTestId("mde-line");
    await expect(lines).toHaveCount(6);
    const rows = await lines.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").replace(/\s+/g, " ").trim())),
    );
    expect(rows).toEqual([
      ["26", "M142 HIMARS launchers"],
      ["132", "M31A2 GMLRS Unitary pods"],
      ["132", "M30A2 GMLRS Alternative Warhead pods"],
      ["32", "M403 Extended Range GMLRS Alternative Warhead pods"],
      ["32", "M404 Extended Range GMLRS Unitary pods"],
      ["64", "M57 ATACMS pods"],
    ]);
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveText(["Quantity", "Item"]);
  });

  test("Canada HIMARS: review period is 15 days and over", async ({ page }) => {
    await page.goto(SEED.canadaHimars);
    await expect(review(page)).toContainText("15 days");
    await expect(review(page)).toContainText("Canada is a NATO member");
    await expect(review(page)).toContainText("Starts1 October 2025");
    await expect(review(page)).toContainText("Ends16 October 2025");
    await expect(review(page).locator("time")).toHaveAttribute("datetime", "2025-10-16");
    await expect(page.getByTestId("review-status")).toHaveText("The review period is over.");
  });

  test("Canada HIMARS: sources open safely in a new tab", async ({ page }) => {
    await page.goto(SEED.canadaHimars);
    const sources = page.getByTestId("source");
    await expect(sources).toHaveCount(10);
    await expect(page.getByRole("heading", { level: 2, name: "Sources (10)" })).toBeVisible();
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
    expect(await external.count()).toBe(6);
    for (const rel of await external.evaluateAll((as) => as.map((a) => a.getAttribute("rel") ?? ""))) {
      expect(rel.split(/\s+/)).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
    }
  });

  test("Canada HIMARS: seed document 001 reports the value in Canadian dollars", async ({ page, request }) => {
    await page.goto(SEED.canadaHimars);
    const seed001 = page.getByTestId("source").filter({ hasText: "Seed document 001" });
    await expect(seed001).toHaveCount(1);
    const reported = seed001.getByTestId("reported-value");
    await expect(reported).toContainText("Reported the value as “$2.4 billion” in CAD (C$2.4 billion); the DSCA estimate is US$1.75 billion.");
    await expect(reported).toContainText("Consistent: $2.4 billion is the Canadian-dollar equivalent");
    const doc = seed001.getByRole("link", { name: "Read the document" });
    await expect(doc).toHaveAttribute("href", "/documents/001_e151bc74b9e949ea.txt");
    const text = await request.get("/documents/001_e151bc74b9e949ea.txt");
    expect(text.status()).toBe(200);
    expect(text.headers()["content-type"]).toContain("text/plain");
    expect(await text.text()).toContain("2.4 billion");
  });

  test("Canada HIMARS: official context about Canada, with its source, set apart from the notification", async ({ page }) => {
    await page.goto(SEED.canadaHimars);
    const context = page.getByRole("region", { name: "Canada and Foreign Military Sales" });
    await expect(context).toContainText("not part of this notification");
    await expect(context.getByRole("listitem")).toHaveCount(4);
    await expect(context).toContainText("71% of all projected Canadian major defence equipment expenditures");
    await expect(context).toContainText("approximately US$13 billion");
    await expect(context.getByRole("link", { name: "Embassy of Canada to the United States (Connect2Canada)" }).first()).toHaveAttribute(
      "href",
      "/documents/003_c29f1e1221641c2a.txt",
    );
    // Only recipients with official context get the section.
    await page.goto("/deals/2025-08-28-ukraine-eram");
    await expect(page.getByRole("heading", { name: /and Foreign Military Sales/ })).toHaveCount(0);
  });

  test("Canada HIMARS: claims are checked with verdicts", async ({ page }) => {
    await page.goto(SEED.canadaHimars);
    await expect(page.getByTestId("claim")).toHaveCount(7);
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
    await page.goto("/deals/2025-08-28-ukraine-eram");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Extended Range Attack Munition (ERAM) air-launched missiles and related equipment",
    );
    await expect(page.getByRole("article").locator("header")).toContainText("$825 million");
    await expect(review(page)).toContainText("30 days");
    await expect(review(page)).toContainText("Ukraine is neither a NATO member nor one of the five named partners");
    await expect(review(page)).toContainText("Ends27 September 2025");
    await expect(page.getByTestId("review-status")).toHaveText("The review period is over.");
    const lines = page.getByTestId("mde-line");
    await expect(lines).toHaveCount(2);
    await expect(lines.nth(0)).toHaveText(/^\s*3,350\s*Extended Range Attack Munition \(ERAM\) air-launched missiles\s*$/);
    await expect(lines.nth(1)).toHaveText(/^\s*3,350\s*GPS navigation\/guidance units\s*$/);
    const facts = page.getByRole("region", { name: "Facts" });
    await expect(facts).toContainText("Principal contractors");
    await expect(facts).toContainText("Zone 5 Technologies, California");
    await expect(facts).toContainText("CoAspire, Virginia");
    const engineers = claim(page, "Canadian and Dutch engineers");
    await expect(engineers).toHaveAttribute("data-verdict", "unsupported");
    await expect(engineers.getByText("Unsupported", { exact: true })).toBeVisible();
  });

  test("Netherlands AMRAAM: $570 million, up to 232 AIM-120C-8, 15 days", async ({ page }) => {
    await page.goto("/deals/2025-09-16-netherlands-amraam");
    const header = page.getByRole("article").locator("header");
    await expect(header.getByText("$570 million", { exact: true })).toBeVisible();
    await expect(header.getByText("$570,000,000", { exact: true })).toBeVisible();
    await expect(page.getByTestId("mde-line").first()).toHaveText(/^\s*up to 232\s*AIM-120C-8 AMRAAM missiles\s*$/);
    await expect(review(page)).toContainText("15 days");
    await expect(review(page)).toContainText("Netherlands is a NATO member");
    await expect(review(page)).toContainText("Ends1 October 2025");
  });

  test("a low-confidence record shows the caveat", async ({ page }) => {
    await page.goto("/deals/2025-12-22-denmark-amraam-er");
    const caveats = page.getByRole("complementary", { name: "Caveats" });
    await expect(caveats).toBeVisible();
    await expect(caveats).toContainText(/^Low confidence\. This record rests on weak sources/);
    await caveats.getByRole("link", { name: "research notes" }).click();
    await expect(page).toHaveURL(/#notes-heading$/);
    await expect(page.getByRole("heading", { level: 2, name: "Research notes" })).toBeInViewport();
    await expect(page.getByRole("region", { name: "Research notes" })).toContainText("LOW CONFIDENCE on sources");
    // A standard record with an exact date has no caveats.
    await page.goto(SEED.canadaHimars);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Caveats" })).toHaveCount(0);
    await expect(page.getByText(/low confidence/i)).toHaveCount(0);
  });

  test("an approximate-date record says so", async ({ page }) => {
    await page.goto("/deals/2024-03-19-morocco-javelin");
    const header = page.getByRole("article").locator("header");
    await expect(header.locator("time")).toHaveText("19 March 2024");
    await expect(header.getByText("approximate date", { exact: true })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Caveats" })).toContainText(/^Approximate date\./);
    await expect(page.getByRole("complementary", { name: "Caveats" })).not.toContainText(/low confidence/i);
    await expect(page.getByRole("region", { name: "Facts" })).toContainText("Tuesday, 19 March 2024 (approximate)");
    // On the timeline too.
    await page.goto("/?country=MA");
    const entry = page.getByTestId("timeline-entry").filter({ has: page.locator('time[datetime="2024-03-19"]') });
    await expect(entry).toHaveCount(1);
    await expect(entry.getByText("approx. date")).toBeVisible();
  });

  test("an emergency sale shows the review was waived", async ({ page }) => {
    await page.goto("/deals/2025-02-28-israel-mk-84");
    await expect(review(page)).toContainText("15 days");
    await expect(review(page)).toContainText("Waived.");
    await expect(review(page)).toContainText("The Secretary of State declared an emergency, so the sale did not wait for the review period.");
    await expect(page.getByTestId("review-status")).toHaveCount(0);
  });

  test("dates do not shift with the server's time zone (Pacific/Auckland)", async ({ page }) => {
    await page.goto(SEED.canadaHimars);
    await expect(page.getByRole("article").locator("header time")).toHaveAttribute("datetime", "2025-10-01");
    await expect(page.getByRole("article").locator("header time")).toHaveText("1 October 2025");
    await page.goto("/?from=2025-10-01&to=2025-10-01");
    await expect(page.getByRole("link", { name: "Remove filter: from 1 Oct 2025" })).toBeVisible();
    await expect(page.getByTestId("timeline-entry")).toHaveCount(1);
    await expect(page.getByTestId("timeline-entry").locator("time")).toHaveText("1 Oct 2025");
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
    await page.goto("/?country=CA");
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("America/Los_Angeles");
    const entry = page.getByTestId("timeline-entry");
    await expect(entry).toHaveCount(1);
    await expect(entry.locator("time")).toHaveText("1 Oct 2025");
    await expect(page.getByRole("heading", { level: 3 })).toHaveText("October 2025 · 1");
    // Client-side navigation to the deal page.
    await entry.getByRole("link", { name: CANADA_TITLE }).click();
    await expect(page).toHaveURL(SEED.canadaHimars);
    await expect(page.getByRole("article").locator("header time")).toHaveText("1 October 2025");
    await expect(page.getByRole("region", { name: "Facts" })).toContainText("Wednesday, 1 October 2025");
    await expect(review(page)).toContainText("Ends16 October 2025");
    // And back, through the client router.
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "All notifications" }).click();
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { level: 3 }).first()).toHaveText("December 2025 · 10");
    await expect(page.getByTestId("timeline-entry").first().locator("time")).toHaveText("22 Dec 2025");
    expect(errors, "no hydration mismatch or other errors").toEqual([]);
  });
});
