import { expect, test, type Page } from "@playwright/test";
import { expectView, filterForm, gotoHydrated, offered, pathAndQuery } from "./helpers";
import { contractor, contractors, contractorsOf } from "./contractor-data";
import { matching, notifications, recipients, regions, topOptions, type Notification } from "./seed-data";

/**
 * The timeline by region (combatant command) and by principal contractor, as a reader uses it:
 * the filter panel's counts, choosing in the panel with JavaScript on and off, a bad value in a
 * page's URL quietly normalised and in an export's a 400, and the links of the pages that count
 * them. Every figure from the seed files.
 */
const regionOf = new Map(recipients.map((r) => [r.code, r.region]));
const label = (code: string) => `${regions.find((r) => r.code === code)!.area} (${code})`;
const nameOf = (slug: string) => contractor(slug).name;

/** The region with the most notifications. */
const REGION = regions.map((r) => r.code).sort((a, b) => matching({ regions: [b] }).length - matching({ regions: [a] }).length)[0]!;
/** RTX by a name it is printed under that is not its own (an old name), as a reader might type it. */
const RTX_OTHER_NAME = contractor("rtx").names.find((n) => n !== contractor("rtx").name && n.toLowerCase() !== "rtx")!;

/** Each contractor the rows name, with how many, most first then by name: what the panel ranks. */
function ranked(rows: Notification[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const n of rows) for (const slug of contractorsOf(n)) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || nameOf(a[0]).localeCompare(nameOf(b[0])));
}

const regionBox = (page: Page, code: string) => filterForm(page).getByRole("group", { name: "Region" }).getByRole("checkbox", { name: new RegExp(`^${label(code).replace(/[()]/g, "\\$&")}`) });

