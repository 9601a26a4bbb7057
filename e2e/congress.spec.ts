import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { formatUsdCompact } from "../lib/format";
import { entries, expectCount, filterForm, gotoHydrated } from "./helpers";
import { notifications } from "./seed-data";

/**
 * Congress's response: the deal page's "In Congress" section and stage, /congress, and the
 * timeline's challenged=1 filter with JavaScript on and off. Expected figures come from the seed
 * files (seeds/resolutions/ and seeds/notifications/), not from the pages under test.
 */
type ResolutionFile = {
  id: string;
  type: "sjres" | "hjres";
  number: number;
  introducedOn: string | null;
  targets: { transmittalNumber: string | null; slug: string | null }[];
  votes: { result: string }[];
};
const resolutionsDir = path.join(process.cwd(), "seeds", "resolutions");
const resolutions: ResolutionFile[] = readdirSync(resolutionsDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(path.join(resolutionsDir, f), "utf8")) as ResolutionFile);
const byTransmittal = new Map(
  notifications.flatMap((n) => {
    const number = (n as unknown as { transmittalNumber: string | null }).transmittalNumber;
    return number ? [[number, n.slug] as const] : [];
  }),
);
const targetSlugs = (r: ResolutionFile) => r.targets.map((t) => t.slug ?? byTransmittal.get(t.transmittalNumber!)!);
const challenged = notifications.filter((n) => resolutions.some((r) => targetSlugs(r).includes(n.slug)));
const challengedValue = formatUsdCompact(challenged.reduce((sum, n) => sum + BigInt(n.estimatedValueUsd), 0n));

const TANKS = "2024-08-13-israel-120mm-tank-ammunition";
const CANADA = "/deals/2025-10-01-canada-m142-himars";

test.describe("In Congress on the deal page", () => {
  test("a challenged sale lists its resolution with sponsor, date, votes and sources, and says it was challenged", async ({ page }) => {
    await page.goto(`/deals/${TANKS}`);
    const section = page.getByTestId("in-congress");
    await expect(section.getByRole("heading", { level: 2, name: "In Congress" })).toBeVisible();
    const card = section.getByTestId("resolution").filter({ has: page.getByRole("heading", { name: /^S\.J\.Res\. 111/ }) });
    await expect(card).toContainText("Sen. Bernie Sanders (I-VT)");
    await expect(card).toContainText("25 September 2024");
    await expect(card).toContainText("Transmittal No. 24-10");
    await expect(card.getByTestId("resolution-outcome")).toHaveText("Motion to discharge rejected 18–79 on 20 November 2024");
    const vote = card.getByTestId("vote");
    await expect(vote).toContainText("20 November 2024");
    await expect(vote).toContainText("roll call 292");
    await expect(vote).toContainText("Rejected 18–79, 1 present, 2 not voting");
    // Each vote names its source with an http(s) link; the sources list is one click away, with no JavaScript needed.
    await expect(vote.getByRole("link")).toHaveAttribute("href", /^https:\/\/kiche\.us\//);
    await card.getByText(/^Sources \(\d+\)$/).click();
    await expect(card.getByRole("link", { name: /S\.J\.Res\. 111 on congress\.gov/ })).toHaveAttribute("href", "https://www.congress.gov/bill/118th-congress/senate-joint-resolution/111");
    // The stage, honestly: challenged, not blocked, and a notification is not a contract.
    const stage = page.getByTestId("deal-stage");
    await expect(stage.getByTestId("deal-stage-label")).toHaveText("Challenged in Congress");
    await expect(stage.getByTestId("stage-congress")).toContainText("S.J.Res. 111");
    await expect(stage.getByTestId("stage-blocked")).toContainText("No source shows the sale blocked.");
    await expect(stage).toContainText("A notification is not a contract");
  });

  test("a sale no resolution was aimed at says so, and does not claim a stage", async ({ page }) => {
    await page.goto(CANADA);
    await expect(page.getByTestId("no-resolutions")).toContainText("No joint resolution of disapproval aimed at this sale is in the record.");
    await expect(page.getByTestId("resolution")).toHaveCount(0);
    const stage = page.getByTestId("deal-stage");
    await expect(stage.getByTestId("deal-stage-label")).not.toHaveText("Challenged in Congress");
    await expect(stage.getByTestId("stage-congress")).toHaveAttribute("data-status", "none");
    await expect(stage.getByTestId("stage-blocked")).toHaveAttribute("data-status", "none");
  });
});

test.describe("/congress", () => {
  test("lists every resolution, newest first, each with its sale, and is linked from the header", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "In Congress" }).click();
    await expect(page).toHaveURL("/congress");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("In Congress");
    const cards = page.getByTestId("resolution");
    await expect(cards).toHaveCount(resolutions.length);
    const votes = resolutions.reduce((n, r) => n + r.votes.length, 0);
    await expect(page.getByTestId("congress-summary")).toContainText(`${resolutions.length} resolutions aimed at ${challenged.length} sales; ${votes} floor votes`);
    // Newest first within the page: introduction days never increase down the list.
    const days = await cards.locator("dd time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    expect(days).toEqual([...days].sort().reverse());
    // Each card links to the deal page of the sale it is aimed at.
    const card = cards.filter({ has: page.getByRole("heading", { name: /^S\.J\.Res\. 111/ }) });
    await card.getByRole("link", { name: /Israel: 120mm/ }).click();
    await expect(page).toHaveURL(`/deals/${TANKS}`);
  });
});

