import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { COMPILATION_IDS, COMPILATIONS, type CompilationId } from "@/lib/domain";
import { checkOverrides, CorrectionsError, FIELD_HELP, importDocument, importTable, InputError, readCorrections, readInputFile, readTable, SeedStore, TableError, type Correction, type FileOutcome, type Overrides, type RowOutcome } from "@/lib/import";
import { loadSeedData, logChanges, SeedValidationError } from "@/lib/seed";

// `npm run import -- <file or folder>… [options]`: reads official texts of arms sales
// notifications (DSCA and State Department press releases, Congressional Record printings,
// Federal Register notices; plain text or saved HTML) and writes the seed files they support
// into seeds/. It never touches the database: review the files, then run `npm run db:seed`.

const DEFAULT_CORRECTIONS = "imports/archive-2008-2026/corrections.json";

const USAGE = `Usage: npm run import -- <file or folder>... [options]
       npm run import -- --table FILE [--corrections FILE] [--partial] [--dry-run] [--seeds DIR]

Reads official texts of U.S. arms sales notifications and writes what they say into seeds/:
  - press releases (DSCA's, from 2008 on, and the State Department's since 2026);
  - Congressional Record printings (GPO's text, or mirrors): every transmittal in them, once;
  - Federal Register notices (the page, or the API's raw text);
as plain text or saved HTML (a folder means every .txt, .htm and .html file in it).

A sale the record holds gains the text as a source and the facts it lacked; a new sale is a new
file in seeds/notifications/; a report on an earlier sale (§36(b)(5)(C), or a correction) is a
file in seeds/reports/. Each source links to its official address: a "SOURCE: <url>" line above
a "---" line at the top of the file, --url, or the page's own address. No copy is kept.

Fill in what a text lacks (only with one file at a time):
  --date YYYY-MM-DD       announcement date
  --approximate-date      the --date is approximate (the record says so)
  --recipient NAME|CODE   recipient, by name, official wording or code
  --value AMOUNT          estimated value: '$1.85 billion', '$55.5 million' or 1850000000
  --transmittal NN-NN     transmittal number
  --title TEXT            title, when the text has no headline
  --system SLUG|NAME      a system from seeds/systems.json (repeat for several)
  --url URL               the text's official http(s) address

Other options:
  --drop-scripts          read an HTML page that holds scripts, removing them unread
  --seeds DIR             the seeds folder (default: seeds)
  --dry-run               report what would be written; write nothing
  --help                  this text

A table of releases as a compilation publishes them (--table FILE: JSON lines, or CSV with a
header; columns date, transmittal, country, system, costUSD, contractor, contractorLocation, sourceUrl, addedAt
and optionally description) is merged into the record row by row: a sale the record holds gains
the release as a source and the facts it lacks (disagreements stay in its notes, both figures
shown); a new sale is a new file. Each row is printed as written, merged, unchanged, refused (with
its line and field) or kept out (with the correction's reason), then the totals.
  --table FILE            the table to import
  --corrections FILE      corrections to the table (default: ${DEFAULT_CORRECTIONS})
  --via ID                the compilation the table comes from (default: atlas; one of ${COMPILATION_IDS.join(", ")})
  --partial               write the clean rows even when some rows are refused (without it a
                          refused row means nothing is written)

Exit status: 0 when every transmittal was imported (or already was), 1 when a document was
refused or a transmittal skipped (nothing of a refused document is written), 2 on a usage error.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        date: { type: "string" },
        "approximate-date": { type: "boolean" },
        recipient: { type: "string" },
        value: { type: "string" },
        transmittal: { type: "string" },
        title: { type: "string" },
        system: { type: "string", multiple: true },
        url: { type: "string" },
        "drop-scripts": { type: "boolean" },
        seeds: { type: "string" },
        "dry-run": { type: "boolean" },
        table: { type: "string" },
        corrections: { type: "string" },
        via: { type: "string" },
        partial: { type: "boolean" },
        help: { type: "boolean" },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
}

const READABLE = /\.(?:txt|text|html?|xhtml)$/i;

function inputFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      fail(`${p}: no such file or folder`);
    }
    if (!stat.isDirectory()) return [p];
    const files = readdirSync(p).filter((f) => READABLE.test(f)).sort().map((f) => path.join(p, f));
    if (files.length === 0) fail(`${p}: the folder has no .txt or .html files`);
    return files;
  });
}

function report(o: FileOutcome) {
  const head = o.refused ? "REFUSED: nothing written" : `${o.kind.replace(/-/g, " ")}, ${o.units.length} transmittal${o.units.length === 1 ? "" : "s"}`;
  console.log(`\n${o.file}: ${head}`);
  for (const p of o.problems) console.log(`  PROBLEM  ${p}`);
  for (const u of o.units) {
    const where = u.seedFile ? ` ${u.seedFile}` : "";
    const line = { written: `written${where}`, updated: `updated${where}`, unchanged: `unchanged: already in${where}`, skipped: "skipped: nothing written" }[u.status];
    console.log(`  ${u.label}: ${line}`);
    for (const f of u.found) console.log(`    found     ${f}`);
    for (const m of u.missing) console.log(`    missing   ${FIELD_HELP[m]}`);
    for (const c of u.changes) console.log(`    change    ${c}`);
    for (const d of u.disagreements) console.log(`    DISAGREES ${d}`);
    for (const p of u.problems) console.log(`    PROBLEM   ${p}`);
  }
  for (const a of o.added) console.log(`  added to ${a}`);
}

function reportRow(o: RowOutcome, file: string) {
  const where = o.file ? ` seeds/${o.file}` : "";
  const how = o.matchedBy ? ` (found by ${o.matchedBy})` : "";
  const head = { written: `written${where}`, merged: `merged into${where}${how}`, unchanged: `unchanged: already in${where}${how}`, refused: "REFUSED", "kept out": "kept out" }[o.status];
  console.log(`${file}:${o.line} (${o.label}): ${head}`);
  for (const d of o.details) console.log(`    ${o.status === "refused" ? `line ${o.line}, ${d}` : d}`);
  for (const c of o.conflicts) console.log(`    DISAGREES ${c} (the record keeps its own; both are in its notes)`);
}

/** `--table FILE`: a compiled table of releases, row by row, into the record. */
function mainTable(values: ReturnType<typeof parse>["values"]) {
  const file = values.table!;
  if (!existsSync(file)) fail(`${file}: no such file`);
  const via = (values.via ?? "atlas") as CompilationId;
  if (!COMPILATION_IDS.includes(via)) fail(`--via "${values.via}" names no compilation lib/domain/sourcing.ts lists (${COMPILATION_IDS.join(", ")})`);
  const correctionsFile = values.corrections ?? DEFAULT_CORRECTIONS;
  let corrections: Correction[] = [];
  try {
    if (values.corrections !== undefined && !existsSync(correctionsFile)) fail(`--corrections ${correctionsFile}: no such file`);
    if (existsSync(correctionsFile)) corrections = readCorrections(correctionsFile, readFileSync(correctionsFile, "utf8"));
    const rows = readTable(file, readFileSync(file, "utf8"));
    const seedsDir = path.resolve(values.seeds ?? "seeds");
    const store = new SeedStore(seedsDir);
    const result = importTable(rows, corrections, store, { via, compilationName: COMPILATIONS[via].name });
    for (const o of result.outcomes) reportRow(o, file);
    for (const a of result.added) console.log(`added to ${a}`);
    for (const c of result.unusedCorrections) console.log(`NOTE: correction for ${c.match.transmittal ?? "(no number)"} ${c.match.country}, ${c.match.date} (${c.fault}) matches no row of the table`);
    const count = (s: RowOutcome["status"]) => result.outcomes.filter((o) => o.status === s).length;
    const refused = count("refused");
    const conflicts = result.outcomes.reduce((n, o) => n + o.conflicts.length, 0);
    const write = !values["dry-run"] && (refused === 0 || values.partial);
    console.log(
      `\n${result.outcomes.length} rows: ${count("written")} written, ${count("merged")} merged, ${count("unchanged")} unchanged, ${refused} refused, ${count("kept out")} kept out${conflicts ? `; ${conflicts} disagreement${conflicts === 1 ? "" : "s"} with the record, kept in its notes` : ""}.`,
    );
    const changed = store.changes();
    if (!write) {
      if (values["dry-run"]) console.log(`Dry run: nothing was written${changed.length ? ` (${changed.length} file${changed.length === 1 ? "" : "s"} would change)` : ""}.`);
      else console.log(`Nothing was written: ${refused} row${refused === 1 ? " was" : "s were"} refused (read the lines above; fix the table, add a correction, or pass --partial to write the clean rows).`);
    } else if (changed.length > 0) {
      store.commit();
      console.log(logChanges(seedsDir));
      console.log(`${changed.length} file${changed.length === 1 ? "" : "s"} changed in ${path.relative(process.cwd(), seedsDir) || seedsDir}${refused ? ` (--partial: the ${refused} refused row${refused === 1 ? " was" : "s were"} left out)` : ""}.`);
      try {
        const data = loadSeedData(seedsDir);
        console.log(`Seed check OK (${data.notifications.length} notifications). Review the changes (git diff seeds/), then run \`npm run db:seed\`.`);
      } catch (error) {
        if (!(error instanceof SeedValidationError)) throw error;
        console.error(`The seeds no longer pass the seed check (${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}):\n${error.message}`);
        process.exitCode = 1;
      }
    } else console.log("Nothing to write: the record already holds every row.");
    if (refused > 0) process.exitCode = 1;
  } catch (error) {
    if (error instanceof TableError || error instanceof CorrectionsError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

function main() {
  const { values, positionals } = parse();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.table !== undefined) {
    if (positionals.length > 0) fail("--table imports one table; give the texts in another run.");
    mainTable(values);
    return;
  }
  for (const flag of ["corrections", "via", "partial"] as const) if (values[flag] !== undefined) fail(`--${flag} applies to --table only.`);
  if (positionals.length === 0) fail("Name at least one text file or folder.");
  const files = inputFiles(positionals);
  const overrides: Overrides = {
    date: values.date,
    recipient: values.recipient,
    value: values.value,
    transmittal: values.transmittal,
    title: values.title,
    systems: values.system,
    url: values.url,
    approximateDate: values["approximate-date"],
  };
  const overrideErrors = checkOverrides(overrides);
  if (overrideErrors.length > 0) fail(overrideErrors.join("\n"));
  const given = Object.entries(overrides).filter(([, v]) => v !== undefined).map(([k]) => k);
  if (given.length > 0 && files.length > 1) fail(`--${given[0]} describes one notification; import one file at a time when you give it.`);

  const seedsDir = path.resolve(values.seeds ?? "seeds");
  const store = new SeedStore(seedsDir);
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    try {
      const input = readInputFile(file, { dropScripts: values["drop-scripts"] });
      outcomes.push(importDocument(file, input.text, store, { overrides, pageUrl: input.pageUrl }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      outcomes.push({ file, kind: "unknown", refused: true, problems: [error.message], added: [], units: [] });
    }
  }
  outcomes.forEach(report);

  const units = outcomes.flatMap((o) => o.units);
  const count = (s: string) => units.filter((u) => u.status === s).length;
  const refused = outcomes.filter((o) => o.refused).length;
  const disagreements = units.reduce((n, u) => n + u.disagreements.length, 0);
  const changed = store.changes();
  console.log(
    `\n${files.length} file${files.length === 1 ? "" : "s"}${refused ? ` (${refused} refused)` : ""}, ${units.length} transmittal${units.length === 1 ? "" : "s"}: ${count("written")} written, ${count("updated")} updated, ${count("unchanged")} unchanged, ${count("skipped")} skipped${disagreements ? `; ${disagreements} disagreement${disagreements === 1 ? "" : "s"} with the record (kept the record's values)` : ""}${values["dry-run"] ? " (dry run: nothing was written)" : ""}.`,
  );

  if (changed.length > 0 && !values["dry-run"]) {
    store.commit();
    console.log(logChanges(seedsDir));
    console.log(`Files changed: ${changed.map((c) => `seeds/${c}`).join(", ")}`);
    try {
      const data = loadSeedData(seedsDir);
      console.log(`Seed check OK (${data.notifications.length} notifications, ${data.reports.length} reports). Review the changes (git diff seeds/), then run \`npm run db:seed\` (or \`npm start\`, which seeds when seeds/ changed) to see them.`);
    } catch (error) {
      if (!(error instanceof SeedValidationError)) throw error;
      console.error(`The seeds no longer pass the seed check (${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}):\n${error.message}`);
      process.exitCode = 1;
    }
  } else if (values["dry-run"] && changed.length > 0) {
    console.log(`Would change: ${changed.map((c) => `seeds/${c}`).join(", ")}`);
  }
  if (refused > 0 || count("skipped") > 0) {
    console.log("Refused or skipped texts: read the PROBLEM lines; supply what is missing with the options above, or fix the text, and run the import again.");
    process.exitCode = 1;
  }
}

main();
