/** The record as published: the JSON API, CSV, the Atom feed and JSON-LD. */
export * from "./api";
export * from "./atom";
export * from "./bad-request";
export * from "./csv";
export * from "./csv-record";
export * from "./feed";
export * from "./json-ld";
export * from "./year-tables";
