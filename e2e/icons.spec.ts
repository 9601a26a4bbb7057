import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated, SEED } from "./helpers";

// Icons are inline SVG, never emoji or symbol characters: on a machine without an emoji font (this
// one) the Copy link button's 🔗 was an empty box. Each icon is hidden from assistive technology,
// and its control is named in words.

/** Arrows, technical and geometric symbols, dingbats (✓ ✗), emoji and pictographs. */
const SYMBOL_GLYPHS = /[\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\u{1f000}-\u{1faff}\ufe0f]/u;

async function glyphsIn(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source, "u");
    // Text a reader sees: not the scripts' (the page's data travels in them too).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest("script, style, template") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (pattern.test(node.textContent ?? "")) found.push((node.textContent ?? "").trim().slice(0, 60));
    }
    return found;
  }, SYMBOL_GLYPHS.source);
}

const PAGES = [
  "/",
  "/?page=2",
  "/?country=CA&country=NL",
  SEED.canadaHimars,
  "/deals/2025-08-28-ukraine-eram",
  "/deals/2025-04-25-netherlands-tomahawk",
  "/deals/2024-08-13-israel-120mm-tank-ammunition",
  "/congress",
  "/coverage",
  "/countries/CA",
  "/systems/amraam",
  "/countries",
  "/systems",
  "/contractors",
  "/contractors/lockheed-martin",
  "/years",
  "/years/2025",
  "/data",
];

// One test a page, so they spread over the workers and a slow page does not starve the others of
// one test's time.
for (const url of PAGES) {
  test(`no page draws an icon with a character a font may lack: ${url}`, async ({ page }) => {
    await page.goto(url);
    expect(await glyphsIn(page), url).toEqual([]);
  });
}

test("each icon is an SVG hidden from assistive technology, on a control named in words", async ({ page }) => {
  await gotoHydrated(page, "/?country=CA&country=NL");
  const copy = page.getByRole("button", { name: "Copy link to this view", exact: true });
  await expect(copy.locator("svg[aria-hidden=true]")).toHaveCount(1);
  const chip = page.getByRole("link", { name: "Remove filter: Canada", exact: true });
  await expect(chip.locator("svg[aria-hidden=true]")).toHaveCount(1);
  // Its cross is drawn, not the multiplication sign (outside the ranges above, which data text may use).
  expect(await chip.textContent()).not.toContain("×");
  // Drawn, not empty: the link icon has its size and strokes.
  const box = await copy.locator("svg").boundingBox();
  expect(box!.width).toBeGreaterThan(8);

  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Older", exact: true }).locator("svg[aria-hidden=true]")).toHaveCount(1);

  await page.goto(SEED.canadaHimars);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "All notifications", exact: true }).locator("svg")).toHaveCount(1);
  const verdicts = page.getByTestId("claim").locator("svg[aria-hidden=true]");
  await expect(verdicts).toHaveCount(7);
});
