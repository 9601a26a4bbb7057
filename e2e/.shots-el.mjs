import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./browser.mjs";
const [base, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const [device, viewport] of Object.entries({ desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } })) {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(base + "/deals/2024-08-13-israel-120mm-tank-ammunition");
  await page.getByTestId("in-congress").screenshot({ path: `${out}/el-in-congress-${device}.png` });
  await page.getByTestId("review-period").screenshot({ path: `${out}/el-review-${device}.png` });
  await page.goto(base + "/congress");
  await page.screenshot({ path: `${out}/el-congress-top-${device}.png` });
  await page.getByTestId("resolution").nth(2).screenshot({ path: `${out}/el-congress-card-${device}.png` });
  await page.goto(base + "/?challenged=1");
  await page.screenshot({ path: `${out}/el-timeline-challenged-${device}.png` });
}
await browser.close();
