#!/usr/bin/env node
// Screenshots of the main pages at desktop and phone width, in Debian's Chromium, for a
// person to look at: `node scripts/screenshots.mjs [base URL] [out dir] [name…]` (names pick some of the pages below;
// FULL=1 takes whole pages). (scripts/browser.mjs picks the build.)
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./browser.mjs";

const base = process.argv[2] ?? "http://localhost:3000";
const out = process.argv[3] ?? "screenshots";
const only = new Set(process.argv.slice(4));
mkdirSync(out, { recursive: true });

const pages = [
  ["timeline", "/"],
  ["timeline-filtered", "/?country=CA&country=NL"],
  ["timeline-empty", "/?country=CA&year=2024"],
  ["deal-canada", "/deals/2025-10-01-canada-m142-himars"],
  ["deal-netherlands", "/deals/2025-09-16-netherlands-amraam"],
  ["deal-ukraine", "/deals/2025-08-28-ukraine-eram"],
  ["deal-low-confidence", "/deals/2025-12-22-denmark-amraam-er"],
  ["not-found", "/deals/no-such-deal"],
  ["search", "/?q=air-to-air"],
  ["timeline-year", "/?year=2025"],
  ["countries", "/countries"],
  ["country-canada", "/countries/CA"],
  ["country-israel", "/countries/IL"],
  ["systems", "/systems"],
  ["system-amraam", "/systems/amraam"],
  ["deal-imported-greece", "/deals/2024-11-14-greece-f-16"],
  ["data", "/data"],
  ["years", "/years"],
  ["year-2025", "/years/2025"],
  ["contractors", "/contractors"],
  ["contractor-rtx", "/contractors/rtx"],
];
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
for (const [device, viewport] of Object.entries(viewports)) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && console.error(`[${device}] console: ${m.text()}`));
  for (const [name, path] of pages.filter(([name]) => only.size === 0 || only.has(name))) {
    await page.goto(base + path, { waitUntil: "networkidle" });
    await page.screenshot({ path: `${out}/${name}-${device}.png`, fullPage: process.env.FULL === "1" });
    console.log(`${out}/${name}-${device}.png`);
  }
  await context.close();
}
await browser.close();