test.describe("the region and contractor filters", () => {
  test("the panel counts each region, and ticking one gives the seed files' view", async ({ page }) => {
    await gotoHydrated(page, "/");
    const byName = (a: [string, number, boolean], b: [string, number, boolean]) => a[0].localeCompare(b[0]);
    expect((await offered(page, "Region")).sort(byName)).toEqual(
      regions
        .filter((r) => matching({ regions: [r.code] }).length > 0)
        .map((r): [string, number, boolean] => [label(r.code), matching({ regions: [r.code] }).length, false])
        .sort(byName),
    );
    await regionBox(page, REGION).check();
    await expect(page).toHaveURL(`/?region=${REGION}`);
    await expectView(page, { regions: [REGION] });
  });

  test("the panel offers the contractors the view names most; a contractor given by an old name lands on its canonical view, ticked", async ({ page }) => {
    await gotoHydrated(page, `/?region=${REGION}`);
    // Contractors are many: the panel shows those the view names most, counted in it, and links to every one (facets.spec.ts).
    const inRegion = ranked(matching({ regions: [REGION] })).map(([slug, n]): [string, number, boolean] => [nameOf(slug), n, false]);
    const byName = (a: [string, number, boolean], b: [string, number, boolean]) => a[0].localeCompare(b[0]);
    expect((await offered(page, "Principal contractor")).sort(byName)).toEqual(topOptions(inRegion).sort(byName));

    await gotoHydrated(page, `/?region=${REGION}&contractor=${encodeURIComponent(RTX_OTHER_NAME)}`);
    await expect(page).toHaveURL(`/?region=${REGION}&contractor=rtx`);
    await expectView(page, { regions: [REGION], contractors: ["rtx"] });
    await expect(page.getByRole("link", { name: `Remove filter: contractor ${nameOf("rtx")}` })).toBeVisible();
    // Chosen, so offered (ticked) whatever its rank.
    expect((await offered(page, "Principal contractor")).find(([name]) => name === nameOf("rtx"))).toEqual([nameOf("rtx"), matching({ regions: [REGION], contractors: ["rtx"] }).length, true]);
  });

  test.describe("with JavaScript off", () => {
    test.use({ javaScriptEnabled: false });

    test("ticking a region, then Apply, gives the canonical view with its contractors counted", async ({ page }) => {
      await page.goto("/");
      await regionBox(page, REGION).check();
      await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(`/?region=${REGION}`);
      await expectView(page, { regions: [REGION] });
      await expect(regionBox(page, REGION)).toBeChecked();
      const top = ranked(matching({ regions: [REGION] }))[0]!;
      expect((await offered(page, "Principal contractor")).find(([name]) => name === nameOf(top[0]))).toEqual([nameOf(top[0]), top[1], false]);
    });
  });

  test("a bad value in a page's URL is normalised away; in an export's it is a 400 naming it", async ({ page, request }) => {
    await page.goto(`/?contractor=${encodeURIComponent(RTX_OTHER_NAME)}&contractor=no-such-company&region=${REGION.toLowerCase()}&region=ATLANTIS`);
    expect(pathAndQuery(page)).toBe(`/?region=${REGION}&contractor=rtx`);
    await expectView(page, { regions: [REGION], contractors: ["rtx"] });

    const api = await request.get(`/api/notifications?region=${REGION}&contractor=${encodeURIComponent(RTX_OTHER_NAME)}&pageSize=1`);
    expect(api.status()).toBe(200);
    expect((await api.json()).pagination.total).toBe(matching({ regions: [REGION], contractors: ["rtx"] }).length);
    for (const [path, parameter] of [
      ["/api/notifications?region=ATLANTIS", "region"],
      ["/api/notifications?contractor=no-such-company", "contractor"],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect((await response.json()).error.parameter, path).toBe(parameter);
    }
    const csv = await request.get("/notifications.csv?contractor=no-such-company");
    expect(csv.status()).toBe(400);
    expect(await csv.text()).toContain('parameter "contractor": Unknown contractor "no-such-company"');
    expect((await request.get("/feed.xml?region=Europe")).status()).toBe(400);
  });

  test("a contractor's page links to the timeline view of all its notifications: the same count", async ({ page }) => {
    // The contractor naming the most notifications: its page lists a window, the timeline all of them.
    const [slug, count] = ranked(notifications)[0]!;
    await page.goto(`/contractors/${slug}`);
    await expect(page.getByTestId("contractor-window")).toContainText(`All ${count} on the timeline`);
    await page.getByTestId("contractor-window").getByRole("link").click();
    await expect(page).toHaveURL(`/?contractor=${slug}`);
    await expectView(page, { contractors: [slug] });
  });

  test("a joint venture's view is its own: its partners' views leave out its sales that do not name them", async ({ page }) => {
    const venture = contractors.find((c) => c.slug.includes("joint-venture") && notifications.some((n) => contractorsOf(n).has(c.slug)))!;
    const partner = notifications.filter((n) => contractorsOf(n).has(venture.slug)).flatMap((n) => [...contractorsOf(n)]).find((s) => s !== venture.slug) ?? "lockheed-martin";
    const own = notifications.filter((n) => contractorsOf(n).has(venture.slug) && !contractorsOf(n).has(partner));
    await page.goto(`/?contractor=${partner}`);
    await expectView(page, { contractors: [partner] });
    await page.goto(`/?contractor=${partner}&contractor=${venture.slug}`);
    await expectView(page, { contractors: [partner, venture.slug] });
    expect(matching({ contractors: [partner, venture.slug] }).length).toBe(matching({ contractors: [partner] }).length + own.length);
  });

  test("a recipient's page links to the timeline of its whole region", async ({ page }) => {
    const code = recipients.find((r) => matching({ countries: [r.code] }).length > 0 && r.region === REGION)!.code;
    await page.goto(`/countries/${code}`);
    await page.getByTestId("region-timeline").click();
    await expect(page).toHaveURL(`/?region=${regionOf.get(code)}`);
    await expectView(page, { regions: [REGION] });
  });
});
