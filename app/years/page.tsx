import { YearsOverview } from "@/components/years/years-overview";
import { loadYears, yearsMetadata } from "@/lib/views";

export const metadata = yearsMetadata;

export default async function YearsPage() {
  const { data } = await loadYears();
  return <YearsOverview overview={data} />;
}
