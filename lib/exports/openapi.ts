import { FILTER_PARAMS, API_PARAMS, DEFAULT_PAGE_SIZE, MAP_PARAMS, MAX_PAGE, MAX_PAGE_SIZE } from "@/lib/filters";
import { MAX_QUERY_LENGTH } from "@/lib/search";
import { apiHref, CHANGES_FEED_HREF, csvHref, dataHref, feedHref, OPENAPI_HREF, PAGE_HREF, tablesHref, yearTablesHref } from "@/lib/format";
import { NOTIFICATION_FIELDS } from "./api-fields";
import { CSV_HEADER } from "./csv-record";
import { DATASET_FILES, DATASET_HEADER_FIELDS } from "./dataset";
import { OVERVIEW_TABLES, YEAR_TABLES } from "./year-tables";
import { objectSchema, type JsonSchema } from "./fields";

/**
 * The OpenAPI 3.1 description of every public JSON, CSV and Atom address (/api/openapi.json,
 * rendered as docs/api.md by `npm run docs:api`). Its schemas are made from the same field
 * lists as the responses' data dictionary (api-fields.ts, dataset.ts), and
 * tests/integration/openapi.test.ts checks real responses against them. The document is the
 * same on every server: it names no origin (its one server is "/", the address it is read from).
 */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });

const list = (what: string, example: string) => ({
  schema: { type: "array", items: { type: "string", minLength: 1 } },
  style: "form",
  explode: true,
  description: `${what} Repeat the parameter, or separate values with commas, for several: they combine with OR (other parameters combine with AND). An unknown value is a 400.`,
  example: [example],
});

const FLAG = {
  schema: { type: "string", enum: ["1", "0", "true", "false", "yes", "no", "on", "off"] },
  example: "1",
};

/** Every parameter the exports take, by name (lib/filters/strict.ts reads them). */
const PARAMETERS: Record<(typeof API_PARAMS)[number], Record<string, unknown>> = {
  q: {
    schema: { type: "string", maxLength: MAX_QUERY_LENGTH },
    description: `A search of titles, summaries, equipment, contractors and sources: every word must match; "quotes" make a phrase. Results come best match first unless sort=newest. At most ${MAX_QUERY_LENGTH} characters.`,
    example: "GMLRS",
  },
  country: { ...list("A recipient: its code (ISO 3166-1 alpha-2 for a country, CA; a short code for an organisation, NSPA) or its name (Canada), as /countries lists them.", "CA") },
  region: { ...list("A region: the U.S. geographic combatant command whose area holds the recipient, by its code (AFRICOM, CENTCOM, EUCOM, INDOPACOM, NORTHCOM, SOUTHCOM; any case).", "EUCOM") },
  system: { ...list("A weapon system: its slug (m142-himars) or any of its names (HIMARS, M142), as /systems lists them.", "HIMARS") },
  category: { ...list("A category of weapon system, by its slug (rocket-artillery), as the timeline's filter panel lists them.", "rocket-artillery") },
  contractor: {
    ...list(
      "A principal contractor: its slug (rtx) or any name the record prints for it (Raytheon Company), as /contractors lists them. Exactly that contractor: a company's joint ventures are contractors of their own. A sale naming several contractors is kept for each.",
      "rtx",
    ),
  },
  year: { schema: { type: "integer", minimum: 1950, maximum: 2100 }, description: "Notifications announced in this calendar year (given once).", example: 2025 },
  from: { schema: { type: "string", format: "date" }, description: "Notifications announced on or after this day (YYYY-MM-DD, from 1950 to 2100).", example: "2025-01-01" },
  to: { schema: { type: "string", format: "date" }, description: "Notifications announced on or before this day (YYYY-MM-DD); not before `from`.", example: "2025-12-31" },
  transmittal: { ...list("A sale's transmittal number, in any printed spelling (25-34, 25–034).", "25-34") },
  emergency: { ...FLAG, description: "1 (or true, yes, on): only sales notified under an emergency determination, which waived Congress's review; 0 (or false, no, off) or absent: all." },
  changed: { ...FLAG, description: "1: only sales changed by later reports (enhancements, cost increases) or corrections; 0 or absent: all." },
  challenged: { ...FLAG, description: "1: only sales a joint resolution of disapproval is aimed at; 0 or absent: all." },
  sort: { schema: { type: "string", enum: ["relevance", "newest"] }, description: "With a search (`q`): relevance (the default) or newest first. Without one, the order is always newest first and relevance is a 400." },
  page: { schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 }, description: "The page, from 1. A page past the last returns no data, with the same pagination." },
  pageSize: { schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE }, description: `Notifications a page, from 1 to ${MAX_PAGE_SIZE}.` },
};

