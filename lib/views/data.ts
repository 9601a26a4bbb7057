import type { Metadata } from "next";
import { type DatasetBuild } from "@/lib/domain";
import { CREDIT, DATASET_FILES, datasetCaveats, datasetCitation, datasetFileSpec, datasetJsonLd, downloadName, LICENSE, type DatasetFileSpec, type DictionaryEntry } from "@/lib/exports";
import { rawQueryString, unknownParameters, type ParamError } from "@/lib/filters";
import { dataHref, formatBytes, formatLongDate, PAGE_HREF, plural } from "@/lib/format";
import { getCoverage, getDatasetBuild, openDatasetFile, type OpenDatasetFile } from "@/lib/queries";
import { pageMetadata, siteUrl } from "@/lib/site";
import type { SearchParams, View } from "./view";

/** A file of the dataset as /data lists it: plain text from the last build. */
export type DatasetFileItem = { name: string; title: string; format: string; description: string; rows: string; size: string; href: string; downloadName: string };

export type DataPage = {
  /** "Data as of 13 November 2026 (the newest notification) · files built 29 November 2026", or what to do when nothing is built. */
  dates: string;
  files: DatasetFileItem[];
  caveats: string[];
  coverage: { archiveFrom: string; held: number; official: number; earlier: number };
  license: string;
  credit: string;
  citation: string | null;
  dictionary: { name: string; title: string; entries: DictionaryEntry[] }[];
  jsonLd: Record<string, unknown>;
};

function fileItem(spec: DatasetFileSpec, build: DatasetBuild): DatasetFileItem[] {
  const file = build.files.find((f) => f.name === spec.name);
  if (!file) return [];
  const [one, many] = spec.rows;
  return [{ name: spec.name, title: spec.title, format: spec.format, description: spec.description, rows: plural(file.rows, one, many), size: formatBytes(file.bytes), href: dataHref(spec.name), downloadName: downloadName(spec.name, build.builtAt) }];
}

/**
 * `/data`: the dataset's files as last built, its dates, caveats (with the coverage counted now),
 * terms and data dictionary. The page takes no parameters: any query string redirects to /data,
 * so the page has one address (and the page cache one copy).
 */
export async function loadData(raw: SearchParams): Promise<View<DataPage>> {
  if (rawQueryString(raw) !== "") return { redirect: PAGE_HREF.data };
  const [build, coverage] = await Promise.all([getDatasetBuild(), getCoverage()]);
  const origin = siteUrl();
  return {
    data: {
      dates: build
        ? `Data as of ${build.dataAsOf ? formatLongDate(build.dataAsOf) : "—"} (the newest notification) · files built ${formatLongDate(build.builtAt.slice(0, 10))}`
        : "The files have not been built from this database yet: the seed builds them when it changes the record, and npm run dataset builds them again.",
      files: build ? DATASET_FILES.flatMap((spec) => fileItem(spec, build)) : [],
      caveats: datasetCaveats(),
      coverage: { archiveFrom: coverage.archiveFrom, held: coverage.archive.total, official: coverage.archive.official, earlier: coverage.earlier.total },
      license: LICENSE,
      credit: CREDIT,
      citation: build && datasetCitation(build, origin),
      dictionary: DATASET_FILES.map((f) => ({ name: f.name, title: f.title, entries: f.dictionary() })),
      jsonLd: datasetJsonLd(build, origin),
    },
  };
}

export const dataMetadata: Metadata = pageMetadata({
  title: "Data: the whole record to download",
  description: "Every U.S. Foreign Military Sales notification in the record as CSV, JSON and an SQLite database, dated, with a data dictionary, its caveats and how to cite it.",
  path: PAGE_HREF.data,
});

/**
 * `/data/<file>`: a file of the last build, open for streaming, or why not: a query parameter
 * (these addresses take none), or no such file (or nothing built yet).
 */
export async function loadDatasetFile(name: string, params: URLSearchParams): Promise<{ data: OpenDatasetFile & { spec: DatasetFileSpec } } | { badRequest: ParamError } | { notFound: string }> {
  const unknown = unknownParameters(params, []);
  if (unknown) return { badRequest: unknown };
  const spec = datasetFileSpec(name);
  if (!spec) return { notFound: `No dataset file "${name.slice(0, 100)}": the files are ${DATASET_FILES.map((f) => f.name).join(", ")}, listed at /data.` };
  const opened = await openDatasetFile(name);
  if (!opened) return { notFound: "The dataset's files have not been built from this database yet (npm run dataset builds them)." };
  return { data: { ...opened, spec } };
}
