import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { escape } from "./helpers";
import { formatUsdCompact, LIST_SLACK, RECIPIENTS_SHOWN } from "../lib/format";
import { notifications, recipientName, recipients, systems, totals } from "./seed-data";

/** The world map on /countries (and on a system's page): server-rendered SVG, each shaded country a link. */

const byRecipient = (keep: (n: (typeof notifications)[number]) => boolean = () => true) => totals(notifications.filter(keep), (n) => n.recipient);

/** Recipients with a notification the filter keeps that are countries: the ones drawn (organisations are listed beside the map). */
const onMap = (keep?: (n: (typeof notifications)[number]) => boolean) => [...byRecipient(keep).keys()].filter((code) => recipients.find((r) => r.code === code)!.kind === "country");

function map(page: Page, id = "recipients-map") {
  return page.getByTestId(`${id}-svg`);
}

/** The table's rows as [name, count, value] in page order. */
async function tableRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId("recipients-table")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => [r.querySelector("th")!.textContent!.trim(), r.children[1]!.textContent!.trim(), r.children[2]!.textContent!.trim()]));
}

/** What /countries' table shows of those rows: all of a short list, else the RECIPIENTS_SHOWN largest (the rest are on /countries/all). */
const shown = (rows: string[][]) => (rows.length > RECIPIENTS_SHOWN + LIST_SLACK ? rows.slice(0, RECIPIENTS_SHOWN) : rows);

/** What the seed files say the table should hold, largest value first. */
function expectedRows(keep?: (n: (typeof notifications)[number]) => boolean): string[][] {
  return [...byRecipient(keep)]
    .sort(([a, x], [b, y]) => (x.value < y.value ? 1 : x.value > y.value ? -1 : recipientName(a).localeCompare(recipientName(b))))
    .map(([code, t]) => [recipientName(code), String(t.count), formatUsdCompact(t.value)]);
}

