// @ts-check
// Which Chromium the browser tests and scripts/screenshots.mjs launch. Playwright cannot download
// its own browser on this network, so it runs one from Debian's packages:
//   - chromium-headless-shell, when installed: the same Chromium build without the desktop
//     browser around it (what Playwright itself runs for headless tests). The full end-to-end
//     suite took 2.8 min with it against 5.2 min with the full browser on this 2-core machine,
//     with the same results.
//   - otherwise chromium, the full browser, in its headless mode.
// CHROMIUM_PATH overrides both.
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];

/** @returns {string} */
export function chromiumPath() {
  const chosen = process.env.CHROMIUM_PATH?.trim() || CANDIDATES.find((file) => existsSync(file));
  if (!chosen) {
    throw new Error(
      `No Chromium found (looked for ${CANDIDATES.join(" and ")}). Install Debian's: ` +
        "apt-get install chromium-headless-shell (or chromium), or set CHROMIUM_PATH to another build.",
    );
  }
  return chosen;
}

/** No sandbox (containers), and nothing that reaches for the network on its own. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"];
