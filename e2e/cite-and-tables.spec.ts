import { expect, test } from "@playwright/test";
import { parseCsv } from "../tests/support/csv";
import { bySlug, CANADA_HIMARS, notifications, recipientName } from "./seed-data";

/**
 * Issue 20: a deal page's citation works with JavaScript off, and a recipient page's tables
 * download as the page shows them.
 */

test.describe("a deal page's citation, with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("offers plain text, BibTeX and CSL-JSON with its stable URL, transmittal number, recipient and retrieval date", async ({ page }) => {
    // A deal with a transmittal number, so the citation must carry it.
    const deal = notifications.find((n) => n.transmittalNumber && n.slug === CANADA_HIMARS) ?? notifications.find((n) => n.transmittalNumber)!;
    await page.goto(`/deals/${deal.slug}`);
    // The stable URL is on the site's public origin (SITE_URL), which the page names as canonical.
    const url = new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!, "https://unused.example").href;
    expect(url).toMatch(new RegExp(`^https?://[^/]+/deals/${deal.slug}$`));
    const cite = page.getByTestId("cite-record");
    await expect(cite.getByRole("heading", { name: "Cite this record" })).toBeVisible();

    // Plain text is open; its words are the record's.
    const text = cite.locator("#cite-text");
    await expect(text).toBeVisible();
    await expect(text).toContainText(`${recipientName(bySlug(deal.slug).recipient)}: ${deal.title}`);
    await expect(text).toContainText(`Transmittal No. ${deal.transmittalNumber}`);
    await expect(text).toContainText(/Retrieved \d{1,2} [A-Z][a-z]+ \d{4}, from /);
    await expect(text).toContainText(url);

    // The other two open without JavaScript (<details>).
    await expect(cite.locator("#cite-bibtex")).toBeHidden();
    await cite.getByText("BibTeX", { exact: true }).click();
    const bibtex = (await cite.locator("#cite-bibtex").textContent())!;
    expect(bibtex.startsWith(`@misc{fms-timeline-${deal.slug},\n`)).toBe(true);
    expect(bibtex).toContain(`url = {${url}}`);
    expect(bibtex).toContain(`number = {${deal.transmittalNumber}}`);

    await cite.getByText("CSL-JSON", { exact: true }).click();
    const csl = JSON.parse((await cite.locator("#cite-csl").textContent())!) as { type: string; URL: string; number?: string; accessed: { "date-parts": number[][] } }[];
    expect(csl).toHaveLength(1);
    expect(csl[0]).toMatchObject({ type: "dataset", URL: url, number: deal.transmittalNumber });
    expect(csl[0]!.accessed["date-parts"][0]).toHaveLength(3);

    // The Copy buttons are an enhancement: without JavaScript there are none.
    await expect(cite.getByRole("button")).toHaveCount(0);
  });
});

test("a recipient page's fiscal-year table downloads as CSV with the same rows", async ({ page, request }) => {
  const counts = new Map<string, number>();
  for (const n of notifications) counts.set(n.recipient, (counts.get(n.recipient) ?? 0) + 1);
  const code = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  await page.goto(`/countries/${code}`);

  const figure = page.getByTestId("year-chart");
  await figure.getByText("Show the numbers as a table").click();
  const shown = await figure.locator("tbody tr:not(.total)").evaluateAll((rows) =>
    rows.map((r) => [r.querySelector("th")!.textContent!.trim(), r.querySelectorAll("td")[0]!.textContent!.trim(), r.querySelectorAll("td")[1]!.textContent!.replace(/\D/g, "")]),
  );
  expect(shown.length).toBeGreaterThan(10);

  const link = page.getByTestId("table-exports").getByRole("link", { name: "CSV" });
  await expect(link).toHaveAttribute("href", `/countries/${code}/tables.csv`);
  const response = await request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toContain(`fms-recipient-${code.toLowerCase()}.csv`);
  const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
  const col = (name: string) => header!.indexOf(name);
  const downloaded = rows.filter((r) => r[0] === "fiscal-years").map((r) => [r[col("label")], r[col("notifications")], r[col("estimated_value_usd")]]);
  expect(downloaded).toEqual(shown);
  // And the sum is the recipient's whole count, from the seed files.
  expect(downloaded.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(counts.get(code));

  const json = await request.get(`/countries/${code}/tables.json?table=systems`);
  expect(Object.keys(((await json.json()) as { tables: object }).tables)).toEqual(["systems"]);
  expect((await request.get(`/countries/${code}/tables.json?colour=red`)).status()).toBe(400);
  expect((await request.get("/countries/XX/tables.csv")).status()).toBe(404);
});
