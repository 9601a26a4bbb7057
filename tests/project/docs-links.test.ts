import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The README is a front page and the depth is in docs/: a link that leads nowhere is a bug. Every
// relative link in README.md and docs/*.md must name a file that exists, and a #fragment a heading
// of that file (as GitHub names headings); every path of the repository written in backticks
// (`lib/queries/facets.ts`) must exist, so the docs follow a file that moves. Links to other sites
// and to a running server are not checked here.

const root = path.resolve(__dirname, "../..");

/** The id GitHub gives a heading: lower case, punctuation dropped (hyphens and underscores kept), spaces as hyphens. */
export function headingId(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** Markdown without its fenced code blocks and inline code, where brackets are not links. */
function prose(markdown: string): string[] {
  let fenced = false;
  return markdown.split("\n").map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return "";
    }
    return fenced ? "" : line.replace(/`[^`]*`/g, "");
  });
}

/** Every heading's id in a Markdown file (the second of two equal headings gets "-1", as on GitHub). */
export function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const id = headingId(m[1]!.replace(/`/g, ""));
    const n = seen.get(id) ?? 0;
    ids.add(n === 0 ? id : `${id}-${n}`);
    seen.set(id, n + 1);
  }
  return ids;
}

/** The targets of a file's links and images, with their line numbers. */
export function linkTargets(markdown: string): { line: number; target: string }[] {
  const out: { line: number; target: string }[] = [];
  prose(markdown).forEach((text, i) => {
    for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push({ line: i + 1, target: m[1]! });
  });
  return out;
}

/** What is wrong with each relative link of `file` ("" when nothing is). */
export function brokenLinks(file: string, markdown: string): string[] {
  const problems: string[] = [];
  for (const { line, target } of linkTargets(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto:
    const [pathPart, fragment] = target.split("#", 2) as [string, string | undefined];
    const where = `${path.relative(root, file)}:${line}: ${target}`;
    if (!pathPart) {
      if (!headingIds(markdown).has(fragment ?? "")) problems.push(`${where}: ${path.relative(root, file)} has no heading "${fragment}"`);
      continue;
    }
    const resolved = path.resolve(path.dirname(file), decodeURIComponent(pathPart));
    if (!existsSync(resolved)) {
      problems.push(`${where}: no file ${path.relative(root, resolved)}`);
      continue;
    }
    if (fragment === undefined) continue;
    if (statSync(resolved).isDirectory() || !resolved.endsWith(".md")) {
      problems.push(`${where}: a #fragment on something that is not a Markdown file`);
      continue;
    }
    const ids = headingIds(readFileSync(resolved, "utf8"));
    if (!ids.has(fragment)) problems.push(`${where}: ${path.relative(root, resolved)} has no heading "${fragment}"`);
  }
  return problems;
}

/** A repository path in inline code: a top-level folder, then no spaces, placeholders (`<slug>`) or wildcards. */
const REPOSITORY_PATH = /^(?:app|components|lib|scripts|tests|e2e|prisma|docs|seeds|\.ci)\/[^\s<>*{}]*$/;

/**
 * Whether git ignores the path: a file the app or the tests make (`prisma/e2e-hostile.db`) is named
 * in the docs, but exists only once they have run, so it is not checked.
 */
function generated(target: string): boolean {
  return spawnSync("git", ["check-ignore", "-q", target], { cwd: root }).status === 0;
}

/** Each repository path named in inline code (outside fenced blocks) that does not exist and is not a file git ignores. */
export function missingPaths(file: string, markdown: string): string[] {
  const problems: string[] = [];
  let fenced = false;
  markdown.split("\n").forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    for (const m of line.matchAll(/`([^`\n]+)`/g)) {
      const named = m[1]!.trim();
      if (!REPOSITORY_PATH.test(named)) continue;
      // `lib/queries/facets.ts:42` and `docs/testing.md#the-browser` name the file.
      const target = named.replace(/(?::\d+(?:-\d+)?|#[\w-]*)$/, "");
      if (!existsSync(path.join(root, target)) && !generated(target)) problems.push(`${path.relative(root, file)}:${i + 1}: \`${named}\` does not exist`);
    }
  });
  return problems;
}

const files = [path.join(root, "README.md"), ...readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => path.join(root, "docs", f))];

describe("the documentation's links", () => {
  it.each(files.map((f) => [path.relative(root, f), f]))("%s: every relative link resolves to a file or a heading", (_name, file) => {
    const markdown = readFileSync(file, "utf8");
    expect(brokenLinks(file, markdown)).toEqual([]);
  });

  it.each(files.map((f) => [path.relative(root, f), f]))("%s: every repository path in backticks exists", (_name, file) => {
    expect(missingPaths(file, readFileSync(file, "utf8"))).toEqual([]);
  });

  it("the path checker finds a moved file and ignores placeholders, wildcards, URLs and code blocks", () => {
    const markdown = [
      "`lib/queries/facets.ts` and `lib/queries/facets.ts:12` and `docs/testing.md#the-browser` and `tests/fixtures/` exist;",
      "`lib/facets.ts` moved; `seeds/notifications/<slug>.json`, `lib/**/*.test.ts`, `/deals/x`, `npm test` are not paths to check.",
      "```",
      "`lib/nowhere.ts`",
      "```",
    ].join("\n");
    expect(missingPaths(path.join(root, "docs", "example.md"), markdown)).toEqual(["docs/example.md:2: `lib/facets.ts` does not exist"]);
  });

  it("the README is a front page: at most 200 lines, the two commands first, a screenshot, and a link to each topic in docs/", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme.split("\n").length).toBeLessThanOrEqual(200);
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(firstBlock).toMatch(/^npm install && npm start\b/m);
    expect(firstBlock).toMatch(/^npm test\b/m);
    const targets = linkTargets(readme).map((l) => l.target);
    for (const topic of ["architecture", "data", "importing", "operations", "testing", "benchmark"]) {
      expect(targets.some((t) => t.startsWith(`docs/${topic}.md`))).toBe(true);
    }
    const image = targets.find((t) => /^docs\/images\/.+\.png$/.test(t));
    expect(image).toBeDefined();
    // A real PNG, not an empty placeholder.
    expect(readFileSync(path.join(root, image!)).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it("the checker itself finds a missing file, a missing heading, and ignores code and other sites", () => {
    const file = path.join(root, "docs", "example.md");
    const markdown = [
      "# Example",
      "## Why Prisma 6.19, with `engines`",
      "[ok](#why-prisma-619-with-engines) [ok too](../README.md) [site](https://example.com/x.md)",
      "[gone](no-such-file.md) [no heading](architecture.md#no-such-heading) [bad](#nope)",
      "`[not a link](nowhere.md)`",
      "```",
      "[also not](nowhere.md)",
      "```",
    ].join("\n");
    expect(brokenLinks(file, markdown)).toEqual([
      "docs/example.md:4: no-such-file.md: no file docs/no-such-file.md",
      "docs/example.md:4: architecture.md#no-such-heading: docs/architecture.md has no heading \"no-such-heading\"",
      "docs/example.md:4: #nope: docs/example.md has no heading \"nope\"",
    ]);
  });

  it("heading ids as GitHub makes them", () => {
    expect(headingId("What `npm test` runs".replace(/`/g, ""))).toBe("what-npm-test-runs");
    expect(headingId("Where it stands, and what stands in the way")).toBe("where-it-stands-and-what-stands-in-the-way");
    expect(headingId("Identity: when two records are one")).toBe("identity-when-two-records-are-one");
    expect([...headingIds("## A\n## A\n")]).toEqual(["a", "a-1"]);
  });
});
