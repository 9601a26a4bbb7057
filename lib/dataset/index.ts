/** The dataset's files (/data) written to disk: the copy of the database, the CSV and JSON files, the build's record. Server-side Node. */
export * from "./build";
export * from "./copy";
export * from "./write";
