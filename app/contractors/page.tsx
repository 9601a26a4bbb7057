import type { Metadata } from "next";
import { ContractorIndex } from "@/components/contractors/contractor-index";
import { PAGE_HREF } from "@/lib/format";
import { getContractorSummaries } from "@/lib/queries";
import { OPEN_GRAPH_BASE } from "@/lib/site";

const title = "Contractors named in U.S. arms sales notified to Congress";
const description =
  "Every principal contractor the Foreign Military Sales notifications name, one company by all its names, with how many notifications name it and their estimated value.";

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: PAGE_HREF.contractors },
  openGraph: { ...OPEN_GRAPH_BASE, type: "website", title, description, url: PAGE_HREF.contractors },
};

export default async function ContractorsPage() {
  return <ContractorIndex contractors={await getContractorSummaries()} />;
}
