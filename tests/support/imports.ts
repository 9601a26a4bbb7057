import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** The project's root. */
export const root = path.resolve(__dirname, "../..");

/** Every file under `dir` (relative to the root) whose name ends with one of `extensions`, as root-relative paths. */
export function filesUnder(dir: string, extensions: string[], skip: (file: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(root, rel))) {
      const child = `${rel}/${entry}`;
      if (skip(child)) continue;
      if (statSync(path.join(root, child)).isDirectory()) walk(child);
      else if (extensions.some((e) => child.endsWith(e))) out.push(child);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The module specifiers a file names: `import … from`, `import type … from`, `export … from`,
 * side-effect imports and `import("…")`. Read from the text, which is enough for this code base
 * (one statement's specifier is always a string literal).
 */
export function specifiersOf(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']/g)) found.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1]!);
  return found;
}

const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".mjs", "/index.ts"];

/** The root-relative file a specifier names from `importer`, or null for a package. */
export function resolveSpecifier(importer: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(importer), specifier));
  else return null;
  for (const ext of EXTENSIONS) {
    const candidate = `${base}${ext}`;
    if (existsSync(path.join(root, candidate)) && statSync(path.join(root, candidate)).isFile()) return candidate;
  }
  return null;
}

/** Each file's imports among `files` (type-only ones included). */
export function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const targets = specifiersOf(readFileSync(path.join(root, file), "utf8"))
        .map((s) => resolveSpecifier(file, s))
        .filter((t): t is string => t !== null && known.has(t));
      return [file, [...new Set(targets)]];
    }),
  );
}

/** The import cycles of a graph: each strongly connected component of more than one module, or a module that imports itself (Tarjan). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}
