import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { FIELD_LABEL } from "@/lib/import/record";
import { checkOverrides, importRelease, type ImportOutcome, type Overrides } from "@/lib/import/import";
import { loadSeedData, SeedValidationError } from "@/lib/seed/load";

// `npm run import -- <file or folder>… [--date YYYY-MM-DD] [--recipient …] …`: reads DSCA
// release texts and writes one seed file per notification into seeds/. It never touches the
// database: review the files, then run `npm run db:seed`.

const USAGE = `Usage: npm run import -- <file or folder>... [options]

Reads the text of DSCA notifications (plain text copied from the press release; a folder means
every .txt file in it) and writes one seed file per notification into seeds/notifications/.

Fill in what a text lacks (only with one file at a time):
  --date YYYY-MM-DD       announcement date
  --approximate-date      the --date is approximate (the record says so)
  --recipient NAME|CODE   recipient, by name, DSCA wording or code in seeds/recipients.json
  --value AMOUNT          estimated value: '$1.85 billion', '$55.5 million' or 1850000000
  --transmittal NN-NN     transmittal number
  --title TEXT            title, when the copy has no headline
  --system SLUG|NAME      a system from seeds/systems.json (repeat for several)
  --url URL               the official notice's http(s) address

Other options:
  --seeds DIR             the seeds folder (default: seeds)
  --dry-run               report what would be written; write nothing
  --help                  this text

Exit status: 0 when every text was imported (or already was), 1 when any was skipped, 2 on
a usage error.`;

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
        seeds: { type: "string" },
        "dry-run": { type: "boolean" },
        help: { type: "boolean" },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
}

function inputFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      fail(`${p}: no such file or folder`);
    }
    if (!stat.isDirectory()) return [p];
    const files = readdirSync(p).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(p, f));
    if (files.length === 0) fail(`${p}: the folder has no .txt files`);
    return files;
  });
}

function report(o: ImportOutcome) {
  const where = o.seedFile ? ` ${o.seedFile}` : "";
  const line = { written: `written${where}`, updated: `updated${where}`, unchanged: `unchanged: already in${where}`, skipped: "skipped: nothing written" }[o.status];
  console.log(`\n${o.file}: ${line}`);
  for (const f of o.found) console.log(`  found    ${f}`);
  for (const m of o.missing) console.log(`  missing  ${FIELD_LABEL[m]}`);
  for (const c of o.changes) console.log(`  change   ${c}`);
  for (const p of o.problems) console.log(`  PROBLEM  ${p}`);
  for (const p of o.proposals) console.log(`  add to ${p.replace(/\n/g, "\n    ")}`);
}

function main() {
  const { values, positionals } = parse();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length === 0) fail("Name at least one release text file or folder.");
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
  const outcomes = files.map((file) => importRelease(file, readFileSync(file, "utf8"), seedsDir, overrides, { dryRun: values["dry-run"] }));
  outcomes.forEach(report);

  const count = (s: ImportOutcome["status"]) => outcomes.filter((o) => o.status === s).length;
  console.log(`\n${files.length} text${files.length === 1 ? "" : "s"}: ${count("written")} written, ${count("updated")} updated, ${count("unchanged")} unchanged, ${count("skipped")} skipped${values["dry-run"] ? " (dry run: nothing was written)" : ""}.`);

  if (count("written") + count("updated") > 0 && !values["dry-run"]) {
    try {
      const data = loadSeedData(seedsDir);
      console.log(`Seed check OK (${data.notifications.length} notifications). Review the files, then run \`npm run db:seed\` (or \`npm start\`, which seeds when seeds/ changed) to see them on the timeline.`);
    } catch (error) {
      if (!(error instanceof SeedValidationError)) throw error;
      console.error(`The seeds no longer pass the seed check (${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}):\n${error.message}`);
      process.exitCode = 1;
    }
  }
  if (count("skipped") > 0) {
    console.log("Skipped texts: supply what is missing with the options above, or add the proposed entries, and run the import again.");
    process.exitCode = 1;
  }
}

main();
