import { expect, test, type Page } from "@playwright/test";
import { dealHeader, entries, entrySlugs, escape, expectView, filterForm, firstPageSlugs, gotoHydrated, pathAndQuery, recipientBox } from "./helpers";
import { HOSTILE, HOSTILE_URL } from "./servers";
import { addDays, bySlug, hasOfficialText, longDate, SOURCING_BADGE, sourcingOf, matching, notifications, recipientName, reports, usdExact, type Notification, type Report } from "./seed-data";

/**
 * The official record's facts (transmittal numbers, the dates kept apart with their sources, the
 * value split, agency, case and funding, emergency determinations, later reports) on the deal
 * page, in the timeline's filters and in the exports. Which deals are opened and what each must
 * show is worked out from the seed files, so the specs follow the record as research fills it.
 */

const FUNDING_LABEL: Record<string, string> = { "national-funds": "National funds", fmf: "Foreign Military Financing (FMF)", "partner-funds": "Partners' funds" };
const REPORT_KIND_LABEL: Record<string, string> = { "enhancement-or-upgrade": "Enhancement or upgrade", "cost-increase": "Cost increase", correction: "Correction" };

const FACTS = ["transmittalNumber", "deliveredToCongress", "congressionalRecord", "federalRegister", "valueMdeUsd", "implementingAgency", "caseDesignator", "fundingSources"] as const;
type Fact = (typeof FACTS)[number];
const has = (n: Notification, f: Fact) => (f === "fundingSources" ? n.fundingSources.length > 0 : n[f] !== null);
const richness = (n: Notification) => FACTS.filter((f) => has(n, f)).length;

/**
 * Deals that between them show every fact the record holds at least once (the richest record
 * first, then one more for each fact it lacks), and one that shows none: a page load each.
 */
const FACT_DEALS: Notification[] = (() => {
  const byRichness = [...notifications].sort((a, b) => richness(b) - richness(a) || a.slug.localeCompare(b.slug));
  const chosen: Notification[] = [];
  for (const f of FACTS) {
    const n = byRichness.find((x) => has(x, f));
    if (n && !chosen.some((c) => has(c, f))) chosen.push(n);
  }
  const bare = byRichness.at(-1)!;
  if (richness(bare) === 0 && !chosen.includes(bare)) chosen.push(bare);
  return chosen;
})();

/** A report's date: the day delivered, else the Record's, else the Register's. */
const reportedOn = (r: Report) => (r.deliveredToCongress ?? r.congressionalRecord ?? r.federalRegister)!.on;
const reportsOf = (slug: string) =>
  reports.filter((r) => r.saleSlug === slug).sort((a, b) => reportedOn(a).localeCompare(reportedOn(b)) || a.id.localeCompare(b.id));

/** "25-34" written another way: an en dash and a leading zero ("25–034"). */
const oddSpelling = (t: string) => `${t.slice(0, 2)}\u2013${t.slice(3).padStart(3, "0")}`;

function facts(page: Page) {
  return page.getByTestId("deal-facts");
}

/** A dated fact: its day, and a link to the card of the source that gives it. */
async function expectDated(page: Page, testId: string, fact: { on: string; source: string } | null) {
  const dd = facts(page).getByTestId(testId);
  if (!fact) {
    await expect(dd).toHaveText("Not recorded");
    return;
  }
  await expect(dd.locator("time")).toHaveText(longDate(fact.on));
  await expect(dd.locator("time")).toHaveAttribute("datetime", fact.on);
  const ref = dd.getByRole("link");
  await expect(ref).toHaveAttribute("href", `#source-${fact.source}`);
  // The card it points to is on the page.
  await expect(page.locator(`[id="source-${fact.source}"]`)).toHaveCount(1);
  await ref.click();
  await expect(page).toHaveURL(new RegExp(`#source-${escape(fact.source)}$`));
  await expect(page.locator(`[id="source-${fact.source}"]`)).toBeInViewport();
}

/**
 * A deal of each kind of sourcing, chosen from the seed files: the first, by slug, whose sources
 * make it that kind. Each must exist; a kind the record stopped holding fails here.
 */
const SOURCING_DEALS = (["official-text", "official-compiled", "reporting-only"] as const).map((kind) => {
  const n = [...notifications].sort((a, b) => a.slug.localeCompare(b.slug)).find((x) => sourcingOf(x) === kind);
  return { kind, n };
});

