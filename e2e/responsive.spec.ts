import { expect, test, type Page } from "@playwright/test";
import { expectView, gotoHydrated, recipientBox, SEED } from "./helpers";
import { recipient, RECIPIENTS_BY_COUNT } from "./seed-data";

// Runs in the "phone" project (Pixel 7) and, as the config has it, in "desktop" too.

async function expectNoHorizontalScroll(page: Page, label = page.url()) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(clientWidth).toBeGreaterThan(0);
  expect(scrollWidth, `${label} is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

test("no horizontal scroll on the timeline and deal pages", async ({ page }) => {
  // The timeline, its second page, the Canada deal, a deal with long source URLs, a waived review (challenged in Congress), /congress.
  const paths = ["/", "/?page=2", SEED.canadaHimars, "/deals/2025-08-28-ukraine-eram", "/deals/2025-02-28-israel-mk-84", "/congress"];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page, path);
  }
});

test("the filters are reachable and the Recipient checkboxes usable", async ({ page }) => {
  await gotoHydrated(page, "/");
  const width = page.viewportSize()!.width;
  // The two recipients with most notifications: the panel shows them first.
  const [first, second] = RECIPIENTS_BY_COUNT.slice(0, 2).map(recipient);
  const canada = recipientBox(page, first!.name);
  // Inside a closed <details> the form is out of the accessibility tree, so find it by markup.
  const disclosure = page.locator('details:has(form[aria-label="Filter notifications"])');
  const summary = disclosure.locator("summary");

  if (width < 768) {
    // A phone: the panel is a closed "Filters" disclosure above the timeline.
    expect(test.info().project.name).toBe("phone");
    await expect(summary).toBeVisible();
    await expect(summary).toHaveText(/^Filters/);
    await expect(canada).toBeHidden();
    await summary.click();
    await expect(disclosure).toHaveAttribute("open", "");
  } else {
    // A wide screen: the panel is always open beside the timeline.
    await expect(summary).toBeHidden();
  }
  await expect(canada).toBeVisible();
  await canada.check();
  await expect(page).toHaveURL(`/?country=${first!.code}`);
  await expectView(page, { countries: [first!.code] });
  await expect(canada).toBeChecked();
  await expect(canada).toBeVisible();
  if (width < 768) await expect(summary).toHaveText(/^Filters \(1 in force\)/);
  await recipientBox(page, second!.name).check();
  const both = [first!.code, second!.code].sort();
  await expect(page).toHaveURL(`/?${both.map((c) => `country=${c}`).join("&")}`);
  await expectView(page, { countries: both });
  await expectNoHorizontalScroll(page);
});

test("the recipients map scales to the screen, and its table stays readable", async ({ page }) => {
  for (const path of ["/systems/f-16", "/countries"]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page, path);
    const svg = page.locator("svg.world-map");
    const box = (await svg.boundingBox())!;
    const width = page.viewportSize()!.width;
    expect(box.x, path).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, path).toBeLessThanOrEqual(width);
    // It takes its figure's width, less the list beside it where there is one (wide screens).
    const figure = (await page.locator("figure:has(svg.world-map)").boundingBox())!;
    expect(box.width, `${path}: the map uses the width it has`).toBeGreaterThan(figure.width * (width < 768 ? 0.85 : 0.7));
    // Its aspect ratio is the viewBox's: scaled, not cropped or stretched.
    const [, , w, h] = (await svg.getAttribute("viewBox"))!.split(" ").map(Number);
    expect(box.width / box.height, path).toBeCloseTo(w! / h!, 1);
  }
  // The table: every column it shows (name, count, value, review period; the dates too where
  // there is room) is on screen in every row, not scrolled out of it, in text no smaller than 14px.
  // (On /countries, the last page the loop opened.)
  const cells = await page
    .getByTestId("recipients-table")
    .locator("tr > *")
    .evaluateAll((els) =>
      els
        .filter((el) => getComputedStyle(el).display !== "none")
        .map((el) => ({ head: !!el.closest("thead"), right: el.getBoundingClientRect().right, size: parseFloat(getComputedStyle(el).fontSize), text: el.textContent })),
    );
  expect(cells.filter((c) => !c.head).length).toBeGreaterThan(4 * 10);
  const width = page.viewportSize()!.width;
  expect(cells.filter((c) => c.right > width).map((c) => c.text)).toEqual([]);
  expect(Math.min(...cells.filter((c) => c.head).map((c) => c.size))).toBeGreaterThanOrEqual(12); // the header row is 12px capitals
  expect(Math.min(...cells.filter((c) => !c.head).map((c) => c.size))).toBeGreaterThanOrEqual(14);
});

test("the first paint is the whole page: the head holds rendering until the footer is parsed, on every kind of page", async ({ page }) => {
  // A phone otherwise paints the header alone, then lays the page out again as it parses the rest
  // (issue 22: Lighthouse counted those later layouts, about 350 ms of the timeline's blocking time).
  for (const path of ["/", SEED.canadaHimars, "/countries", "/deals/no-such-deal"]) {
    await page.goto(path);
    const expectLink = page.locator('head link[rel="expect"][blocking="render"]');
    await expect(expectLink, path).toHaveCount(1);
    const target = await expectLink.getAttribute("href");
    expect(target, path).toMatch(/^#/);
    // What it names is the page's last element before the scripts: the footer, after the main content.
    await expect(page.locator(`footer${target}`), path).toHaveCount(1);
    expect(await page.evaluate((sel) => !!(document.getElementById("main")!.compareDocumentPosition(document.querySelector(sel)!) & Node.DOCUMENT_POSITION_FOLLOWING), target!), path).toBe(true);
  }
});
