/** Full-text search that runs anywhere (the query's words, highlights). The SQL is lib/search/fts.ts, for lib/queries only. */
export * from "./query";
