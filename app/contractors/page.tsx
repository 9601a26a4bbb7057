import { ContractorIndex } from "@/components/contractors/contractor-index";
import { contractorsMetadata, loadContractors } from "@/lib/views";

export const metadata = contractorsMetadata;

export default async function ContractorsPage() {
  const { data } = await loadContractors();
  return <ContractorIndex contractors={data} />;
}