test.describe("how a record's facts were read", () => {
  for (const { kind, n } of SOURCING_DEALS) {
    test(`a record of kind ${kind}: the badge, what it means, and its official sources marked`, async ({ page }) => {
      expect(n, `the record holds a notification of kind ${kind}`).toBeDefined();
      await gotoHydrated(page, `/deals/${n!.slug}`);
      const header = dealHeader(page);
      await expect(header.getByTestId("provenance")).toHaveText(SOURCING_BADGE[kind]);
      const explanation = header.getByTestId("provenance-explanation");
      if (kind === "official-text") await expect(explanation).toContainText("The project read an official text of this notification itself");
      if (kind === "official-compiled") await expect(explanation).toContainText("as a published compilation gives them; the project has not yet checked them");
      if (kind === "reporting-only") await expect(explanation).toContainText("No official text of this notification is among its sources");
      // Each source taken through a compilation says so, linking to the compiled file; no other does.
      const compiled = n!.sources.filter((s) => s.via);
      await expect(page.getByTestId("source-via")).toHaveCount(compiled.length);
      for (const s of compiled) {
        const card = page.locator(`[id="source-${s.id}"]`);
        await expect(card.getByTestId("source-via")).toContainText("As compiled by the atlas compilation");
        await expect(card.getByTestId("source-via").getByRole("link")).toHaveAttribute("href", "https://github.com/abhirocks06/atlas/blob/9ea034709f078020cee24cf91a43a081e37acbdf/data/fms_notifications.json");
      }
    });
  }
});

