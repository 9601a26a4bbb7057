import type { ContractorSeed } from "../lib/seed";
import { contractors, contractorsOf, type Notification } from "./seed-data";

/**
 * seeds/contractors.json, read by the specs as they read the notifications: which contractor a
 * principal contractor's printed name is (exactly, as the seed links it), and each contractor's
 * notifications, each once however many of its names it prints.
 */
export { contractors, contractorsOf };

/** Each contractor the rows name, with the rows naming it. */
export function contractorsNamed(rows: Notification[]): Map<string, Notification[]> {
  const out = new Map<string, Notification[]>();
  for (const n of rows) for (const slug of contractorsOf(n)) out.set(slug, [...(out.get(slug) ?? []), n]);
  return out;
}

export function contractor(slug: string): ContractorSeed {
  const c = contractors.find((x) => x.slug === slug);
  if (!c) throw new Error(`no contractor ${slug} in seeds/contractors.json`);
  return c;
}