const textError = {
  description: "A parameter the address does not take, or cannot honour: the message names it and says what is allowed.",
  content: { "text/plain": { schema: { type: "string" }, example: 'Bad request: parameter "country": Unknown country "XX": give an ISO 3166 code (CA) or a name (Canada).\n' } },
};
const jsonError = {
  description: "A parameter the address does not take, or cannot honour: `parameter` names it, `message` says what is allowed.",
  content: { "application/json": { schema: ref("Error") } },
};

const filterParameters = FILTER_PARAMS.map(param);
const fileNames = DATASET_FILES.map((f) => f.name);

/** An error answer in JSON: `{"error": {…}}` with these fields, each required. */
function errorSchema(fields: Record<string, JsonSchema>): JsonSchema {
  const error = { type: "object", additionalProperties: false, required: Object.keys(fields), properties: fields };
  return { type: "object", additionalProperties: false, required: ["error"], properties: { error } };
}

/** A tables file's 404, in the format asked for (lib/exports/year-tables.ts tablesResponse): text for the CSV, a NotFound object for the JSON. */
function tablesNotFound(description: string, format: "csv" | "json"): JsonSchema {
  return { description, content: format === "csv" ? { "text/plain": { schema: { type: "string" } } } : { "application/json": { schema: ref("NotFound") } } };
}

/** The fiscal-year tallies' tables (/years and /years/<FY>), as CSV and JSON, with the one parameter they take. */
function yearTablePaths(): Record<string, JsonSchema> {
  const fy = { name: "fy", in: "path", required: true, schema: { type: "string", pattern: "^(?:[Ff][Yy])?[0-9]{4}$" }, description: "A fiscal year from FY2008 to the current one (2025, or FY2025)." };
  const table = (tables: readonly string[]) => ({ name: "table", in: "query", required: false, schema: { type: "string", enum: tables }, description: "One table; none gives all of them." });
  const json = { type: "object", description: "Each table by its name: its rows, each figure with the timeline view that counts it." };
  const path = (fiscalYear: boolean, format: "csv" | "json") => ({
    get: {
      operationId: `${fiscalYear ? "fiscalYear" : "fiscalYears"}Tables${format === "csv" ? "Csv" : "Json"}`,
      summary: fiscalYear
        ? `One fiscal year's tallies (by month, recipient, region, category, system and contractor) as ${format.toUpperCase()}`
        : `Every fiscal year and administration side by side, as ${format.toUpperCase()}`,
      parameters: [...(fiscalYear ? [fy] : []), table(fiscalYear ? YEAR_TABLES : OVERVIEW_TABLES)],
      responses: {
        "200": format === "csv" ? { description: "The CSV file, a row per figure.", content: { "text/csv": { schema: { type: "string" } } } } : { description: "The tables.", content: { "application/json": { schema: json } } },
        "400": format === "csv" ? textError : jsonError,
        ...(fiscalYear ? { "404": tablesNotFound("Not a fiscal year the record tallies.", format) } : {}),
      },
    },
  });
  return {
    [yearTablesHref(null, "csv")]: path(false, "csv"),
    [yearTablesHref(null, "json")]: path(false, "json"),
    [yearTablesHref(Number.NaN, "csv").replace("NaN", "{fy}")]: path(true, "csv"),
    [yearTablesHref(Number.NaN, "json").replace("NaN", "{fy}")]: path(true, "json"),
  };
}

/** The tables each page's export holds, for its `?table=` (page-tables.ts and index-tables.ts build them). */
export const PAGE_TABLES = {
  recipient: ["fiscal-years", "systems", "notifications"],
  system: ["fiscal-years", "recipients", "quantities"],
  systems: ["systems"],
  congress: ["resolutions", "votes", "sales"],
  coverage: ["fiscal-years", "transmittal-series"],
} as const;

