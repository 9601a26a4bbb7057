import { expect, test } from "@playwright/test";
import { formatUsdCompact } from "../lib/format";
import { entries, escape, expectCount, filterForm, gotoHydrated } from "./helpers";
import { bySlug, longDate, matching, recipientName, resolutions } from "./seed-data";

/**
 * Congress's response: the deal page's "In Congress" section and stage, /congress, and the
 * timeline's challenged=1 filter with JavaScript on and off. Expected figures come from the seed
 * files (seeds/resolutions/ and seeds/notifications/, read by e2e/seed-data.ts), not from the pages
 * under test, and the strings below are written out from what a reader sees.
 */
type Resolution = (typeof resolutions)[number];
type Vote = Resolution["votes"][number];

const challenged = matching({ challenged: true });
const challengedValue = formatUsdCompact(challenged.reduce((sum, n) => sum + BigInt(n.estimatedValueUsd), 0n));

/** "S.J.Res. 111" */
const label = (r: Resolution) => `${r.type === "sjres" ? "S.J.Res." : "H.J.Res."} ${r.number}`;
const chamberName = (v: Vote) => (v.chamber === "senate" ? "Senate" : "House");
const ordinalOf = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`;
/** "18–79, 1 present, 2 not voting" */
const tally = (v: Vote) => [`${v.yeas}–${v.nays}`, ...(v.present ? [`${v.present} present`] : []), ...(v.notVoting ? [`${v.notVoting} not voting`] : [])].join(", ");
/** What came of a resolution: its last floor vote (a resolution that became law is not the one chosen below). */
function outcome(r: Resolution): string {
  const v = r.votes.at(-1)!;
  const verb = v.result === "agreed" ? "agreed to" : "rejected";
  return /discharge/i.test(v.question) ? `Motion to discharge ${verb} ${v.yeas}–${v.nays} on ${longDate(v.on!)}` : `${verb[0]!.toUpperCase()}${verb.slice(1)} ${v.yeas}–${v.nays} in the ${chamberName(v)} on ${longDate(v.on!)}`;
}

/** A resolution with a dated floor vote on a roll call, that did not become law, aimed at a sale in the record: found, not assumed. */
const VOTED = resolutions.find((r) => r.introducedOn !== null && r.becameLaw === null && r.votes.length > 0 && r.votes.every((v) => v.on !== null && v.rollCall !== null));
if (!VOTED) throw new Error("seeds/resolutions/ holds no resolution with a dated roll-call vote: the deal page's vote table is untested");
const VOTE = VOTED.votes.at(-1)!;
const VOTE_SOURCE = VOTED.sources.find((s) => s.id === VOTE.source)!;
const TANKS = VOTED.saleSlugs[0]!;
const SALE = bySlug(TANKS);

test.describe("In Congress on the deal page", () => {
  test("a challenged sale lists its resolution with sponsor, date, votes and sources, and says it was challenged", async ({ page }) => {
    await page.goto(`/deals/${TANKS}`);
    const section = page.getByTestId("in-congress");
    await expect(section.getByRole("heading", { level: 2, name: "In Congress" })).toBeVisible();
    const card = section.getByTestId("resolution").filter({ has: page.getByRole("heading", { name: new RegExp(`^${escape(label(VOTED))}\\b`) }) });
    await expect(card).toContainText(`${VOTED.type === "sjres" ? "Sen." : "Rep."} ${VOTED.sponsor.name} (${VOTED.sponsor.party}-${VOTED.sponsor.state})`);
    await expect(card).toContainText(longDate(VOTED.introducedOn!));
    await expect(card).toContainText(VOTED.targets[0]!.named);
    await expect(card.getByTestId("resolution-outcome")).toHaveText(outcome(VOTED));
    const vote = card.getByTestId("vote").last();
    await expect(vote).toContainText(longDate(VOTE.on!));
    await expect(vote).toContainText(`${VOTE.question} (${chamberName(VOTE)}, roll call ${VOTE.rollCall})`);
    await expect(vote).toContainText(`${VOTE.result === "agreed" ? "Agreed to" : "Rejected"} ${tally(VOTE)}`);
    // Each vote names its source, with an http(s) link when it has one; the sources list is one click away, with no JavaScript needed.
    await expect(vote.getByRole("link")).toHaveAttribute("href", VOTE_SOURCE.url ? new URL(VOTE_SOURCE.url).href : `#${VOTED.id}-source-${VOTE_SOURCE.id}`);
    await card.getByText(/^Sources \(\d+\)$/).click();
    await expect(card.getByRole("link", { name: `${label(VOTED)} on congress.gov` })).toHaveAttribute(
      "href",
      `https://www.congress.gov/bill/${ordinalOf(VOTED.congress)}-congress/${VOTED.type === "sjres" ? "senate" : "house"}-joint-resolution/${VOTED.number}`,
    );
    // The stage, honestly: challenged, not blocked, and a notification is not a contract.
    const stage = page.getByTestId("deal-stage");
    await expect(stage.getByTestId("deal-stage-label")).toHaveText("Challenged in Congress");
    await expect(stage.getByTestId("stage-congress")).toContainText(label(VOTED));
    await expect(stage.getByTestId("stage-blocked")).toContainText("No source shows the sale blocked.");
    await expect(stage).toContainText("A notification is not a contract");
  });

  test("a sale no resolution was aimed at says so, and does not claim a stage", async ({ page }) => {
    // A sale no resolution names, chosen from the record.
    const unchallenged = matching().find((n) => !challenged.includes(n) && n.announcedOn >= "2023-01-03")!;
    await page.goto(`/deals/${unchallenged.slug}`);
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
    await gotoHydrated(page, "/coverage"); // the header is the same on every page: one light enough to hydrate at once
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
    const card = cards.filter({ has: page.getByRole("heading", { name: new RegExp(`^${escape(label(VOTED))}\\b`) }) });
    await card.getByRole("link", { name: `${recipientName(SALE.recipient)}: ${SALE.title}` }).click();
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
    const fromApi = tanks.resolutions.find((r: { id: string }) => r.id === VOTED.id);
    expect(fromApi.label).toBe(label(VOTED));
    expect(fromApi.votes.at(-1)).toMatchObject({ yeas: VOTE.yeas, nays: VOTE.nays, result: VOTE.result, rollCall: VOTE.rollCall });
    const csv = await (await request.get("/notifications.csv?challenged=1")).text();
    const sponsor = `${VOTED.type === "sjres" ? "Sen." : "Rep."} ${VOTED.sponsor.name} (${VOTED.sponsor.party}-${VOTED.sponsor.state})`;
    expect(csv).toContain(`${label(VOTED)} (${ordinalOf(VOTED.congress)} Congress; ${sponsor}; introduced ${VOTED.introducedOn})`);
    expect(csv).toContain(`${/discharge/i.test(VOTE.question) ? "motion to discharge" : "vote"} ${VOTE.result} ${VOTE.yeas}-${VOTE.nays} on ${VOTE.on}`);
    const feed = await (await request.get(`/feed.xml?country=${SALE.recipient}`)).text();
    expect(feed).toContain(`In Congress: ${label(VOTED)} against the sale to ${recipientName(SALE.recipient)}`);
    expect(feed).toContain(`/deals/${TANKS}#${VOTED.id}`);
  });
});
