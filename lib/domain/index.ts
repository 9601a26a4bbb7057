/** The record and its rules, as plain types and pure functions: safe in a client component. */
export * from "./aliases";
export * from "./alliances";
export * from "./congress";
export * from "./coverage";
export * from "./dataset";
export * from "./deal";
export * from "./kinds";
export * from "./labels";
export * from "./month-groups";
export * from "./quantities";
export * from "./record";
export * from "./review-period";
export * from "./sourcing";
export * from "./transmittal";
export * from "./views";
