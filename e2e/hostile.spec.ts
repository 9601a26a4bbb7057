import { XMLParser } from "fast-xml-parser";
import { expect, test, type Page } from "@playwright/test";
import { waitForHydration } from "./helpers";
import { HOSTILE, HOSTILE_URL } from "./servers";

/**
 * Hostile data renders inert. The second e2e server serves tests/fixtures/hostile-seeds/, whose
 * notification has markup and script in its title, summary, line items, contractor, notes,
 * sources and claims (and its recipient's context). Everywhere the app shows them they must
 * be text: shown literally, no dialog, no element created from them.
 *
 * To cover a new page, add it to PAGES with the text it must show literally; for a new
 * non-HTML output (JSON, feed, CSV, image), add a row to OUTPUTS.
 */
const PAGES: { path: string; literal: string[] }[] = [
  { path: "/", literal: [HOSTILE.title, HOSTILE.summary] },
  { path: "/?country=CA", literal: [HOSTILE.title, HOSTILE.summary] },
  { path: `/deals/${HOSTILE.slug}`, literal: [HOSTILE.title, HOSTILE.summary] },
  { path: "/?q=HIMARS", literal: [HOSTILE.title] },
  { path: "/countries/CA", literal: [HOSTILE.title] },
  { path: "/systems/m142-himars", literal: [HOSTILE.title] },
  // Contractors and regions (issue 21): a contractor's names, history and note, a region's description and sources.
  { path: "/contractors", literal: [HOSTILE.contractor] },
  { path: "/contractors/hostile-contractor", literal: [HOSTILE.contractor, HOSTILE.history, HOSTILE.note] },
  { path: `/years/${HOSTILE.fiscalYear}`, literal: [HOSTILE.contractor] },
  { path: "/countries/NL", literal: [] },
];

/** Every id the fixture's markup would create if it were parsed as HTML. */
const INJECTED = [
  "injected-title",
  "injected-summary",
  "injected-mde",
  "injected-item",
  "injected-location",
  "injected-object",
  "injected-publisher",
  "injected-context",
  // The official record's text fields and a report on the sale (tests/fixtures/hostile-seeds/reports/).
  "injected-agency",
  "injected-case",
  "injected-report-title",
  "injected-report-description",
  "injected-report-notes",
  "injected-report-publisher",
  "injected-region",
  "injected-region-source",
  "injected-history",
  "injected-history-publisher",
  "injected-contractor-note",
];

/** Opens a page of the hostile server; returns every alert/confirm/prompt and CSP violation seen. */
async function openHostile(page: Page, path: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const response = await page.goto(`${HOSTILE_URL}${path}`);
  expect(response?.status()).toBe(200);
  // The load event has run the page's scripts and loaded (or failed) its images, so any inline
  // handler from the data has fired; hydration is where the data would reach the DOM again.
  await waitForHydration(page);
  // Nothing from the data tried to run (an injected inline script would show up here first).
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  return dialogs;
}

