import { expect, test } from "@playwright/test";
import { gotoHydrated } from "./helpers";
import { RECIPIENTS_SHOWN, SYSTEMS_SHOWN } from "../lib/format";
import { ARCHIVE_FROM, bySlug, CANADA_HIMARS, isBeforeArchive, longDate, matching, notifications, recipient, recipients, systemName, total, totals, usd } from "./seed-data";

test.describe("recipient pages", () => {
  test("the Recipients index lists the largest recipients and every one a link away, is linked from the header, and leads to its page", async ({ page }) => {
    await gotoHydrated(page, "/coverage"); // the header is the same on every page: one light enough to hydrate at once
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Recipients" }).click();
    await expect(page).toHaveURL("/countries");
    await expect(page.getByTestId("recipients-table").locator("tbody tr")).toHaveCount(RECIPIENTS_SHOWN);
    await page.getByTestId("all-recipients-link").click();
    await expect(page).toHaveURL("/countries/all");
    const rows = page.getByTestId("recipients-table").locator("tbody tr");
    await expect(rows).toHaveCount(recipients.length);
    const israel = totals(notifications.filter((n) => n.recipient === "IL"), () => "all").get("all")!;
    await expect(rows.filter({ hasText: "Israel" })).toContainText(`${israel.count}${usd(israel.value)}`);
    await rows.getByRole("link", { name: "Canada" }).click();
    await expect(page).toHaveURL("/countries/CA");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Canada");
  });

  test("Canada: its notification, the 15-day tier and why, the systems, and official context with its source", async ({ page }) => {
    const response = await page.goto("/countries/CA");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle("Canada: U.S. arms sales notified to Congress · FMS Timeline");
    const canada = matching({ countries: ["CA"] });
    expect(canada.some(isBeforeArchive)).toBe(false);
    const t = total(canada);
    await expect(page.getByTestId("country-summary")).toHaveText(`${t.count} notification${t.count === 1 ? "" : "s"} since ${longDate(ARCHIVE_FROM)}, worth ${usd(t.value)} in estimated value.`);

    const tier = page.getByTestId("review-tier");
    await expect(tier).toContainText("15 days");
    await expect(tier).toContainText("Canada is a NATO member");

    // The systems with most notifications, each with its count; every one is on the filter page for Canada's view.
    const systemLinks = page.getByTestId("country-systems").getByRole("link");
    const counts = new Map<string, number>();
    for (const s of canada.flatMap((n) => n.systems)) counts.set(s, (counts.get(s) ?? 0) + 1);
    const shown = Math.min(counts.size, SYSTEMS_SHOWN);
    await expect(systemLinks).toHaveCount(shown);
    const most = Math.max(...counts.values());
    const top = [...counts].filter(([, c]) => c === most).map(([s]) => s);
    await expect(page.getByTestId("country-systems").getByRole("listitem").first()).toContainText(`${most} notification`);
    for (const s of top.slice(0, shown)) await expect(page.getByTestId("country-systems").getByRole("link", { name: systemName(s), exact: true })).toHaveAttribute("href", `/systems/${s}`);
    const window = page.getByTestId("country-systems-window");
    if (counts.size > SYSTEMS_SHOWN) {
      await expect(window).toHaveText(`The ${SYSTEMS_SHOWN} with most notifications, of ${counts.size} systems: see all ${counts.size}`);
      await expect(window.getByRole("link")).toHaveAttribute("href", "/filters/system?country=CA");
    } else await expect(window).toHaveCount(0);

    const list = page.getByTestId("profile-notification");
    // A page lists the newest 50; the timeline has the rest.
    await expect(list).toHaveCount(Math.min(canada.length, 50));
    const himars = bySlug(CANADA_HIMARS);
    await list.getByRole("link", { name: himars.title }).click();
    await expect(page).toHaveURL(`/deals/${CANADA_HIMARS}`);
    await page.goBack();

    const facts = recipient("CA").context ?? [];
    expect(facts.length, "Canada has official context in seeds/recipients.json").toBeGreaterThan(0);
    const context = page.getByRole("region", { name: "Canada and Foreign Military Sales" });
    for (const c of facts) await expect(context).toContainText(c.fact);
    const kept = facts.find((c) => c.source.document && !c.source.url);
    if (kept) await expect(context.getByRole("link", { name: kept.source.publisher }).first()).toHaveAttribute("href", `/documents/${kept.source.document!.split("/").pop()}`);
  });

  test("Ukraine is a 30-day recipient; Israel a 15-day partner with its waived notifications said", async ({ page }) => {
    await page.goto("/countries/UA");
    await expect(page.getByTestId("review-tier")).toContainText("30 days");
    await expect(page.getByTestId("review-tier")).toContainText("Ukraine is neither a NATO member nor one of the five named partners");
    const ukraine = notifications.filter((n) => n.recipient === "UA");
    await expect(page.getByTestId("profile-notification")).toHaveCount(Math.min(ukraine.length, 50));

    await page.goto("/countries/IL");
    await expect(page.getByTestId("review-tier")).toContainText("15 days");
    await expect(page.getByTestId("review-tier")).toContainText("one of the five non-NATO partners");
    const waived = matching({ countries: ["IL"], emergency: true }).length;
    expect(waived).toBeGreaterThan(1);
    await expect(page.getByTestId("review-tier")).toContainText(`${waived} notifications were sent under an emergency determination`);
  });

  test("lowercase codes and names land on the canonical URL", async ({ request }) => {
    const cases: [string, string][] = [
      ["/countries/ca", "/countries/CA"],
      ["/countries/canada", "/countries/CA"],
      ["/countries/t%C3%BCrkiye", "/countries/TR"],
    ];
    for (const [from, to] of cases) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(new URL(response.headers()["location"]!, "http://x").pathname, from).toBe(to);
    }
  });

  test("unknown codes are a 404", async ({ page, request }) => {
    for (const bad of ["/countries/XX", "/countries/%3Cscript%3E", `/countries/${"A".repeat(500)}`, "/countries/%00"]) {
      const response = await request.get(bad);
      expect(response.status(), bad).toBe(404);
    }
    const response = await page.goto("/countries/ZZ");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such page");
    expect(response?.status()).toBe(404);
  });
});
