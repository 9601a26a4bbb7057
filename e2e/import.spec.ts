import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { entrySlugs } from "./helpers";

// Records written by `npm run import` from real DSCA release texts (tests/import/fixtures)
// are ordinary seed files: they reach the timeline and deal pages like every other record.
const GREECE = "/deals/2024-11-14-greece-f-16";

test.describe("imported DSCA releases", () => {
  test("an imported notification is on the timeline, under its month, with its value", async ({ page }) => {
    await page.goto("/?country=GR");
    expect(await entrySlugs(page)).toContain("2024-11-14-greece-f-16");
    const entry = page.getByTestId("timeline-entry").filter({ has: page.locator(`a[href="${GREECE}"]`) });
    await expect(entry.getByRole("heading", { level: 4 })).toHaveText("F-16 Engine Follow-On Support");
    await expect(entry.getByText("$160 million", { exact: true })).toBeVisible();
    await expect(entry.locator("time")).toHaveAttribute("datetime", "2024-11-14");
  });

  test("its deal page shows the facts read from the release and the official notice as its source", async ({ page }) => {
    const response = await page.goto(GREECE);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("F-16 Engine Follow-On Support");
    const facts = page.getByRole("region", { name: "Facts" });
    await expect(facts).toContainText("Thursday, 14 November 2024");
    await expect(facts).toContainText("General Electric Aerospace, Evendale, OH");
    await expect(facts).toContainText("24-114");
    await expect(page.getByTestId("review-period")).toContainText("15 days");

    const source = page.getByTestId("source");
    await expect(source).toHaveCount(1);
    await expect(source).toContainText("Official notice");
    await expect(source).toContainText("Defense Security Cooperation Agency");
    await expect(source.getByRole("link", { name: /dsca\.mil/ })).toHaveAttribute("href", "https://www.dsca.mil/press-media/major-arms-sales/greece-f-16-engine-follow-support");
  });

  test("an imported release links to its address and keeps no copy; the record says which facts the text lacked", async ({ page, request }) => {
    const slug = "2019-07-30-egypt-ship-follow-on-technical-support";
    const seed = JSON.parse(readFileSync(path.join(process.cwd(), "seeds", "notifications", `${slug}.json`), "utf8")) as { sources: { url: string; document: string | null }[] };
    expect(seed.sources[0]!.document).toBeNull();
    await page.goto(`/deals/${slug}`);
    await expect(page.getByRole("region", { name: "Facts" })).toContainText("VSE Corporation");
    await expect(page.locator("main")).toContainText("Not in the text, so not recorded: transmittal number, major defense equipment lines and non-MDE items.");
    await expect(page.getByTestId("source").first().getByRole("link", { name: /defense-aerospace\.com/ })).toHaveAttribute("href", seed.sources[0]!.url);
    // The copy the old importer kept (document 006) is gone; the four seed documents stay.
    expect((await request.get("/documents/006_9b4dca316c5d2091.txt")).status()).toBe(404);
    expect((await request.get("/documents/001_e151bc74b9e949ea.txt")).status()).toBe(200);
  });
});
