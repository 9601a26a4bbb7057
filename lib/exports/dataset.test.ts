import { describe, expect, it } from "vitest";
import { ARCHIVE_FROM, ARCHIVE_THROUGH, DATASET_FILE_NAMES } from "@/lib/domain";
import { NOTIFICATION_FIELDS } from "./api-fields";
import { CSV_HEADER } from "./csv-record";
import { DATASET_FILES, datasetCaveats, datasetCitation, datasetFileHeaders, datasetFileSpec, datasetHeader, datasetJsonLd, downloadName, EQUIPMENT_COLUMNS, etagMatches, SOURCE_COLUMNS } from "./dataset";
import { fieldDictionary, fieldPaths, keyPaths, objectSchema, type JsonField } from "./fields";

const origin = new URL("https://fms-timeline.example");

describe("the CSV export's columns (a published contract)", () => {
  it("are exactly the ones published, in their order: columns are only ever added at the end", () => {
    expect(CSV_HEADER).toEqual([
      "slug", "url", "announced_on", "date_approximate", "recipient_code", "recipient", "systems", "categories", "title", "summary",
      "estimated_value_usd", "major_defense_equipment", "other_items", "principal_contractors", "transmittal_number", "review_waived",
      "low_confidence", "source_urls", "value_mde_usd", "value_other_usd", "delivered_on", "congressional_record_on", "federal_register_on",
      "implementing_agency", "case_designator", "funding_sources", "emergency_determined_by", "emergency_determined_on", "adds_to_earlier_case",
      "prior_related_cases", "later_changes", "official_text", "challenged_in_congress", "resolutions", "sourcing", "recipient_region",
    ]);
  });
});

describe("the data dictionary", () => {
  it("has an entry for every column of every CSV file, in the file's order", () => {
    expect(datasetFileSpec("notifications.csv")!.dictionary().map((e) => e.name)).toEqual(CSV_HEADER);
    expect(datasetFileSpec("equipment.csv")!.dictionary().map((e) => e.name)).toEqual(EQUIPMENT_COLUMNS.map((c) => c.name));
    expect(datasetFileSpec("sources.csv")!.dictionary().map((e) => e.name)).toEqual(SOURCE_COLUMNS.map((c) => c.name));
  });

  it("says where the official facts come from in a notification's own paragraphs", () => {
    const entry = (file: string, name: string) => datasetFileSpec(file)!.dictionary().find((e) => e.name === name)!;
    expect(entry("notifications.csv", "delivered_on").origin).toBe("Paragraph (viii), Date Report Delivered to Congress.");
    expect(entry("notifications.csv", "value_mde_usd").origin).toBe("Paragraph (ii), Major Defense Equipment.");
    expect(entry("notifications.csv", "estimated_value_usd").unit).toMatch(/^U\.S\. dollars, whole/);
    expect(entry("notifications.csv", "transmittal_number").empty).toMatch(/missing from the record, not absent from the sale/);
    expect(entry("record.json", "notifications[].deliveredOn").origin).toBe("Paragraph (viii), Date Report Delivered to Congress.");
    expect(entry("record.sqlite", "Notification.deliveredOn").origin).toBe("Paragraph (viii), Date Report Delivered to Congress.");
  });

  it("writes types as a reader says them", () => {
    const types = Object.fromEntries(datasetFileSpec("notifications.csv")!.dictionary().map((e) => [e.name, e.type]));
    expect(types.announced_on).toBe("date (YYYY-MM-DD)");
    expect(types.estimated_value_usd).toBe("whole number");
    expect(types.systems).toBe('list, separated by "; "');
    expect(types.source_urls).toBe("list, separated by spaces");
    const json = Object.fromEntries(datasetFileSpec("record.json")!.dictionary().map((e) => [e.name, e.type]));
    expect(json["notifications[].transmittalNumber"]).toBe("text, or null");
    expect(json["notifications[].sources[].kind"]).toMatch(/^one of: official-notice, congressional-record/);
    expect(json["notifications[].fundingSources"]).toBe("list of one of: national-funds, fmf, partner-funds");
  });
});

