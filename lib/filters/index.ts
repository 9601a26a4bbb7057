/** The URL ⇄ Filters layer: the table of filters, parsing, the canonical query string, the vocabulary it resolves names with, and what a view is called. */
export * from "./choices";
export * from "./describe";
export * from "./filters";
export * from "./map";
export * from "./panel";
export * from "./strict";
export * from "./table";
export * from "./vocabulary";
