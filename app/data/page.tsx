import type { Metadata } from "next";
import { DataDictionary } from "@/components/data/data-dictionary";
import { DatasetFiles } from "@/components/data/dataset-files";
import { DatasetCaveats, DatasetTerms } from "@/components/data/dataset-terms";
import { JsonLd } from "@/components/ui/json-ld";
import { CREDIT, DATASET_FILES, datasetCaveats, datasetCitation, datasetJsonLd, downloadName, LICENSE } from "@/lib/exports";
import { dataHref, formatBytes, formatLongDate, OPENAPI_HREF, PAGE_HREF } from "@/lib/format";
import { getCoverage, getDatasetBuild } from "@/lib/queries";
import { OPEN_GRAPH_BASE, siteUrl } from "@/lib/site";

const title = "Data: the whole record to download";
const description = "Every U.S. Foreign Military Sales notification in the record as CSV, JSON and an SQLite database, dated, with a data dictionary, its caveats and how to cite it.";

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: PAGE_HREF.data },
  openGraph: { ...OPEN_GRAPH_BASE, type: "website", title, description, url: PAGE_HREF.data },
};

const heading = "font-serif text-xl font-semibold";

export default async function DataPage() {
  const [build, coverage] = await Promise.all([getDatasetBuild(), getCoverage()]);
  const origin = siteUrl();
  const files = DATASET_FILES.flatMap((spec) => {
    const file = build?.files.find((f) => f.name === spec.name);
    if (!build || !file) return [];
    const [one, many] = spec.rows;
    return [{ ...spec, rows: `${file.rows.toLocaleString("en-US")} ${file.rows === 1 ? one : many}`, size: formatBytes(file.bytes), href: dataHref(spec.name), downloadName: downloadName(spec.name, build.builtAt) }];
  });
  return (
    <article className="mx-auto max-w-4xl">
      <JsonLd data={datasetJsonLd(build, origin)} />
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Data</h1>
      <p className="mt-3">
        The whole record, to take away: every notification of a proposed Foreign Military Sale in it, with what was sold, to whom, for how much, the official
        dates and every source. The same facts as the site, built from the record each time it changes.
      </p>
      <p className="mt-2 font-medium" data-testid="dataset-dates">
        {build
          ? `Data as of ${build.dataAsOf ? formatLongDate(build.dataAsOf) : "—"} (the newest notification) · files built ${formatLongDate(build.builtAt.slice(0, 10))}`
          : "The files have not been built from this database yet: the seed builds them when it changes the record, and npm run dataset builds them again."}
      </p>

      <section aria-labelledby="files-heading" className="mt-8">
        <h2 id="files-heading" className={heading}>Files</h2>
        {files.length > 0 && <DatasetFiles files={files} />}
        <p className="mt-2 text-sm text-muted">
          Any view of the timeline is data too: the links under its results give it as CSV, JSON or an Atom feed, with the same filters. The JSON API and
          those exports are described in <a href={OPENAPI_HREF}>OpenAPI 3.1</a>.
        </p>
      </section>

      <section aria-labelledby="caveats-heading" className="mt-8">
        <h2 id="caveats-heading" className={heading}>Before you use the figures</h2>
        <DatasetCaveats caveats={datasetCaveats()} researchedFrom={coverage.researchedFrom} held={coverage.researched.total} official={coverage.researched.official} earlier={coverage.earlier.total} />
      </section>

      <section aria-labelledby="terms-heading" className="mt-8">
        <h2 id="terms-heading" className={heading}>Licence and how to cite</h2>
        <DatasetTerms license={LICENSE} credit={CREDIT} citation={build && datasetCitation(build, origin)} />
      </section>

      <section aria-labelledby="dictionary-heading" id="dictionary" className="mt-8">
        <h2 id="dictionary-heading" className={heading}>Data dictionary</h2>
        <p className="mt-1 text-sm text-muted">Every column of every file: its type, what it means, its unit, what an empty value means, and where in a notification it comes from. Paragraph numbers are those of the notification to Congress (Arms Export Control Act §36(b)(1)).</p>
        <DataDictionary files={DATASET_FILES.map((f) => ({ name: f.name, title: f.title, entries: f.dictionary() }))} />
      </section>
    </article>
  );
}
