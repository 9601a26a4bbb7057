import type { Metadata } from "next";
import { FiscalYearView } from "@/components/years/fiscal-year-view";
import { fiscalYearMetadata, loadFiscalYear } from "@/lib/views";
import { dataOf } from "@/lib/views/next";

type Props = { params: Promise<{ fy: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return fiscalYearMetadata((await props.params).fy);
}

/** `/years/2025`; `/years/FY2025` redirects there; a segment that is not a year of the record is a 404. */
export default async function FiscalYearPage(props: Props) {
  const { tally, today, first, last } = dataOf(await loadFiscalYear((await props.params).fy));
  return <FiscalYearView tally={tally} today={today} first={first} last={last} />;
}