test.describe("challenged in Congress filter", () => {
  test("with JavaScript on, the checkbox keeps the challenged sales, in the URL", async ({ page }) => {
    await gotoHydrated(page, "/");
    // On a phone the filter panel starts closed.
    const closedPanel = page.locator("details.filter-panel:not([open]) > summary");
    if (await closedPanel.isVisible()) await closedPanel.click();
    await filterForm(page).getByRole("checkbox", { name: "Challenged in Congress" }).check();
    await expect(page).toHaveURL("/?challenged=1");
    await expectCount(page, challenged.length, challengedValue);
    await expect(entries(page).first().getByTestId("challenged-mark")).toContainText("Challenged in Congress");
    await expect(page.getByRole("link", { name: "Remove filter: challenged in Congress" })).toBeVisible();
    await page.reload();
    await expect(filterForm(page).getByRole("checkbox", { name: "Challenged in Congress" })).toBeChecked();
  });

  test("a non-canonical spelling redirects to challenged=1", async ({ page }) => {
    await page.goto("/?challenged=yes");
    await expect(page).toHaveURL("/?challenged=1");
    await expectCount(page, challenged.length, challengedValue);
  });

  test.describe("with JavaScript off", () => {
    test.use({ javaScriptEnabled: false });
    test("ticking the box and applying shows the challenged sales", async ({ page }) => {
      await page.goto("/");
      await filterForm(page).getByRole("checkbox", { name: "Challenged in Congress" }).check();
      await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL("/?challenged=1");
      await expectCount(page, challenged.length, challengedValue);
      await expect(filterForm(page).getByRole("checkbox", { name: "Challenged in Congress" })).toBeChecked();
    });
  });

  test("the JSON API and CSV carry each sale's resolutions; the feed has an entry per resolution", async ({ request }) => {
    const api = await (await request.get("/api/notifications?challenged=1&pageSize=200")).json();
    expect(api.pagination.total).toBe(challenged.length);
    const tanks = api.data.find((n: { slug: string }) => n.slug === TANKS);
    expect(tanks.resolutions.map((r: { label: string }) => r.label)).toContain("S.J.Res. 111");
    expect(tanks.resolutions[0].votes[0]).toMatchObject({ yeas: 18, nays: 79, result: "rejected" });
    const csv = await (await request.get("/notifications.csv?challenged=1")).text();
    expect(csv).toContain("S.J.Res. 111 (118th Congress; Sen. Bernie Sanders (I-VT); introduced 2024-09-25): motion to discharge rejected 18-79 on 2024-11-20");
    const feed = await (await request.get("/feed.xml?country=IL")).text();
    expect(feed).toContain("In Congress: S.J.Res. 111 against the sale to Israel");
    expect(feed).toContain(`/deals/${TANKS}#118-sjres-111`);
  });
});
