import type { Metadata } from "next";
import { ContractorView } from "@/components/contractors/contractor-view";
import { contractorMetadata, loadContractor } from "@/lib/views";
import { dataOf } from "@/lib/views/next";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return contractorMetadata((await props.params).slug);
}

/** A contractor's page; any of its names redirects to its slug (`/contractors/Raytheon` → `/contractors/rtx`); anything else is a 404. */
export default async function ContractorPage(props: Props) {
  return <ContractorView data={dataOf(await loadContractor((await props.params).slug))} />;
}
