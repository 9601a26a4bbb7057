import { describe, expect, it } from "vitest";
import type { NotificationDetail } from "@/lib/domain";
import { dealJsonLd, jsonForScript } from "./json-ld";

const deal = {
  slug: "2025-10-01-canada-m142-himars",
  title: "M142 HIMARS and related equipment",
  summary: "26 HIMARS launchers.",
  announcedOn: "2025-10-01",
  dateApproximate: false,
  estimatedValueUsd: 1_750_000_000n,
  lowConfidence: false,
  recipient: { code: "CA", name: "Canada", kind: "country", notifiedAs: null, nato: true, context: [] },
  systems: [{ slug: "m142-himars", name: "M142 HIMARS", category: { slug: "rocket-artillery", name: "Rocket artillery" } }],
  sources: [
    { key: "a", kind: "news-report", publisher: "P", title: null, url: "https://example.com/a", publishedOn: null, document: null, supports: null, reportedValue: null },
    { key: "b", kind: "news-report", publisher: "Q", title: null, url: "javascript:alert(1)", publishedOn: null, document: null, supports: null, reportedValue: null },
  ],
} as unknown as NotificationDetail;

describe("deal JSON-LD", () => {
  const origin = new URL("https://fms-timeline.example");

  it("describes the proposed sale with the record's facts only", () => {
    const ld = dealJsonLd(deal, origin) as Record<string, Record<string, unknown>>;
    expect(ld["@type"]).toBe("WebPage");
    expect(ld.url).toBe("https://fms-timeline.example/deals/2025-10-01-canada-m142-himars");
    expect(ld.isBasedOn).toEqual(["https://example.com/a"]);
    expect(ld.mainEntity).toMatchObject({
      "@type": "SellAction",
      actionStatus: "https://schema.org/PotentialActionStatus",
      startTime: "2025-10-01",
      buyer: { "@type": "Country", name: "Canada", identifier: "CA" },
      price: 1750000000,
      priceCurrency: "USD",
    });
    expect(ld.mainEntity!.object).toEqual([{ "@type": "Product", name: "M142 HIMARS", category: "Rocket artillery" }]);
  });

  it("gives no date when the record's date is approximate", () => {
    const ld = dealJsonLd({ ...deal, dateApproximate: true }, origin) as Record<string, Record<string, unknown>>;
    expect(ld.mainEntity).not.toHaveProperty("startTime");
  });

  it("escapes < so no value can close the script element, and stays parseable JSON", () => {
    const text = jsonForScript({ title: "</script><script>alert(1)</script>", line: "a\u2028b" });
    expect(text).not.toContain("<");
    expect(text).not.toContain("\u2028");
    expect(JSON.parse(text)).toEqual({ title: "</script><script>alert(1)</script>", line: "a\u2028b" });
  });
});
