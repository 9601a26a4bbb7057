import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import type { AxeResults } from "axe-core";
import { EMPTY_VIEW, expectView, firstPageSlugs, gotoHydrated, SEED, waitForHydration } from "./helpers";
import { KEPT_ROUTES, routeOf } from "../lib/server/pages.mjs";
import { bySlug, TOP_RECIPIENT } from "./seed-data";

/**
 * axe-core (package.json), run in the page itself: its source is evaluated once per page, then
 * axe.run() over the document. (@axe-core/playwright, used before, evaluated it twice per page in
 * its legacy mode and otherwise ran a second, blank page per check; these pages have no frames,
 * asserted below, so its frame handling had nothing to do.)
 */
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe's violations on the page as it stands, under the rules of these tags. Only violations are
 * asked for, so axe reports every violating node but builds a selector for one passing node per
 * rule, not for each of hundreds (the 50-entry timeline).
 */
async function axeViolations(page: Page, tags: string[]): Promise<AxeResults["violations"]> {
  expect(page.frames(), "the page has no frames").toHaveLength(1);
  await page.evaluate(AXE_SOURCE);
  const options = { runOnly: { type: "tag" as const, values: tags }, resultTypes: ["violations" as const] };
  return page.evaluate((o) => (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, o).then((r) => r.violations), options);
}

/** The newest release of the change log (seeds/changes.json): its page is checked like every kept page. */
const NEWEST_RELEASE = (JSON.parse(readFileSync(path.join(process.cwd(), "seeds/changes.json"), "utf8")) as { releases: { date: string }[] }).releases.at(-1)!.date;

/**
 * axe-core on every page, at desktop and phone width (the phone project in
 * playwright.config.ts runs this file too). To cover a new page, add it to PAGES: the first test
 * fails until every page the server keeps (lib/server/pages.mjs) is here.
 */
// `variant`: another state of a page listed above it, in the same layout. The phone project checks
// each page and its empty and not-found states, but not these (playwright.config.ts leaves out the
// @variant tag there): at phone width they are the same components in the same places, and axe on
// a 1,299-notification record costs 20–40 s a page on a busy 2-core machine.
const PAGES: { name: string; path: string; status?: number; variant?: true }[] = [
  { name: "timeline", path: "/" },
  { name: "filtered timeline, no results", path: EMPTY_VIEW.url },
  { name: "deal page", path: SEED.canadaHimars },
  { name: "not found", path: "/deals/no-such-deal", status: 404 },
  { name: "search results", path: "/?q=air-to-air", variant: true },
  { name: "recipients index", path: "/countries" },
  { name: "recipients map, filtered", path: "/countries?category=air-to-air-missile&year=2025", variant: true },
  // The table under the map, whole: the same table component, which the phone project checks on /countries.
  { name: "every recipient, in one table", path: "/countries/all", variant: true },
  { name: "country page", path: "/countries/CA" },
  { name: "systems index", path: "/systems" },
  { name: "system page", path: "/systems/amraam" },
  { name: "coverage", path: "/coverage" },
  { name: "dataset and its dictionary", path: "/data" },
  { name: "resolutions of disapproval", path: "/congress" },
  { name: "deal page challenged in Congress", path: "/deals/2024-08-13-israel-120mm-tank-ammunition", variant: true },
  { name: "contractors index", path: "/contractors" },
  { name: "contractor page", path: "/contractors/lockheed-martin" },
  { name: "fiscal years", path: "/years" },
  { name: "fiscal year", path: "/years/2025" },
  { name: "every recipient to filter by", path: "/filters/country?year=2025" },
  { name: "every system to filter by", path: "/filters/system" },
  { name: "the record's changes", path: "/changes" },
  { name: "one release of the record", path: `/changes/${NEWEST_RELEASE}` },
];

/**
 * At phone width these pages are also held to WCAG 2.2 AA's target size (axe's `target-size`:
 * every target at least 24 by 24 CSS px, or spaced as if it were): the pages a phone user lands on.
 */
const TARGET_SIZE_CHECKED = new Set(["timeline", "deal page", "recipients index", "country page", "fiscal year", "every recipient to filter by"]);

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

test.describe("accessibility (axe-core, WCAG 2.1 A and AA; 2.2 AA target size at phone width)", () => {
  test("every page the server keeps is checked here", () => {
    const pages = KEPT_ROUTES.filter((r) => r.kind === "page").map((r) => r.route);
    const covered = new Set(PAGES.map((p) => routeOf(new URL(p.path, "http://a11y").pathname, pages)));
    expect(pages.filter((r) => !covered.has(r))).toEqual([]);
  });

  test("the check finds what it is there to find: a page with an unnamed image, link and field", async ({ page }) => {
    await page.setContent('<!doctype html><html lang="en"><title>Test</title><main><h1>Test</h1><img src="/icon.svg"><a href="/"></a><input type="text"></main></html>');
    const violations = await axeViolations(page, TAGS);
    expect(violations.map((v) => v.id).sort()).toEqual(["image-alt", "label", "link-name"]);
  });

  for (const { name, path, status = 200, variant } of PAGES) {
    test(`${name}: ${path}`, { tag: variant ? "@variant" : [] }, async ({ page }) => {
      test.setTimeout(90_000); // axe on the full timeline takes a while on a busy 2-core machine
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await waitForHydration(page);
      // On a phone the filter panel starts closed: open it so its contents are checked too.
      const closedPanel = page.locator("details.filter-panel:not([open]) > summary");
      if (await closedPanel.isVisible()) {
        await closedPanel.click();
        await expect(page.locator("details.filter-panel")).toHaveAttribute("open", "");
      }
      const phone = test.info().project.name === "phone";
      const tags = phone && TARGET_SIZE_CHECKED.has(name) ? [...TAGS, "wcag22aa"] : TAGS;
      const violations = await axeViolations(page, tags);
      const summary = violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1).join(" ")}`),
      }));
      expect(summary).toEqual([]);
    });
  }
});

test.describe("keyboard", () => {
  /** Presses Tab until the focused element matches `selector`, opening closed disclosures on the way. */
  async function tabTo(page: Page, selector: string) {
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press("Tab");
      const state = await page.evaluate((sel) => {
        const el = document.activeElement;
        if (!el) return "none";
        if (el.tagName === "SUMMARY" && !(el.parentElement as HTMLDetailsElement).open) return "closed-summary";
        return el.matches(sel) ? "found" : "other";
      }, selector);
      if (state === "found") return;
      if (state === "closed-summary") await page.keyboard.press("Enter");
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  async function expectVisibleFocus(page: Page) {
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toBe("solid 3px");
  }

  test("skip link, filter by recipient, open a deal: all with the keyboard, focus always visible", async ({ page }) => {
    test.setTimeout(90_000);
    await gotoHydrated(page, "/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    expect((await skip.boundingBox())!.width).toBeGreaterThan(10); // shown when focused
    await expectVisibleFocus(page);

    const { code } = TOP_RECIPIENT;
    await tabTo(page, `input[type=checkbox][value="${code}"]`);
    await expectVisibleFocus(page);
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(`/?country=${code}`);
    await expectView(page, { countries: [code] });
    await expect(page.locator(`input[type=checkbox][value=${code}]`)).toBeChecked();

    await tabTo(page, 'a[href^="/deals/"]');
    await expectVisibleFocus(page);
    await page.keyboard.press("Enter");
    // The first deal link is that recipient's newest notification.
    const [newest] = firstPageSlugs({ countries: [code] });
    await expect(page).toHaveURL(`/deals/${newest}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(bySlug(newest!).title);
  });
});
