import path from "node:path";
import { parseArgs } from "node:util";
import { isValidIsoDate } from "@/lib/format";
import { classify, decodeInput, DEFAULT_API, fetchRawText, importDocument, InputError, listNotices, sameText, SeedStore, SyncError, type FileOutcome, type FrDocument } from "@/lib/import";
import { loadSeedData, logChanges, SeedValidationError } from "@/lib/seed";

// `npm run sync`: fetches the arms sales notices the Federal Register published since a day,
// imports each the way `npm run import` does, and prints what it added, merged and skipped.
// Nothing is written unless every document was fetched and read.

const USAGE = `Usage: npm run sync -- [--since YYYY-MM-DD] [--seeds DIR] [--dry-run]

Fetches the arms sales notices the Federal Register published on or after --since (default: 90
days ago) from its public API (FEDERAL_REGISTER_API, default ${DEFAULT_API}), imports each
(a sale the record holds gains the notice as a source and the facts it lacked; a new sale with
its delivered date becomes a record; a report on an earlier sale a file in seeds/reports/), and
prints what was added, merged and skipped. A notice the record already cites is not fetched again.

Environment: FEDERAL_REGISTER_API (base address), FEDERAL_REGISTER_TIMEOUT_MS (default 30000).
Exit status: 0 when every notice was read (and imported or skipped for a stated reason); 1 when
the API failed, answered something that is not a notice, or a notice was refused: then nothing
is written; 2 on a usage error.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function citedAddresses(store: SeedStore): string[] {
  const urls: string[] = [];
  for (const folder of ["notifications", "reports"]) {
    for (const name of store.list(folder).filter((f) => f.endsWith(".json"))) {
      try {
        const json = JSON.parse(store.read(`${folder}/${name}`)!) as { sources?: { url?: string | null }[] };
        for (const s of json.sources ?? []) if (s.url) urls.push(s.url);
      } catch {
        // An unreadable file is the seed check's to report.
      }
    }
  }
  return urls;
}

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ options: { since: { type: "string" }, seeds: { type: "string" }, "dry-run": { type: "boolean" }, "max-pages": { type: "string" }, help: { type: "boolean" } } });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const since = values.since ?? daysAgo(90);
  if (!isValidIsoDate(since)) fail(`--since "${since}" is not a real date written YYYY-MM-DD`);
  const base = process.env.FEDERAL_REGISTER_API || DEFAULT_API;
  if (!/^https?:\/\//.test(base)) fail(`FEDERAL_REGISTER_API "${base}" must be an http(s) address`);
  const timeoutMs = Number(process.env.FEDERAL_REGISTER_TIMEOUT_MS || 30_000);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) fail(`FEDERAL_REGISTER_TIMEOUT_MS "${process.env.FEDERAL_REGISTER_TIMEOUT_MS}" must be a number of milliseconds`);
  const maxPages = Number(values["max-pages"] ?? 20);
  const seedsDir = path.resolve(values.seeds ?? "seeds");
  const store = new SeedStore(seedsDir);
  const progress = (line: string) => console.error(`sync: ${line}`);

  const added: string[] = [];
  const merged: string[] = [];
  const skipped: string[] = [];
  const refused: string[] = [];
  try {
    progress(`asking ${base} for arms sales notices published since ${since}`);
    const docs = await listNotices(base, since, { timeoutMs, maxPages, progress });
    const cited = citedAddresses(store);
    const fresh: FrDocument[] = [];
    for (const doc of docs) {
      if (cited.some((u) => sameText(u, doc.html_url) || sameText(u, `https://www.federalregister.gov/d/${doc.document_number}`))) skipped.push(`${doc.document_number} (${doc.publication_date}): already cited by the record`);
      else fresh.push(doc);
    }
    progress(`${docs.length} notice${docs.length === 1 ? "" : "s"} found, ${fresh.length} not yet cited`);
    const outcomes: { doc: FrDocument; outcome: FileOutcome }[] = [];
    for (const [i, doc] of fresh.entries()) {
      progress(`[${i + 1}/${fresh.length}] ${doc.document_number} (${doc.publication_date}) ${doc.title}`);
      const raw = await fetchRawText(doc, { timeoutMs });
      let text: string;
      try {
        text = decodeInput(`Federal Register document ${doc.document_number}`, new TextEncoder().encode(raw), { dropScripts: true }).text;
      } catch (error) {
        if (error instanceof InputError) throw new SyncError(`${error.message.replace(/ Nothing was written\.$/, "")} (GET ${doc.raw_text_url})`);
        throw error;
      }
      const kind = classify(text);
      if (kind === "unknown" || kind === "press-release") throw new SyncError(`the raw text of Federal Register document ${doc.document_number} is not an arms sales notice (GET ${doc.raw_text_url}: ${JSON.stringify(text.slice(0, 60))}…)`);
      const label = `FR ${doc.document_number}`;
      const outcome = importDocument(label, text, store, { sourceUrl: doc.html_url, publishedOn: doc.publication_date, origin: kind === "commercial-licence" ? undefined : "federal-register" });
      outcomes.push({ doc, outcome });
    }
    for (const { doc, outcome } of outcomes) {
      const where = `${doc.document_number} (${doc.publication_date})`;
      if (outcome.refused) refused.push(`${where}: ${outcome.problems.join(" ")}`);
      for (const u of outcome.units) {
        const line = `${where} ${u.label}${u.seedFile ? ` → ${u.seedFile}` : ""}`;
        if (u.status === "written") added.push(line);
        else if (u.status === "updated") merged.push(`${line}: ${u.changes.join("; ")}${u.disagreements.length ? `; DISAGREES: ${u.disagreements.join("; ")}` : ""}`);
        else if (u.status === "unchanged") skipped.push(`${line}: nothing new`);
        else skipped.push(`${line}: ${u.problems.join(" ").replace(/^FR [\d-]+: /, "")}`);
      }
      for (const a of outcome.added) added.push(`${where} reference entry: ${a}`);
    }
  } catch (error) {
    if (!(error instanceof SyncError)) throw error;
    console.error(`sync failed: ${error.message}. Nothing was written.`);
    process.exitCode = 1;
    return;
  }

  const print = (title: string, lines: string[]) => {
    console.log(`${title}: ${lines.length}`);
    for (const l of lines) console.log(`  ${l}`);
  };
  print("added", added);
  print("merged", merged);
  print("skipped", skipped);
  if (refused.length > 0) {
    print("REFUSED", refused);
    console.error("sync: a notice was refused (see REFUSED); nothing was written. Import it by hand (npm run import) once the problem is understood.");
    process.exitCode = 1;
    return;
  }
  const changed = store.changes();
  if (changed.length === 0) {
    console.log("Nothing to write: the record is up to date with the Federal Register.");
    return;
  }
  if (values["dry-run"]) {
    console.log(`Dry run: would change ${changed.map((c) => `seeds/${c}`).join(", ")}`);
    return;
  }
  store.commit();
  console.log(logChanges(seedsDir));
  console.log(`Files changed: ${changed.map((c) => `seeds/${c}`).join(", ")}`);
  try {
    const data = loadSeedData(seedsDir);
    console.log(`Seed check OK (${data.notifications.length} notifications, ${data.reports.length} reports). Review with git diff seeds/ and npm run seeds:check.`);
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    console.error(`The seeds no longer pass the seed check:\n${error.message}`);
    process.exitCode = 1;
  }
}

void main();
