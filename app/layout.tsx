import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { OPEN_GRAPH_BASE, SITE_NAME, siteUrl } from "@/lib/site";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: siteUrl(),
    title: { default: `${SITE_NAME}: U.S. arms sales notified to Congress`, template: `%s · ${SITE_NAME}` },
    description:
      "A sourced timeline of U.S. Foreign Military Sales notifications to Congress: who, what, when, how much, and which claims about each deal hold up.",
    openGraph: { ...OPEN_GRAPH_BASE, type: "website" },
    twitter: { card: "summary" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#fbfaf7" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, which the CSP nonce needs.
  await headers();
  return (
    <html lang="en">
      <head>
        {/*
          The first paint waits until the footer is parsed: the whole page, laid out once. Without it
          Chromium painted the timeline's header alone when its parser yielded partway, then laid the
          page out again for each piece it parsed; Lighthouse counts those later layouts as blocking
          time on a phone (issue 22, docs/benchmark.md).
          The HTML arrives in one piece (kept pages whole from the page cache; no page streams a
          loading state), so the wait is its parse, a few milliseconds. A browser without rel=expect
          ignores it; a page without the footer blocks no longer than its own parse.
        */}
        <link rel="expect" href="#site-footer" blocking="render" />
      </head>
      <body className="min-h-screen flex flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 pb-16 pt-6 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