/** Every page's tables (a recipient's, a system's, /countries, /systems, /congress, /coverage), as CSV and JSON. */
function pageTablePaths(): Record<string, JsonSchema> {
  const table = (tables: readonly string[]) => ({ name: "table", in: "query", required: false, schema: { type: "string", enum: [...tables] }, description: "One table; none gives all of them." });
  const code = { name: "code", in: "path", required: true, schema: { type: "string" }, description: "The recipient's code, as /countries lists it (CA); another spelling is a 404." };
  const slug = { name: "slug", in: "path", required: true, schema: { type: "string" }, description: "The system's slug, as /systems lists it (m142-himars); another name is a 404." };
  const json = { type: "object", description: "What the page says of itself (its subject, totals and links), notes, and each table by its name: its rows, with the columns the CSV has." };
  const op = (id: string, summary: string, format: "csv" | "json", parameters: unknown[], missing: string | null) => ({
    get: {
      operationId: `${id}Tables${format === "csv" ? "Csv" : "Json"}`,
      summary: `${summary}, as ${format.toUpperCase()}`,
      description: "The tables the page shows, as one long table (CSV: a `table` column first, a column a table does not use left empty) or a JSON document. Same CSV conventions as /notifications.csv.",
      parameters,
      responses: {
        "200": format === "csv" ? { description: "The CSV file, a row per table row.", content: { "text/csv": { schema: { type: "string" } } } } : { description: "The tables.", content: { "application/json": { schema: json } } },
        "400": format === "csv" ? textError : jsonError,
        ...(missing ? { "404": tablesNotFound(`No such ${missing} in the record.`, format) } : {}),
      },
    },
  });
  const both = (page: string, id: string, summary: string, parameters: unknown[], missing: string | null = null) => ({
    [tablesHref(page, "csv")]: op(id, summary, "csv", parameters, missing),
    [tablesHref(page, "json")]: op(id, summary, "json", parameters, missing),
  });
  return {
    ...both("/countries/{code}", "recipient", "A recipient's page's tables: by fiscal year, the systems notified, its notifications", [code, table(PAGE_TABLES.recipient)], "recipient"),
    ...both("/systems/{slug}", "system", "A system's page's tables: by fiscal year, its recipients, the quantities notified", [slug, table(PAGE_TABLES.system)], "system"),
    ...both(PAGE_HREF.recipients, "recipients", "The recipients map's table for its view (a range and categories)", MAP_PARAMS.map(param)),
    ...both(PAGE_HREF.systems, "systems", "Every system in the record", [table(PAGE_TABLES.systems)]),
    ...both(PAGE_HREF.congress, "congress", "The resolutions of disapproval, their floor votes and the sales they are aimed at", [table(PAGE_TABLES.congress)]),
    ...both(PAGE_HREF.coverage, "coverage", "What the record holds by fiscal year, and the transmittal numbers held and missing", [table(PAGE_TABLES.coverage)]),
  };
}

