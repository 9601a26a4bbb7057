import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { FiscalYearView } from "@/components/years/fiscal-year-view";
import { fiscalYearsTo, parseFiscalYear } from "@/lib/domain";
import { fiscalYearHref, formatUsdCompact, plural, todayInWashington } from "@/lib/format";
import { getFiscalYearTally } from "@/lib/queries";
import { OPEN_GRAPH_BASE } from "@/lib/site";

type Props = { params: Promise<{ fy: string }> };

/** `/years/2025` is a year's tally; `/years/FY2025` redirects there; anything else, or a year outside FY2008 to today's, is a 404. */
async function load(props: Props) {
  const parsed = parseFiscalYear((await props.params).fy);
  const today = todayInWashington();
  const tally = parsed ? await getFiscalYearTally(parsed.fiscalYear, today) : null;
  return { tally, canonical: parsed?.canonical ?? true, today };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { tally } = await load(props);
  if (!tally) return { title: "Fiscal year not found" };
  const fy = tally.span.fiscalYear;
  const title = `Fiscal year ${fy}: U.S. arms sales notified to Congress`;
  const description = tally.tally.count
    ? `${plural(tally.tally.count, "Foreign Military Sales notification", "Foreign Military Sales notifications")} in FY${fy}, worth ${formatUsdCompact(tally.tally.valueUsd)} in estimated value (a ceiling, not a contract), by recipient, region, system, month and contractor.`
    : `Foreign Military Sales notified to Congress in FY${fy}: what the record holds.`;
  const url = fiscalYearHref(fy);
  return { title, description, alternates: { canonical: url }, openGraph: { ...OPEN_GRAPH_BASE, type: "website", title, description, url } };
}

export default async function FiscalYearPage(props: Props) {
  const { tally, canonical, today } = await load(props);
  if (!tally) notFound();
  if (!canonical) permanentRedirect(fiscalYearHref(tally.span.fiscalYear));
  const years = fiscalYearsTo(today);
  return <FiscalYearView tally={tally} today={today} first={years[0]!} last={years.at(-1)!} />;
}
