import { DataDictionary } from "@/components/data/data-dictionary";
import { DatasetFiles } from "@/components/data/dataset-files";
import { DatasetCaveats, DatasetTerms } from "@/components/data/dataset-terms";
import { JsonLd } from "@/components/ui/json-ld";
import { Link } from "@/components/ui/link";
import { OPENAPI_HREF, PAGE_HREF } from "@/lib/format";
import { dataMetadata, loadData, type SearchParams } from "@/lib/views";
import { dataOf } from "@/lib/views/next";

export const metadata = dataMetadata;

const heading = "font-serif text-xl font-semibold";

export default async function DataPage(props: { searchParams: Promise<SearchParams> }) {
  const data = dataOf(await loadData(await props.searchParams));
  return (
    <article className="mx-auto max-w-4xl">
      <JsonLd data={data.jsonLd} />
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Data</h1>
      <p className="mt-3">
        The whole record, to take away: every notification of a proposed Foreign Military Sale in it, with what was sold, to whom, for how much, the official
        dates and every source. The same facts as the site, built from the record each time it changes.
      </p>
      <p className="mt-2 font-medium" data-testid="dataset-dates">
        {data.dates}
      </p>

      <section aria-labelledby="files-heading" className="mt-8">
        <h2 id="files-heading" className={heading}>
          Files
        </h2>
        {data.files.length > 0 && <DatasetFiles files={data.files} />}
        <p className="mt-2 text-sm text-muted">
          Any view of the timeline is data too: the links under its results give it as CSV, JSON or an Atom feed, with the same filters. The JSON API and
          those exports are described in <a href={OPENAPI_HREF}>OpenAPI 3.1</a>.
        </p>
        <p className="mt-2 text-sm text-muted">
          What each release of the record added, changed and removed: <Link href={PAGE_HREF.changes}>changes to the record</Link>, also as an Atom feed.
        </p>
      </section>

      <section aria-labelledby="caveats-heading" className="mt-8">
        <h2 id="caveats-heading" className={heading}>
          Before you use the figures
        </h2>
        <DatasetCaveats caveats={data.caveats} {...data.coverage} />
      </section>

      <section aria-labelledby="terms-heading" className="mt-8">
        <h2 id="terms-heading" className={heading}>
          Licence and how to cite
        </h2>
        <DatasetTerms license={data.license} credit={data.credit} citation={data.citation} />
      </section>

      <section aria-labelledby="dictionary-heading" id="dictionary" className="mt-8">
        <h2 id="dictionary-heading" className={heading}>
          Data dictionary
        </h2>
        <p className="mt-1 text-sm text-muted">
          Every column of every file: its type, what it means, its unit, what an empty value means, and where in a notification it comes from. Paragraph numbers
          are those of the notification to Congress (Arms Export Control Act §36(b)(1)).
        </p>
        <DataDictionary files={data.dictionary} />
      </section>
    </article>
  );
}
