import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Release, Rename } from "@/lib/domain";
import { diffRecords, isEmptyRelease, project, writeChangeLog, type Projection } from "@/lib/seed";

// `npx tsx scripts/changes-from-git.ts [ref] [seeds dir]`: writes seeds/changes.json (and its
// snapshot) for the past, from the git history of seeds/notifications on `ref` (default main):
// each commit on its first-parent line that touches them, grouped into one release per day (the
// commit's date), renames as git detects them (per commit, against the first parent). Run once,
// when the log was introduced; from then on `npm run changes` appends.

const ref = process.argv[2] ?? "main";
const dir = path.resolve(process.argv[3] ?? "seeds");
const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8", maxBuffer: 1 << 28 });

const commits = git("log", "--first-parent", "--reverse", "--format=%H %cd", "--date=short", ref, "--", "seeds/notifications")
  .trim()
  .split("\n")
  .map((line) => {
    const [sha = "", date = ""] = line.split(" ");
    return { sha, date };
  });

/** Every notification file at a commit, by slug, read in one `git cat-file --batch`. */
function stateAt(sha: string): Map<string, Record<string, unknown>> {
  const files = git("ls-tree", "-r", "--name-only", sha, "--", "seeds/notifications/").trim().split("\n").filter((f) => f.endsWith(".json"));
  const out = execFileSync("git", ["cat-file", "--batch"], { input: files.map((f) => `${sha}:${f}`).join("\n") + "\n", maxBuffer: 1 << 28 });
  const records = new Map<string, Record<string, unknown>>();
  let at = 0;
  for (const file of files) {
    const header = out.subarray(at, out.indexOf(10, at)).toString();
    const size = Number(header.split(" ")[2]);
    const start = out.indexOf(10, at) + 1;
    records.set(path.basename(file, ".json"), JSON.parse(out.subarray(start, start + size).toString("utf8")));
    at = start + size + 1;
  }
  return records;
}

/** Renames git finds in one commit against its first parent. */
function renamesIn(sha: string): Rename[] {
  const parents = git("rev-list", "--parents", "-n", "1", sha).trim().split(" ").slice(1);
  const [parent] = parents;
  if (!parent) return [];
  return git("diff", "-M", "--name-status", "--diff-filter=R", parent, sha, "--", "seeds/notifications")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [, from = "", to = ""] = line.split("\t");
      return { from: path.basename(from, ".json"), to: path.basename(to, ".json") };
    });
}

const days = new Map<string, string[]>();
for (const c of commits) days.set(c.date, [...(days.get(c.date) ?? []), c.sha]);

const releases: Release[] = [];
let before = new Map<string, Projection>();
let state = new Map<string, Record<string, unknown>>();
for (const [date, shas] of days) {
  // Renames within a day chain: a → b then b → c is a → c.
  const renames: Rename[] = [];
  for (const sha of shas) {
    for (const r of renamesIn(sha)) {
      const earlier = renames.find((x) => x.to === r.from);
      if (earlier) earlier.to = r.to;
      else renames.push(r);
    }
  }
  state = stateAt(shas.at(-1)!);
  const release = diffRecords(date, before, state, renames);
  if (!isEmptyRelease(release)) releases.push(release);
  before = new Map([...state].map(([slug, r]) => [slug, project(r)]));
  console.log(`${date}: ${shas.length} commit${shas.length === 1 ? "" : "s"}; ${release.added.length} added, ${release.changed.length} changed, ${release.renamed.length} renamed, ${release.removed.length} removed`);
}
writeChangeLog(dir, { releases }, state);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/changes.json: ${releases.length} releases.`);