describe("JSON fields to schemas and dictionary lines", () => {
  const fields: JsonField[] = [
    { name: "a", scalar: { type: "string", format: "date" }, doc: { meaning: "A.", origin: "x" } },
    { name: "b", nullable: true, scalar: { type: "string", enum: ["x", "y"] }, doc: { meaning: "B.", origin: "x" } },
    { name: "c", nullable: true, doc: { meaning: "C.", origin: "x" }, fields: [{ name: "d", scalar: { type: "integer" }, doc: { meaning: "D.", origin: "x" } }] },
    { name: "e", doc: { meaning: "E.", origin: "x" }, items: [{ name: "f", list: { type: "boolean" }, doc: { meaning: "F.", origin: "x" } }] },
  ];

  it("a schema that requires every field, allows no other, and lists null in a nullable enum", () => {
    const schema = objectSchema(fields) as { required: string[]; additionalProperties: boolean; properties: Record<string, Record<string, unknown>> };
    expect(schema.required).toEqual(["a", "b", "c", "e"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.b).toMatchObject({ type: ["string", "null"], enum: ["x", "y", null] });
    expect(schema.properties.c).toMatchObject({ type: ["object", "null"], required: ["d"] });
    expect(schema.properties.e).toMatchObject({ type: "array", items: { required: ["f"], properties: { f: { type: "array", items: { type: "boolean" } } } } });
  });

  it("dictionary lines by path, and the same paths read from a real value", () => {
    expect(fieldDictionary(fields).map((e) => e.name)).toEqual(["a", "b", "c", "c.d", "e", "e[].f"]);
    expect([...keyPaths({ a: "2025-01-01", b: null, c: { d: 1 }, e: [{ f: [true] }, { f: [] }] })]).toEqual(["a", "b", "c", "c.d", "e", "e[].f"]);
    expect([...fieldPaths(fields)]).toEqual(["a", "b", "c", "c.d", "e", "e[].f"]);
  });

  it("every field of the API's notification is documented with a meaning and an origin", () => {
    for (const entry of fieldDictionary(NOTIFICATION_FIELDS)) {
      expect(entry.meaning.length, entry.name).toBeGreaterThan(8);
      expect(entry.origin.length, entry.name).toBeGreaterThan(3);
    }
  });
});

describe("the dataset's terms and files", () => {
  const build = { builtAt: "2026-11-29T12:00:00Z", dataAsOf: "2026-11-13", notifications: 251, recordVersion: 3, origin: "https://fms-timeline.example" };

  it("one list of files, named as the build names them", () => {
    expect(DATASET_FILES.map((f) => f.name)).toEqual([...DATASET_FILE_NAMES]);
    expect(datasetFileSpec("record.xlsx")).toBeNull();
  });

  it("a citation naming the build's dates and the dataset's address", () => {
    expect(datasetCitation(build, origin)).toBe(
      "FMS Timeline (2026). U.S. Foreign Military Sales notifications to Congress, data as of 13 November 2026 (built 29 November 2026) [Data set]. https://fms-timeline.example/data",
    );
    expect(datasetCitation({ ...build, dataAsOf: null }, origin)).not.toContain("data as of");
  });

  it("caveats that a notification is not a sale, values are ceilings, and the coverage from the record's own rule", () => {
    const caveats = datasetCaveats().join("\n");
    expect(caveats).toContain("A notification is not a sale");
    expect(caveats).toContain("Values are ceilings");
    expect(caveats).toContain(`from 21 April 2008 (fiscal year 2008) to 16 September 2026`);
    expect([ARCHIVE_FROM, ARCHIVE_THROUGH]).toEqual(["2008-04-21", "2026-09-16"]);
  });

  it("the JSON file's description", () => {
    expect(datasetHeader(build, origin)).toMatchObject({
      url: "https://fms-timeline.example/data",
      dataAsOf: "2026-11-13",
      builtAt: "2026-11-29T12:00:00Z",
      notifications: 251,
      dictionary: "https://fms-timeline.example/data#dictionary",
      apiDescription: "https://fms-timeline.example/api/openapi.json",
    });
  });

  it("a download named after its build, with its type, size and caching", () => {
    expect(downloadName("record.sqlite", build.builtAt)).toBe("fms-timeline-2026-11-29-record.sqlite");
    expect(datasetFileHeaders(datasetFileSpec("record.sqlite")!, { bytes: 1234, sha256: "ab12" }, build.builtAt)).toEqual({
      "Content-Type": "application/vnd.sqlite3",
      "Content-Length": "1234",
      "X-FMS-Content-Length": "1234",
      "Content-Disposition": 'attachment; filename="fms-timeline-2026-11-29-record.sqlite"',
      "Cache-Control": "public, max-age=300",
      ETag: '"ab12"',
      "Last-Modified": "Sun, 29 Nov 2026 12:00:00 GMT",
      "Accept-Ranges": "none",
    });
  });

  it("If-None-Match: a list, a weak tag and * match; another tag does not", () => {
    expect(etagMatches('"a", W/"b"', '"b"')).toBe(true);
    expect(etagMatches("*", '"b"')).toBe(true);
    expect(etagMatches('"a"', '"b"')).toBe(false);
    expect(etagMatches(null, '"b"')).toBe(false);
  });

  it("schema.org Dataset data naming each file as a download", () => {
    const ld = datasetJsonLd({ ...build, files: [{ name: "record.json", stored: "record-ab.json", bytes: 10, rows: 1, sha256: "ab" }] }, origin);
    expect(ld).toMatchObject({ "@type": "Dataset", version: "2026-11-29", temporalCoverage: "2008-04-21/2026-11-13" });
    expect(ld.distribution).toEqual([{ "@type": "DataDownload", name: "record.json", encodingFormat: "application/json", contentUrl: "https://fms-timeline.example/data/record.json", contentSize: "10 B" }]);
  });
});
