import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./browser.mjs";
const base = process.argv[2];
const out = process.argv[3];
const pages = [["congress", "/congress"], ["deal-tanks", "/deals/2024-08-13-israel-120mm-tank-ammunition"], ["deal-mk84", "/deals/2025-02-28-israel-mk-84"], ["timeline-challenged", "/?challenged=1"], ["deal-canada", "/deals/2025-10-01-canada-m142-himars"]];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const [device, viewport] of Object.entries({ desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } })) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const [name, path] of pages) {
    await page.goto(base + path);
    await page.screenshot({ path: `${out}/${name}-${device}.png`, fullPage: true });
  }
  await context.close();
}
await browser.close();
