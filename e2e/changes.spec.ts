import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { longDate } from "./seed-data";

/**
 * The record's change history as a reader meets it: /changes and its feed, a deal page's history,
 * and a renamed record's old address. The oracle is seeds/changes.json itself, never the page.
 */

type FieldChange = { field: string; before?: unknown; after?: unknown };
type Release = { date: string; added: string[]; changed: { slug: string; fields: FieldChange[] }[]; renamed: { from: string; to: string }[]; removed: string[] };
const { releases } = JSON.parse(readFileSync(path.join(process.cwd(), "seeds/changes.json"), "utf8")) as { releases: Release[] };
const newest = releases.at(-1)!;
const rename = releases.flatMap((r) => r.renamed.map((n) => ({ ...n, date: r.date }))).at(-1)!;

test.describe("the record's change history", () => {
  test("/changes lists the newest release first, and its links open the records", async ({ page, request }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Changes to the record" }).click();
    await expect(page).toHaveURL(/\/changes$/);
    const first = page.getByTestId("release").first();
    await expect(first.getByRole("heading", { level: 2 })).toHaveText(longDate(newest.date));
    if (newest.added.length) await expect(first).toContainText(`${newest.added.length.toLocaleString("en-US")} added`);
    if (newest.changed.length) await expect(first).toContainText(`${newest.changed.length.toLocaleString("en-US")} changed`);
    await expect(page.getByTestId("release")).toHaveCount(releases.length);

    const links = first.getByTestId("release-items").getByRole("link");
    const hrefs = await links.evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
    }

    // The whole release on its own page, windowed: a release longer than its preview links to it
    // as "All N records", a short one lists every record already and its date is the link.
    const total = newest.added.length + newest.changed.length + newest.renamed.length + newest.removed.length;
    const listed = await first.getByTestId("release-items").locator(":scope > li").count();
    const all = first.getByRole("link", { name: /^All [\d,]+ records of this release$/ });
    if (listed < total) {
      await expect(all).toHaveText(`All ${total.toLocaleString("en-US")} records of this release`);
      await all.click();
    } else {
      expect(listed).toBe(total);
      await expect(all).toHaveCount(0);
      await first.getByRole("heading", { level: 2 }).getByRole("link").click();
    }
    await expect(page).toHaveURL(new RegExp(`/changes/${newest.date}$`));
    await expect(page.getByTestId("release-window")).toContainText(`of ${total}`);
  });

  test("the Atom feed parses, one entry per release, newest first", async ({ page, request }) => {
    const response = await request.get("/changes.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    await page.goto("/changes");
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName("parsererror").length,
        root: root.localName,
        ns: root.namespaceURI,
        updated: [...root.children].find((c) => c.localName === "updated")?.textContent,
        entries: [...doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")].map((e) => e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated")[0]?.textContent),
      };
    }, xml);
    expect(feed).toEqual({
      error: 0,
      root: "feed",
      ns: "http://www.w3.org/2005/Atom",
      updated: `${newest.date}T00:00:00Z`,
      entries: [...releases].reverse().map((r) => `${r.date}T00:00:00Z`),
    });
  });

  test("a deal page says when its record was added and last changed, and what changed", async ({ page }) => {
    const changed = releases.filter((r) => r.changed.some((c) => c.slug === rename.to));
    const number = changed.flatMap((r) => r.changed.find((c) => c.slug === rename.to)!.fields).find((f) => f.field === "transmittalNumber");
    await page.goto(`/deals/${rename.to}`);
    const history = page.getByTestId("record-history");
    await expect(history.getByRole("heading", { name: "Record history" })).toBeVisible();
    const addedOn = releases.find((r) => r.added.includes(rename.from) || r.added.includes(rename.to))!.date;
    await expect(history).toContainText(`Added ${longDate(addedOn)} · last changed ${longDate(rename.date)}`);
    await expect(history).toContainText(`Renamed on ${longDate(rename.date)} from ${rename.from}`);
    if (number) await expect(history).toContainText(`transmittal number ${String(number.after)} added on ${longDate(rename.date)}`);
  });

  test("a renamed record's old address redirects permanently; an unknown one is not found", async ({ page, request }) => {
    const response = await request.get(`/deals/${rename.from}`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toMatch(new RegExp(`/deals/${rename.to}$`));
    await page.goto(`/deals/${rename.from}`);
    await expect(page).toHaveURL(new RegExp(`/deals/${rename.to}$`));
    expect((await request.get("/deals/2024-08-16-nowhere-aim-9x")).status()).toBe(404);
  });
});