export function openApiDocument(): JsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: "FMS Timeline",
      version: "1",
      summary: "U.S. Foreign Military Sales notifications to Congress, with their sources, as JSON, CSV and Atom.",
      description:
        "Every view of the timeline is also data: the same filters in the query string give its notifications as JSON (paginated), CSV (every row) or an Atom feed, and the whole record is downloadable from /data. Field names are stable: fields may be added, never renamed or removed. Dates are YYYY-MM-DD (no time zone); values are whole U.S. dollars, exact. Unlike the pages, which quietly correct a bad address, these answer 400 naming the parameter they cannot honour.",
    },
    servers: [{ url: "/", description: "The site this description is read from." }],
    externalDocs: { description: "The dataset and its data dictionary", url: PAGE_HREF.data },
    paths: {
      [apiHref()]: {
        get: {
          operationId: "listNotifications",
          summary: "Notifications matching the filters, a page at a time",
          description: "In the timeline's order: newest first, or best match first for a search. Follow links.next until it is null.",
          parameters: API_PARAMS.map(param),
          responses: {
            "200": { description: "A page of notifications.", content: { "application/json": { schema: ref("NotificationPage") } } },
            "400": jsonError,
          },
        },
      },
      [csvHref()]: {
        get: {
          operationId: "notificationsCsv",
          summary: "Every notification matching the filters, as CSV",
          description: `Not a page: every match, up to 10,000 rows, streamed. UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting; a text cell starting with =, +, - or @ gets a leading '. Columns (the data dictionary describes each): ${CSV_HEADER.join(", ")}.`,
          parameters: filterParameters,
          responses: {
            "200": {
              description: "The CSV file (downloads as fms-notifications.csv).",
              headers: { "X-Total-Count": { description: "How many notifications match (the file holds at most 10,000).", schema: { type: "integer", minimum: 0 } } },
              content: { "text/csv": { schema: { type: "string" } } },
            },
            "400": textError,
          },
        },
      },
      [feedHref()]: {
        get: {
          operationId: "notificationsFeed",
          summary: "An Atom feed of the view's newest notifications",
          description: "The 50 newest entries, newest first: the view's notifications, and what happened to its sales since (resolutions of disapproval, later reports). Each entry links to its deal page.",
          parameters: filterParameters,
          responses: { "200": { description: "An Atom 1.0 feed.", content: { "application/atom+xml": { schema: { type: "string" } } } }, "400": textError },
        },
      },
      [CHANGES_FEED_HREF]: {
        get: {
          operationId: "changesFeed",
          summary: "An Atom feed of the record's releases",
          description:
            "One entry per release of the record (seeds/changes.json), newest first: its date, how many notifications it added, changed, renamed and removed, and the first it names; each entry links to the release's page (/changes/{date}), which lists every record with what changed. It takes no parameters.",
          responses: { "200": { description: "An Atom 1.0 feed.", content: { "application/atom+xml": { schema: { type: "string" } } } }, "400": textError },
        },
      },
      [dataHref("{file}")]: {
        get: {
          operationId: "datasetFile",
          summary: "A file of the dataset: the whole record",
          description: `Built when the record is seeded; /data lists each with its size, row count and build date, and describes every column. ${DATASET_FILES.map((f) => `${f.name}: ${f.description}`).join(" ")}`,
          parameters: [{ name: "file", in: "path", required: true, schema: { type: "string", enum: fileNames }, description: "Which file (the data dictionary at /data#dictionary describes each column)." }],
          responses: {
            "200": {
              description: "The file, as an attachment named after the build's date (fms-timeline-2026-11-29-notifications.csv). Cached for five minutes, then revalidated with its ETag.",
              headers: {
                ETag: { description: "The file's SHA-256, quoted.", schema: { type: "string" } },
                "Last-Modified": { description: "When the files were built.", schema: { type: "string" } },
              },
              content: {
                "text/csv": { schema: { type: "string" } },
                "application/json": { schema: ref("RecordDocument") },
                "application/vnd.sqlite3": { schema: { type: "string", contentMediaType: "application/vnd.sqlite3" } },
              },
            },
            "304": { description: "Not modified: the If-None-Match header names the current file's ETag." },
            "400": { ...textError, description: "A query parameter: these addresses take none." },
            "404": { description: "No such file, or the files have not been built.", content: { "text/plain": { schema: { type: "string" } } } },
          },
        },
      },
      ...yearTablePaths(),
      ...pageTablePaths(),
      [OPENAPI_HREF]: {
        get: {
          operationId: "openApiDescription",
          summary: "This description",
          responses: { "200": { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: { type: "object" } } } }, "400": { ...jsonError, description: "A query parameter: this address takes none." } },
        },
      },
      "/healthz": {
        get: {
          operationId: "health",
          summary: "Whether the server can read its database",
          responses: {
            "200": { description: "It can.", content: { "application/json": { schema: ref("HealthOk") } } },
            "503": { description: "It cannot: the message says why, without server detail.", content: { "application/json": { schema: ref("HealthError") } } },
          },
        },
      },
    },
    components: {
      parameters: Object.fromEntries(Object.entries(PARAMETERS).map(([name, p]) => [name, { name, in: "query", required: false, ...p }])),
      schemas: {
        Notification: objectSchema(NOTIFICATION_FIELDS, "A notification to Congress of a proposed Foreign Military Sale, with its sources."),
        NotificationPage: {
          type: "object",
          additionalProperties: false,
          required: ["data", "pagination", "links"],
          properties: {
            data: { type: "array", items: ref("Notification") },
            pagination: {
              type: "object",
              additionalProperties: false,
              required: ["page", "pageSize", "total", "pageCount"],
              properties: {
                page: { type: "integer", minimum: 1 },
                pageSize: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE },
                total: { type: "integer", minimum: 0, description: "How many notifications match." },
                pageCount: { type: "integer", minimum: 1 },
              },
            },
            links: {
              type: "object",
              additionalProperties: false,
              required: ["self", "first", "last", "prev", "next"],
              properties: {
                self: { type: "string", format: "uri" },
                first: { type: "string", format: "uri" },
                last: { type: "string", format: "uri" },
                prev: { type: ["string", "null"], format: "uri" },
                next: { type: ["string", "null"], format: "uri", description: "The next page; null on the last." },
              },
            },
          },
        },
        RecordDocument: {
          type: "object",
          description: "/data/record.json: the dataset's description, then every notification.",
          additionalProperties: false,
          required: ["dataset", "notifications"],
          properties: { dataset: objectSchema(DATASET_HEADER_FIELDS), notifications: { type: "array", items: ref("Notification") } },
        },
        Error: errorSchema({
          status: { type: "integer", const: 400 },
          parameter: { type: "string", description: "The parameter refused (the first, when several are unknown)." },
          value: { type: ["string", "null"], description: "Its value, as given (cut short when long)." },
          message: { type: "string", description: "What is wrong, and what is allowed." },
        }),
        NotFound: errorSchema({ status: { type: "integer", const: 404 }, message: { type: "string", description: "What is missing, and how the address names what exists." } }),
        HealthOk: {
          type: "object",
          additionalProperties: false,
          required: ["status", "database", "notifications"],
          properties: { status: { const: "ok" }, database: { const: "reachable" }, notifications: { type: "integer", minimum: 0 } },
        },
        HealthError: {
          type: "object",
          additionalProperties: false,
          required: ["status", "database", "message"],
          properties: { status: { const: "error" }, database: { const: "unreachable" }, message: { type: "string" } },
        },
      },
    },
  };
}
