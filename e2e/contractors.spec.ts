import { expect, test } from "@playwright/test";
import { gotoHydrated } from "./helpers";
import { bySlug, notifications, recipient, shortDate, usd, type Notification } from "./seed-data";
import { contractor, contractors, contractorsNamed, contractorsOf } from "./contractor-data";

/** Contractors as a reader checks them, every figure computed from the seed files. */
const sum = (rows: Notification[]) => rows.reduce((s, n) => s + BigInt(n.estimatedValueUsd), 0n);
const named = contractorsNamed(notifications);
const salesOf = (slug: string) => named.get(slug) ?? [];

test.describe("contractors", () => {
  test("/contractors is in the header: every contractor a notification names, its count, value and dates, and the caveat on adding them", async ({ page }) => {
    await gotoHydrated(page, "/congress"); // the header is the same on every page: one light enough to hydrate at once
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Contractors" }).click();
    await expect(page).toHaveURL("/contractors");
    const rows = page.getByTestId("contractors-table").locator("tbody tr");
    await expect(rows).toHaveCount(named.size);
    const rtx = salesOf("rtx");
    const dates = rtx.map((n) => n.announcedOn).sort();
    await expect(rows.filter({ has: page.locator('a[href="/contractors/rtx"]') })).toContainText(`${rtx.length}${usd(sum(rtx))}${shortDate(dates[0]!)}${shortDate(dates.at(-1)!)}`);
    await expect(rows.filter({ hasText: "Javelin Joint Venture" })).toContainText("a joint venture of RTX and Lockheed Martin");
    await expect(page.getByTestId("contractors-caveat")).toContainText("must not be added up");
    const unnamed = contractors.filter((c) => !named.has(c.slug));
    if (unnamed.length > 0) await expect(page.getByTestId("contractors-unnamed").getByRole("link")).toHaveCount(unnamed.length);
  });

  test("a contractor's page: its names (units marked), notifications, recipients, ventures and sourced history", async ({ page }) => {
    const lm = contractor("lockheed-martin");
    const sales = salesOf("lockheed-martin");
    const response = await page.goto("/contractors/lockheed-martin");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lockheed Martin");
    const dates = sales.map((n) => n.announcedOn).sort();
    await expect(page.getByTestId("contractor-summary")).toContainText(`${sales.length} notifications name it`);
    await expect(page.getByTestId("contractor-summary")).toContainText(`worth ${usd(sum(sales))} in estimated value, each sale counted whole`);
    const shared = sales.filter((n) => contractorsOf(n).size > 1).length;
    if (shared > 0) await expect(page.getByTestId("contractor-caveat")).toContainText(`${shared} of these notifications name other principal contractors too`);
    expect(dates.length).toBeGreaterThan(0);

    // Every name printed for it, with how often; a unit says whose.
    const printed = notifications.flatMap((n) => n.principalContractors.map((c) => c.name)).filter((name) => lm.names.includes(name));
    const names = page.getByTestId("contractor-names").locator("li");
    await expect(names).toHaveCount(new Set(printed).size);
    // Each printed name once, with its count; marked as a unit exactly when seeds/contractors.json says it is one.
    const shown = await names.evaluateAll((lis) => lis.map((li) => li.textContent ?? ""));
    const expectedNames = [...new Set(printed)].map((name) => {
      const count = printed.filter((p) => p === name).length;
      return `${name}${lm.units.includes(name) ? " — unit of Lockheed Martin" : ""} · ${count} notification${count === 1 ? "" : "s"}`;
    });
    expect([...shown].sort()).toEqual(expectedNames.sort());
    expect(lm.units.some((u) => printed.includes(u)), "Lockheed Martin's sales print a unit's name").toBe(true);

    // A joint venture's sales are the venture's: named here with their count, not added in.
    const jv = salesOf("javelin-joint-venture");
    await expect(page.getByTestId("contractor-ventures").getByRole("link", { name: "Javelin Joint Venture" })).toHaveAttribute("href", "/contractors/javelin-joint-venture");
    await expect(page.getByTestId("contractor-ventures")).toContainText(`Javelin Joint Venture (${jv.length} notification${jv.length === 1 ? "" : "s"})`);

    await expect(page.getByTestId("profile-notification")).toHaveCount(Math.min(50, sales.length));
    for (const h of lm.history) {
      const item = page.getByTestId("contractor-history").locator("li").filter({ hasText: h.fact });
      await expect(item.getByRole("link", { name: h.source.title })).toHaveAttribute("href", new URL(h.source.url).href);
    }
  });

  test("a joint venture names its partners", async ({ page }) => {
    await page.goto("/contractors/javelin-joint-venture");
    const partners = page.getByTestId("contractor-partners");
    await expect(partners).toContainText("A joint venture of RTX and Lockheed Martin");
    await expect(partners.getByRole("link", { name: "RTX" })).toHaveAttribute("href", "/contractors/rtx");
  });

  test("an old or other name redirects to the contractor's page; an unknown one is a 404, never a 500", async ({ page, request }) => {
    for (const name of ["Raytheon", "raytheon-company", "RTX%20Corporation", "raytheon-missiles-and-defense"]) {
      const response = await request.get(`/contractors/${name}`, { maxRedirects: 0 });
      expect(response.status(), name).toBe(308);
      expect(response.headers().location, name).toMatch(/\/contractors\/rtx$/);
    }
    await page.goto("/contractors/Sikorsky");
    await expect(page).toHaveURL("/contractors/lockheed-martin");
    for (const path of ["/contractors/no-such-company", "/contractors/%E2%80%AE", "/contractors/'%20OR%201=1", `/contractors/${"a".repeat(4000)}`, "/contractors/..%2F..%2Fpackage.json"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
    // An address that is not valid percent-encoding is the client's error: a 400, on every page (it was a 500).
    for (const path of ["/contractors/%", "/years/%E0%A4%A", "/systems/%", "/deals/%zz"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(400);
    }
  });

  test("a deal page links each principal contractor to its contractor, naming the company where the printed name differs", async ({ page }) => {
    const slug = "2025-02-07-israel-jdam";
    const deal = bySlug(slug);
    await page.goto(`/deals/${slug}`);
    const facts = page.getByRole("region", { name: "Facts" });
    const atk = deal.principalContractors.find((c) => c.name.startsWith("ATK"))!;
    await expect(facts.getByRole("link", { name: atk.name })).toHaveAttribute("href", "/contractors/northrop-grumman");
    await expect(facts).toContainText(`${atk.name} (Northrop Grumman)`);
    for (const c of deal.principalContractors) await expect(facts.getByRole("link", { name: c.name })).toHaveAttribute("href", /^\/contractors\//);
  });

  test("a recipient's page names its region with the sources; /countries has a region column; the exports carry it", async ({ page, request }) => {
    await page.goto("/countries/IL");
    const region = page.getByTestId("recipient-region");
    await expect(region).toContainText("in the area of the U.S. Central Command (CENTCOM)");
    await region.locator("summary").click();
    await expect(region).toContainText("2021");
    expect(recipient("IL").region).toBe("CENTCOM");
    await page.goto("/countries/all");
    await expect(page.getByTestId("recipients-table").locator("tbody tr").filter({ hasText: "Poland" }).locator("td").last()).toHaveText(recipient("PL").region);
    const api = (await (await request.get("/api/notifications?country=IL&pageSize=1")).json()) as { data: { recipient: { region: string } }[] };
    expect(api.data[0]!.recipient).toMatchObject({ code: "IL", region: "CENTCOM" });
    const csv = (await (await request.get("/notifications.csv?country=IL")).text()).split("\r\n");
    expect(csv[0]!.split(",").at(-1)).toBe("recipient_region");
    expect(csv[1]!.split(",").at(-1)).toBe("CENTCOM");
  });
});
