import { expect, test } from "@playwright/test";
import { parseCsv } from "../tests/support/csv";
import { gotoHydrated, SEED } from "./helpers";
import { ARCHIVE_FROM, longDate, notifications } from "./seed-data";

/**
 * /data, as an analyst uses it: find it from the front page, see what each file holds and when it
 * was built, download a file under a dated name, and find every column of it in the dictionary.
 * The figures are checked against the files themselves and the seed files, never against the page.
 */

const SITE = "https://fms-timeline.example";
const newest = notifications.map((n) => n.announcedOn).sort().at(-1)!;
const lines = notifications.reduce((n, s) => n + s.majorDefenseEquipment.length + s.otherItems.length, 0);
const sources = notifications.reduce((n, s) => n + s.sources.length, 0);

/** The size as the page writes it (lib/format formatBytes). */
function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString("en-US")} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;
}

test.describe("the dataset page", () => {
  test("the front page links it; it says how new the data is and when the files were built", async ({ page }) => {
    await gotoHydrated(page, "/");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Data" }).click();
    await expect(page).toHaveURL(/\/data$/);
    await expect(page.getByRole("heading", { level: 1, name: "Data" })).toBeVisible();
    await expect(page.getByTestId("dataset-dates")).toHaveText(new RegExp(`^Data as of ${longDate(newest)} \\(the newest notification\\) · files built \\d{1,2} \\w+ \\d{4}$`));
  });

  test("each file is listed with the size and row count of what it downloads", async ({ page, request }) => {
    await page.goto("/data");
    const expected: Record<string, string> = {
      "notifications.csv": `${SEED.total.toLocaleString("en-US")} notifications`,
      "equipment.csv": `${lines.toLocaleString("en-US")} equipment lines`,
      "sources.csv": `${sources.toLocaleString("en-US")} sources`,
      "record.json": `${SEED.total.toLocaleString("en-US")} notifications`,
      "record.sqlite": `${SEED.total.toLocaleString("en-US")} notifications`,
    };
    for (const [name, rows] of Object.entries(expected)) {
      const item = page.locator(`[data-testid="dataset-file"][data-file="${name}"]`);
      const response = await request.get(`/data/${name}`);
      expect(response.status(), name).toBe(200);
      const body = await response.body();
      await expect(item.getByTestId("dataset-file-facts")).toHaveText(`${rows} · ${size(body.length)}`);
      if (name.endsWith(".csv")) expect(parseCsv(body.toString("utf8")).length - 1, name).toBe(Number(rows.split(" ")[0]!.replaceAll(",", "")));
      if (name === "record.json") expect(JSON.parse(body.toString("utf8")).notifications).toHaveLength(SEED.total);
      if (name === "record.sqlite") expect(body.subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");
    }
  });

  test("a download is saved under a dated name, and every column of the file is in the dictionary", async ({ page }) => {
    await page.goto("/data");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /^Download equipment\.csv: Equipment lines \(CSV/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^fms-timeline-\d{4}-\d{2}-\d{2}-equipment\.csv$/);
    const [header] = parseCsv((await import("node:fs")).readFileSync((await file.path())!, "utf8"));
    const dictionary = page.locator('details[data-file="equipment.csv"]');
    await dictionary.locator("summary").click();
    const names = await dictionary.getByTestId("dictionary-entry").locator("dt code").allTextContents();
    expect(names).toEqual(header);
    await expect(dictionary.getByTestId("dictionary-entry").filter({ hasText: "quantity_up_to" })).toContainText('True when the text says "up to" the quantity');
  });

  test("the caveats, the coverage counted from the record, the terms and a citation of this build", async ({ page }) => {
    await page.goto("/data");
    await expect(page.getByText("A notification is not a sale")).toBeVisible();
    await expect(page.getByText(/^Values are ceilings/)).toBeVisible();
    const held = notifications.filter((n) => n.announcedOn >= ARCHIVE_FROM).length;
    await expect(page.getByTestId("dataset-coverage")).toContainText(`Since ${longDate(ARCHIVE_FROM)} the record holds ${held.toLocaleString("en-US")} notifications`);
    await expect(page.getByText(/in the public domain in the United States/)).toBeVisible();
    await expect(page.getByTestId("dataset-citation")).toHaveText(new RegExp(`^FMS Timeline \\(\\d{4}\\)\\. U\\.S\\. Foreign Military Sales notifications to Congress, data as of ${longDate(newest)} \\(built .+\\) \\[Data set\\]\\. ${SITE}/data$`));
  });

  test("a query string on the page redirects to /data", async ({ request }) => {
    const response = await request.get("/data?utm_source=newsletter", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toBe("/data");
  });
});

test.describe("the dataset's files", () => {
  test("served with their type, download name, length and caching; 304 for the ETag the client has", async ({ request }) => {
    const response = await request.get("/data/record.json", { headers: { "accept-encoding": "identity" } });
    const headers = response.headers();
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["content-disposition"]).toMatch(/^attachment; filename="fms-timeline-\d{4}-\d{2}-\d{2}-record\.json"$/);
    expect(Number(headers["content-length"])).toBe((await response.body()).length);
    expect(headers["cache-control"]).toBe("public, max-age=300");
    expect(headers["x-page-cache"]).toBeUndefined();
    const again = await request.get("/data/record.json", { headers: { "if-none-match": headers["etag"]! } });
    expect(again.status()).toBe(304);
  });

  test("a parameter is a 400 naming it; a name that is not a file is a 404 listing the files", async ({ request }) => {
    const bad = await request.get("/data/notifications.csv?v=2");
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain('Unknown parameter "v". This address takes no parameters.');
    const missing = await request.get("/data/record.xml");
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain("record.sqlite");
  });

  test("the OpenAPI description is served, and refuses a parameter in the API's error shape", async ({ request }) => {
    const description = await request.get("/api/openapi.json");
    expect(description.status()).toBe(200);
    expect((await description.json()).openapi).toBe("3.1.0");
    const bad = await request.get("/api/openapi.json?format=yaml");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({ error: { status: 400, parameter: "format", value: "yaml", message: 'Unknown parameter "format". This address takes no parameters.' } });
  });
});
