/**
 * `npm run dataset`: builds the dataset's files (/data) from the database (DATABASE_URL) into the
 * folder beside it (prisma/fms.db → prisma/fms.dataset/), and records the build in the database.
 * The seed runs it after its transaction commits (prisma/seed.ts); run it by hand to rebuild
 * after changing how the files are written.
 *
 * It runs with the react-server condition (package.json), as the server does, because it reads
 * the record through lib/queries: the files hold exactly what the exports serve.
 */
import path from "node:path";
import { buildDataset, type RecordReader } from "@/lib/dataset";
import { databaseFile } from "@/lib/server/database-url.mjs";
import { datasetDirectory } from "@/lib/server/dataset-dir.mjs";
import { siteUrl } from "@/lib/site";

/** lib/queries and lib/db over the copy at `file`: imported only now, since lib/db opens the file DATABASE_URL names when it loads. */
async function openCopy(file: string): Promise<RecordReader> {
  process.env.DATABASE_URL = `file:${file}`;
  process.env.FMS_DATA_CACHE = "off";
  const queries = await import("@/lib/queries");
  const { prisma } = await import("@/lib/db");
  return { summary: () => queries.getRecordSummary(), pages: () => queries.recordPages(), close: () => prisma.$disconnect() };
}

async function main() {
  const database = databaseFile();
  const directory = datasetDirectory(database);
  const relative = (p: string) => path.relative(process.cwd(), p) || ".";
  const { build, ms, tables } = await buildDataset({ database, directory, origin: siteUrl(), open: openCopy });
  const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`);
  console.log(
    `Dataset: built ${build.files.length} files into ${relative(directory)}/ in ${Math.round(ms.total)} ms, ${process.uptime().toFixed(1)} s with start-up ` +
      `(snapshot ${Math.round(ms.snapshot)} ms; CSV, JSON and the cleaned copy of ${tables} tables ${Math.round(ms.files)} ms): ` +
      build.files.map((f) => `${f.name} ${size(f.bytes)}, ${f.rows} rows`).join("; "),
  );
}

main().catch((error: unknown) => {
  console.error(`Building the dataset's files failed; the previous build (if any) is still served.\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
