/** Every function a page or route handler calls for data. Server-only. */
import "server-only";
export * from "./changes";
export * from "./congress";
export * from "./contractors";
export * from "./coverage";
export * from "./dataset";
export * from "./export";
export * from "./facets";
export * from "./health";
export * from "./map";
export * from "./notification";
export * from "./profiles";
export * from "./years";
export * from "./timeline";
export * from "./vocabulary";
