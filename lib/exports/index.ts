/** The record as published: the JSON API, CSV, the Atom feed and JSON-LD. */
export * from "./api";
export * from "./atom";
export * from "./bad-request";
export * from "./changes-feed";
export * from "./csv";
export * from "./columns";
export * from "./csv-record";
export * from "./dataset";
export * from "./dataset-database";
export * from "./facts";
export * from "./fields";
export * from "./api-fields";
export * from "./feed";
export * from "./json-ld";
export * from "./openapi";
export * from "./openapi-markdown";
export * from "./year-tables";