test.describe("the recipients map", () => {
  test("shades every recipient as a link named by its figures; a click on a country opens its page", async ({ page }) => {
    await page.goto("/countries");
    const svg = map(page);
    await expect(svg).toBeVisible();
    const all = byRecipient();
    await expect(svg.getByRole("link")).toHaveCount(onMap().length);

    const poland = all.get("PL")!;
    const firstPoland = notifications.filter((n) => n.recipient === "PL").map((n) => n.announcedOn).sort()[0]!;
    const [y, m, d] = firstPoland.split("-").map(Number);
    const since = `${d} ${new Date(Date.UTC(y!, m! - 1, 1)).toLocaleString("en-GB", { month: "short", timeZone: "UTC" })} ${y}`;
    const link = svg.getByRole("link", { name: `Poland: ${poland.count} notifications, US${formatUsdCompact(poland.value)} since ${since}` });
    await expect(link).toHaveAttribute("href", "/countries/PL");
    await expect(link.locator("title")).toHaveText(/^Poland: /); // the tooltip
    await link.click();
    await expect(page).toHaveURL("/countries/PL");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Poland");
  });

  test("the legend names each step, and the table under the map gives the same figures, largest first", async ({ page }) => {
    await page.goto("/countries");
    const legend = page.getByTestId("recipients-map-legend").getByRole("listitem");
    const steps = await legend.allTextContents();
    expect(steps[0]).toMatch(/^under \$[\d.]+ (million|billion) \(\d+ recipients?\)$/);
    expect(steps.filter((s) => / or more /.test(s))).toHaveLength(1);
    const all = expectedRows();
    expect(all.length).toBeGreaterThan(RECIPIENTS_SHOWN + LIST_SLACK);
    expect(await tableRows(page)).toEqual(all.slice(0, RECIPIENTS_SHOWN));
    const mapSteps = await map(page).locator("a").evaluateAll((as) => as.map((a) => `${a.getAttribute("href")} ${a.getAttribute("data-step")}`));
    const besideSteps = await page
      .getByTestId("recipients-map-off-map")
      .locator("li")
      .evaluateAll((lis) => lis.map((li) => `${li.querySelector("a")!.getAttribute("href")} ${li.getAttribute("data-step")}`));
    // The rest of the table is a link away: every recipient, in one table, largest first.
    await page.getByRole("link", { name: `All ${all.length} recipients, in one table` }).click();
    await expect(page).toHaveURL("/countries/all");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Every recipient, in one table");
    expect(await tableRows(page)).toEqual(all);
    // Each row's colour key matches its country on the map, or its entry beside the map.
    const tableSteps = await page
      .getByTestId("recipients-table")
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => `${r.querySelector("a")!.getAttribute("href")} ${r.getAttribute("data-step")}`));
    expect([...mapSteps, ...besideSteps].sort()).toEqual([...tableSteps].sort());
    await page.getByRole("link", { name: "Back to the map" }).click();
    await expect(page).toHaveURL("/countries");
    // NSPA, an organisation, is beside the map, not on it.
    const organisations = recipients.filter((r) => r.kind === "organization" && byRecipient().has(r.code));
    expect(besideSteps.map((s) => s.split(" ")[0])).toEqual(organisations.map((r) => `/countries/${r.code}`));
  });

  test("the range in the URL changes the shading, the legend and the table", async ({ page }) => {
    const in2024 = (n: (typeof notifications)[number]) => n.announcedOn.startsWith("2024");
    await page.goto("/countries?year=2024");
    await expect(page.getByRole("combobox", { name: "Year" })).toHaveValue("2024");
    expect(await tableRows(page)).toEqual(shown(expectedRows(in2024)));
    const shaded = await map(page).locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("data-code")));
    expect(shaded.sort()).toEqual(onMap(in2024).sort());
    // A recipient with notifications, none of them in 2024: not shaded in 2024, and named among those with none.
    const elsewhere = onMap().find((code) => !byRecipient(in2024).has(code))!;
    expect(elsewhere).toBeTruthy();
    expect(shaded).not.toContain(elsewhere);
    await expect(page.getByTestId("recipients-none").getByRole("link", { name: recipientName(elsewhere) })).toBeVisible();

    const title2024 = await map(page).locator('a[data-code="PL"] title').textContent();
    await page.goto("/countries");
    expect(await map(page).locator('a[data-code="PL"] title').textContent()).not.toBe(title2024);
    await expect(map(page).locator(`a[data-code="${elsewhere}"]`)).toHaveCount(1);

    // The form sets the range; empty fields drop out of the URL.
    await page.getByRole("combobox", { name: "Year" }).selectOption("2024");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL("/countries?year=2024");
    expect(await tableRows(page)).toEqual(shown(expectedRows(in2024)));
    // Every recipient of the same view, in one table: the year carries over.
    await page.goto("/countries/all?year=2024");
    expect(await tableRows(page)).toEqual(expectedRows(in2024));
    await expect(page.getByRole("link", { name: "Back to the map" })).toHaveAttribute("href", "/countries?year=2024");
  });

  test("dates and a category narrow it too; the link to the timeline carries the same view", async ({ page }) => {
    const categoryOf = new Map((systems as unknown as { slug: string; category: string }[]).map((s) => [s.slug, s.category]));
    const keep = (n: (typeof notifications)[number]) =>
      n.announcedOn >= "2024-01-01" && n.announcedOn <= "2025-06-30" && n.systems.some((s) => categoryOf.get(s) === "air-to-air-missile");
    await page.goto("/countries?category=air-to-air-missile&from=2024-01-01&to=2025-06-30");
    const expected = expectedRows(keep);
    expect(expected.length).toBeGreaterThan(1);
    expect(await tableRows(page)).toEqual(shown(expected));
    await expect(page.getByRole("link", { name: "See them on the timeline" })).toHaveAttribute("href", "/?category=air-to-air-missile&from=2024-01-01&to=2025-06-30");
    await expect(page.getByRole("checkbox", { name: "Air-to-air missile" })).toBeChecked();
    await expect(page.getByLabel("From")).toHaveValue("2024-01-01");
  });

  test("every view has one URL: other keys, empty fields and bad values redirect; none is an error", async ({ request }) => {
    const cases: [string, string][] = [
      ["/countries?year=2024&from=&to=", "/countries?year=2024"],
      ["/countries?country=CA&q=x&page=2", "/countries"],
      ["/countries?year=20x4", "/countries"],
      ["/countries?from=2025-12-31&to=2024-01-01", "/countries?from=2024-01-01&to=2025-12-31"],
      ["/countries?category=HELICOPTERS&category=air-to-air-missile", "/countries?category=air-to-air-missile&category=helicopters"],
      ["/countries?category=%3Cscript%3E", "/countries"],
      ["/countries/all?country=CA&year=2024&to=", "/countries/all?year=2024"],
    ];
    for (const [from, to] of cases) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(307);
      const location = new URL(response.headers()["location"]!, "http://x");
      expect(location.pathname + location.search, from).toBe(to);
    }
    const empty = await request.get("/countries?year=1999");
    expect(empty.status()).toBe(200);
    expect(await empty.text()).toContain("No notification in the record matches this range and category.");
  });

  test("a system's page maps who has been notified of it", async ({ page }) => {
    const slug = "f-16";
    const mine = byRecipient((n) => n.systems.includes(slug));
    expect(mine.size).toBeGreaterThan(1);
    await page.goto(`/systems/${slug}`);
    const svg = map(page, "system-map");
    await expect(svg.getByRole("link")).toHaveCount(mine.size); // every recipient of the F-16 is a country
    for (const [code, t] of mine) {
      await expect(svg.locator(`a[data-code="${code}"]`)).toHaveAttribute("href", `/countries/${code}`);
      const noun = t.count === 1 ? "notification" : "notifications";
      await expect(svg.locator(`a[data-code="${code}"] title`)).toHaveText(new RegExp(`^${escape(`${recipientName(code)}: ${t.count} ${noun}, US${formatUsdCompact(t.value)} `)}`));
    }
    // Türkiye: a compact shape, so a click at its middle lands on it (the Philippines' middle is sea).
    expect(mine.has("TR")).toBe(true);
    await svg.getByRole("link", { name: /^Türkiye: / }).click();
    await expect(page).toHaveURL("/countries/TR");
  });

  test("no script draws it: the map is in the HTML the server sends", async ({ request }) => {
    const html = await (await request.get("/countries")).text();
    const svg = /<svg viewBox="0 0 960 \d+" class="world-map"[^>]*>([\s\S]*?)<\/svg>/.exec(html);
    expect(svg).not.toBeNull();
    expect(svg![1]!.match(/<a href="\/countries\/[A-Z]{2}"/g)).toHaveLength(onMap().length);
    expect(svg![1]).not.toContain("<script");
  });

  /** A map file's text, once it is checked to be an SVG sent for the browser to keep. */
  async function mapFile(request: APIRequestContext, path: string): Promise<string> {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe("image/svg+xml");
    expect(response.headers()["cache-control"], path).toMatch(/max-age=\d+/);
    return response.text();
  }

  test("the land under the shading is one file every map shares, for the browser to keep", async ({ request, page }) => {
    const html = await (await request.get("/countries")).text();
    const height = /<svg viewBox="0 0 960 (\d+)" class="world-map"/.exec(html)?.[1];
    expect(html).toContain(`<image href="/map/land.svg" width="960" height="${height}" aria-hidden="true">`);
    expect(await mapFile(request, "/map/land.svg")).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 ${height}"[^>]*><path d="M`));
    // The browser fetches it for the page (and the map draws it at the map's size).
    const fetched = page.waitForResponse((response) => new URL(response.url()).pathname === "/map/land.svg");
    await page.goto("/countries");
    expect((await fetched).status()).toBe(200);
    expect((await map(page).locator("image").boundingBox())?.width).toBeGreaterThan(100);
  });

  test("a shaded recipient is its shape from one file every map shares, in its colour", async ({ request, page }) => {
    const ids = new Set([...(await mapFile(request, "/map/shapes.svg")).matchAll(/<path id="([A-Z]{2})"/g)].map((m) => m[1]));
    const fetched = page.waitForResponse((response) => new URL(response.url()).pathname === "/map/shapes.svg");
    await page.goto("/countries");
    expect((await fetched).status()).toBe(200);
    // Every shaded shape draws its own recipient's outline from the file, in its step's colour.
    const uses = await map(page)
      .locator("a > use")
      .evaluateAll((els) => els.map((u) => ({ code: u.parentElement!.getAttribute("data-code"), href: u.getAttribute("href"), fill: u.getAttribute("fill") })));
    expect(uses.length).toBeGreaterThan(10);
    for (const u of uses) {
      expect(u.href).toBe(`/map/shapes.svg#${u.code}`);
      expect(ids.has(u.code!), `${u.code} is in the shapes file`).toBe(true);
      expect(u.fill).toMatch(/^#[0-9a-f]{6}$/);
    }
    // And it is drawn: Canada's shape covers a real area of the map.
    const canada = await map(page).locator('a[data-code="CA"] > use').boundingBox();
    expect(canada!.width).toBeGreaterThan(50);
    expect(canada!.height).toBeGreaterThan(20);
  });
});

test.describe("the recipients map with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the map, its links and the range form all work", async ({ page }) => {
    await page.goto("/countries");
    await expect(map(page).getByRole("link")).toHaveCount(onMap().length);
    await page.getByRole("combobox", { name: "Year" }).selectOption("2025");
    await page.locator("summary", { hasText: "Category" }).click();
    await page.getByRole("checkbox", { name: "Air-to-air missile" }).check();
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL("/countries?category=air-to-air-missile&year=2025");
    await expect(page.getByTestId("map-summary")).toContainText("(Air-to-air missile · 2025)");
    await map(page).getByRole("link", { name: /^Egypt: / }).click();
    await expect(page).toHaveURL("/countries/EG");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Egypt");
  });
});
