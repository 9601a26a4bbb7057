import { describe, expect, it } from "vitest";
import { pageMetadata } from "./site";

describe("pageMetadata", () => {
  it("gives a page its canonical address and one Open Graph block, and a Twitter card only where the page names one", () => {
    const meta = pageMetadata({ title: "Coverage", description: "What the record holds.", path: "/coverage" });
    expect(meta).toEqual({
      title: "Coverage",
      description: "What the record holds.",
      alternates: { canonical: "/coverage" },
      openGraph: { siteName: "FMS Timeline", locale: "en_US", type: "website", title: "Coverage", description: "What the record holds.", url: "/coverage" },
    });
  });

  it("an article's date, a large card, a document title of its own and a feed", () => {
    const meta = pageMetadata({
      title: "Canada: HIMARS",
      documentTitle: { absolute: "FMS Timeline: Canada" },
      description: "A sale.",
      path: "/deals/x",
      type: "article",
      publishedTime: "2025-10-01",
      twitter: "summary_large_image",
      feed: { url: "/feed.xml", title: "FMS Timeline: all notifications" },
    });
    expect(meta.title).toEqual({ absolute: "FMS Timeline: Canada" });
    expect(meta.openGraph).toMatchObject({ type: "article", publishedTime: "2025-10-01", title: "Canada: HIMARS" });
    expect(meta.twitter).toEqual({ card: "summary_large_image", title: "Canada: HIMARS", description: "A sale." });
    expect(meta.alternates).toEqual({ canonical: "/deals/x", types: { "application/atom+xml": [{ url: "/feed.xml", title: "FMS Timeline: all notifications" }] } });
  });
});
