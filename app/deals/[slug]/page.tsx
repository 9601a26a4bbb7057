import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimList } from "@/components/deal/claim-list";
import { CongressSection } from "@/components/deal/congress-section";
import { DealFacts } from "@/components/deal/deal-facts";
import { DealStageList } from "@/components/deal/deal-stage";
import { EquipmentList } from "@/components/deal/equipment-list";
import { LaterChanges } from "@/components/deal/later-changes";
import { RecipientContext } from "@/components/deal/recipient-context";
import { ReviewPeriodPanel } from "@/components/deal/review-period-panel";
import { SourceList } from "@/components/deal/source-list";
import { SourcingBadge, SourcingNote } from "@/components/deal/sourcing";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { Flag } from "@/components/ui/flag";
import { JsonLd } from "@/components/ui/json-ld";
import { Usd } from "@/components/ui/money";
import { BackLink } from "@/components/ui/back-link";
import { dealDescription, dealHeadline, dealStage, isDealSlug, isResearched, RESEARCHED_FROM, reviewPeriod, sourcingOf } from "@/lib/domain";
import { getNotification, getResolutionsForSale } from "@/lib/queries";
import { countryHref, dealHref, formatLongDate, PAGE_HREF, todayInWashington } from "@/lib/format";
import { dealJsonLd } from "@/lib/exports";
import { OPEN_GRAPH_BASE, siteUrl } from "@/lib/site";

type Props = { params: Promise<{ slug: string }> };

async function load(props: Props) {
  const { slug } = await props.params;
  if (!isDealSlug(slug)) return null;
  return getNotification(slug);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const deal = await load(props);
  if (!deal) return { title: "Notification not found" };
  const title = dealHeadline(deal);
  const description = dealDescription(deal);
  const url = dealHref(deal.slug);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { ...OPEN_GRAPH_BASE, type: "article", title, description, url, publishedTime: deal.announcedOn },
    // The large card shows the generated image (opengraph-image.tsx), which Next.js adds as og:image.
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function DealPage(props: Props) {
  const deal = await load(props);
  if (!deal) notFound();
  const review = reviewPeriod(deal.recipient, { announcedOn: deal.announcedOn, deliveredOn: deal.deliveredOn }, deal.reviewWaived, todayInWashington());
  const sourcing = sourcingOf(deal.sources);
  const resolutions = await getResolutionsForSale(deal.slug);

  return (
    <article className="mx-auto max-w-4xl">
      <JsonLd data={dealJsonLd(deal, siteUrl())} />
      <nav aria-label="Breadcrumb" className="text-sm">
        <BackLink href={PAGE_HREF.timeline}>All notifications</BackLink>
      </nav>
      <header className="mt-4 border-b border-rule pb-5">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
          <Link href={countryHref(deal.recipient.code)} className="inline-flex items-center gap-1.5 font-semibold text-ink">
            <Flag code={deal.recipient.code} kind={deal.recipient.kind} /> {deal.recipient.name}
          </Link>
          <span aria-hidden="true">·</span>
          <time dateTime={deal.announcedOn} className="figures">
            {formatLongDate(deal.announcedOn)}
          </time>
          {deal.dateApproximate && <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">approximate date</span>}
          {deal.transmittalNumber && (
            <>
              <span aria-hidden="true">·</span>
              <span className="figures" data-testid="header-transmittal">
                Transmittal {deal.transmittalNumber}
              </span>
            </>
          )}
          <SourcingBadge sourcing={sourcing} />
          {deal.reviewWaived && <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">emergency sale</span>}
        </p>
        <h1 className="mt-2 font-serif text-2xl font-semibold leading-tight tracking-tight sm:text-4xl">{deal.title}</h1>
        <p className="mt-2 text-lg text-muted">{deal.summary}</p>
        <SourcingNote sourcing={sourcing} />
        <div className="mt-4 flex flex-wrap items-end justify-between gap-4">
          <p>
            <span className="block text-xs font-semibold uppercase tracking-wide text-muted">Estimated value</span>
            <span className="text-3xl font-semibold">
              <Usd amount={deal.estimatedValueUsd} />
            </span>{" "}
            <span className="text-sm text-muted">
              (<Usd amount={deal.estimatedValueUsd} exact />)
            </span>
          </p>
          <CopyLinkButton />
        </div>
      </header>

      {!isResearched(deal.announcedOn) && (
        <aside aria-label="Coverage" className="mt-6 rounded-lg border border-rule bg-white p-4 text-sm" data-testid="before-range">
          This notification is from before {formatLongDate(RESEARCHED_FROM)}: the record holds earlier years only as examples, so it is not part of a
          complete record of its year (<Link href={PAGE_HREF.coverage}>coverage</Link>).
        </aside>
      )}
      {(deal.lowConfidence || deal.dateApproximate) && (
        <aside aria-label="Caveats" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="caveats">
          {deal.lowConfidence && (
            <p>
              <strong>Low confidence.</strong> This record rests on weak sources; treat its facts with caution and read the{" "}
              <a href="#notes-heading">research notes</a>.
            </p>
          )}
          {deal.dateApproximate && (
            <p className={deal.lowConfidence ? "mt-1" : ""}>
              <strong>Approximate date.</strong> The sources do not pin down the exact announcement day; see the <a href="#notes-heading">research notes</a>.
            </p>
          )}
        </aside>
      )}

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-8">
          <EquipmentList mde={deal.majorDefenseEquipment} other={deal.otherItems} />
          <DealFacts deal={deal} />
        </div>
        <ReviewPeriodPanel review={review} deal={deal}>
          <DealStageList stage={dealStage({ announcedOn: deal.announcedOn, deliveredOn: deal.deliveredOn }, review, resolutions)} />
        </ReviewPeriodPanel>
      </div>

      {deal.notes && (
        <section aria-labelledby="notes-heading" className="mt-10">
          <h2 id="notes-heading" className="font-serif text-xl font-semibold">
            Research notes
          </h2>
          <p className="mt-2 whitespace-pre-line rounded-lg border border-rule bg-white p-4 text-sm">{deal.notes}</p>
        </section>
      )}

      <LaterChanges reports={deal.reports} />
      <CongressSection resolutions={resolutions} announcedOn={deal.announcedOn} />
      <ClaimList claims={deal.claims} />
      <RecipientContext name={deal.recipient.name} facts={deal.recipient.context} />
      <SourceList sources={deal.sources} claims={deal.claims} estimatedValueUsd={deal.estimatedValueUsd} />
    </article>
  );
}
