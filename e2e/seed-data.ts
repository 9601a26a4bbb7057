import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The seed files themselves, read by the specs so that expected totals are computed from
 * the data rather than copied from the page they test.
 */
type NotificationFile = {
  slug: string;
  recipient: string;
  systems: string[];
  announcedOn: string;
  estimatedValueUsd: number;
  dateApproximate: boolean;
  reviewWaived: boolean;
};
type RecipientsFile = { recipients: { code: string; name: string; nato: boolean; kind: string }[] };
type SystemsFile = { categories: { slug: string; name: string }[]; systems: { slug: string; name: string; category: string; aliases: string[] }[] };

const dir = path.join(process.cwd(), "seeds");

export const notifications: NotificationFile[] = readdirSync(path.join(dir, "notifications"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(path.join(dir, "notifications", f), "utf8")) as NotificationFile);

export const recipients = (JSON.parse(readFileSync(path.join(dir, "recipients.json"), "utf8")) as RecipientsFile).recipients;
const systemsFile = JSON.parse(readFileSync(path.join(dir, "systems.json"), "utf8")) as SystemsFile;
export const systems = systemsFile.systems;
export const categories = systemsFile.categories;

/** Exact BigInt sums of estimated value and counts, grouped by `keyOf`. */
export function totals(rows: NotificationFile[], keyOf: (n: NotificationFile) => string): Map<string, { count: number; value: bigint }> {
  const out = new Map<string, { count: number; value: bigint }>();
  for (const n of rows) {
    const t = out.get(keyOf(n)) ?? { count: 0, value: 0n };
    t.count++;
    t.value += BigInt(n.estimatedValueUsd);
    out.set(keyOf(n), t);
  }
  return out;
}

export function recipientName(code: string): string {
  return recipients.find((r) => r.code === code)!.name;
}
