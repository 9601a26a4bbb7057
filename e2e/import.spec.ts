import { expect, test } from "@playwright/test";
import { entries, entrySlugs, escape } from "./helpers";
import { bySlug, documentsNamed, longDate, reviewPeriodDays, usd, weekday } from "./seed-data";

// Records written by `npm run import` from real DSCA release texts (tests/fixtures/releases)
// are ordinary seed files: they reach the timeline and deal pages like every other record. What
// each page should show is read from the record's file, which research may have added to since.
const GREECE = "2024-11-14-greece-f-16";
const EGYPT = "2019-07-30-egypt-ship-follow-on-technical-support";

test.describe("imported DSCA releases", () => {
  test("an imported notification is on the timeline, under its month, with its value", async ({ page }) => {
    const greece = bySlug(GREECE);
    await page.goto(`/?country=${greece.recipient}`);
    expect(await entrySlugs(page)).toContain(GREECE);
    const entry = entries(page).filter({ has: page.locator(`a[href="/deals/${GREECE}"]`) });
    await expect(entry.getByRole("heading", { level: 4 })).toHaveText(greece.title);
    await expect(entry.getByText(usd(greece.estimatedValueUsd), { exact: true })).toBeVisible();
    await expect(entry.locator("time")).toHaveAttribute("datetime", greece.announcedOn);
  });

  test("its deal page shows the facts read from the release and the official notice as its source", async ({ page }) => {
    const greece = bySlug(GREECE);
    const response = await page.goto(`/deals/${GREECE}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(greece.title);
    const facts = page.getByRole("region", { name: "Facts" });
    await expect(facts).toContainText(`${weekday(greece.announcedOn)}, ${longDate(greece.announcedOn)}`);
    for (const c of greece.principalContractors) await expect(facts).toContainText(c.location ? `${c.name}, ${c.location}` : c.name);
    if (greece.transmittalNumber) await expect(facts).toContainText(greece.transmittalNumber);
    await expect(page.getByTestId("review-period")).toContainText(`${reviewPeriodDays(greece.recipient)} days`);

    // The release the importer read is its official notice (research may have added more sources).
    await expect(page.getByTestId("source")).toHaveCount(greece.sources.length);
    const notice = greece.sources.find((s) => s.kind === "official-notice" && s.url)!;
    const release = page.getByTestId("source").filter({ has: page.locator(`a[href="${new URL(notice.url!).href}"]`) });
    await expect(release).toContainText("Official notice");
    await expect(release).toContainText(notice.publisher);
  });

  test("an imported release links to its address and keeps no copy; the record says which facts the text lacked", async ({ page, request }) => {
    const egypt = bySlug(EGYPT);
    expect(egypt.sources[0]!.document).toBeNull();
    await page.goto(`/deals/${EGYPT}`);
    for (const c of egypt.principalContractors) await expect(page.getByRole("region", { name: "Facts" })).toContainText(c.name);
    const lacked = egypt.notes?.match(/Not in the text, so not recorded: [^.]*\./)?.[0];
    expect(lacked, "the record's notes name what the text lacked").toBeTruthy();
    await expect(page.locator("main")).toContainText(lacked!);
    await expect(page.getByTestId("source").first().getByRole("link", { name: new RegExp(escape(new URL(egypt.sources[0]!.url!).hostname.replace(/^www\./, ""))) })).toHaveAttribute("href", new URL(egypt.sources[0]!.url!).href);
    // Every document the seed files name is served; nothing else in seeds/documents/ is needed.
    const named = documentsNamed();
    expect(named.length).toBeGreaterThan(0);
    for (const file of named) expect((await request.get(`/documents/${file}`)).status(), file).toBe(200);
  });
});
