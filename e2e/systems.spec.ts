import { expect, test } from "@playwright/test";
import { bySlug, CANADA_HIMARS, matching, notifications, recipientName, shortDate, systems, total, totals, usd, usdExact } from "./seed-data";

test.describe("system pages", () => {
  test("the Weapon systems index lists every system, is linked from the header, and leads to its page", async ({ page }) => {
    await page.goto("/countries/CA");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Weapon systems" }).click();
    await expect(page).toHaveURL("/systems");
    await expect(page.getByTestId("system-row")).toHaveCount(systems.length);
    await page.getByTestId("system-row").getByRole("link", { name: "M142 HIMARS" }).click();
    await expect(page).toHaveURL("/systems/m142-himars");
  });

  test("M142 HIMARS: aliases, a sourced description, every recipient and quantities over time", async ({ page }) => {
    const response = await page.goto("/systems/m142-himars");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("M142 HIMARS");
    // Every name it is known by, from seeds/systems.json.
    const aliases = systems.find((x) => x.slug === "m142-himars")!.aliases;
    expect(aliases.length).toBeGreaterThan(1);
    for (const alias of aliases) await expect(page.getByTestId("system-aliases")).toContainText(alias);
    const description = page.getByTestId("system-description");
    await expect(description).toContainText("Lockheed Martin-built system");
    await expect(description.getByRole("link", { name: "read the document" })).toHaveAttribute("href", "/documents/001_e151bc74b9e949ea.txt");
    const himars = matching({ systems: ["m142-himars"] });
    const t = total(himars);
    const recipientCount = new Set(himars.map((n) => n.recipient)).size;
    await expect(page.getByTestId("system-summary")).toHaveText(`${t.count} notifications to ${recipientCount} recipients, worth ${usd(t.value)} in estimated value.`);
    // Notifications that list GMLRS or ATACMS too: the caption says how value is counted.
    const shared = himars.filter((n) => n.systems.length > 1).length;
    expect(shared).toBeGreaterThan(1);
    await expect(page.getByTestId("recipients-chart")).toContainText(`${shared} of these notifications list other systems too`);

    // Quantities, oldest first: each row a HIMARS notification; Canada's row has only its launcher line.
    const rows = page.getByTestId("quantities").locator("tbody tr");
    const links = await rows.locator('a[href^="/deals/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!.replace("/deals/", "")));
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(himars.length);
    const dates = links.map((slug) => bySlug(slug).announcedOn);
    expect(dates).toEqual([...dates].sort());
    for (const slug of links) expect(himars.map((n) => n.slug)).toContain(slug);
    const canada = bySlug(CANADA_HIMARS);
    const launchers = canada.majorDefenseEquipment.filter((m) => /HIMARS|M142/.test(m.description));
    const canadaRow = rows.filter({ has: page.locator(`a[href="/deals/${CANADA_HIMARS}"]`) });
    await expect(canadaRow).toHaveText(new RegExp(`^\\s*${shortDate(canada.announcedOn)}\\s*Canada\\s*${launchers.map((m) => `${m.quantity} ${m.description}`).join("\\s*")}\\s*$`));
    await canadaRow.getByRole("link", { name: "Canada" }).click();
    await expect(page).toHaveURL("/countries/CA");
  });

  test("GMLRS takes only the GMLRS lines of Canada's several-system notification", async ({ page }) => {
    // Canada's notification lists HIMARS, GMLRS and ATACMS; its lines that spell out GMLRS are GMLRS's, the others are not.
    const canada = bySlug(CANADA_HIMARS);
    expect(canada.systems).toContain("gmlrs");
    const lines = canada.majorDefenseEquipment.filter((m) => m.quantity !== null);
    const gmlrs = lines.filter((m) => /GMLRS/.test(m.description));
    const others = lines.filter((m) => !/GMLRS/.test(m.description));
    expect(gmlrs.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    await page.goto("/systems/gmlrs");
    const row = page.getByTestId("quantities").locator("tr").filter({ has: page.locator(`a[href="/deals/${CANADA_HIMARS}"]`) });
    for (const m of gmlrs) await expect(row).toContainText(`${m.upTo ? "up to " : ""}${m.quantity!.toLocaleString("en-US")} ${m.description}`);
    for (const m of others) await expect(row).not.toContainText(m.description);
  });

  test("AMRAAM: every recipient notified, with exact totals", async ({ page }) => {
    await page.goto("/systems/amraam");
    const amraam = notifications.filter((n) => n.systems.includes("amraam"));
    const byRecipient = totals(amraam, (n) => n.recipient);
    await expect(page.getByTestId("system-summary")).toContainText(`${amraam.length} notifications to ${byRecipient.size} recipients`);
    await page.getByTestId("recipients-chart").getByText("Show the numbers as a table").click();
    const table = page.getByTestId("recipients-chart").getByRole("table");
    for (const [code, t] of byRecipient) {
      await expect(table.getByRole("row", { name: new RegExp(`^${recipientName(code)} `) })).toHaveText(`${recipientName(code)}${t.count}${usdExact(t.value)}`);
    }
    await expect(page.getByTestId("profile-notification")).toHaveCount(Math.min(amraam.length, 50));
  });

  test("a system no source describes says so instead of inventing a line", async ({ page }) => {
    await page.goto("/systems/patriot");
    await expect(page.getByTestId("system-description")).toHaveText("No source in this record describes what the Patriot is yet, so this page does not either.");
  });

  test("any name of a system lands on its canonical URL; unknown slugs are a 404", async ({ page, request }) => {
    await page.goto("/systems/HIMARS");
    await expect(page).toHaveURL("/systems/m142-himars");
    const alias = await request.get("/systems/AIM-120", { maxRedirects: 0 });
    expect(alias.status()).toBe(308);
    expect(alias.headers()["location"]).toMatch(/\/systems\/amraam$/);
    for (const bad of ["/systems/no-such-system", "/systems/%3Cscript%3E", `/systems/${"a".repeat(500)}`]) {
      const response = await request.get(bad);
      expect(response.status(), bad).toBe(404);
    }
  });
});
