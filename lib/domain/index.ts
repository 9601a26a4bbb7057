/** The record and its rules, as plain types and pure functions: safe in a client component. */
export * from "./aliases";
export * from "./alliances";
export * from "./congress";
export * from "./contractors";
export * from "./coverage";
export * from "./deal";
export * from "./fiscal-years";
export * from "./kinds";
export * from "./labels";
export * from "./month-groups";
export * from "./quantities";
export * from "./record";
export * from "./regions";
export * from "./review-period";
export * from "./transmittal";
export * from "./views";
