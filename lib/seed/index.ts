/** The seed: the files' schema, loading and validating them, and writing them to SQLite; the change log. */
export * from "./changes";
export * from "./changes-file";
export * from "./load";
export * from "./schema";
export * from "./write";
