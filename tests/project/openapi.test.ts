import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ExportNotification } from "@/lib/domain";
import { apiPage, openApiDocument, openApiMarkdown } from "@/lib/exports";
import { API_PARAMS, FILTER_PARAMS } from "@/lib/filters";
import { root } from "../support/imports";
import { schemaProblems } from "../support/openapi";

/**
 * The OpenAPI description (/api/openapi.json) as a whole: it describes every public data
 * address in app/ and every parameter the exports take, its references resolve, docs/api.md is
 * written from it, and the validator the integration tests check real responses with refuses
 * what breaks a schema. tests/integration/openapi.test.ts checks real responses against it.
 */

const doc = openApiDocument() as { paths: Record<string, Record<string, { parameters?: { $ref?: string; name?: string }[] }>>; components: { schemas: Record<string, unknown>; parameters: Record<string, unknown> } };

/** Route handlers that serve no data: images, icons and the project's documents. */
const NOT_DATA = new Set(["/deals/[slug]/opengraph-image", "/documents/[file]", "/flags/[file]", "/icon.svg", "/map/land.svg", "/map/shapes.svg"]);

function routeHandlers(): string[] {
  const out: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(path.join(root, dir))) {
      const rel = `${dir}/${entry}`;
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel, [...segments, entry]);
      else if (/^route\.tsx?$/.test(entry)) out.push(`/${segments.join("/")}`);
      else if (/^(?:icon|opengraph-image)\b/.test(entry)) out.push(`/${[...segments, entry.replace(/\.tsx?$/, "")].join("/")}`);
    }
  };
  walk("app", []);
  return out;
}

const turkey: ExportNotification = {
  lastChangedOn: null,
  slug: "2024-01-26-turkiye-f-16",
  title: "F-16 Block 70 aircraft",
  summary: "40 F-16 Block 70 aircraft.",
  announcedOn: "2024-01-26",
  dateApproximate: false,
  estimatedValueUsd: 23_000_000_000n,
  lowConfidence: false,
  recipient: { code: "TR", name: "Türkiye", kind: "country", notifiedAs: null },
  systems: [{ slug: "f-16", name: "F-16", category: { slug: "combat-aircraft", name: "Combat aircraft" } }],
  transmittalNumber: "24-07",
  reviewWaived: false,
  laterChangeCount: 0,
  resolutionCount: 0,
  valueMdeUsd: null,
  valueOtherUsd: null,
  deliveredOn: null,
  congressionalRecordOn: null,
  federalRegisterOn: null,
  implementingAgency: null,
  caseDesignator: null,
  fundingSources: [],
  emergency: null,
  addsToEarlierCase: null,
  priorRelatedCases: null,
  reports: [],
  majorDefenseEquipment: [{ description: "F-16 Block 70 aircraft", quantity: 40, upTo: false }],
  otherItems: [],
  principalContractors: [],
  recipientRegion: "EUCOM",
  sources: [{ kind: "news-report", publisher: "Reuters", title: null, url: "https://example.com/a", via: null }],
  resolutions: [],
};

describe("the OpenAPI description", () => {
  it("is OpenAPI 3.1 and every reference in it resolves", () => {
    expect(doc).toMatchObject({ openapi: "3.1.0" });
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(schemas|parameters)\/([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, kind, name] of refs) expect(doc.components[kind as "schemas" | "parameters"], `${kind}/${name}`).toHaveProperty(name!);
  });

  it("describes every address in app/ that serves data, and only those", () => {
    const described = Object.keys(doc.paths).map((p) => p.replace(/\{(\w+)\}/g, "[$1]")).sort();
    const served = routeHandlers().filter((r) => !NOT_DATA.has(r)).sort();
    expect(described).toEqual(served);
  });

  it("names every parameter the exports take: the API's, the CSV's and the feed's", () => {
    const names = (p: string) => (doc.paths[p]!.get!.parameters ?? []).map((x) => x.$ref?.split("/").pop() ?? x.name);
    expect(Object.keys(doc.components.parameters).sort()).toEqual([...API_PARAMS].sort());
    expect(names("/api/notifications")).toEqual([...API_PARAMS]);
    expect(names("/notifications.csv")).toEqual([...FILTER_PARAMS]);
    expect(names("/feed.xml")).toEqual([...FILTER_PARAMS]);
  });

  it("docs/api.md is written from it (npm run docs:api)", () => {
    expect(readFileSync(path.join(root, "docs/api.md"), "utf8")).toBe(openApiMarkdown(openApiDocument()));
  });
});

describe("the validator the integration tests use", () => {
  const page = JSON.parse(JSON.stringify(apiPage([turkey], 1, 1, 50, new URL("https://x.example/api/notifications"), new URL("https://x.example"))));
  const schema = { $ref: "#/components/schemas/NotificationPage" };
  const problems = (value: unknown) => schemaProblems(doc, schema, value);
  const withNotification = (change: (n: Record<string, unknown>) => void) => {
    const copy = structuredClone(page);
    change(copy.data[0]);
    return copy;
  };

  it("accepts a page as the API writes it", () => {
    expect(problems(page)).toEqual([]);
  });

  it.each([
    ["a missing field", (n: Record<string, unknown>) => delete n.announcedOn, "announcedOn"],
    ["a field the description does not name", (n: Record<string, unknown>) => (n.colour = "red"), ': Unrecognized key: "colour"'],
    ["a string where a number belongs", (n: Record<string, unknown>) => (n.estimatedValueUsd = "23000000000"), "estimatedValueUsd"],
    ["a fraction where a whole number belongs", (n: Record<string, unknown>) => (n.estimatedValueUsd = 1.5), "estimatedValueUsd"],
    ["a null the description does not allow", (n: Record<string, unknown>) => (n.title = null), "title"],
    ["a date that is not a calendar date", (n: Record<string, unknown>) => (n.announcedOn = "2025-02-30"), "announcedOn"],
    ["a value outside its list", (n: Record<string, unknown>) => ((n.sources as { kind: string }[])[0]!.kind = "blog"), "sources.0.kind"],
    ["a transmittal number in another spelling", (n: Record<string, unknown>) => (n.transmittalNumber = "24-007x"), "transmittalNumber"],
    ["a nested field missing", (n: Record<string, unknown>) => delete (n.recipient as Record<string, unknown>).code, "recipient.code"],
  ])("refuses %s", (_name, change, where) => {
    const found = problems(withNotification(change));
    expect(found.join("\n")).toContain(where.startsWith(":") ? `data.0${where}` : `data.0.${where}`);
  });

  it("refuses an error body of another shape", () => {
    const error = { $ref: "#/components/schemas/Error" };
    expect(schemaProblems(doc, error, { error: { status: 400, parameter: "x", value: null, message: "m" } })).toEqual([]);
    expect(schemaProblems(doc, error, { error: { status: 500, parameter: "x", value: null, message: "m" } })).not.toEqual([]);
    expect(schemaProblems(doc, error, { message: "m" })).not.toEqual([]);
  });
});
