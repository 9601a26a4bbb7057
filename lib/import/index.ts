/** The importer: official texts (releases, the Congressional Record, the Federal Register) to seed records. */
export * from "./federal-register";
export * from "./import";
export * from "./corrections";
export * from "./input";
export * from "./items";
export * from "./numbers";
export * from "./official";
export * from "./parse";
export * from "./record";
export * from "./reports";
export * from "./store";
export * from "./table";
export * from "./table-input";
export * from "./vocabulary";
