/** The seed: the files' schema, loading and validating them, and writing them to SQLite. */
export * from "./load";
export * from "./schema";
export * from "./write";
