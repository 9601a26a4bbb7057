import type { Metadata } from "next";
import { CiteRecord } from "@/components/deal/cite-record";
import { ClaimList } from "@/components/deal/claim-list";
import { CongressSection } from "@/components/deal/congress-section";
import { BeforeArchive, DealCaveats } from "@/components/deal/deal-caveats";
import { DealFacts } from "@/components/deal/deal-facts";
import { DealHeader } from "@/components/deal/deal-header";
import { DealStageList } from "@/components/deal/deal-stage";
import { EquipmentList } from "@/components/deal/equipment-list";
import { LaterChanges } from "@/components/deal/later-changes";
import { RecipientContext } from "@/components/deal/recipient-context";
import { RecordHistory } from "@/components/deal/record-history";
import { ResearchNotes } from "@/components/deal/research-notes";
import { ReviewPeriodPanel } from "@/components/deal/review-period-panel";
import { SourceList } from "@/components/deal/source-list";
import { BackLink } from "@/components/ui/back-link";
import { JsonLd } from "@/components/ui/json-ld";
import { PAGE_HREF } from "@/lib/format";
import { dealMetadata, loadDeal } from "@/lib/views";
import { dataOf } from "@/lib/views/next";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return dealMetadata((await props.params).slug);
}

export default async function DealPage(props: Props) {
  const { deal, review, stage, sourcing, resolutions, jsonLd, citation, today, history } = dataOf(await loadDeal((await props.params).slug));
  return (
    <article className="mx-auto max-w-4xl">
      <JsonLd data={jsonLd} />
      <nav aria-label="Breadcrumb" className="text-sm">
        <BackLink href={PAGE_HREF.timeline}>All notifications</BackLink>
      </nav>
      <DealHeader deal={deal} sourcing={sourcing} />
      <BeforeArchive announcedOn={deal.announcedOn} />
      <DealCaveats deal={deal} />
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-8">
          <EquipmentList mde={deal.majorDefenseEquipment} other={deal.otherItems} />
          <DealFacts deal={deal} />
        </div>
        <ReviewPeriodPanel review={review} deal={deal}>
          <DealStageList stage={stage} />
        </ReviewPeriodPanel>
      </div>
      <ResearchNotes notes={deal.notes} />
      <LaterChanges reports={deal.reports} />
      <CongressSection resolutions={resolutions} announcedOn={deal.announcedOn} />
      <ClaimList claims={deal.claims} />
      <RecipientContext name={deal.recipient.name} facts={deal.recipient.context} />
      <SourceList sources={deal.sources} claims={deal.claims} estimatedValueUsd={deal.estimatedValueUsd} />
      <CiteRecord citation={citation} accessedOn={today} />
      <RecordHistory history={history} />
    </article>
  );
}
