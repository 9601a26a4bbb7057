import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../support/imports";

/**
 * Routes are thin (docs/architecture.md, "Adding a page"): a page reads its params, calls its one
 * loader in lib/views and renders components. Shaping data, sentences and charts belong in
 * lib/views and components/, and a route file that grows past a screenful is where they creep back.
 */

const MAX_LINES = 80;

/** Route files allowed past MAX_LINES, each with the reason. None today. */
const LONGER: Record<string, string> = {};

/** Every TypeScript file under app/, relative to the project ("app/deals/[slug]/page.tsx"). */
function appFiles(dir = "app"): string[] {
  return readdirSync(path.join(root, dir)).flatMap((entry) => {
    const rel = `${dir}/${entry}`;
    if (statSync(path.join(root, rel)).isDirectory()) return appFiles(rel);
    return /\.(?:tsx?|mts)$/.test(entry) ? [rel] : [];
  });
}

const lineCount = (file: string) => readFileSync(path.join(root, file), "utf8").trimEnd().split("\n").length;

describe("routes are thin", () => {
  const files = appFiles();

  it(`no file under app/ is over ${MAX_LINES} lines, but those listed with a reason`, () => {
    expect(files.length).toBeGreaterThan(10);
    const long = files.filter((f) => !(f in LONGER) && lineCount(f) > MAX_LINES).map((f) => `${f}: ${lineCount(f)} lines`);
    expect(long, "move data shaping into its loader (lib/views) and markup into components/").toEqual([]);
    for (const [file, reason] of Object.entries(LONGER)) {
      expect(files, `${file} is listed as longer but is not under app/`).toContain(file);
      expect(reason.length, file).toBeGreaterThan(10);
    }
  });

  it("each page calls exactly one loader of @/lib/views", () => {
    const pages = files.filter((f) => /\/page\.tsx$/.test(f));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const source = readFileSync(path.join(root, page), "utf8");
      expect(source, page).toMatch(/from "@\/lib\/views"/);
      expect(source.match(/\bload[A-Z]\w*\(/g) ?? [], `${page}: its loader calls`).toHaveLength(1);
    }
  });
});