test.describe("the official record on the deal page", () => {
  test("the deals chosen cover every fact the record holds", () => {
    for (const f of FACTS) {
      if (notifications.some((n) => has(n, f))) expect(FACT_DEALS.some((n) => has(n, f)), f).toBe(true);
    }
    // Today's record gives these; a new fact type the record never fills would go untested.
    for (const f of ["transmittalNumber", "deliveredToCongress", "congressionalRecord", "valueMdeUsd", "implementingAgency", "fundingSources"] as const) {
      expect(notifications.some((n) => has(n, f)), f).toBe(true);
    }
  });

  for (const n of FACT_DEALS) {
    test(`${n.slug}: transmittal number, dates with their sources, value split, agency, funding, and the review counted from the right day`, async ({ page }) => {
      await gotoHydrated(page, `/deals/${n.slug}`);
      const header = dealHeader(page);
      // The transmittal number: in the header, and in the facts as a link to the sale in the timeline.
      if (n.transmittalNumber) {
        await expect(header.getByTestId("header-transmittal")).toHaveText(`Transmittal ${n.transmittalNumber}`);
        await expect(facts(page).getByTestId("transmittal").getByRole("link", { name: n.transmittalNumber })).toHaveAttribute("href", `/?transmittal=${n.transmittalNumber}`);
      } else {
        await expect(header.getByTestId("header-transmittal")).toHaveCount(0);
        await expect(facts(page).getByTestId("transmittal")).toHaveText("Not recorded");
      }
      await expect(header.getByTestId("provenance")).toHaveText(SOURCING_BADGE[sourcingOf(n)]);

      // The value, and its split into major defense equipment and other where a text gives it.
      const split = facts(page).getByTestId("value-split");
      await expect(split).toContainText(`${usdExact(n.estimatedValueUsd)} in all`);
      if (n.valueMdeUsd !== null || n.valueOtherUsd !== null) {
        await expect(split).toContainText(`Major defense equipment: ${n.valueMdeUsd !== null ? usdExact(n.valueMdeUsd) : "not given"}`);
        await expect(split).toContainText(`Other: ${n.valueOtherUsd !== null ? usdExact(n.valueOtherUsd) : "not given"}`);
      } else {
        await expect(split).toContainText("Split into major defense equipment and other: not recorded");
      }
      await expect(facts(page).getByTestId("agency")).toHaveText(`${n.implementingAgency ?? "Not recorded"}${n.caseDesignator ? ` · case ${n.caseDesignator}` : ""}`);
      const funding = facts(page).getByTestId("funding");
      if (n.fundingSources.length === 0 && !n.fundingNotes) await expect(funding).toHaveText("Not recorded");
      for (const f of n.fundingSources) await expect(funding).toContainText(FUNDING_LABEL[f]!);
      if (n.fundingNotes) await expect(funding).toContainText(n.fundingNotes);

      // The review period counts from the day delivered to Congress when a source gives it.
      const review = page.getByTestId("review-period");
      if (!n.reviewWaived) {
        const days = Number((await review.locator("strong").first().textContent())!.match(/^(15|30) days$/)![1]);
        const starts = n.deliveredToCongress?.on ?? n.announcedOn;
        await expect(review).toContainText(`Starts${longDate(starts)}`);
        await expect(review).toContainText(`Ends${longDate(addDays(starts, days))}`);
        await expect(page.getByTestId("review-counted-from")).toHaveText(
          n.deliveredToCongress ? "Counted from the date the notification was delivered to Congress." : /^Counted from the announcement date: no source in the record gives the day it was delivered to Congress/,
        );
      }

      // The dates kept apart, each linked to the source card that gives it (clicked last: it scrolls).
      await expect(facts(page)).toContainText(longDate(n.announcedOn));
      await expectDated(page, "delivered", n.deliveredToCongress);
      await expectDated(page, "record-date", n.congressionalRecord);
      await expectDated(page, "register-date", n.federalRegister);
    });
  }

  test("an emergency sale says who determined the emergency and that Congress had no review period", async ({ page }) => {
    const n = bySlug("2025-02-28-israel-mk-84");
    expect(n.reviewWaived).toBe(true);
    const emergency = n.emergency!;
    await page.goto(`/deals/${n.slug}`);
    await expect(dealHeader(page)).toContainText("emergency sale");
    const review = page.getByTestId("review-period");
    await expect(review.locator("strong").first()).toHaveText("None");
    const panel = page.getByTestId("emergency");
    await expect(panel).toContainText(`${emergency.determinedBy ?? "The Secretary of State"} determined that an emergency exists`);
    if (emergency.determinedOn) await expect(panel.locator("time")).toHaveAttribute("datetime", emergency.determinedOn);
    await expect(panel).toContainText("Congress had no review period before the sale could proceed");
    await expect(panel.getByRole("link")).toHaveAttribute("href", `#source-${emergency.source}`);
    await expect(page.locator(`[id="source-${emergency.source}"]`)).toHaveCount(1);
    // What the review would have been, and no countdown.
    await expect(review).toContainText(`Without it, Congress would have had 15 days (${recipientName(n.recipient)} is one of the five non-NATO partners`);
    await expect(page.getByTestId("review-status")).toHaveCount(0);
    await expect(page.getByTestId("review-counted-from")).toHaveCount(0);
  });

  test("an emergency determination no source attributes names nobody", async ({ page }) => {
    // The second server's fixture (tests/fixtures/hostile-seeds/): a waived review whose
    // determination has no "determinedBy", as a real record may (2024-05-10-ukraine-m142-himars).
    await page.goto(`${HOSTILE_URL}/deals/${HOSTILE.benignSlug}`);
    const panel = page.getByTestId("emergency");
    await expect(panel).toContainText("An emergency was determined (the record does not say by whom), which waived the review: Congress had no review period");
    await expect(panel).not.toContainText("Secretary");
    await expect(panel.getByRole("link")).toHaveAttribute("href", "#source-gazette");
  });

  test("a sale with later reports shows them under Later changes, oldest first; a sale without none", async ({ page }) => {
    expect(reports.length, "seeds/reports/ holds reports on sales in the record").toBeGreaterThan(0);
    // One sale per kind of report, and the sale with the most reports.
    const sales = new Set<string>();
    for (const kind of new Set(reports.map((r) => r.kind))) sales.add(reports.find((r) => r.kind === kind)!.saleSlug);
    const counts = [...new Set(reports.map((r) => r.saleSlug))].map((slug) => [slug, reportsOf(slug).length] as const).sort((a, b) => b[1] - a[1]);
    sales.add(counts[0]![0]);
    for (const slug of sales) {
      const own = reportsOf(slug);
      await page.goto(`/deals/${slug}`);
      await expect(page.getByRole("heading", { level: 2, name: `Later changes (${own.length})` })).toBeVisible();
      const items = page.getByTestId("later-change");
      await expect(items).toHaveCount(own.length);
      for (const [i, r] of own.entries()) {
        const item = items.nth(i);
        await expect(item).toContainText(REPORT_KIND_LABEL[r.kind]!);
        await expect(item.locator("time").first()).toHaveAttribute("datetime", reportedOn(r));
        if (r.transmittalNumber) await expect(item).toContainText(`Transmittal ${r.transmittalNumber}`);
        await expect(item.getByRole("heading", { level: 3 })).toHaveText(r.title);
        await expect(item).toContainText(r.description);
        if (r.valueBeforeUsd !== null || r.valueAfterUsd !== null) {
          await expect(item.getByTestId("later-change-value")).toContainText(r.valueAfterUsd !== null ? usdExact(r.valueAfterUsd) : "not given");
        }
        for (const s of r.sources) if (s.url) await expect(item.locator(`a[href="${s.url}"]`)).toHaveAttribute("target", "_blank");
      }
    }
    // A sale no report names has no such section.
    const unchanged = notifications.find((n) => !reports.some((r) => r.saleSlug === n.slug))!;
    await page.goto(`/deals/${unchanged.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Later changes/ })).toHaveCount(0);
  });
});

/** A sale with a transmittal number, and that number in another spelling. */
const NUMBERED = [...notifications].filter((n) => n.transmittalNumber).sort((a, b) => a.slug.localeCompare(b.slug))[0]!;

test.describe("timeline filters of the official record (JavaScript on)", () => {
  test("emergency and changed checkboxes filter, combine, and their chips remove them", async ({ page }) => {
    await gotoHydrated(page, "/");
    const panel = filterForm(page).getByRole("group", { name: "After the notification" });
    const emergencyBox = panel.getByRole("checkbox", { name: "Emergency sales (review waived)" });
    const changedBox = panel.getByRole("checkbox", { name: "Changed by later reports" });
    // Each box shows how many sales it would keep.
    await expect(panel.locator("label", { hasText: "Emergency sales (review waived)" })).toHaveText(`Emergency sales (review waived)${matching({ emergency: true }).length}`);
    await expect(panel.locator("label", { hasText: "Changed by later reports" })).toHaveText(`Changed by later reports${matching({ changed: true }).length}`);
    await emergencyBox.check();
    await expect(page).toHaveURL("/?emergency=1");
    await expectView(page, { emergency: true });
    expect(await entrySlugs(page)).toEqual(firstPageSlugs({ emergency: true }));
    await expect(entries(page).filter({ hasText: "Emergency sale: no congressional review" })).toHaveCount(await entries(page).count());

    // "Changed" is offered beside it only if some emergency sale has later reports.
    const both = matching({ emergency: true, changed: true }).length;
    await expect(changedBox).toHaveCount(both > 0 ? 1 : 0);
    if (both > 0) {
      await changedBox.check();
      await expect(page).toHaveURL("/?emergency=1&changed=1");
      await expectView(page, { emergency: true, changed: true });
    }
    await page.getByRole("link", { name: "Remove filter: emergency sales" }).click();
    await expect(page).toHaveURL(both > 0 ? "/?changed=1" : "/");
    if (both === 0) {
      await changedBox.check();
      await expect(page).toHaveURL("/?changed=1");
    }
    await expectView(page, { changed: true });
    expect(await entrySlugs(page)).toEqual(firstPageSlugs({ changed: true }));
    for (const n of matching({ changed: true })) {
      const count = reportsOf(n.slug).length;
      const entry = entries(page).filter({ has: page.locator(`a[href="/deals/${n.slug}"]`) });
      await expect(entry).toContainText(`Changed later: ${count} ${count === 1 ? "report" : "reports"}`);
    }
    await expect(changedBox).toBeChecked();
    await page.getByRole("link", { name: "Remove filter: changed by later reports" }).click();
    await expect(page).toHaveURL("/");
  });

  test("a deal's transmittal number opens that sale in the timeline; other filters keep it; its chip removes it", async ({ page }) => {
    const t = NUMBERED.transmittalNumber!;
    await gotoHydrated(page, `/deals/${NUMBERED.slug}`);
    await facts(page).getByTestId("transmittal").getByRole("link", { name: t }).click();
    await expect(page).toHaveURL(`/?transmittal=${t}`);
    await expectView(page, { transmittals: [t] });
    expect(await entrySlugs(page)).toEqual([NUMBERED.slug]);
    await expect(entries(page).first()).toContainText(t);
    // Ticking a recipient keeps the number (a hidden field of the form).
    await page.waitForFunction(() => Object.keys(document.querySelector("form[role=search]")!).some((k) => k.startsWith("__reactProps")));
    await recipientBox(page, recipientName(NUMBERED.recipient)).check();
    await expect(page).toHaveURL(`/?country=${NUMBERED.recipient}&transmittal=${t}`);
    await expectView(page, { countries: [NUMBERED.recipient], transmittals: [t] });
    await page.getByRole("link", { name: `Remove filter: transmittal ${t}` }).click();
    await expect(page).toHaveURL(`/?country=${NUMBERED.recipient}`);
    await expectView(page, { countries: [NUMBERED.recipient] });
  });

  test("a number written another way lands on its canonical URL", async ({ page }) => {
    const t = NUMBERED.transmittalNumber!;
    await page.goto(`/?transmittal=${encodeURIComponent(oddSpelling(t))}`);
    expect(pathAndQuery(page)).toBe(`/?transmittal=${t}`);
    expect(await entrySlugs(page)).toEqual([NUMBERED.slug]);
    // A number no sale has is an empty view, not an error; nonsense is dropped.
    await page.goto("/?transmittal=99-998");
    await expect(page.getByTestId("empty-state")).toBeVisible();
    await page.goto("/?transmittal=twenty-five&emergency=maybe");
    expect(pathAndQuery(page)).toBe("/");
  });
});

test.describe("timeline filters of the official record (JavaScript off)", () => {
  test.use({ javaScriptEnabled: false });

  test("the checkboxes submit with the form; a non-canonical number redirects; chips are links", async ({ page }) => {
    await page.goto("/");
    const panel = filterForm(page).getByRole("group", { name: "After the notification" });
    await expect(panel.getByRole("checkbox", { name: "Emergency sales (review waived)" })).toHaveAttribute("name", "emergency");
    await panel.getByRole("checkbox", { name: "Emergency sales (review waived)" }).check();
    await panel.getByRole("checkbox", { name: "Changed by later reports" }).check();
    await expect(page).toHaveURL("/");
    await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/?emergency=1&changed=1");
    await expectView(page, { emergency: true, changed: true });
    await page.getByRole("link", { name: "Remove filter: changed by later reports" }).click();
    await expect(page).toHaveURL("/?emergency=1");
    await expectView(page, { emergency: true });
    expect(await entrySlugs(page)).toEqual(firstPageSlugs({ emergency: true }));

    const t = NUMBERED.transmittalNumber!;
    await page.goto(`/?transmittal=${encodeURIComponent(oddSpelling(t))}&emergency=1`);
    expect(pathAndQuery(page)).toBe(`/?transmittal=${t}&emergency=1`);
    await expectView(page, { transmittals: [t], emergency: true });
    await page.getByRole("link", { name: "Remove filter: emergency sales" }).click();
    await expect(page).toHaveURL(`/?transmittal=${t}`);
    expect(await entrySlugs(page)).toEqual([NUMBERED.slug]);
    // The form carries the number on while other filters change.
    await recipientBox(page, recipientName(NUMBERED.recipient)).check();
    await filterForm(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(`/?country=${NUMBERED.recipient}&transmittal=${t}`);
    await page.getByRole("link", { name: `Remove filter: transmittal ${t}` }).click();
    await expect(page).toHaveURL(`/?country=${NUMBERED.recipient}`);
  });
});

// ---- The exports ----

type ApiRecord = Record<string, unknown> & { slug: string };

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\r" && text[i + 1] === "\n") {
      endRow();
      i++;
    } else cell += c;
  }
  if (cell || row.length) endRow();
  return rows;
}

/** What the exports must say of each notification's official record, from its seed file and the reports naming it. */
function expectedRecord(n: Notification) {
  return {
    transmittalNumber: n.transmittalNumber,
    reviewWaived: n.reviewWaived,
    valueMdeUsd: n.valueMdeUsd,
    valueOtherUsd: n.valueOtherUsd,
    deliveredOn: n.deliveredToCongress?.on ?? null,
    congressionalRecordOn: n.congressionalRecord?.on ?? null,
    federalRegisterOn: n.federalRegister?.on ?? null,
    implementingAgency: n.implementingAgency,
    caseDesignator: n.caseDesignator,
    fundingSources: n.fundingSources,
    emergency: n.emergency && { determinedBy: n.emergency.determinedBy, determinedOn: n.emergency.determinedOn },
    laterChanges: reportsOf(n.slug).map((r) => ({
      kind: r.kind,
      transmittalNumber: r.transmittalNumber,
      reportedOn: reportedOn(r),
      title: r.title,
      valueBeforeUsd: r.valueBeforeUsd,
      valueAfterUsd: r.valueAfterUsd,
    })),
    officialText: hasOfficialText(n),
    sourcing: sourcingOf(n),
  };
}

test.describe("the exports carry the official record", () => {
  test("the JSON API: every notification's number, dates, split, agency, case, funding, emergency, later changes and official text, as in its seed file", async ({ request }) => {
    const all: ApiRecord[] = [];
    let url: string | null = "/api/notifications?pageSize=200";
    while (url) {
      const body = (await (await request.get(url.replace(/^https?:\/\/[^/]+/, ""))).json()) as { data: ApiRecord[]; links: { next: string | null } };
      all.push(...body.data);
      url = body.links.next;
    }
    expect(all).toHaveLength(notifications.length);
    for (const n of notifications) {
      const got = all.find((a) => a.slug === n.slug)!;
      expect(got, n.slug).toMatchObject(expectedRecord(n));
    }
    // The filters by number, emergency and changes, as the API takes them.
    const t = NUMBERED.transmittalNumber!;
    const byNumber = await (await request.get(`/api/notifications?transmittal=${encodeURIComponent(oddSpelling(t))}`)).json();
    expect(byNumber.data.map((d: ApiRecord) => d.slug)).toEqual([NUMBERED.slug]);
    const waived = await (await request.get("/api/notifications?emergency=1&pageSize=200")).json();
    expect(waived.pagination.total).toBe(matching({ emergency: true }).length);
    const changed = await (await request.get("/api/notifications?changed=1&pageSize=200")).json();
    expect(changed.data.map((d: ApiRecord) => d.slug).sort()).toEqual(matching({ changed: true }).map((n) => n.slug).sort());
  });

  test("the CSV: the earlier columns unchanged, the official record's columns appended at the end, a row per notification", async ({ request }) => {
    const text = (await (await request.get("/notifications.csv")).body()).toString("utf8").replace(/^\uFEFF/, "");
    const [header, ...rows] = parseCsv(text);
    // The columns published before the official record, in their order: a public contract.
    const before = [
      "slug", "url", "announced_on", "date_approximate", "recipient_code", "recipient", "systems", "categories", "title", "summary",
      "estimated_value_usd", "major_defense_equipment", "other_items", "principal_contractors", "transmittal_number", "review_waived", "low_confidence", "source_urls",
    ];
    const added = [
      "value_mde_usd", "value_other_usd", "delivered_on", "congressional_record_on", "federal_register_on", "implementing_agency", "case_designator",
      "funding_sources", "emergency_determined_by", "emergency_determined_on", "adds_to_earlier_case", "prior_related_cases", "later_changes", "official_text",
    ];
    // Columns added later go after these: a reader's spreadsheet keeps its column letters.
    expect(header!.slice(0, before.length + added.length)).toEqual([...before, ...added]);
    expect(rows).toHaveLength(notifications.length);
    const col = (row: string[], name: string) => row[header!.indexOf(name)]!;
    const cell = (v: string | number | null) => (v === null ? "" : String(v));
    for (const n of notifications) {
      const row = rows.find((r) => r[0] === n.slug)!;
      expect(row, n.slug).toHaveLength(header!.length);
      const e = expectedRecord(n);
      expect(
        {
          transmittal: col(row, "transmittal_number"),
          mde: col(row, "value_mde_usd"),
          other: col(row, "value_other_usd"),
          delivered: col(row, "delivered_on"),
          record: col(row, "congressional_record_on"),
          register: col(row, "federal_register_on"),
          agency: col(row, "implementing_agency"),
          caseDesignator: col(row, "case_designator"),
          funding: col(row, "funding_sources"),
          determinedBy: col(row, "emergency_determined_by"),
          determinedOn: col(row, "emergency_determined_on"),
          changes: col(row, "later_changes"),
          official: col(row, "official_text"),
          sourcing: col(row, "sourcing"),
        },
        n.slug,
      ).toEqual({
        transmittal: cell(e.transmittalNumber),
        mde: cell(e.valueMdeUsd),
        other: cell(e.valueOtherUsd),
        delivered: cell(e.deliveredOn),
        record: cell(e.congressionalRecordOn),
        register: cell(e.federalRegisterOn),
        agency: cell(e.implementingAgency),
        caseDesignator: cell(e.caseDesignator),
        funding: e.fundingSources.join("; "),
        determinedBy: cell(e.emergency?.determinedBy ?? null),
        determinedOn: cell(e.emergency?.determinedOn ?? null),
        changes: e.laterChanges.map((r) => `${r.reportedOn} ${r.kind}${r.transmittalNumber ? ` ${r.transmittalNumber}` : ""}: ${r.title}`).join("; "),
        official: String(e.officialText),
        sourcing: e.sourcing,
      });
    }
  });
});