test.describe("hostile data renders as text", () => {
  for (const { path, literal } of PAGES) {
    test(`on ${path}`, async ({ page }) => {
      const dialogs = await openHostile(page, path);
      for (const text of literal) await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
      for (const id of INJECTED) await expect(page.locator(`[id="${id}"]`)).toHaveCount(0);
      // No element the data names exists: no <img src=x>, <svg onload>, <iframe>, <object>, <style>.
      await expect(page.locator("iframe, object, img[src='x'], svg[onload], body style")).toHaveCount(0);
      // The only scripts are the app's own (each carries the CSP nonce); none holds the data.
      const inlineScripts = await page.locator("script:not([src])").evaluateAll((els) => els.map((e) => e.textContent ?? ""));
      for (const script of inlineScripts) expect(script).not.toMatch(/<script>alert|onerror="alert/);
      expect(dialogs).toEqual([]);
    });
  }

  test("on the deal page: every hostile field is shown literally, and the source link is inert", async ({ page }) => {
    const dialogs = await openHostile(page, `/deals/${HOSTILE.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE.title);
    for (const text of [
      '<svg onload="alert(\'mde\')"></svg><b id="injected-mde">MDE</b>',
      '</li><li id="injected-item">extra item</li>',
      "{{constructor.constructor('alert(1)')()}}",
      '<object data="x" id="injected-object"></object>Implementation',
      '<img src=x onerror="alert(\'claim\')">Claim',
    ]) {
      await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
    }
    await expect(page.getByText('<iframe src="javascript:alert(\'contractor\')"></iframe>Contractor').first()).toBeVisible();
    await expect(page.getByText('<script>alert("context")</script><b id="injected-context">Context</b>').first()).toBeVisible();
    // The official record's fields and the later report: text too, with the facts in their places.
    const facts = page.getByTestId("deal-facts");
    await expect(facts.getByTestId("agency")).toHaveText('<b id="injected-agency">Army</b> · case <i id="injected-case">CN</i>');
    await expect(facts.getByTestId("transmittal")).toHaveText("99-901");
    await expect(facts.getByTestId("delivered")).toContainText("31 May 2025");
    await expect(facts.getByTestId("record-date")).toContainText("10 June 2025");
    await expect(facts.getByTestId("register-date")).toContainText("1 July 2025");
    // Each date names its source, the publisher shown as text.
    await expect(facts.getByTestId("register-date").getByRole("link", { name: '<b id="injected-publisher">Publisher</b>' })).toHaveAttribute("href", "#source-gazette");
    await expect(facts.getByTestId("value-split")).toContainText("Major defense equipment: $200,000,000");
    await expect(facts.getByTestId("funding")).toContainText("National funds");
    const change = page.getByTestId("later-change");
    await expect(change.getByRole("heading", { level: 3 })).toHaveText('<script>alert("report")</script><b id="injected-report-title">Report</b>');
    await expect(change).toContainText('<img src=x onerror="alert(\'report\')"><i id="injected-report-description">Description</i>');
    await expect(change).toContainText('<b id="injected-report-publisher">Record</b>');
    await expect(change.getByTestId("later-change-value")).toHaveText("Estimated value: $300,000,000 to $320,000,000");
    // The link keeps the odd characters inside its (http) URL; it is not a javascript: link.
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    expect(hrefs.some((h) => h.startsWith("https://example.com/report?q="))).toBe(true);
    // Tags and social cards carry the title as text too.
    await expect(page).toHaveTitle(/^Canada: M142 HIMARS/);
    expect(await page.locator('meta[property="og:description"]').getAttribute("content")).toContain(HOSTILE.title);
    await page.getByRole("link", { name: /Publisher/ }).first().click();
    expect(dialogs).toEqual([]);
  });

  test("long unbroken hostile strings wrap on a phone: no horizontal scroll", async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 900 });
    await openHostile(page, `/deals/${HOSTILE.slug}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Nor does any text run out of its box.
    const spilling = await page.evaluate(() =>
      [...document.querySelectorAll("main *")]
        .filter((e) => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === "visible")
        .map((e) => `${e.tagName.toLowerCase()}: ${(e.textContent ?? "").slice(0, 60)}`),
    );
    expect(spilling).toEqual([]);
  });

  /** Non-HTML outputs: each row fetches the output and asserts the hostile text is there as data. */
  const OUTPUTS: { path: string; check: (body: string, contentType: string) => void }[] = [
    { path: "/healthz", check: (body) => expect(JSON.parse(body)).toMatchObject({ status: "ok", notifications: 2 }) },
    {
      path: "/api/notifications?country=CA",
      check: (body) =>
        expect((JSON.parse(body) as { data: { title: string; summary: string }[] }).data[0]).toMatchObject({
          title: HOSTILE.title,
          summary: HOSTILE.summary,
          implementingAgency: '<b id="injected-agency">Army</b>',
          caseDesignator: '<i id="injected-case">CN</i>',
          laterChanges: [expect.objectContaining({ title: '<script>alert("report")</script><b id="injected-report-title">Report</b>' })],
        }),
    },
    {
      path: "/feed.xml?country=CA",
      check: (body, type) => {
        expect(type).toContain("application/atom+xml");
        // Escaped as XML text: no tag from the data survives as markup.
        expect(body).not.toContain("<script>");
        type Text = string | { "#text": string };
        const text = (t: Text) => (typeof t === "string" ? t : t["#text"]);
        const feed = new XMLParser({ ignoreAttributes: false }).parse(body) as { feed: { entry: { summary: Text } | { summary: Text }[] } };
        // The parsed summary (XML-unescaped) holds the hostile title and summary as plain text.
        const summaries = [feed.feed.entry].flat().map((e) => text(e.summary));
        expect(summaries.some((t) => t.includes(HOSTILE.title) && t.includes(HOSTILE.summary))).toBe(true);
      },
    },
    {
      path: "/notifications.csv?country=CA",
      check: (body, type) => {
        expect(type).toContain("text/csv");
        expect(body).toContain(`"${HOSTILE.title.replaceAll('"', '""')}"`);
        // The official record's text columns too, quoted as data.
        expect(body).toContain(`"<b id=""injected-agency"">Army</b>"`);
        expect(body).toContain(`"<i id=""injected-case"">CN</i>"`);
      },
    },
    { path: `/deals/${HOSTILE.slug}/opengraph-image`, check: (_body, type) => expect(type).toBe("image/png") },
    {
      path: `/years/${HOSTILE.fiscalYear}/tables.csv?table=contractors`,
      check: (body, type) => {
        expect(type).toContain("text/csv");
        expect(body).toContain(`"${HOSTILE.contractor.replaceAll('"', '""')}"`);
      },
    },
    {
      path: `/years/${HOSTILE.fiscalYear}/tables.json?table=contractors`,
      check: (body) => expect((JSON.parse(body) as { tables: { contractors: { label: string }[] } }).tables.contractors.map((c) => c.label)).toContain(HOSTILE.contractor),
    },
  ];
  for (const { path, check } of OUTPUTS) {
    test(`output ${path}`, async ({ request }) => {
      const response = await request.get(`${HOSTILE_URL}${path}`);
      expect(response.status()).toBe(200);
      check(await response.text(), response.headers()["content-type"] ?? "");
    });
  }
});
