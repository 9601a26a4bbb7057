import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkOverrides, FIELD_HELP, importDocument, InputError, readInputFile, SeedStore, type FileOutcome, type Overrides } from "@/lib/import";
import { loadSeedData, SeedValidationError } from "@/lib/seed";

// `npm run import -- <file or folder>… [options]`: reads official texts of arms sales
// notifications (DSCA and State Department press releases, Congressional Record printings,
// Federal Register notices; plain text or saved HTML) and writes the seed files they support
// into seeds/. It never touches the database: review the files, then run `npm run db:seed`.

const USAGE = `Usage: npm run import -- <file or folder>... [options]

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

function main() {
  const { values, positionals } = parse();
  if (values.help) {
    console.log(USAGE);
    return;
  }
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
