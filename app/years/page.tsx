import type { Metadata } from "next";
import { YearsOverview } from "@/components/years/years-overview";
import { PAGE_HREF, todayInWashington } from "@/lib/format";
import { getFiscalYearsOverview } from "@/lib/queries";
import { OPEN_GRAPH_BASE } from "@/lib/site";

const title = "Fiscal years: U.S. arms sales notified to Congress, year by year";
const description =
  "Every fiscal year from FY2008 side by side: how many Foreign Military Sales notifications, their estimated value, emergency and challenged sales, and the same by administration.";

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: PAGE_HREF.years },
  openGraph: { ...OPEN_GRAPH_BASE, type: "website", title, description, url: PAGE_HREF.years },
};

export default async function YearsPage() {
  return <YearsOverview overview={await getFiscalYearsOverview(todayInWashington())} />;
}
